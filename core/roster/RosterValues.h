#pragma once

#include <QString>
#include <QVariant>

// Cell values of rosters and national-system exports read into the codes the records store, and codes
// written out as the Chinese words of the national form. A cell may hold the code itself, the English label
// or the Chinese one (whatever the program's language), and for sex and yes/no the usual short forms
// (男/女, 1/2 of GB/T 2261.1; 是/否, Y/N).
struct FieldSpec;

class RosterValues final
{
public:
    // A cell's text as the value the field stores before the field's own check: codes from words, 1/0 from
    // yes/no, dates in ISO form, other text as it is. Empty (and `ok` false) when a code or yes/no field's
    // text names none of its choices.
    static QString stored(const FieldSpec& spec, const QString& text, bool* ok = nullptr);
    // The code of `text` in the vocabulary list; empty when it names none.
    static QString code(const QString& list, const QString& text);
    // "1"/"0" for yes/no words; empty when it is neither.
    static QString boolean(const QString& text);
    // A date as spreadsheets write it (2015-03-04, 2015/3/4, 2015.03.04, 20150304, 2015年3月4日, or an Excel
    // serial day number) as YYYY-MM-DD; the text itself when it is none of these (the field check says why).
    static QString date(const QString& text);
    // The Chinese label of a code (the national form is in Chinese whatever the program's language).
    static QString chineseLabel(const QString& list, const QString& code);
    static QString chineseBoolean(const QVariant& value);
    // Text from a file as a sentence may show it: control characters and line breaks as "?", at most 60
    // characters.
    static QString shown(const QString& text);
    // Any source text of the program in Chinese (the translation of `context`).
    static QString chinese(const char* context, const char* source);
};
