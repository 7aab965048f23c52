#include "DashboardFigures.h"

namespace {
struct KindName
{
    DashboardFigures::Kind kind;
    const char* code;
};
using K = DashboardFigures::Kind;
const KindName kKinds[] = {
    {K::Children, "children"},
    {K::Category, "category"},
    {K::New, "new"},
    {K::Exited, "exited"},
    {K::Surveyed, "surveyed"},
    {K::ToSurvey, "to_survey"},
    {K::LeftBehind, "left_behind"},
    {K::Covered, "covered"},
    {K::Uncovered, "uncovered"},
    {K::VisitsDone, "visits_done"},
    {K::VisitsDue, "visits_due"},
    {K::VisitsOverdue, "visits_overdue"},
    {K::ReferralsOpen, "referrals_open"},
    {K::ReferralsOverdue, "referrals_overdue"},
    {K::Quality, "quality"},
    {K::UpdatedThisWeek, "updated_this_week"},
    {K::InActivities, "in_activities"},
};
} // namespace

QString DashboardFigures::kindCode(Kind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.code);
    }
    return {};
}

QList<DashboardFigures::Kind> DashboardFigures::plainKinds()
{
    QList<Kind> out;
    for (const KindName& k : kKinds)
        out << k.kind;
    return out;
}

QString DashboardFigures::Figure::key() const
{
    const QString kindText = kindCode(kind);
    if ((kind == Kind::Category || kind == Kind::Exited) && !code.isEmpty())
        return kindText + QLatin1Char(':') + code;
    return kindText;
}

bool DashboardFigures::Figure::fromKey(const QString& key, Figure& out)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const QString kindText = colon < 0 ? key : key.left(colon);
    for (const KindName& k : kKinds) {
        if (kindText == QLatin1String(k.code)) {
            if (colon >= 0 && k.kind != Kind::Category && k.kind != Kind::Exited)
                return false;
            out.kind = k.kind;
            out.code = colon < 0 ? QString() : key.mid(colon + 1);
            return true;
        }
    }
    return false;
}

int DashboardFigures::Counts::value(const Figure& f) const
{
    if (f.kind == Kind::Category && !f.code.isEmpty())
        return byCategory.value(f.code);
    if (f.kind == Kind::Exited && !f.code.isEmpty())
        return exitsByReason.value(f.code);
    return value(f.kind);
}
