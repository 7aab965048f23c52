#pragma once

// The world of the sync property tests (TestSyncProperty, TestSyncPropertyOneFile): stations with keys on
// their own clocks, enrolled with each other, the writes made so far, and the helpers to export, import and
// compare what each holds.
#include "PackageForger.h"
#include "TestDatabase.h"
#include "storage/AgreementRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ChildMerger.h"
#include "storage/DuplicateFinder.h"
#include "storage/FieldClocks.h"
#include "storage/RecordIdentity.h"
#include "storage/RecordWriter.h"
#include "storage/VisitRepository.h"
#include "sync/ClockRepair.h"
#include "sync/ConflictStore.h"
#include "sync/PackageReader.h"
#include "sync/PackageWriter.h"
#include "sync/StationIdentity.h"
#include "sync/TrustStore.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

class SyncPropertyWorld
{
protected:
    struct Station
    {
        QString name;
        QString area;
        std::unique_ptr<FixedClock> clock;
        QTemporaryDir dir;
        std::unique_ptr<CaseDatabase> db;
        std::optional<StationKeys> keys;
    };
    struct Write
    {
        QString table;
        QString id;
        QString field;
        QString value;
        Stamp stamp;
    };

    std::vector<std::unique_ptr<Station>> m_stations;
    QList<Write> m_writes;
    int m_files = 0;
    int m_forged = 0;

    Station& st(int i) { return *m_stations.at(size_t(i)); }

    void addStation(const QString& name, const QString& role, const QString& area, const QString& id)
    {
        auto s = std::make_unique<Station>();
        s->name = name;
        s->area = area;
        s->clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
        s->db = TestDatabase::open(s->dir, *s->clock, area, role, id);
        QVERIFY(
            StationIdentity::create(*s->db, QStringLiteral("property test pass"), KeyStore::Strength::Minimum)
                .ok());
        s->keys = std::move(StationIdentity::unlock(*s->db, QStringLiteral("property test pass")).value());
        m_stations.push_back(std::move(s));
    }
    void enrol(int at, int whom)
    {
        Result<StationCard> card = StationIdentity::signedCard(*st(whom).db, *st(whom).keys);
        Result<Peer> p = TrustStore(*st(at).db).enrol(card.value(), card->fingerprint());
        QVERIFY2(p.ok(), qPrintable(p.error()));
    }
    Stamp stampOf(CaseDatabase& db, const QString& table, const QString& id, const QString& field)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT clocks FROM %1 WHERE id = '%2'").arg(table, id));
        return q.next() ? FieldClocks::parse(q.value(0).toString()).stamp(field) : Stamp{};
    }
    QStringList idsIn(CaseDatabase& db, const QString& table, const QString& area)
    {
        QStringList out;
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT id FROM %1 WHERE area_code = '%2' ORDER BY id").arg(table, area));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    QStringList idsOf(CaseDatabase& db, const QString& table)
    {
        QStringList out;
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    // The values and clocks of the children (and open conflicts) in an area, as one comparable text.
    QString snapshot(CaseDatabase& db, const QString& area)
    {
        QString out;
        QSqlQuery q(db.sql());
        q.exec(
            QStringLiteral(
                "SELECT id, name, notes, school_name, clocks FROM child WHERE area_code = '%1' ORDER BY id")
                .arg(area));
        while (q.next())
            out += QStringLiteral("%1|%2|%3|%4|%5\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString());
        q.exec(QStringLiteral("SELECT id, caregiver_name, notes, clocks FROM agreement WHERE area_code = '%1'"
                              " ORDER BY id")
                   .arg(area));
        while (q.next())
            out += QStringLiteral("agreement %1|%2|%3|%4\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
        q.exec(
            QStringLiteral("SELECT id, child_id, visit_date, notes, clocks FROM visit WHERE area_code = '%1'"
                           " ORDER BY id")
                .arg(area));
        while (q.next())
            out += QStringLiteral("visit %1|%2|%3|%4|%5\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString());
        q.exec(QStringLiteral("SELECT id, name, phone, clocks FROM person WHERE area_code = '%1' ORDER BY id")
                   .arg(area));
        while (q.next())
            out += QStringLiteral("person %1|%2|%3|%4\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
        q.exec(QStringLiteral("SELECT id, resolved_hlc, winner_hlc, winner_station FROM conflict"
                              " WHERE area_code = '%1' ORDER BY id")
                   .arg(area));
        while (q.next())
            out += QStringLiteral("conflict %1 %2 won by %3@%4\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
        return out;
    }
    QString exportPackage(int from, int to, bool full = false)
    {
        PackageWriter::Options o;
        o.recipient = st(to).db->station()->id;
        o.path = st(from).dir.filePath(QStringLiteral("p%1.shpkg").arg(++m_files));
        o.full = full;
        Result<PackageHeader> h = PackageWriter::write(*st(from).db, *st(from).keys, o);
        if (!h)
            qWarning() << h.error();
        return h ? o.path : QString();
    }
    bool importPackage(int to, const QString& path)
    {
        Result<ImportReport> r = PackageReader::import(*st(to).db, *st(to).keys, path);
        if (!r)
            qWarning() << r.error();
        return r.ok();
    }
};
