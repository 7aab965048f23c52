#include "Activity.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Activity", text);
}

const QStringList kKeys{
    QStringLiteral("id"),        QStringLiteral("area_code"), QStringLiteral("date"),
    QStringLiteral("kind"),      QStringLiteral("topic"),     QStringLiteral("place"),
    QStringLiteral("organiser"), QStringLiteral("notes"),     QStringLiteral("participants")};
const QStringList kParticipantKeys{QStringLiteral("child"), QStringLiteral("child_took_part"),
                                   QStringLiteral("guardian_took_part"), QStringLiteral("guardian_name"),
                                   // Written by toJson for people to read; ignored when read back.
                                   QStringLiteral("child_name")};

Result<QString> textOf(const QJsonObject& json, const QString& key)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return Result<QString>::failure(
            QCoreApplication::translate("Activity", "\"%1\" must be text.").arg(key));
    return v.toString();
}
} // namespace

Result<Activity> Activity::fromJson(const QJsonObject& json)
{
    using R = Result<Activity>;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!kKeys.contains(it.key()))
            return R::failure(tr("The activity has an unknown key \"%1\".").arg(it.key().left(40)));
    }
    Activity a;
    QString* const texts[] = {&a.id, &a.areaCode, &a.kind, &a.topic, &a.place, &a.organiser, &a.notes};
    const char* const names[] = {"id", "area_code", "kind", "topic", "place", "organiser", "notes"};
    for (int i = 0; i < 7; ++i) {
        Result<QString> t = textOf(json, QString::fromLatin1(names[i]));
        if (!t)
            return R::failure(t.error());
        *texts[i] = t.value();
    }
    Result<QString> date = textOf(json, QStringLiteral("date"));
    if (!date)
        return R::failure(date.error());
    if (!date->isEmpty()) {
        a.date = QDate::fromString(date.value(), Qt::ISODate);
        if (!a.date.isValid() || date->size() != 10)
            return R::failure(
                tr("The date \"%1\" is not a date of the form YYYY-MM-DD.").arg(date->left(20)));
    }
    const QJsonValue list = json.value(QStringLiteral("participants"));
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        return R::failure(tr("\"participants\" must be a list."));
    for (const QJsonValue& v : list.toArray()) {
        if (!v.isObject())
            return R::failure(tr("Each participant must be an object with the child's id in \"child\"."));
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!kParticipantKeys.contains(it.key()))
                return R::failure(tr("A participant has an unknown key \"%1\".").arg(it.key().left(40)));
        }
        ActivityParticipant p;
        Result<QString> child = textOf(o, QStringLiteral("child"));
        Result<QString> guardianName = textOf(o, QStringLiteral("guardian_name"));
        if (!child)
            return R::failure(child.error());
        if (!guardianName)
            return R::failure(guardianName.error());
        if (child->isEmpty())
            return R::failure(tr("Each participant must be an object with the child's id in \"child\"."));
        p.childId = child.value();
        p.guardianName = guardianName.value();
        for (const auto& [key, flag] : {std::pair{QStringLiteral("child_took_part"), &p.child},
                                        std::pair{QStringLiteral("guardian_took_part"), &p.guardian}}) {
            const QJsonValue b = o.value(key);
            if (b.isUndefined())
                continue;
            if (!b.isBool())
                return R::failure(tr("\"%1\" must be true or false.").arg(key));
            *flag = b.toBool();
        }
        if (!p.guardianName.trimmed().isEmpty() &&
            o.value(QStringLiteral("guardian_took_part")).isUndefined())
            p.guardian = true;
        a.participants << p;
    }
    return a;
}

QJsonObject Activity::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QString::fromLatin1(key), value);
    };
    put("id", id);
    put("area_code", areaCode);
    put("date", date.isValid() ? date.toString(Qt::ISODate) : QString());
    put("kind", kind);
    put("topic", topic);
    put("place", place);
    put("organiser", organiser);
    put("notes", notes);
    QJsonArray list;
    for (const ActivityParticipant& p : participants) {
        QJsonObject j{{QStringLiteral("child"), p.childId},
                      {QStringLiteral("child_took_part"), p.child},
                      {QStringLiteral("guardian_took_part"), p.guardian}};
        if (!p.guardianName.isEmpty())
            j.insert(QStringLiteral("guardian_name"), p.guardianName);
        if (!p.childName.isEmpty())
            j.insert(QStringLiteral("child_name"), p.childName);
        list.append(j);
    }
    o.insert(QStringLiteral("participants"), list);
    return o;
}
