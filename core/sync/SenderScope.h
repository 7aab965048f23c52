#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <map>
#include <memory>

class CaseDatabase;
class SqliteStatement;

// Who may write what: the one place that decides whether the sender of a package may write an item, for
// every kind of item. A record belongs to the village of its `area_code` and that never changes by sync:
// - a record's area must be a village of the official list inside the package's scope (the narrower of
//   the two stations' areas), and equal to the area of the row stored here, if there is one;
// - a record that refers to another (a person to its child, a visit to its child, a step to its referral,
//   an attachment to what it is attached to, …) must refer to a record of the same village, stored here or
//   in the same package;
// - an audit entry or a conflict follows the record it is about: that record, stored or in the package,
//   must lie in the area the item claims;
// - an office-only record (a spot check: the office's finding about a village's work) and any item about
//   one are refused from a village station, whatever their area (the sender's role is the one stored at
//   its enrolment, not what the package's header says).
// Look-ups go to this package's records first (kept as they are checked), then to the stored rows; what
// is in neither is checked again at the end of the package (an item may come before its record).
class SenderScope final
{
    Q_DECLARE_TR_FUNCTIONS(SenderScope)

public:
    // `emptyTables`: tables that held no row when the import began (nothing stored to look up there).
    // `fromVillage`: the sender was enrolled here as a village station.
    SenderScope(CaseDatabase& db, QString scope, bool fromVillage, QSet<QString> emptyTables);
    ~SenderScope();
    SenderScope(const SenderScope&) = delete;
    SenderScope& operator=(const SenderScope&) = delete;

    // A record item. `storedArea` is the area_code of the row stored here with this id, empty when none.
    Status mayWrite(const QString& table, const QString& id, const QString& area, const QString& storedArea);
    // An item about a record (an audit entry, a conflict): `kind` names it in the refusal.
    Status mayWriteAbout(const QString& kind, const QString& table, const QString& recordId,
                         const QString& area);
    // A reference held in a field of a record of `area` (its value or a value in an audit entry or conflict).
    Status mayReference(const QString& table, const QString& recordId, const QString& field,
                        const QString& targetId, const QString& area);
    // The look-ups left for the end of the package.
    Status finish();

    // The tables a reference field may point to.
    static QStringList targetsOf(const QString& field);

private:
    // A record to find (in one of `tables`) in `area`, and what the refusal names if it is not there:
    // the item about a record (`kind`, e.g. an audit entry) or the reference (`field` of table/recordId).
    struct Pending
    {
        QStringList tables;
        QString targetId;
        QString area;
        QString kind;
        QString table;
        QString recordId;
        QString field;
    };
    Status refusal(const Pending& p) const;

    Status checkArea(const QString& table, const QString& id, const QString& area) const;
    // Refuses an office-only record (or an item `kind` about one) from a village station.
    Status checkRole(const QString& kind, const QString& table, const QString& id) const;
    // The area of a record of `table` from this package or the stored rows; empty when neither has it.
    QString areaOf(const QString& table, const QString& id);
    QString place(const QString& area) const;

    CaseDatabase& m_db;
    QString m_scope;
    bool m_fromVillage;
    QStringList m_officeOnly;
    QSet<QString> m_emptyTables;
    QHash<QString, QHash<QUuid, quint64>> m_seen; // table -> record id -> area code, of this package
    std::map<QString, std::unique_ptr<SqliteStatement>> m_lookups; // table -> SELECT area_code … WHERE id = ?
    QList<Pending> m_pending;
};
