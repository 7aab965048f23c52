#pragma once

#include "Stamp.h"

#include <QHash>
#include <QString>

// The clocks of every field of one record, kept in the record's `clocks` column. Written compactly by
// grouping the fields that share a stamp: "hlc@station:field,field;hlc@station:field".
class FieldClocks final
{
public:
    static FieldClocks parse(QStringView text);
    QString serialize() const;

    Stamp stamp(const QString& field) const { return m_stamps.value(field); }
    void set(const QString& field, const Stamp& stamp) { m_stamps.insert(field, stamp); }
    const QHash<QString, Stamp>& all() const { return m_stamps; }
    bool isEmpty() const { return m_stamps.isEmpty(); }

    // One stamp as text, "hlc@station" (the audit trail's `prev` column), and back (null when malformed).
    static QString stampText(const Stamp& stamp);
    static Stamp parseStamp(QStringView text);

private:
    QHash<QString, Stamp> m_stamps;
};
