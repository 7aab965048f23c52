#include "SpotCheckRepository.h"

#include "CaseDatabase.h"
#include "EntitySchema.h"
#include "StationSettings.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/IsoWeek.h"
#include "reports/UpdatedChildren.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SpotCheckRepository", text);
}

} // namespace

SpotCheckRepository::SpotCheckRepository(CaseDatabase& db)
    : m_db(db)
    , m_writer(db)
{}

int SpotCheckRepository::sampleSize() const
{
    return StationSettings::load(m_db).spotCheckSize;
}

Status SpotCheckRepository::setSampleSize(int size)
{
    StationSettings::Values values = StationSettings::load(m_db);
    values.spotCheckSize = size;
    return StationSettings::save(m_db, values);
}

std::pair<QDate, QDate> SpotCheckRepository::span(Period period, QDate day)
{
    if (period == Period::Day)
        return {day, day};
    const IsoWeek week = IsoWeek::of(day);
    return {week.monday(), week.sunday()};
}

Result<QString> SpotCheckRepository::areaOrStation(const QString& area) const
{
    using R = Result<QString>;
    const auto station = m_db.station();
    if (!station)
        return R::failure(tr("Set up the station first."));
    if (area.isEmpty())
        return station->areaCode;
    const QString code = AreaCode::normalize(area);
    const AreaCatalog& areas = AreaCatalog::instance();
    if (code.isEmpty() || !areas.contains(code))
        return R::failure(tr("%1 is not an area code of the official list.").arg(area.left(20)));
    if (!AreaCode::contains(station->areaCode, code))
        return R::failure(tr("%1 (%2) is not inside this station's area, %3.")
                              .arg(areas.name(code), code, areas.fullName(station->areaCode)));
    return code;
}

Result<QList<SpotCheck>> SpotCheckRepository::draw(Period period, QDate day, int size, const QString& area,
                                                   quint32 seed)
{
    using R = Result<QList<SpotCheck>>;
    const auto station = m_db.station();
    if (!station)
        return R::failure(tr("Set up the station first."));
    if (AreaCode::levelOf(station->areaCode) == AreaLevel::Village)
        return R::failure(tr("Spot checks are drawn by the township, county or city office, which checks the "
                             "villages' work; a village station does not draw them."));
    if (!day.isValid() || day > m_db.clock().today())
        return R::failure(tr("Spot checks are drawn from records already updated: choose today or an earlier "
                             "day."));
    Result<QString> scope = areaOrStation(area);
    if (!scope)
        return R::failure(scope.error());
    if (size == 0)
        size = sampleSize();
    if (size < 1 || size > MaxSampleSize)
        return R::failure(tr("A spot check draws between 1 and %1 records.").arg(MaxSampleSize));

    qint64 fromMs = 0, toMs = 0;
    QDate sampleDate = day;
    if (period == Period::Day) {
        fromMs = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
        toMs = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    } else {
        const IsoWeek week = IsoWeek::of(day);
        fromMs = week.startMs();
        toMs = week.endMs();
        sampleDate = week.monday();
    }
    Result<QHash<QString, UpdatedChildren::Child>> updated =
        UpdatedChildren::between(m_db, fromMs, toMs, AreaCode::prefix(scope.value()));
    if (!updated)
        return R::failure(updated.error());
    // Not twice for one day or week.
    QSet<QString> drawn;
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT child_id FROM spot_check WHERE period = ? AND sample_date = ?"));
        q.addBindValue(periodCode(period));
        q.addBindValue(sampleDate.toString(Qt::ISODate));
        if (!q.exec())
            return R::failure(m_db.errorSentence(q.lastError()));
        while (q.next())
            drawn.insert(q.value(0).toString());
    }
    QStringList candidates;
    for (auto it = updated->cbegin(); it != updated->cend(); ++it) {
        if (!drawn.contains(it.key()))
            candidates << it.key();
    }
    if (candidates.isEmpty())
        return R::failure(updated->isEmpty()
                              ? tr("No record of %1 was updated then: there is nothing to check.")
                                    .arg(AreaCatalog::instance().name(scope.value()))
                              : tr("Every record updated then has been drawn already."));
    // A fair shuffle of a fixed order (the ids sorted), so that a seed always draws the same children.
    std::sort(candidates.begin(), candidates.end());
    QRandomGenerator random(seed != 0 ? seed : QRandomGenerator::system()->generate());
    for (qsizetype i = candidates.size() - 1; i > 0; --i)
        candidates.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
    candidates = candidates.mid(0, size);

    if (Status s = m_db.begin(); !s)
        return R::failure(s.error());
    QSet<QString> made;
    for (const QString& child : std::as_const(candidates)) {
        Result<QString> id =
            m_writer.create(EntitySchema::spotCheck(), updated->value(child).village,
                            {{QStringLiteral("child_id"), child},
                             {QStringLiteral("sample_date"), sampleDate.toString(Qt::ISODate)},
                             {QStringLiteral("period"), periodCode(period)},
                             {QStringLiteral("result"), QStringLiteral("pending")}});
        if (!id) {
            m_db.rollback();
            return R::failure(id.error());
        }
        made.insert(id.value());
    }
    if (Status s = m_db.commit(); !s)
        return R::failure(s.error());
    Result<QList<SpotCheck>> all = list(period, day, scope.value());
    if (!all)
        return all;
    QList<SpotCheck> out;
    for (const SpotCheck& c : all.value()) {
        if (made.contains(c.id))
            out << c;
    }
    return out;
}

Status SpotCheckRepository::mark(const QString& id, const QString& result, const QString& note,
                                 const QString& checker)
{
    if (const auto station = m_db.station();
        station && AreaCode::levelOf(station->areaCode) == AreaLevel::Village)
        return Status::failure(tr("Spot checks are marked by the office that drew them; at a village station "
                                  "they can only be read."));
    if (result != QLatin1String("verified") && result != QLatin1String("problem"))
        return Status::failure(tr("A spot check is marked verified or a problem."));
    if (result == QLatin1String("problem") && note.trimmed().isEmpty())
        return Status::failure(
            tr("Say what is wrong: the note goes back to the village with the next package."));
    Result<SpotCheck> current = load(id);
    if (!current)
        return Status::failure(current.error());
    QString by = checker.trimmed();
    if (by.isEmpty() && m_db.station())
        by = m_db.station()->operatorName;
    Result<QStringList> written =
        m_writer.update(EntitySchema::spotCheck(), id,
                        {{QStringLiteral("result"), result},
                         {QStringLiteral("note"), note.trimmed()},
                         {QStringLiteral("checked_on"), m_db.clock().today().toString(Qt::ISODate)},
                         {QStringLiteral("checker"), by}});
    return written ? Status() : Status::failure(written.error());
}

namespace {
const char* const kSelect =
    "SELECT s.id, s.child_id, c.name, s.area_code, s.sample_date, s.period, s.result, s.checked_on,"
    " s.checker, s.note FROM spot_check s LEFT JOIN child c ON c.id = s.child_id WHERE ";

SpotCheck fromRow(const QSqlQuery& q)
{
    return SpotCheck{q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     QDate::fromString(q.value(4).toString(), Qt::ISODate),
                     q.value(5).toString(),
                     q.value(6).toString(),
                     QDate::fromString(q.value(7).toString(), Qt::ISODate),
                     q.value(8).toString(),
                     q.value(9).toString()};
}
} // namespace

Result<SpotCheck> SpotCheckRepository::load(const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<SpotCheck>::failure(m_db.errorSentence(q.lastError()));
    if (!q.next())
        return Result<SpotCheck>::failure(tr("No spot check with the id %1.").arg(id.left(40)));
    return fromRow(q);
}

Result<QList<SpotCheck>> SpotCheckRepository::list(Period period, QDate day, const QString& area) const
{
    using R = Result<QList<SpotCheck>>;
    Result<QString> scope = areaOrStation(area);
    if (!scope)
        return R::failure(scope.error());
    // A day: its own sample. A week: every sample of the week, daily and weekly.
    const auto [from, to] = span(period, day);
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(kSelect) +
              QStringLiteral("s.sample_date >= ? AND s.sample_date <= ? AND s.area_code LIKE ?") +
              (period == Period::Day ? QStringLiteral(" AND s.period = 'day'") : QString()) +
              QStringLiteral(" ORDER BY s.area_code, c.name_key, c.name, s.id"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(QString(AreaCode::prefix(scope.value()) + QLatin1Char('%')));
    if (!q.exec())
        return R::failure(m_db.errorSentence(q.lastError()));
    QList<SpotCheck> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<QList<SpotCheckTally>> SpotCheckRepository::tally(Period period, QDate day, const QString& area) const
{
    using R = Result<QList<SpotCheckTally>>;
    Result<QString> scope = areaOrStation(area);
    if (!scope)
        return R::failure(scope.error());
    Result<QList<SpotCheck>> checks = list(period, day, scope.value());
    if (!checks)
        return R::failure(checks.error());
    QList<SpotCheckTally> out;
    SpotCheckTally total{scope.value()};
    for (const SpotCheck& c : checks.value()) {
        if (out.isEmpty() || out.last().areaCode != c.areaCode)
            out << SpotCheckTally{c.areaCode};
        for (SpotCheckTally* t : {&out.last(), &total}) {
            t->drawn += 1;
            t->verified += c.result == QLatin1String("verified") ? 1 : 0;
            t->problems += c.result == QLatin1String("problem") ? 1 : 0;
        }
    }
    out << total;
    return out;
}

static_assert(SpotCheckRepository::MaxSampleSize == StationSettings::MaxSpotCheckSize &&
                  SpotCheckRepository::DefaultSampleSize == StationSettings::Values{}.spotCheckSize,
              "the spot check's size has one range");
