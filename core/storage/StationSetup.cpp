#include "StationSetup.h"

#include "CaseDatabase.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StationSetup", text);
}

} // namespace

AreaLevel StationSetup::levelOfRole(const QString& role)
{
    if (role == QLatin1String("village"))
        return AreaLevel::Village;
    if (role == QLatin1String("township"))
        return AreaLevel::Township;
    if (role == QLatin1String("county"))
        return AreaLevel::County;
    if (role == QLatin1String("city"))
        return AreaLevel::City;
    return AreaLevel::Invalid;
}

bool StationSetup::fitsRole(const QString& role, const QString& code12)
{
    if (role == QLatin1String("county"))
        return AreaCode::isCountyUnit(code12);
    const AreaLevel wanted = levelOfRole(role);
    return wanted != AreaLevel::Invalid && AreaCode::levelOf(code12) == wanted;
}

QString StationSetup::newStationId()
{
    const quint64 n = QRandomGenerator::system()->generate64();
    return QStringLiteral("%1").arg(n, 16, 16, QLatin1Char('0'));
}

Result<StationInfo> StationSetup::prepare(const QString& role, const QString& areaCode, const QString& name,
                                          const QString& operatorName)
{
    using R = Result<StationInfo>;
    const AreaLevel wanted = levelOfRole(role);
    if (wanted == AreaLevel::Invalid)
        return R::failure(tr("The role must be village, township, county or city."));
    const QString code = AreaCode::normalize(areaCode);
    if (code.isEmpty() || !AreaCatalog::instance().contains(code))
        return R::failure(tr("%1 is not an area code of the official list.").arg(areaCode.trimmed()));
    if (!fitsRole(role, code)) {
        QString needs;
        switch (wanted) {
        case AreaLevel::Village:
            needs = tr("a village (12-digit code)");
            break;
        case AreaLevel::Township:
            needs = tr("a township or street office (9-digit code)");
            break;
        case AreaLevel::County:
            needs = tr("a county (6-digit code, such as 431126) or a city without counties (such as 东莞市 "
                       "4419)");
            break;
        default:
            needs = tr("a city (4-digit code, such as 4311)");
            break;
        }
        return R::failure(tr("The area %1 (%2) does not fit a station of the role \"%3\", which needs %4.")
                              .arg(areaCode.trimmed(), AreaCatalog::instance().fullName(code),
                                   Vocabulary::label(Vocabulary::Role, role), needs));
    }
    if (name.trimmed().isEmpty())
        return R::failure(tr("The station needs a name."));
    StationInfo info;
    info.id = newStationId();
    info.role = role;
    info.areaCode = code;
    info.name = name.trimmed();
    info.operatorName = operatorName.trimmed();
    if (info.operatorName.isNull())
        info.operatorName = QStringLiteral(""); // stored as an empty text, never NULL
    return info;
}

Result<StationInfo> StationSetup::initialize(CaseDatabase& db, const QString& role, const QString& areaCode,
                                             const QString& name, const QString& operatorName)
{
    using R = Result<StationInfo>;
    if (const auto existing = db.station())
        return R::failure(tr("This database already belongs to the station \"%1\".").arg(existing->name));
    Result<StationInfo> info = prepare(role, areaCode, name, operatorName);
    if (!info)
        return info;
    if (Status s = db.initStation(info.value()); !s)
        return R::failure(s.error());
    return info;
}
