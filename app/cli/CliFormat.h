#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

struct FieldSpec;

// How values read from core are shown in the command's text output.
class CliFormat final
{
    Q_DECLARE_TR_FUNCTIONS(CliFormat)

public:
    // A stored field value in words: vocabulary labels, yes/no, area names.
    static QString fieldValue(const FieldSpec& field, const QVariant& value);
    // The label of a category code ("left_behind" -> "Left-behind"); the code itself when unknown, "-" when
    // empty.
    static QString category(const QString& code);
    // "北京市 东城区 东华门街道 多福巷社区居委会 (110101001001)"; the code alone when it is not in the list.
    static QString area(const QString& code);
    static QString yesNo(bool yes);
};
