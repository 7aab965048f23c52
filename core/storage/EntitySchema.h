#pragma once

#include "FieldSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

// The synced record types and their fields. Every synced table has, besides these fields, the columns
// id (random UUID), area_code (which station may write it), created_at/created_by, updated_at/updated_by,
// clocks (the per-field write clocks, see FieldClocks) and seq (this database's change sequence).
class EntitySchema final
{
public:
    QString table;
    QList<FieldSpec> fields;
    // Written by the offices only (township, county, city), never at a village: a village station neither
    // writes nor sends such records, and an import refuses them (and audit entries and conflicts about
    // them) from a village station (SenderScope).
    bool officeOnly = false;

    const FieldSpec* field(QStringView name) const;
    QStringList fieldNames() const;

    static const EntitySchema& household();
    static const EntitySchema& child();
    static const EntitySchema& person();
    // A visit (immutable once saved: a correction is a new visit that `supersedes` it).
    static const EntitySchema& visit();
    // A mandated referral opened by a visit; its status, outcome and report fields change over time.
    static const EntitySchema& referral();
    // One step in a referral's history (immutable).
    static const EntitySchema& referralStep();
    // Entrusted-care agreements (CareAgreement) and the scans or photos attached to records (immutable).
    static const EntitySchema& agreement();
    static const EntitySchema& attachment();
    // A group activity or talk in a village (notice point 5), and one child's part in it (the child, the
    // child's guardian, or both). A participant's id is derived from the activity and the child
    // (RecordIdentity::participantId), so two stations that add the same child make one record.
    static const EntitySchema& activity();
    static const EntitySchema& activityParticipant();
    // A spot check (抽查) of a child's record drawn by an office from the records updated on a day or in a
    // week, and what the checker found; a problem's note travels back to the child's village.
    static const EntitySchema& spotCheck();
    static const QList<const EntitySchema*>& all();
    static const EntitySchema* byTable(QStringView table);
    // The tables of the office-only records.
    static QStringList officeOnlyTables();
};
