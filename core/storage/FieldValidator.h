#pragma once

#include "FieldSpec.h"
#include "Result.h"

#include <QDate>
#include <QVariant>

// Checks and normalizes one field value as the user typed it. The result is what is stored: a null QVariant
// for "no value", otherwise text (dates as YYYY-MM-DD, ID numbers normalized) or 0/1 for booleans. A refusal
// says, in one sentence, which field and why.
class FieldValidator final
{
public:
    static Result<QVariant> normalize(const FieldSpec& field, const QVariant& value, QDate today);
    static QString fieldLabel(const FieldSpec& field);
    // Parses a date typed as YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYYMMDD; invalid QDate when it is not a
    // real date.
    static QDate parseDate(const QString& text);
};
