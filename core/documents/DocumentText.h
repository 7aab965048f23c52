#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

struct FieldSpec;

// How stored values read on paper: dates in Chinese form, vocabulary labels, yes or no, area names.
class DocumentText final
{
public:
    // "2024年3月1日"; empty for an invalid date.
    static QString date(QDate d);
    // A stored ISO date in Chinese form; other text unchanged.
    static QString date(const QString& iso);
    static QString yesNo(const QVariant& stored);
    // A stored field value in words (labels for codes, names for area codes); empty for no value.
    static QString fieldValue(const FieldSpec& field, const QVariant& value);
};
