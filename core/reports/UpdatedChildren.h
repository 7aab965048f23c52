#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

class CaseDatabase;

// Which children's records changed in a span of time (the dispatch report's week; a day or a week for the
// spot checks and the dashboard): a child counts when the audit trail holds a write in the span about the
// child's own file, its household (every child of the household), one of its persons, or one of its visits,
// referrals, referral steps, agreements or attachments — whichever station made it. The span is read from
// each write's hybrid logical clock (ms since 1970, the clock of the station that wrote it, carried by
// sync). Writes that change nothing are not counted: a clock repair's rewrites (the same value with a new
// clock, and its "clock-repaired" entry). Files merged away into another are left out.
//
// The span's writes are read kind by kind through the index on the audit trail's entity and clock (schema
// version 10), the writes to the children's own files first: when they touched every child of the area
// (the week a township's first package arrives), the other kinds are not read at all. Otherwise each kind
// of record is traced to its child by looking up the few records touched, or by one pass over the table
// when many of them are.
class UpdatedChildren final
{
public:
    struct Child
    {
        QString village;      // the child's area code
        bool created = false; // the file itself was made in the span
    };

    // Children inside the area (its code's significant digits, "441523101"; empty: all) updated in
    // [fromMs, toMs), by id.
    static Result<QHash<QString, Child>> between(CaseDatabase& db, qint64 fromMs, qint64 toMs,
                                                 const QString& areaPrefix);
};
