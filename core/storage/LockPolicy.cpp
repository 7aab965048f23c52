#include "LockPolicy.h"

#include "CaseDatabase.h"
#include "sync/StationIdentity.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
const QString kKey = QStringLiteral("lock_idle_minutes");

class LockPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(LockPolicy)
};
} // namespace

int LockPolicy::idleMinutes(const CaseDatabase& db)
{
    bool ok = false;
    const int minutes = db.setting(kKey).toInt(&ok);
    return ok && minutes >= 0 && minutes <= MaxIdleMinutes ? minutes : DefaultIdleMinutes;
}

Status LockPolicy::setIdleMinutes(CaseDatabase& db, int minutes)
{
    if (minutes < 0 || minutes > MaxIdleMinutes)
        return Status::failure(LockPolicyText::tr("The idle time before the program locks must be between 0 "
                                                  "(never) and %1 minutes.")
                                   .arg(MaxIdleMinutes));
    return db.setSetting(kKey, QString::number(minutes));
}

bool LockPolicy::enabled(CaseDatabase& db)
{
    return idleMinutes(db) > 0 && StationIdentity::hasKeys(db);
}

int LockPolicy::failures(const CaseDatabase& db)
{
    return std::max(0, db.setting(QStringLiteral("lock_failures")).toInt());
}

void LockPolicy::setFailures(CaseDatabase& db, int failures)
{
    // Best effort: a database that cannot be written still locks, it only forgets the count.
    (void)db.setSetting(QStringLiteral("lock_failures"), QString::number(std::max(0, failures)));
}

int LockPolicy::delaySeconds(int failures)
{
    if (failures < 3)
        return 0;
    return std::min(MaxDelaySeconds, 1 << std::min(failures - 2, 6));
}
