#pragma once

#include "domain/AreaCatalog.h"

#include <QList>
#include <QString>

// The first-run wizard's area search: the places a station of a role may serve that match what was typed.
// - Several words narrow the match: every word is in the place's full name (丰山镇 丰四 → 丰四村 of
//   丰山镇), the last one in its own name; words of digits match the code's beginning.
// - A place above the role's level typed by its whole name lists what lies under it at the role's level
//   (丰山镇 for a village station: its villages).
class StationAreaFinder final
{
public:
    static QList<AreaCatalog::Match> find(const QString& role, const QString& text, int limit = 100);
};
