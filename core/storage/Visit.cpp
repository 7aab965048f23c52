#include "Visit.h"

#include "EntitySchema.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Visit", text);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QStringList Visit::codes(const QString& field) const
{
    return text(field).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QDate Visit::date() const
{
    return QDate::fromString(text(QStringLiteral("visit_date")), Qt::ISODate);
}

QMap<QString, QString> Visit::hazardActions() const
{
    QMap<QString, QString> out;
    const QJsonObject actions =
        QJsonDocument::fromJson(text(QStringLiteral("hazard_actions")).toUtf8()).object();
    for (const QString& h : codes(QStringLiteral("hazards")))
        out.insert(h, actions.value(h).toString());
    return out;
}

void Visit::setHazards(const QMap<QString, QString>& actions)
{
    QJsonObject o;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            o.insert(it.key(), it.value().trimmed());
    }
    values.insert(QStringLiteral("hazards"), QStringList(actions.keys()).join(QLatin1Char(',')));
    values.insert(QStringLiteral("hazard_actions"), o.isEmpty() ? QVariant() : QVariant(compact(o)));
}

VisitFindings Visit::findings(QDate birthDate) const
{
    VisitFindings f;
    f.visitDate = date();
    f.birthDate = birthDate;
    f.safetyConcerns = codes(QStringLiteral("safety_concerns"));
    f.schooling = text(QStringLiteral("schooling"));
    f.economicDifficulty =
        values.value(QStringLiteral("economic_difficulty")).toInt() == 1 ||
        values.value(QStringLiteral("economic_difficulty")).toString() == QLatin1String("true");
    f.assistanceEligible = codes(QStringLiteral("assistance_eligible"));
    return f;
}

Result<Visit> Visit::fromJson(const QJsonObject& json)
{
    Visit v;
    const EntitySchema& schema = EntitySchema::visit();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue& value = it.value();
        if (key == QLatin1String("id")) {
            v.id = value.toString();
        } else if (key == QLatin1String("child_id")) {
            v.childId = value.toString();
        } else if (key == QLatin1String("meta") || key == QLatin1String("superseded_by") ||
                   key == QLatin1String("area_code")) {
            continue; // output only
        } else if (key == QLatin1String("hazards") && value.isObject()) {
            QMap<QString, QString> actions;
            const QJsonObject o = value.toObject();
            for (auto h = o.begin(); h != o.end(); ++h)
                actions.insert(h.key(), h.value().toString());
            v.setHazards(actions);
        } else if (key == QLatin1String("file_changes")) {
            if (value.isNull())
                continue;
            if (!value.isObject())
                return Result<Visit>::failure(
                    tr("\"file_changes\" must be an object: a part of the child's file."));
            v.values.insert(key, compact(value.toObject()));
        } else if (const FieldSpec* f = schema.field(key)) {
            if (value.isArray()) {
                QStringList items;
                for (const QJsonValue& item : value.toArray())
                    items << item.toString();
                v.values.insert(key, items.join(QLatin1Char(',')));
            } else if (f->type == FieldSpec::Type::Bool && value.isBool()) {
                v.values.insert(key, value.toBool() ? 1 : 0);
            } else {
                v.values.insert(key, value.toVariant());
            }
        } else {
            return Result<Visit>::failure(tr("\"%1\" is not a field of a visit.").arg(key));
        }
    }
    return v;
}

QJsonObject Visit::toJson() const
{
    QJsonObject o;
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("child_id"), childId);
    if (!areaCode.isEmpty())
        o.insert(QStringLiteral("area_code"), areaCode);
    for (const FieldSpec& f : EntitySchema::visit().fields) {
        const QVariant v = values.value(f.name);
        if (f.name == QLatin1String("child_id") || f.name == QLatin1String("hazard_actions") || v.isNull() ||
            v.toString().isEmpty())
            continue;
        if (f.name == QLatin1String("hazards")) {
            QJsonObject h;
            const QMap<QString, QString> actions = hazardActions();
            for (auto it = actions.cbegin(); it != actions.cend(); ++it)
                h.insert(it.key(), it.value());
            o.insert(f.name, h);
        } else if (f.name == QLatin1String("file_changes")) {
            o.insert(f.name, QJsonDocument::fromJson(v.toString().toUtf8()).object());
        } else if (f.type == FieldSpec::Type::Bool) {
            o.insert(f.name, v.toInt() == 1);
        } else if (f.type == FieldSpec::Type::CodeSet) {
            o.insert(f.name, QJsonArray::fromStringList(codes(f.name)));
        } else {
            o.insert(f.name, v.toString());
        }
    }
    if (!supersededBy.isEmpty())
        o.insert(QStringLiteral("superseded_by"), supersededBy);
    if (!meta.isEmpty())
        o.insert(QStringLiteral("meta"), QJsonObject::fromVariantMap(meta));
    return o;
}
