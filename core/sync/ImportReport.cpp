#include "ImportReport.h"

#include <QJsonArray>

namespace {
QJsonObject countsJson(const ImportReport::Counts& c)
{
    return {{QStringLiteral("added"), c.added},
            {QStringLiteral("updated"), c.updated},
            {QStringLiteral("unchanged"), c.unchanged},
            {QStringLiteral("conflicts"), c.conflicts}};
}
ImportReport::Counts countsFrom(const QJsonObject& o)
{
    return {o.value(QStringLiteral("added")).toInt(), o.value(QStringLiteral("updated")).toInt(),
            o.value(QStringLiteral("unchanged")).toInt(), o.value(QStringLiteral("conflicts")).toInt()};
}
} // namespace

void ImportReport::add(const ImportReport& o)
{
    total += o.total;
    for (auto it = o.perVillage.cbegin(); it != o.perVillage.cend(); ++it)
        perVillage[it.key()] += it.value();
    for (auto it = o.perEntity.cbegin(); it != o.perEntity.cend(); ++it)
        perEntity[it.key()] += it.value();
    auditAdded += o.auditAdded;
    revocations += o.revocations;
    duplicates += o.duplicates;
    referralsFolded += o.referralsFolded;
    agreementsReplaced += o.agreementsReplaced;
    agreementsToReview += o.agreementsToReview;
    if (!o.clockWarning.isEmpty())
        clockWarning = o.clockWarning;
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject o = countsJson(total);
    o.insert(QStringLiteral("package"), packageId);
    o.insert(QStringLiteral("sender"), sender);
    o.insert(QStringLiteral("senderName"), senderName);
    o.insert(QStringLiteral("createdAt"), createdAt);
    o.insert(QStringLiteral("importedAt"), importedAt);
    o.insert(QStringLiteral("alreadyImported"), alreadyImported);
    o.insert(QStringLiteral("auditAdded"), auditAdded);
    o.insert(QStringLiteral("revocations"), revocations);
    if (!clockWarning.isEmpty())
        o.insert(QStringLiteral("clockWarning"), clockWarning);
    QJsonObject villages;
    for (auto it = perVillage.cbegin(); it != perVillage.cend(); ++it)
        villages.insert(it.key(), countsJson(it.value()));
    o.insert(QStringLiteral("perVillage"), villages);
    QJsonObject entities;
    for (auto it = perEntity.cbegin(); it != perEntity.cend(); ++it)
        entities.insert(it.key(), countsJson(it.value()));
    o.insert(QStringLiteral("perEntity"), entities);
    QJsonArray duplicatesJson;
    for (const PossibleDuplicate& d : duplicates)
        duplicatesJson.append(QJsonObject{{QStringLiteral("keep"), d.keepId},
                                          {QStringLiteral("keepName"), d.keepName},
                                          {QStringLiteral("other"), d.otherId},
                                          {QStringLiteral("otherName"), d.otherName},
                                          {QStringLiteral("area"), d.areaCode},
                                          {QStringLiteral("reason"), d.reason}});
    o.insert(QStringLiteral("duplicates"), duplicatesJson);
    o.insert(QStringLiteral("referralsFolded"), referralsFolded);
    o.insert(QStringLiteral("agreementsReplaced"), agreementsReplaced);
    o.insert(QStringLiteral("agreementsToReview"), agreementsToReview);
    return o;
}

ImportReport ImportReport::fromJson(const QJsonObject& o)
{
    ImportReport r;
    r.total = countsFrom(o);
    r.packageId = o.value(QStringLiteral("package")).toString();
    r.sender = o.value(QStringLiteral("sender")).toString();
    r.senderName = o.value(QStringLiteral("senderName")).toString();
    r.createdAt = o.value(QStringLiteral("createdAt")).toString();
    r.importedAt = o.value(QStringLiteral("importedAt")).toString();
    r.alreadyImported = o.value(QStringLiteral("alreadyImported")).toBool();
    r.auditAdded = o.value(QStringLiteral("auditAdded")).toInt();
    r.revocations = o.value(QStringLiteral("revocations")).toInt();
    r.clockWarning = o.value(QStringLiteral("clockWarning")).toString();
    const QJsonObject villages = o.value(QStringLiteral("perVillage")).toObject();
    for (auto it = villages.constBegin(); it != villages.constEnd(); ++it)
        r.perVillage.insert(it.key(), countsFrom(it.value().toObject()));
    const QJsonObject entities = o.value(QStringLiteral("perEntity")).toObject();
    for (auto it = entities.constBegin(); it != entities.constEnd(); ++it)
        r.perEntity.insert(it.key(), countsFrom(it.value().toObject()));
    for (const QJsonValue& v : o.value(QStringLiteral("duplicates")).toArray()) {
        const QJsonObject d = v.toObject();
        r.duplicates.append(
            {d.value(QStringLiteral("keep")).toString(), d.value(QStringLiteral("keepName")).toString(),
             d.value(QStringLiteral("other")).toString(), d.value(QStringLiteral("otherName")).toString(),
             d.value(QStringLiteral("area")).toString(), d.value(QStringLiteral("reason")).toString()});
    }
    r.referralsFolded = o.value(QStringLiteral("referralsFolded")).toInt();
    r.agreementsReplaced = o.value(QStringLiteral("agreementsReplaced")).toInt();
    r.agreementsToReview = o.value(QStringLiteral("agreementsToReview")).toInt();
    return r;
}
