#pragma once

#include "ChildFile.h"
#include "RecordWriter.h"
#include "Result.h"
#include "domain/Classification.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

class CaseDatabase;

// Children's files: create, edit, load, exit, and keep the classifier's verdict current. Every field goes
// through RecordWriter; each call is one transaction, so a refused or failed save leaves nothing
// half-written.
class CaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(CaseDatabase& db);

    // Checks the whole file (fields, the ID number against birth date and sex, the village against the
    // station's area) and fills what the ID number implies. Returns the file as it would be stored.
    Result<ChildFile> check(ChildFile file) const;

    Result<QString> create(const ChildFile& file);
    // Saves the edited file: only fields that differ are written. Returns the number of fields changed.
    Result<int> update(const QString& childId, const ChildFile& edited);
    Result<ChildFile> load(const QString& childId) const;
    // A child leaves the register with a reason and a date; the file is kept.
    Status exitChild(const QString& childId, const QString& reason, QDate date);

    // Siblings: the other active files (not merged away) that name the person with this ID number as their
    // father or mother, by name.
    struct SiblingParent
    {
        QString childId;
        QString childName;
        QString relation; // father or mother in that file
    };
    QList<SiblingParent> siblingsSharingParent(const QString& childId, const QString& idNumber) const;
    // Writes these person fields (a shared parent's phone, work place, status) into each file's parent, all
    // in one transaction: a file that refuses them leaves every file as it was. Returns the fields changed.
    struct ParentChange
    {
        QString childId;
        QString relation;
        QVariantMap fields;
    };
    Result<int> updateParents(const QList<ParentChange>& changes);

    Classification classify(const ChildFile& file, QDate onDate) const;
    // Refreshes the cached verdict of one child (after a merge moved things into or out of the file).
    Status reclassify(const QString& childId);

    // 一人一档: when another file on the register (any status, any village this station sees) has this ID
    // number, the sentence that names that child and village and how to open the file; empty otherwise.
    // create() and an update that changes the ID number refuse with it.
    QString idNumberTaken(const QString& idNumber, const QString& exceptId = {}) const;
    // For a file without an ID number: the warning when the village has a file with the same name, sex and
    // birth date; empty otherwise. create() keeps it in lastWarning() (the file is saved all the same).
    QString sameDetailsWarning(const ChildFile& file) const;
    const QString& lastWarning() const { return m_lastWarning; }

    struct Exited
    {
        QString id;
        QString name;
        QDate date;
    };
    // Re-runs the classifier for every child (cached verdicts are refreshed) and exits, as over-age, the
    // active children who have turned 16. Returns those exited.
    Result<QList<Exited>> refreshCategories(QDate onDate);
    bool categoriesAreCurrent(QDate onDate) const;

    // Streams every child's file (without meta) in id order; the callback returns false to stop. `where`
    // selects children (alias c); `personWhere`, when given, the persons to read with them (a condition on
    // person's columns that holds for every person of the selected children: fewer rows read).
    Status forEachChild(const std::function<bool(const ChildFile&)>& callback, const QString& where = {},
                        const QString& personWhere = {}) const;

private:
    Status storeCategory(const QString& childId, const Classification& c, QDate onDate);
    Result<int> savePersons(const QString& childId, const QString& areaCode,
                            const QMap<QString, QVariantMap>& persons);

    CaseDatabase& m_db;
    mutable RecordWriter m_writer;
    QString m_lastWarning;
};
