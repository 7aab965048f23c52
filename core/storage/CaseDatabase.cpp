#include "CaseDatabase.h"

#include "SchemaMigrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CaseDatabase", text);
}
QAtomicInt g_connections;
} // namespace

CaseDatabase::CaseDatabase(QString path, QString connection, const Clock& clock)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_clock(&clock)
    , m_hlc(clock)
{}

CaseDatabase::~CaseDatabase()
{
    if (m_db.isOpen()) {
        if (m_depth > 0)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString CaseDatabase::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.shouhu");
    return dir + QStringLiteral("/shouhu.sqlite");
}

Result<std::unique_ptr<CaseDatabase>> CaseDatabase::open(const QString& path, const Clock& clock,
                                                         int targetVersion)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Result<std::unique_ptr<CaseDatabase>>::failure(
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    const QString connection = QStringLiteral("shouhu-%1").arg(g_connections.fetchAndAddRelaxed(1));
    std::unique_ptr<CaseDatabase> db(new CaseDatabase(info.absoluteFilePath(), connection, clock));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db->m_db.setDatabaseName(db->m_path);
    if (!db->m_db.open())
        return Result<std::unique_ptr<CaseDatabase>>::failure(
            tr("The database %1 cannot be opened: %2")
                .arg(QDir::toNativeSeparators(path), db->m_db.lastError().text()));
    QSqlQuery q(db->m_db);
    // A file that is not SQLite fails on the first read.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return Result<std::unique_ptr<CaseDatabase>>::failure(
            tr("The file %1 is not a Shouhu database.").arg(QDir::toNativeSeparators(path)));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    q.exec(QStringLiteral("PRAGMA cache_size = -16000"));
    if (Status s = SchemaMigrator::migrate(db->m_db, targetVersion); !s)
        return Result<std::unique_ptr<CaseDatabase>>::failure(s.error());
    if (Status s = db->loadState(); !s)
        return Result<std::unique_ptr<CaseDatabase>>::failure(s.error());
    return db;
}

int CaseDatabase::schemaVersion()
{
    return SchemaMigrator::versionOf(m_db);
}

Status CaseDatabase::loadState()
{
    QSqlQuery q(m_db);
    // The clock this station has reached, so that a lagging system clock shows right after opening.
    if (q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'hlc'")) && q.next())
        m_hlc.observe(q.value(0).toLongLong());
    if (q.exec(QStringLiteral("SELECT id, role, area_code, name, operator, is_demo FROM station LIMIT 1")) &&
        q.next()) {
        m_station = StationInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()};
    }
    return {};
}

Status CaseDatabase::initStation(const StationInfo& info)
{
    if (m_station)
        return Status::failure(
            tr("This database already belongs to the station \"%1\".").arg(m_station->name));
    if (Status s = begin(); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO station (id, role, area_code, name, operator, is_demo, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(info.id);
    q.addBindValue(info.role);
    q.addBindValue(info.areaCode);
    q.addBindValue(info.name);
    q.addBindValue(info.operatorName.isNull() ? QStringLiteral("") : info.operatorName);
    q.addBindValue(info.isDemo ? 1 : 0);
    q.addBindValue(m_clock->now().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        rollback();
        return Status::failure(tr("The station could not be saved: %1").arg(q.lastError().text()));
    }
    if (Status s = commit(); !s)
        return s;
    m_station = info;
    return {};
}

Status CaseDatabase::setOperatorName(const QString& name)
{
    if (!m_station)
        return Status::failure(tr("Set up the station first."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE station SET operator = ?"));
    q.addBindValue(name.isNull() ? QStringLiteral("") : name);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    m_station->operatorName = name;
    return {};
}

QString CaseDatabase::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status CaseDatabase::setSetting(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(tr("The setting could not be saved: %1").arg(q.lastError().text()));
    return {};
}

ClassifierSettings CaseDatabase::classifierSettings() const
{
    ClassifierSettings s;
    s.monthsAwayThreshold =
        setting(QStringLiteral("months_away_threshold"), QString::number(s.monthsAwayThreshold)).toInt();
    s.requireCrossCounty =
        setting(QStringLiteral("require_cross_county"),
                s.requireCrossCounty ? QStringLiteral("1") : QStringLiteral("0")) == QLatin1String("1");
    return s;
}

Status CaseDatabase::begin()
{
    if (m_depth++ > 0)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        return Status::failure(tr("The database is in use by another program; try again in a moment."));
    }
    m_failed = false;
    // The clock and sequence are read inside the write lock, so two programs on one file never reuse them.
    q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key IN ('hlc', 'seq')"));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("hlc"))
            m_hlc.observe(q.value(1).toLongLong());
        else
            m_seq = std::max(m_seq, q.value(1).toLongLong());
    }
    return {};
}

Status CaseDatabase::commit()
{
    if (m_depth <= 0)
        return {};
    if (--m_depth > 0)
        return {};
    if (m_failed) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(tr("The change was not saved because part of it failed."));
    }
    if (!setSetting(QStringLiteral("hlc"), QString::number(m_hlc.last())) ||
        !setSetting(QStringLiteral("seq"), QString::number(m_seq))) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(tr("The change could not be written to disk (is the disk full?)."));
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(
            tr("The change could not be written to disk (is the disk full?): %1").arg(why));
    }
    return {};
}

void CaseDatabase::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_failed = true;
        return;
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    // What was read from the file is the truth again.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'seq'"));
    m_seq = q.next() ? q.value(0).toLongLong() : 0;
}

Stamp CaseDatabase::nextStamp()
{
    return Stamp{m_hlc.tick(), m_station ? m_station->id : QString()};
}

qint64 CaseDatabase::nextSeq()
{
    return ++m_seq;
}
