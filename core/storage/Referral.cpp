#include "Referral.h"

#include "EntitySchema.h"

#include <QCoreApplication>
#include <QJsonArray>

QJsonObject ReferralStep::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},          {QStringLiteral("date"), date.toString(Qt::ISODate)},
                  {QStringLiteral("action"), action},  {QStringLiteral("status"), status},
                  {QStringLiteral("done_by"), doneBy}, {QStringLiteral("note"), note}};
    if (!visitId.isEmpty())
        o.insert(QStringLiteral("visit_id"), visitId);
    o.insert(QStringLiteral("created_at"), createdAt);
    return o;
}

bool Referral::policeReportRecorded() const
{
    return !text(QStringLiteral("reported_at")).isEmpty() && !text(QStringLiteral("reported_to")).isEmpty() &&
           !text(QStringLiteral("reported_by")).isEmpty();
}

QJsonObject Referral::toJson(QDate today) const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("child_id"), childId},
                  {QStringLiteral("area_code"), areaCode},
                  {QStringLiteral("overdue"), isOverdue(today)}};
    if (!childName.isEmpty())
        o.insert(QStringLiteral("child_name"), childName);
    for (const FieldSpec& f : EntitySchema::referral().fields) {
        const QString v = text(f.name);
        if (f.name == QLatin1String("child_id") || v.isEmpty())
            continue;
        if (f.type == FieldSpec::Type::CodeSet)
            o.insert(f.name, QJsonArray::fromStringList(v.split(QLatin1Char(','), Qt::SkipEmptyParts)));
        else
            o.insert(f.name, v);
    }
    if (!steps.isEmpty()) {
        QJsonArray a;
        for (const ReferralStep& s : steps)
            a.append(s.toJson());
        o.insert(QStringLiteral("steps"), a);
    }
    return o;
}

Result<ReferralUpdate> ReferralUpdate::fromJson(const QJsonObject& json)
{
    static const QStringList fields{
        QStringLiteral("reported_at"),          QStringLiteral("reported_to"),
        QStringLiteral("reported_by"),          QStringLiteral("schemes"),
        QStringLiteral("guardian_notified_on"), QStringLiteral("education_reported_on"),
        QStringLiteral("returned_on")};
    ReferralUpdate u;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String("action"))
            u.action = it.value().toString();
        else if (key == QLatin1String("note"))
            u.note = it.value().toString();
        else if (key == QLatin1String("done_by"))
            u.doneBy = it.value().toString();
        else if (key == QLatin1String("date")) {
            u.date = QDate::fromString(it.value().toString(), Qt::ISODate);
            if (!u.date.isValid())
                return Result<ReferralUpdate>::failure(QCoreApplication::translate(
                    "ReferralUpdate", "\"date\" must be a date written as 2024-05-02."));
        } else if (key == QLatin1String("status"))
            u.status = it.value().toString();
        else if (fields.contains(key)) {
            if (it.value().isArray()) {
                QStringList items;
                for (const QJsonValue& v : it.value().toArray())
                    items << v.toString();
                u.changes.insert(key, items.join(QLatin1Char(',')));
            } else {
                u.changes.insert(key, it.value().toVariant());
            }
        } else
            return Result<ReferralUpdate>::failure(
                QCoreApplication::translate("ReferralUpdate", "\"%1\" cannot be set in a referral update.")
                    .arg(key));
    }
    return u;
}
