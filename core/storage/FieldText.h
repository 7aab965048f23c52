#pragma once

#include "FieldSpec.h"

#include <QString>
#include <QVariant>

// What a user reads for a field's stored value: the one place that turns (field spec, stored value) into
// words. Vocabulary codes become their labels, booleans 是/否, dates dates, area codes place names, work
// places their names; a reference to another record is never shown as its id. Without a spec the value
// is shown as stored.
class FieldText final
{
public:
    static QString value(const FieldSpec* spec, const QVariant& stored);
    // "label: value", for lists of changed fields.
    static QString labelled(const FieldSpec& spec, const QVariant& stored);
    static QString yesNo(bool yes);
    static QString empty();
};
