#include "ChildFile.h"

#include "EntitySchema.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ChildFile", text);
}

QVariantMap toFields(const QJsonObject& o)
{
    QVariantMap m;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue& e : v.toArray())
                parts << e.toVariant().toString();
            m.insert(it.key(), parts.join(QLatin1Char(',')));
        } else {
            m.insert(it.key(), v.toVariant());
        }
    }
    return m;
}

QJsonObject toJsonFields(const QVariantMap& m, const EntitySchema& s)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        if (it.value().isNull())
            continue;
        const FieldSpec* f = s.field(it.key());
        if (f && f->type == FieldSpec::Type::Bool)
            o.insert(it.key(), it.value().toInt() != 0);
        else
            o.insert(it.key(), it.value().toString());
    }
    return o;
}

bool isYes(const QVariant& v)
{
    return !v.isNull() && v.toString() != QLatin1String("0") && v.toString() != QLatin1String("false");
}
// A yes/no field: empty when not recorded.
std::optional<bool> yesNo(const QVariant& v)
{
    if (v.isNull() || v.toString().trimmed().isEmpty())
        return std::nullopt;
    return isYes(v);
}
} // namespace

Result<ChildFile> ChildFile::fromJson(const QJsonObject& json)
{
    ChildFile f;
    const QStringList relations = Vocabulary::codes(Vocabulary::Relation);
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String("id")) {
            f.id = it.value().toString();
        } else if (key == QLatin1String("area_code")) {
            f.areaCode = it.value().toString();
        } else if (key == QLatin1String("household")) {
            if (!it.value().isObject())
                return Result<ChildFile>::failure(tr("\"household\" must be an object."));
            QJsonObject h = it.value().toObject();
            f.householdId = h.take(QStringLiteral("id")).toString();
            f.household = toFields(h);
        } else if (relations.contains(key)) {
            if (it.value().isNull())
                continue;
            if (!it.value().isObject())
                return Result<ChildFile>::failure(tr("\"%1\" must be an object.").arg(key));
            QJsonObject p = it.value().toObject();
            p.remove(QStringLiteral("id"));
            f.persons.insert(key, toFields(p));
        } else if (key == QLatin1String("meta") || key == QLatin1String("category") ||
                   key == QLatin1String("reasons")) {
            continue; // read-only output of toJson
        } else {
            f.child.insert(key, it.value().isArray() ? toFields(QJsonObject{{key, it.value()}}).value(key)
                                                     : it.value().toVariant());
        }
    }
    return f;
}

QJsonObject ChildFile::toJson() const
{
    QJsonObject o = toJsonFields(child, EntitySchema::child());
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("area_code"), areaCode);
    QJsonObject h = toJsonFields(household, EntitySchema::household());
    if (!householdId.isEmpty())
        h.insert(QStringLiteral("id"), householdId);
    if (!h.isEmpty())
        o.insert(QStringLiteral("household"), h);
    for (auto it = persons.cbegin(); it != persons.cend(); ++it)
        o.insert(it.key(), toJsonFields(it.value(), EntitySchema::person()));
    if (!meta.isEmpty())
        o.insert(QStringLiteral("meta"), QJsonObject::fromVariantMap(meta));
    return o;
}

ChildFacts ChildFile::facts() const
{
    ChildFacts f;
    f.birthDate = QDate::fromString(text(QStringLiteral("birth_date")), Qt::ISODate);
    const QString hukou = text(QStringLiteral("hukou_type"));
    if (hukou == QLatin1String("rural"))
        f.ruralHukou = true;
    else if (hukou == QLatin1String("urban"))
        f.ruralHukou = false;
    f.hukouCountyCode = text(QStringLiteral("hukou_county")).left(6);
    if (f.hukouCountyCode.isEmpty() && areaCode.size() >= 6)
        f.hukouCountyCode = areaCode.left(6);
    const auto parent = [this](const QString& relation) {
        ParentFacts p;
        const QVariantMap m = persons.value(relation);
        p.status = parentStatusFromCode(m.value(QStringLiteral("status")).toString());
        p.alive = yesNo(m.value(QStringLiteral("alive")));
        p.capable = yesNo(m.value(QStringLiteral("capable")));
        p.awaySince = QDate::fromString(m.value(QStringLiteral("away_since")).toString(), Qt::ISODate);
        p.statusSince = QDate::fromString(m.value(QStringLiteral("status_since")).toString(), Qt::ISODate);
        p.workPlaceCode = m.value(QStringLiteral("work_place_code")).toString();
        p.workPlaceText = m.value(QStringLiteral("work_place")).toString();
        return p;
    };
    f.father = parent(QStringLiteral("father"));
    f.mother = parent(QStringLiteral("mother"));
    f.livesWith = text(QStringLiteral("lives_with"));
    f.livesAt = text(QStringLiteral("lives_at"));
    const QString health = text(QStringLiteral("health"));
    f.childDisabled = health == QLatin1String("disabled");
    f.childSeriouslyIll = health == QLatin1String("ill");
    const QStringList assistance =
        household.value(QStringLiteral("assistance")).toString().split(QLatin1Char(','));
    f.householdDibao = assistance.contains(QStringLiteral("dibao"));
    f.householdTekun = assistance.contains(QStringLiteral("tekun"));
    f.economicDifficulty = isYes(household.value(QStringLiteral("economic_difficulty")));
    f.guardianshipType = text(QStringLiteral("guardianship_type"));
    f.abuseOrAbandonment = isYes(child.value(QStringLiteral("abuse_suspected")));
    return f;
}
