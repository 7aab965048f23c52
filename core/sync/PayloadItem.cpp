#include "PayloadItem.h"

#include <QCborStreamReader>

#include <algorithm>
#include <limits>

namespace {
constexpr quint64 MaxInteger = quint64(std::numeric_limits<qint64>::max());

// Reads a text string whole; false on a damaged one.
bool readText(QCborStreamReader& r, QString* out)
{
    // The first chunk (the only one of a definite-length string) is taken as it is, not copied.
    auto chunk = r.readString();
    if (chunk.status == QCborStreamReader::Ok) {
        *out = std::move(chunk.data);
        chunk = r.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            *out += chunk.data;
            chunk = r.readString();
        }
    }
    if (out->isNull())
        *out = QStringLiteral(""); // an empty text stays empty, not null
    return chunk.status == QCborStreamReader::EndOfString;
}

// Reads one value at the reader into `e`; a map under `nested` is read into it when given. False when the
// CBOR is damaged.
bool readValue(QCborStreamReader& r, PayloadItem::Entry* e, QList<PayloadItem::Entry>* nested = nullptr);

// Reads a map into `out`; its "values" map, if `values` is given, into `values`.
bool readMap(QCborStreamReader& r, QList<PayloadItem::Entry>* out, QList<PayloadItem::Entry>* values)
{
    if (!r.isMap())
        return false;
    if (r.isLengthKnown() && r.length() <= 64)
        out->reserve(qsizetype(r.length()));
    if (!r.enterContainer())
        return false;
    while (r.lastError() == QCborError::NoError && r.hasNext()) {
        PayloadItem::Entry e;
        if (r.isString()) {
            if (!readText(r, &e.key))
                return false;
        } else {
            return false; // every key is text
        }
        if (r.lastError() != QCborError::NoError || !r.hasNext())
            return false;
        if (!readValue(r, &e, values && e.key == QLatin1String("values") ? values : nullptr))
            return false;
        // A key twice in one map is refused: which of the two counts would be a guess.
        for (const PayloadItem::Entry& seen : std::as_const(*out)) {
            if (seen.key == e.key)
                return false;
        }
        out->append(std::move(e));
    }
    return r.lastError() == QCborError::NoError && r.leaveContainer();
}

bool readValue(QCborStreamReader& r, PayloadItem::Entry* e, QList<PayloadItem::Entry>* nested)
{
    bool tagged = false;
    while (r.isTag()) {
        tagged = true;
        if (!r.next())
            return false;
    }
    if (r.isString() && !tagged) {
        QString s;
        if (!readText(r, &s))
            return false;
        e->value = s;
        e->stored = true;
        return true;
    }
    if (r.isInteger() && !tagged) {
        const bool fits = r.isUnsignedInteger() ? r.toUnsignedInteger() <= MaxInteger
                                                : quint64(r.toNegativeInteger()) <= MaxInteger;
        e->value = r.toInteger();
        e->stored = fits;
        return r.next();
    }
    if (r.isNull() && !tagged) {
        e->stored = true;
        return r.next();
    }
    if (r.isMap() && nested && !tagged) {
        e->isMap = true;
        return readMap(r, nested, nullptr);
    }
    return r.next(); // not a stored type: skipped whole, marked as not stored
}
} // namespace

PayloadItem PayloadItem::parse(const QByteArray& cbor)
{
    PayloadItem item;
    QCborStreamReader r(cbor);
    item.m_valid = readMap(r, &item.m_entries, &item.m_values);
    return item;
}

const PayloadItem::Entry* PayloadItem::find(QLatin1String key) const
{
    for (const Entry& e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

const PayloadItem::Entry* PayloadItem::find(QStringView key) const
{
    for (const Entry& e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

QString PayloadItem::text(QLatin1String key) const
{
    const Entry* e = find(key);
    return e && e->value.typeId() == QMetaType::QString ? e->value.toString() : QString();
}

qint64 PayloadItem::integer(QLatin1String key) const
{
    const Entry* e = find(key);
    return e && e->value.typeId() == QMetaType::LongLong ? e->value.toLongLong() : 0;
}

bool PayloadItem::hasOnlyKeys(std::initializer_list<QLatin1String> keys) const
{
    for (const Entry& e : m_entries) {
        if (std::find(keys.begin(), keys.end(), e.key) == keys.end())
            return false;
    }
    return true;
}
