#pragma once

#include "ConflictStore.h"
#include "ImportReport.h"
#include "ItemValidator.h"
#include "MergeReclassifier.h"
#include "PackageHeader.h"
#include "PayloadItem.h"
#include "Result.h"
#include "SenderScope.h"
#include "TrustStore.h"
#include "storage/RecordWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QStringList>

class CaseDatabase;

// The merge of one package's payload, item by item, inside the importer's transaction: each item is read
// strictly (ItemValidator: known keys only, values exactly as if typed, canonical ids), its sender's right
// to write it is checked against what is stored here (SenderScope), then it is merged (RecordWriter,
// ConflictStore, TrustStore). finish() makes the checks that need the whole package: the records that
// items named are there, the counts equal the header's, every conflict names its record's current write.
class PackageImport final
{
    Q_DECLARE_TR_FUNCTIONS(PackageImport)

public:
    // The largest encoded item of a kind that an honest station writes (a refusal beyond it).
    static qint64 maxItemBytes(const QString& kind, const QString& entity);
    // How many decompressed payload bytes the header's counts allow (and never more than MaxPayloadBytes).
    static qint64 payloadBudget(const QMap<QString, qint64>& counts);
    static constexpr qint64 MaxPayloadBytes = 8LL * 1024 * 1024 * 1024;

    // The refusal of a package holding changes that the sender made while its computer's date was wrong
    // (their clock `hlc` more than a day ahead of `now`): the sender must repair its clock (ClockRepair).
    static QString futureChangesSentence(const QString& senderName, qint64 hlc, const QDateTime& now);

    PackageImport(CaseDatabase& db, const PackageHeader& header, const Peer& sender, const QString& scope,
                  qint64 latestMs);

    Status apply(const QByteArray& cbor);
    Status finish();

    ImportReport report;
    qint64 maxHlc = 0;
    qint64 receipt = -1;

private:
    Status damaged() const;
    Status invalid(const QString& kind, const QString& id, const QString& why) const;
    Status checkStamp(const QString& kind, const QString& id, const Stamp& s);
    // A value of a field in an audit entry or conflict (text form), with the reference rule for references.
    Status checkAboutValue(const QString& kind, const QString& id, const EntitySchema& schema,
                           const FieldSpec& spec, const PayloadItem::Entry* entry, const QString& recordId,
                           const QString& area);

    // One more item of the kind counted under `key`; refused beyond what the header announced.
    Status counted(const QString& key);
    Status countsDiffer(const QString& key) const;
    Status record(const PayloadItem& m);
    Status audit(const PayloadItem& m);
    Status conflict(const PayloadItem& m);
    Status revocation(const PayloadItem& m);
    Status receiptItem(const PayloadItem& m);
    Status end(const PayloadItem& m);

    ImportReport::Counts& village(const QString& area) { return report.perVillage[area]; }

    CaseDatabase& m_db;
    const PackageHeader& m_header;
    const Peer& m_sender;
    QSet<QString> m_emptyAtStart;
    SenderScope m_scope;
    ItemValidator m_validator;
    RecordWriter m_writer;
    ConflictStore m_conflicts;
    TrustStore m_trust;
    MergeReclassifier m_refresher;
    qint64 m_latestMs;
    qint64 m_items = 0;
    bool m_ended = false;
    QMap<QString, qint64> m_counts;
    QStringList m_conflictIds;       // conflicts merged from this package: their winner is checked at the end
    QList<Conflict> m_detected;      // conflicts this import found (and added)
    QSet<QString> m_childrenTouched; // child records this package changed: checked for duplicates
    QSet<QString> m_ruleChildren;    // children whose referrals or agreements changed: reconciled
};
