#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QVariant>

#include <initializer_list>

// One item of a package payload (a CBOR map with text keys, docs/sync-format.md), read in one pass with
// QCborStreamReader: the top-level entries and, for a record, the entries of its "values" map. Values of
// the stored types (text, integer, null) are kept; any other (bool, float, bytes, arrays, maps, tags) is
// marked as not stored, so the importer can refuse it. A map with a key twice, or a key that is not text,
// makes the item invalid. Much cheaper than QCborValue::fromCbor per item.
class PayloadItem final
{
public:
    struct Entry
    {
        QString key;
        QVariant value; // QString (never null), qint64, or null QVariant
        bool stored = false;
        bool isMap = false; // the "values" map (its entries are in values())
    };

    static PayloadItem parse(const QByteArray& cbor);

    bool isValid() const { return m_valid; }
    // The first entry with this key, or null.
    const Entry* find(QLatin1String key) const;
    const Entry* find(QStringView key) const;
    // The text under this key; empty when it is missing or not text.
    QString text(QLatin1String key) const;
    // The integer under this key; 0 when it is missing or not an integer.
    qint64 integer(QLatin1String key) const;
    const QList<Entry>& entries() const { return m_entries; }
    // True when every top-level key is one of these (a reader refuses keys it does not know).
    bool hasOnlyKeys(std::initializer_list<QLatin1String> keys) const;
    // The entries of the "values" map (empty when there is none or it is no map).
    const QList<Entry>& values() const { return m_values; }

private:
    QList<Entry> m_entries;
    QList<Entry> m_values;
    bool m_valid = false;
};
