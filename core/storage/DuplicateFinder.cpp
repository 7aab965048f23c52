#include "DuplicateFinder.h"

#include "CaseDatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <limits>
#include <tuple>

namespace {

// The columns of a ChildSummary, of the table or alias `a` (empty for the table itself).
QString columns(const QString& alias = {})
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList out{p + QStringLiteral("id"), p + QStringLiteral("name"), p + QStringLiteral("area_code")};
    for (const char* c : {"id_number", "birth_date", "sex", "status", "merged_into"})
        out << QStringLiteral("coalesce(%1%2, '')").arg(p, QLatin1String(c));
    out << p + QStringLiteral("created_at");
    return out.join(QStringLiteral(", "));
}

ChildSummary fromRow(const QSqlQuery& q, int first)
{
    ChildSummary s;
    s.id = q.value(first).toString();
    s.name = q.value(first + 1).toString();
    s.areaCode = q.value(first + 2).toString();
    s.idNumber = q.value(first + 3).toString();
    s.birthDate = q.value(first + 4).toString();
    s.sex = q.value(first + 5).toString();
    s.status = q.value(first + 6).toString();
    s.mergedInto = q.value(first + 7).toString();
    s.createdAt = q.value(first + 8).toString();
    return s;
}

// Binds as text, never as NULL (a null QString binds NULL, and "id <> NULL" matches nothing).
QString bound(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

qint64 createdMs(const ChildSummary& s)
{
    const QDateTime t = QDateTime::fromString(s.createdAt, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

} // namespace

QString DuplicatePair::reasonCode() const
{
    return reason == Reason::SameIdNumber ? QStringLiteral("id_number") : QStringLiteral("same_details");
}

DuplicateFinder::DuplicateFinder(CaseDatabase& db)
    : m_db(db)
{}

bool DuplicateFinder::keeps(const ChildSummary& a, const ChildSummary& b)
{
    const qint64 ta = createdMs(a);
    const qint64 tb = createdMs(b);
    if (ta != tb)
        return ta < tb;
    return a.id < b.id;
}

Result<QList<DuplicatePair>> DuplicateFinder::pairs(const QString& extraWhere, const QStringList& binds) const
{
    using R = Result<QList<DuplicatePair>>;
    // Pairs (a, b) with a.id < b.id; the same ID number, or the same details when one has no ID number.
    const QString sql =
        QStringLiteral("SELECT 0, ") + columns(QStringLiteral("a")) + QStringLiteral(", ") +
        columns(QStringLiteral("b")) +
        QStringLiteral(" FROM child a JOIN child b ON b.id_number = a.id_number AND b.id > a.id"
                       " WHERE a.id_number IS NOT NULL AND a.id_number <> '' AND a.merged_into IS NULL"
                       " AND b.merged_into IS NULL %1"
                       " UNION ALL SELECT 1, ") +
        columns(QStringLiteral("a")) + QStringLiteral(", ") + columns(QStringLiteral("b")) +
        QStringLiteral(" FROM child a JOIN child b ON b.area_code = a.area_code AND b.name = a.name"
                       " AND b.birth_date = a.birth_date AND b.id > a.id"
                       " WHERE a.birth_date IS NOT NULL AND a.birth_date <> ''"
                       " AND a.merged_into IS NULL AND b.merged_into IS NULL"
                       " AND (coalesce(a.id_number, '') = '' OR coalesce(b.id_number, '') = '')"
                       " AND (coalesce(a.sex, '') = '' OR coalesce(b.sex, '') = '' OR a.sex = b.sex) %1");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql.arg(extraWhere)))
        return R::failure(m_db.errorSentence(q.lastError()));
    for (int half = 0; half < 2; ++half) { // the condition is in both halves of the union
        for (const QString& b : binds)
            q.addBindValue(b);
    }
    if (!q.exec())
        return R::failure(m_db.errorSentence(q.lastError()));
    QList<DuplicatePair> out;
    const int n = 9;
    while (q.next()) {
        DuplicatePair p;
        p.reason = q.value(0).toInt() == 0 ? DuplicatePair::Reason::SameIdNumber
                                           : DuplicatePair::Reason::SameDetails;
        ChildSummary a = fromRow(q, 1);
        ChildSummary b = fromRow(q, 1 + n);
        if (keeps(a, b)) {
            p.keep = a;
            p.other = b;
        } else {
            p.keep = b;
            p.other = a;
        }
        out << p;
    }
    if (q.lastError().isValid())
        return R::failure(m_db.errorSentence(q.lastError()));
    std::sort(out.begin(), out.end(), [](const DuplicatePair& x, const DuplicatePair& y) {
        return std::tie(x.keep.areaCode, x.keep.name, x.keep.id, x.other.id) <
               std::tie(y.keep.areaCode, y.keep.name, y.keep.id, y.other.id);
    });
    return out;
}

Result<QList<DuplicatePair>> DuplicateFinder::all() const
{
    return pairs({}, {});
}

Result<QList<DuplicatePair>> DuplicateFinder::involving(const QSet<QString>& childIds) const
{
    using R = Result<QList<DuplicatePair>>;
    QList<DuplicatePair> out;
    if (childIds.isEmpty())
        return out;
    // The ids in a temporary table and one statement for all of them: the join over the children is made
    // once, not once per batch of ids (that grew with the square of the children a full import touches).
    QSqlQuery q(m_db.sql());
    if (!q.exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS duplicate_involving (id TEXT PRIMARY KEY)")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.duplicate_involving")) ||
        !q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.duplicate_involving VALUES (?)")))
        return R::failure(m_db.errorSentence(q.lastError()));
    for (const QString& id : childIds) {
        q.addBindValue(id);
        if (!q.exec())
            return R::failure(m_db.errorSentence(q.lastError()));
    }
    Result<QList<DuplicatePair>> found =
        pairs(QStringLiteral(" AND (a.id IN (SELECT id FROM temp.duplicate_involving) OR b.id IN"
                             " (SELECT id FROM temp.duplicate_involving))"),
              {});
    q.exec(QStringLiteral("DELETE FROM temp.duplicate_involving"));
    if (!found)
        return found;
    QSet<QString> seen;
    for (const DuplicatePair& p : found.value()) {
        if (!seen.contains(p.keep.id + p.other.id)) {
            seen.insert(p.keep.id + p.other.id);
            out << p;
        }
    }
    return out;
}

Result<std::optional<ChildSummary>> DuplicateFinder::withIdNumber(const QString& idNumber,
                                                                  const QString& exceptId) const
{
    using R = Result<std::optional<ChildSummary>>;
    if (idNumber.isEmpty())
        return R(std::nullopt);
    QSqlQuery q(m_db.sql());
    // The file that others were merged into first, then the oldest.
    q.prepare(QStringLiteral("SELECT ") + columns() +
              QStringLiteral(" FROM child WHERE id_number = ? AND id <> ?"
                             " ORDER BY merged_into IS NOT NULL, created_at, id LIMIT 1"));
    q.addBindValue(idNumber);
    q.addBindValue(bound(exceptId));
    if (!q.exec())
        return R::failure(m_db.errorSentence(q.lastError()));
    if (!q.next())
        return R(std::nullopt);
    return R(fromRow(q, 0));
}

Result<QList<ChildSummary>> DuplicateFinder::withSameDetails(const QString& areaCode, const QString& name,
                                                             const QString& sex, const QString& birthDate,
                                                             const QString& exceptId) const
{
    using R = Result<QList<ChildSummary>>;
    QList<ChildSummary> out;
    if (name.isEmpty() || birthDate.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + columns() +
              QStringLiteral(" FROM child WHERE area_code = ? AND name = ? AND birth_date = ? AND id <> ?"
                             " AND merged_into IS NULL AND (? = '' OR coalesce(sex, '') = '' OR sex = ?)"
                             " ORDER BY created_at, id"));
    for (const QString& v : {areaCode, name, birthDate, exceptId, sex, sex})
        q.addBindValue(bound(v));
    if (!q.exec())
        return R::failure(m_db.errorSentence(q.lastError()));
    while (q.next())
        out << fromRow(q, 0);
    return out;
}

Result<std::optional<ChildSummary>> DuplicateFinder::summary(const QString& childId) const
{
    using R = Result<std::optional<ChildSummary>>;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM child WHERE id = ?"));
    q.addBindValue(childId);
    if (!q.exec())
        return R::failure(m_db.errorSentence(q.lastError()));
    if (!q.next())
        return R(std::nullopt);
    return R(fromRow(q, 0));
}
