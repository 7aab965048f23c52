#include "CaseQuery.h"

#include "CaseDatabase.h"
#include "domain/AreaCode.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

CaseQuery::CaseQuery(CaseDatabase& db)
    : m_db(db)
{}

namespace {
// LIKE with our own escape character, so that % and _ typed by the user match themselves.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QString CaseQuery::where(const Filter& filter, QVariantList& binds) const
{
    QStringList parts;
    const QString text = filter.text.simplified();
    if (!text.isEmpty()) {
        static const QRegularExpression idLike(QStringLiteral("^[0-9]+[xX]?$"));
        if (idLike.match(text).hasMatch()) {
            parts << QStringLiteral("(id_number LIKE ? ESCAPE '\\')");
            binds << likePattern(text.toUpper());
        } else {
            // Substring match: two-character names and a single given-name character both match. Latin
            // letters also match the pinyin ("zhangjiayi", "jiayi") and its initials ("zjy").
            static const QRegularExpression latin(QStringLiteral("^[A-Za-z ]+$"));
            if (latin.match(text).hasMatch()) {
                const QString pinyin = text.toLower().remove(QLatin1Char(' '));
                parts << QStringLiteral("(name LIKE ? ESCAPE '\\' OR name_pinyin LIKE ? ESCAPE '\\'"
                                        " OR name_initials LIKE ? ESCAPE '\\')");
                binds << likePattern(text) << likePattern(pinyin)
                      << likePattern(pinyin).mid(1); // initials: from the first letter on
            } else {
                parts << QStringLiteral("(name LIKE ? ESCAPE '\\')");
                binds << likePattern(text);
            }
        }
    }
    if (!filter.areaCode.isEmpty()) {
        const QString prefix = AreaCode::prefix(AreaCode::normalize(filter.areaCode));
        if (prefix.size() < 12) {
            parts << QStringLiteral("area_code >= ? AND area_code < ?");
            binds << prefix << QString(prefix + QStringLiteral(":"));
        } else {
            parts << QStringLiteral("area_code = ?");
            binds << prefix;
        }
    }
    if (!filter.category.isEmpty()) {
        parts << QStringLiteral("category = ?");
        binds << filter.category;
    }
    if (!filter.status.isEmpty()) {
        parts << QStringLiteral("status = ?");
        binds << filter.status;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

Result<int> CaseQuery::count(const Filter& filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM child") + where(filter, binds));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return Result<int>::failure(m_db.errorSentence(q.lastError()));
    return q.value(0).toInt();
}

namespace {
// When the child's file last changed: its own row, its household's or one of its persons' (a parent's new
// phone is an update of the file). The latest of the rows' updated_at.
QString fileUpdatedAt()
{
    return QStringLiteral(
        "max(updated_at,"
        " coalesce((SELECT max(p.updated_at) FROM person p WHERE p.child_id = child.id), ''),"
        " coalesce((SELECT h.updated_at FROM household h WHERE h.id = child.household_id), ''))");
}
} // namespace

Result<QList<CaseQuery::Row>> CaseQuery::page(const Filter& filter, int offset, int limit, Sort sort,
                                              bool descending) const
{
    QVariantList binds;
    QString order;
    switch (sort) {
    case Sort::Name:
        order = QStringLiteral("name_key"); // pinyin, then the characters (ChineseName)
        break;
    case Sort::BirthDate:
        order = QStringLiteral("birth_date");
        break;
    case Sort::Village:
        order = QStringLiteral("area_code");
        break;
    case Sort::Category:
        order = QStringLiteral("category");
        break;
    case Sort::UpdatedAt:
        order = QStringLiteral("file_updated_at");
        break;
    }
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, sex, birth_date, id_number, area_code, category, status, ") +
              fileUpdatedAt() + QStringLiteral(" AS file_updated_at FROM child") + where(filter, binds) +
              QStringLiteral(" ORDER BY ") + order + dir + QStringLiteral(", id") + dir +
              QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Result<QList<Row>>::failure(m_db.errorSentence(q.lastError()));
    QList<Row> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    }
    // A step that fails half-way (a damaged page) ends the loop like the last row: never a short list.
    if (q.lastError().isValid())
        return Result<QList<Row>>::failure(m_db.errorSentence(q.lastError()));
    return rows;
}
