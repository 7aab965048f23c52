#include "DatabaseKeyRing.h"

#include "DatabaseLock.h"

#include <QHash>
#include <QMutex>

namespace {

QMutex g_mutex;
QHash<QString, DatabaseKey>& keys()
{
    static QHash<QString, DatabaseKey> k;
    return k;
}

} // namespace

void DatabaseKeyRing::remember(const QString& databasePath, const DatabaseKey& key)
{
    QMutexLocker locker(&g_mutex);
    keys().insert(DatabaseLock::canonicalPath(databasePath), key);
}

std::optional<DatabaseKey> DatabaseKeyRing::find(const QString& databasePath)
{
    QMutexLocker locker(&g_mutex);
    const auto it = keys().constFind(DatabaseLock::canonicalPath(databasePath));
    if (it == keys().constEnd())
        return std::nullopt;
    return *it;
}

void DatabaseKeyRing::forget(const QString& databasePath)
{
    QMutexLocker locker(&g_mutex);
    keys().remove(DatabaseLock::canonicalPath(databasePath));
}

QList<DatabaseKey> DatabaseKeyRing::all()
{
    QMutexLocker locker(&g_mutex);
    return keys().values();
}
