#include "StationName.h"

#include "TrustStore.h"
#include "storage/CaseDatabase.h"

#include <QCoreApplication>

QString StationName::of(CaseDatabase& db, const QString& stationId)
{
    if (stationId.isEmpty())
        return QCoreApplication::translate("StationName", "an unknown station");
    if (const auto me = db.station(); me && me->id == stationId)
        return me->name.isEmpty()
                   ? QCoreApplication::translate("StationName", "this station")
                   : QCoreApplication::translate("StationName", "this station (%1)").arg(me->name);
    if (const auto peer = TrustStore(db).find(stationId); peer && !peer->name.isEmpty())
        return peer->name;
    return QCoreApplication::translate("StationName", "another station");
}
