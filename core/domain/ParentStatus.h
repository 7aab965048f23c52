#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <iterator>

// What a parent is doing, as recorded on the 2016 national registration form. The database stores the code
// strings below exactly (the "parent_status" list of Vocabulary); an empty or unknown code is Unknown.
enum class ParentStatus
{
    Unknown,
    AtHome,
    AwayForWork,
    Dead,
    Missing, // 失联: lost contact (62号: no contact for 6 months or more, reported to the police)
    SeriouslyIll,
    SeriouslyDisabled,
    InPrison,            // 服刑在押
    CompulsoryDetox,     // 强制隔离戒毒
    Detained,            // other loss of liberty (被执行其他限制人身自由的措施)
    DeclaredMissing,     // 宣告失踪: declared missing by a court (not the same fact as lost contact)
    GuardianshipRevoked, // 被撤销监护资格
    Deported,            // 被遣送（驱逐）出境
};

namespace ParentStatusCodes {
struct Entry
{
    ParentStatus status;
    const char* code;
};
inline constexpr Entry kEntries[] = {
    {ParentStatus::AtHome, "at_home"},
    {ParentStatus::AwayForWork, "away_for_work"},
    {ParentStatus::Dead, "dead"},
    {ParentStatus::Missing, "missing"},
    {ParentStatus::SeriouslyIll, "seriously_ill"},
    {ParentStatus::SeriouslyDisabled, "seriously_disabled"},
    {ParentStatus::InPrison, "in_prison"},
    {ParentStatus::CompulsoryDetox, "compulsory_detox"},
    {ParentStatus::Detained, "detained"},
    {ParentStatus::DeclaredMissing, "declared_missing"},
    {ParentStatus::GuardianshipRevoked, "guardianship_revoked"},
    {ParentStatus::Deported, "deported"},
};
} // namespace ParentStatusCodes

// The status of a stored code; Unknown for an empty or unrecognised code.
inline ParentStatus parentStatusFromCode(QStringView code)
{
    for (const auto& e : ParentStatusCodes::kEntries) {
        if (code == QLatin1String(e.code))
            return e.status;
    }
    return ParentStatus::Unknown;
}

// The stored code of a status; an empty string for Unknown.
inline QString parentStatusCode(ParentStatus status)
{
    for (const auto& e : ParentStatusCodes::kEntries) {
        if (e.status == status)
            return QString(QLatin1String(e.code));
    }
    return QString();
}
