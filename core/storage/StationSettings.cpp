#include "StationSettings.h"

#include "CaseDatabase.h"
#include "LockPolicy.h"

#include <QCoreApplication>

namespace {
class StationSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(StationSettings)
};

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}
} // namespace

StationSettings::Values StationSettings::load(const CaseDatabase& db)
{
    Values v;
    v.rules = db.classifierSettings();
    v.lockMinutes = LockPolicy::idleMinutes(db);
    v.surveyDeadline = surveyDeadline(db);
    bool ok = false;
    const int size = db.setting(QStringLiteral("spot_check_size")).toInt(&ok);
    v.spotCheckSize = ok && size >= MinSpotCheckSize && size <= MaxSpotCheckSize ? size : 10;
    return v;
}

QDate StationSettings::surveyDeadline(const CaseDatabase& db)
{
    const QDate d = QDate::fromString(db.setting(QStringLiteral("survey_deadline")), Qt::ISODate);
    return checkSurveyDeadline(d) ? d : QDate();
}

Status StationSettings::checkSurveyDeadline(QDate deadline)
{
    if (deadline.isValid() && (deadline.year() < MinDeadlineYear || deadline.year() > MaxDeadlineYear))
        return Status::failure(
            StationSettingsText::tr("The survey's deadline must be a date between %1 and %2.")
                .arg(MinDeadlineYear)
                .arg(MaxDeadlineYear));
    return {};
}

Status StationSettings::setSurveyDeadline(CaseDatabase& db, QDate deadline)
{
    if (Status s = checkSurveyDeadline(deadline); !s)
        return s;
    return db.setSetting(QStringLiteral("survey_deadline"),
                         deadline.isValid() ? deadline.toString(Qt::ISODate) : QString());
}

Status StationSettings::save(CaseDatabase& db, const Values& values)
{
    const ClassifierSettings& r = values.rules;
    if (r.monthsAwayThreshold < MinMonthsAway || r.monthsAwayThreshold > MaxMonthsAway)
        return Status::failure(
            StationSettingsText::tr("A parent counts as away after 1 to %1 months.").arg(MaxMonthsAway));
    if (r.unsupportedMinMonths < 0 || r.unsupportedMinMonths > MaxUnsupportedMonths)
        return Status::failure(StationSettingsText::tr("Lost contact, prison and detention count after 0 to "
                                                       "%1 months.")
                                   .arg(MaxUnsupportedMonths));
    if (values.lockMinutes < 0 || values.lockMinutes > LockPolicy::MaxIdleMinutes)
        return Status::failure(StationSettingsText::tr("The idle time before the program locks must be "
                                                       "between 0 (never) and %1 minutes.")
                                   .arg(LockPolicy::MaxIdleMinutes));
    if (Status s = checkSurveyDeadline(values.surveyDeadline); !s)
        return s;
    if (values.spotCheckSize < MinSpotCheckSize || values.spotCheckSize > MaxSpotCheckSize)
        return Status::failure(StationSettingsText::tr("A spot check draws between %1 and %2 records.")
                                   .arg(MinSpotCheckSize)
                                   .arg(MaxSpotCheckSize));
    if (Status s = db.begin(); !s)
        return s;
    const QList<std::pair<QString, QString>> writes = {
        {QStringLiteral("months_away_threshold"), QString::number(r.monthsAwayThreshold)},
        {QStringLiteral("require_cross_county"), flag(r.requireCrossCounty)},
        {QStringLiteral("unsupported_min_months"), QString::number(r.unsupportedMinMonths)},
        {QStringLiteral("ill_child_in_difficulty"), flag(r.illChildInDifficulty)},
        {QStringLiteral("survey_deadline"),
         values.surveyDeadline.isValid() ? values.surveyDeadline.toString(Qt::ISODate) : QString()},
        {QStringLiteral("spot_check_size"), QString::number(values.spotCheckSize)}};
    for (const auto& [key, value] : writes) {
        if (Status s = db.setSetting(key, value); !s) {
            db.rollback();
            return s;
        }
    }
    if (Status s = LockPolicy::setIdleMinutes(db, values.lockMinutes); !s) {
        db.rollback();
        return s;
    }
    return db.commit();
}
