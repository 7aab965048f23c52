#pragma once

#include "Result.h"
#include "domain/ChildFacts.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVariantMap>

// One child's file (一人一档) as entered and shown: the child's fields, the household's, and the people
// around the child by relation (father, mother, four grandparents, entrusted guardian, caregiver). Field
// names are the columns of EntitySchema::child(), household() and person(). The JSON form is documented in
// docs/child-json.md.
class ChildFile final
{
public:
    QString id;          // empty for a new child
    QString areaCode;    // the child's village (12 digits)
    QString householdId; // empty for a new household
    QVariantMap child;
    QVariantMap household;
    QMap<QString, QVariantMap> persons; // relation -> fields (without child_id and relation)

    // Read-only facts filled in by CaseRepository::load.
    QVariantMap meta; // created_at, updated_at, file_updated_at (the latest of its rows), category, ...

    QVariant value(const QString& field) const { return child.value(field); }
    QString text(const QString& field) const { return child.value(field).toString(); }
    QString personText(const QString& relation, const QString& field) const
    {
        return persons.value(relation).value(field).toString();
    }

    static Result<ChildFile> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    // The facts the classifier needs.
    ChildFacts facts() const;
};
