#pragma once

#include "domain/IdNumber.h"
#include "storage/CaseDatabase.h"
#include "storage/ChildFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A real SQLite file in a temporary folder with a station set up: the starting point of storage tests.
namespace TestDatabase {

// 广东省 汕尾市 陆河县 水唇镇 南跃村民委员会: a real village of the 2023 list.
inline const QString kVillage = QStringLiteral("441523101201");
inline const QString kOtherVillage = QStringLiteral("441523101202");
inline const QString kTownship = QStringLiteral("441523101000");
inline const QString kCounty = QStringLiteral("441523");

// An ID number with a valid check character for the given county, birth date and sequence (odd = male).
inline QString makeId(const QString& county, QDate birth, int sequence)
{
    const QString first17 = county + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

inline std::unique_ptr<CaseDatabase> open(const QTemporaryDir& dir, const Clock& clock,
                                          const QString& area = kVillage,
                                          const QString& role = QStringLiteral("village"),
                                          const QString& stationId = QStringLiteral("a1b2c3d4e5f60718"))
{
    auto db = CaseDatabase::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
    if (!db) {
        qWarning() << db.error();
        return nullptr;
    }
    std::unique_ptr<CaseDatabase> out = std::move(db.value());
    if (!out->station()) {
        const Status s = out->initStation(
            {stationId, role, area, QStringLiteral("Test station"), QStringLiteral("Tester")});
        if (!s)
            qWarning() << s.error();
    }
    return out;
}

// A left-behind child: both parents away for work in Shenzhen since a year before `today`.
inline ChildFile leftBehindChild(const QString& name, QDate birth, int sequence, QDate today)
{
    ChildFile f;
    f.areaCode = kVillage;
    f.child = {{QStringLiteral("name"), name},
               {QStringLiteral("id_number"), makeId(kCounty, birth, sequence)},
               {QStringLiteral("hukou_type"), QStringLiteral("rural")},
               {QStringLiteral("schooling"), QStringLiteral("primary")}};
    const QString left = today.addYears(-1).toString(Qt::ISODate);
    f.persons.insert(QStringLiteral("father"),
                     {{QStringLiteral("name"), QStringLiteral("王建国")},
                      {QStringLiteral("status"), QStringLiteral("away_for_work")},
                      {QStringLiteral("away_since"), left},
                      {QStringLiteral("work_place_code"), QStringLiteral("440305")}});
    f.persons.insert(QStringLiteral("mother"),
                     {{QStringLiteral("name"), QStringLiteral("李秀英")},
                      {QStringLiteral("status"), QStringLiteral("away_for_work")},
                      {QStringLiteral("away_since"), left},
                      {QStringLiteral("work_place_code"), QStringLiteral("440305")}});
    return f;
}

} // namespace TestDatabase
