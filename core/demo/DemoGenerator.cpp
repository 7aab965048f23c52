#include "DemoGenerator.h"

#include "AgreementDemo.h"
#include "DemoHousehold.h"
#include "VisitDemo.h"
#include "domain/AreaCatalog.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Sets the connection's page cache (in KiB) for as long as it lives, then restores it and shrinks the
// write-ahead log that the large transactions grew.
class CacheSize final
{
public:
    CacheSize(QSqlDatabase& db, int kib)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
    }
    ~CacheSize()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    CacheSize(const CacheSize&) = delete;
    CacheSize& operator=(const CacheSize&) = delete;

private:
    QSqlDatabase& m_db;
    int m_previous = -2000;
};

} // namespace

Result<int> DemoGenerator::generate(CaseDatabase& db, const Options& options,
                                    const std::function<bool(int, int)>& progress)
{
    const auto station = db.station();
    if (!station)
        return Result<int>::failure(tr("Set up the station first."));
    const QStringList villages = AreaCatalog::instance().villagesUnder(station->areaCode);
    if (villages.isEmpty())
        return Result<int>::failure(tr("This station's area has no villages in the official list."));
    DemoHousehold generator(options.seed, db.clock().today(), villages, station->operatorName);
    {
        QSet<QString> ids;
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id_number FROM child WHERE id_number IS NOT NULL"
                              " UNION SELECT id_number FROM person WHERE id_number IS NOT NULL"));
        while (q.next())
            ids.insert(q.value(0).toString());
        generator.reserveIds(std::move(ids));
    }
    CaseRepository repository(db);
    QSqlQuery householdOf(db.sql());
    householdOf.prepare(QStringLiteral("SELECT household_id FROM child WHERE id = ?"));

    // Large batches with a page cache that holds them: the random record ids scatter each batch's inserts
    // over the whole of every index, and a page written once per batch instead of once per few records
    // makes 60,000 children about 1.5 times faster. The connection's cache size is restored at the end.
    const CacheSize cache(db.sql(), 128 * 1024);
    constexpr int batchSize = 2000;
    int done = 0;
    int inBatch = 0;
    QStringList created;
    bool cancelled = false;
    const auto fail = [&db](const QString& why) {
        db.rollback();
        return Result<int>::failure(tr("The demo data could not be written: %1").arg(why));
    };
    while (done < options.children) {
        if (inBatch == 0) {
            if (Status s = db.begin(); !s)
                return Result<int>::failure(s.error());
        }
        QString householdId;
        const QList<ChildFile> files = generator.household(options.children - done);
        for (ChildFile file : files) {
            file.householdId = householdId;
            Result<QString> id = repository.create(file);
            if (!id)
                return fail(id.error());
            created << id.value();
            if (householdId.isEmpty()) {
                householdOf.addBindValue(id.value());
                if (!householdOf.exec() || !householdOf.next())
                    return fail(householdOf.lastError().text());
                householdId = householdOf.value(0).toString();
                householdOf.finish();
            }
        }
        done += int(files.size());
        inBatch += int(files.size());
        const bool cancel = progress && !progress(done, options.children);
        if (inBatch >= batchSize || done >= options.children || cancel) {
            if (Status s = db.commit(); !s)
                return Result<int>::failure(s.error());
            inBatch = 0;
        }
        if (cancel) {
            cancelled = true;
            break;
        }
    }
    // Care agreements in every state for part of the left-behind children.
    if (Result<int> agreements = AgreementDemo::generate(db, options.seed); !agreements)
        return Result<int>::failure(agreements.error());
    // A year of visits and referrals for the new children (VisitDemo).
    if (!cancelled) {
        if (Result<VisitDemo::Counts> history = VisitDemo::generate(db, created, options.seed); !history)
            return Result<int>::failure(tr("The demo data could not be written: %1").arg(history.error()));
    }
    return done;
}
