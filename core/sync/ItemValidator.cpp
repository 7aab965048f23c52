#include "ItemValidator.h"

#include "StationCard.h"
#include "storage/FieldValidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {
bool isDecimal(QStringView text)
{
    if (text.isEmpty() || text.size() > 19 || text.front() == QLatin1Char('0'))
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}
} // namespace

ItemValidator::ItemValidator(QDate today)
    : m_today(today)
{}

QString ItemValidator::kindLabel(const QString& kind)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("record"), QT_TR_NOOP("record")},
        {QStringLiteral("audit"), QT_TR_NOOP("audit entry")},
        {QStringLiteral("conflict"), QT_TR_NOOP("conflict")},
        {QStringLiteral("revocation"), QT_TR_NOOP("revocation")},
        {QStringLiteral("receipt"), QT_TR_NOOP("receipt")},
        {QStringLiteral("household"), QT_TR_NOOP("household")},
        {QStringLiteral("child"), QT_TR_NOOP("child")},
        {QStringLiteral("person"), QT_TR_NOOP("person of a child's file")},
        {QStringLiteral("visit"), QT_TR_NOOP("visit")},
        {QStringLiteral("referral"), QT_TR_NOOP("referral")},
        {QStringLiteral("referral_step"), QT_TR_NOOP("referral step")},
        {QStringLiteral("agreement"), QT_TR_NOOP("care agreement")},
        {QStringLiteral("attachment"), QT_TR_NOOP("attachment")},
        {QStringLiteral("activity"), QT_TR_NOOP("activity")},
        {QStringLiteral("activity_participant"), QT_TR_NOOP("participant of an activity")},
        {QStringLiteral("spot_check"), QT_TR_NOOP("spot check")},
    };
    const char* label = labels.value(kind);
    return label ? tr(label) : kind.left(40);
}

bool ItemValidator::isUuid(QStringView text)
{
    // 8-4-4-4-12 lowercase hex digits (checked by hand: this runs for every id of every item).
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

namespace {
// The form of isTimestamp for text of ASCII characters only (where \\d is [0-9]), checked by hand.
bool isTimestampForm(QStringView t)
{
    const auto digits = [&t](qsizetype from, qsizetype n) {
        if (from + n > t.size())
            return false;
        for (qsizetype i = from; i < from + n; ++i) {
            if (t[i] < QLatin1Char('0') || t[i] > QLatin1Char('9'))
                return false;
        }
        return true;
    };
    const auto is = [&t](qsizetype i, char c) { return i < t.size() && t[i] == QLatin1Char(c); };
    if (!digits(0, 4) || !is(4, '-') || !digits(5, 2) || !is(7, '-') || !digits(8, 2) || !is(10, 'T') ||
        !digits(11, 2) || !is(13, ':') || !digits(14, 2) || !is(16, ':') || !digits(17, 2))
        return false;
    qsizetype i = 19;
    if (is(i, '.')) {
        qsizetype n = 0;
        while (n < 3 && digits(i + 1 + n, 1))
            ++n;
        if (n == 0)
            return false;
        i += 1 + n;
    }
    if (is(i, 'Z'))
        ++i;
    else if ((is(i, '+') || is(i, '-')) && digits(i + 1, 2) && is(i + 3, ':') && digits(i + 4, 2))
        i += 6;
    return i == t.size();
}
} // namespace

bool ItemValidator::isTimestamp(QStringView text)
{
    if (text.size() > 29)
        return false;
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        if (!isTimestampForm(text))
            return false;
    } else {
        static const QRegularExpression re(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})?$"));
        if (!re.match(text).hasMatch())
            return false;
    }
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs).isValid();
}

std::optional<Stamp> ItemValidator::parseStamp(QStringView text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at <= 0 || !isDecimal(text.left(at)))
        return std::nullopt;
    bool ok = false;
    Stamp s{text.left(at).toLongLong(&ok), text.mid(at + 1).toString()};
    if (!ok || s.hlc <= 0 || !StationCard::isStationId(s.station))
        return std::nullopt;
    return s;
}

std::optional<FieldClocks> ItemValidator::parseClocks(QStringView text, const EntitySchema& schema)
{
    FieldClocks clocks;
    if (text.isEmpty())
        return clocks;
    for (QStringView group : text.split(QLatin1Char(';'))) {
        const qsizetype colon = group.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return std::nullopt;
        const std::optional<Stamp> stamp = parseStamp(group.left(colon));
        if (!stamp)
            return std::nullopt;
        for (QStringView f : group.mid(colon + 1).split(QLatin1Char(','))) {
            const QString field = f.toString();
            if (!schema.field(field) || clocks.all().contains(field)) // (a field named twice is refused)
                return std::nullopt;
            clocks.set(field, *stamp);
        }
    }
    return clocks;
}

QString ItemValidator::value(const FieldSpec& field, const PayloadItem::Entry& entry, Form form) const
{
    // The field's name in the user's language, looked up only for a refusal.
    const auto label = [&field] { return FieldValidator::fieldLabel(field); };
    if (!entry.stored || entry.isMap)
        return tr("the field \"%1\" has a value of a kind that is not allowed.").arg(field.name);
    if (entry.value.isNull()) // (an audit entry's old value may be empty, even of a required field)
        return field.required && form == Form::Record ? tr("%1: a value is required.").arg(label())
                                                      : QString();
    // The CBOR type of the field's type: a number sent for a text is refused, not turned into text.
    const bool integer = entry.value.typeId() == QMetaType::LongLong;
    const bool wantInteger = form == Form::Record && field.type == FieldSpec::Type::Bool;
    if (integer != wantInteger)
        return wantInteger ? tr("%1: yes/no is written as the number 0 or 1.").arg(label())
                           : tr("%1: the value must be text.").arg(label());
    if (wantInteger) {
        const qint64 n = entry.value.toLongLong();
        return n == 0 || n == 1 ? QString() : tr("%1: yes/no is written as the number 0 or 1.").arg(label());
    }
    const QString text = entry.value.toString();
    if (text.isEmpty())
        return tr("%1: an empty text is written as null.").arg(label());
    if (field.type == FieldSpec::Type::Reference)
        return isUuid(text) ? QString() : tr("%1: \"%2\" is not a record id.").arg(label(), text.left(40));
    Result<QVariant> n = FieldValidator::normalize(field, text, m_today);
    if (!n)
        return n.error();
    const QString stored = n->isNull() ? QString() : n->toString();
    if (stored != text)
        return tr("%1: the value is not in its stored form.").arg(label());
    return {};
}
