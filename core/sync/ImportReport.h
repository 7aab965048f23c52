#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// What an import did, kept in the import ledger so it can be reopened: records added, updated and
// unchanged, new conflicts, in total and per village.
class ImportReport final
{
public:
    struct Counts
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int conflicts = 0;
    };

    QString packageId;
    QString sender;
    QString senderName;
    QString createdAt;
    QString importedAt;
    bool alreadyImported = false;
    Counts total;
    QMap<QString, Counts> perVillage; // village area code -> counts
    QMap<QString, Counts> perEntity;  // record kind (child, household, person, ...) -> counts
    int auditAdded = 0;
    int revocations = 0;
    QString clockWarning; // set when this station's system clock is behind what it has seen

    QJsonObject toJson() const;
    static ImportReport fromJson(const QJsonObject& json);
};
