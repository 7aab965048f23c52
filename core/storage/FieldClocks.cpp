#include "FieldClocks.h"

#include <QMap>
#include <QStringList>

FieldClocks FieldClocks::parse(QStringView text)
{
    FieldClocks c;
    for (QStringView group : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype at = group.indexOf(QLatin1Char('@'));
        const qsizetype colon = group.indexOf(QLatin1Char(':'));
        if (at <= 0 || colon <= at)
            continue;
        Stamp s;
        s.hlc = group.left(at).toLongLong();
        s.station = group.mid(at + 1, colon - at - 1).toString();
        for (QStringView f : group.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.m_stamps.insert(f.toString(), s);
    }
    return c;
}

QString FieldClocks::serialize() const
{
    QMap<Stamp, QStringList> groups;
    for (auto it = m_stamps.cbegin(); it != m_stamps.cend(); ++it)
        groups[it.value()] << it.key();
    QString out = QStringLiteral(""); // never null: the column is NOT NULL
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        it.value().sort();
        if (!out.isEmpty())
            out += QLatin1Char(';');
        out += QString::number(it.key().hlc) + QLatin1Char('@') + it.key().station + QLatin1Char(':') +
               it.value().join(QLatin1Char(','));
    }
    return out;
}

QString FieldClocks::stampText(const Stamp& stamp)
{
    return QString::number(stamp.hlc) + QLatin1Char('@') + stamp.station;
}

Stamp FieldClocks::parseStamp(QStringView text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return {};
    bool ok = false;
    Stamp s{text.left(at).toLongLong(&ok), text.mid(at + 1).toString()};
    return ok ? s : Stamp{};
}
