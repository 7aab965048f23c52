#include "RiskRules.h"

#include "Vocabulary.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RiskRules", text);
}
} // namespace

QString RiskLevel::code(Level level)
{
    switch (level) {
    case Level::None:
        return QStringLiteral("none");
    case Level::Low:
        return QStringLiteral("low");
    case Level::Medium:
        return QStringLiteral("medium");
    case Level::High:
        return QStringLiteral("high");
    }
    return {};
}

QString RiskLevel::label(Level level)
{
    switch (level) {
    case Level::None:
        return QCoreApplication::translate("RiskLevel", "No risk found");
    case Level::Low:
        return QCoreApplication::translate("RiskLevel", "Low");
    case Level::Medium:
        return QCoreApplication::translate("RiskLevel", "Medium");
    case Level::High:
        return QCoreApplication::translate("RiskLevel", "High");
    }
    return {};
}

RiskLevel RiskRules::assess(const RiskFacts& f)
{
    using L = RiskLevel::Level;
    RiskLevel r;
    const auto raise = [&r](L level, const QString& reason) {
        r.level = std::max(r.level, level);
        r.reasons << reason;
    };
    for (const RiskFacts::OpenReferral& o : f.openReferrals) {
        const QString kind = Vocabulary::label(Vocabulary::ReferralKind, o.kind);
        const QString due = o.dueDate.toString(Qt::ISODate);
        if (o.dueDate.isValid() && o.dueDate < f.today && !o.actionTaken)
            raise(L::High, tr("%1 is overdue since %2.").arg(kind, due));
        else if (o.kind == QLatin1String("police_report"))
            raise(L::High, tr("%1 is open (due %2).").arg(kind, due));
        else
            raise(L::Medium, tr("%1 is open (due %2).").arg(kind, due));
    }
    if (f.guardianshipGrade == QLatin1String("poor"))
        raise(L::Medium, tr("Guardianship is graded poor."));
    if (f.scheduled) {
        if (f.lastVisit.isValid() && f.lastVisit.daysTo(f.today) > f.noVisitDays)
            raise(L::Medium, tr("Not visited for %1 days (last visit %2).")
                                 .arg(f.lastVisit.daysTo(f.today))
                                 .arg(f.lastVisit.toString(Qt::ISODate)));
        else if (!f.lastVisit.isValid() && f.registered.isValid() &&
                 f.registered.daysTo(f.today) > f.noVisitDays)
            raise(L::Medium,
                  tr("Never visited since registration on %1.").arg(f.registered.toString(Qt::ISODate)));
    }
    if (f.guardianshipGrade == QLatin1String("fair"))
        raise(L::Low, tr("Guardianship is graded fair."));
    if (r.reasons.isEmpty())
        r.reasons << tr("No open referral, guardianship not graded poor or fair, visited on time.");
    return r;
}
