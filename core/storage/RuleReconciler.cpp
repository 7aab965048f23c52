#include "RuleReconciler.h"

#include "CaseDatabase.h"
#include "EntitySchema.h"
#include "RecordIdentity.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <limits>
#include <tuple>

namespace {

qint64 ms(const QString& at)
{
    const QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

struct Row
{
    QVariantMap values; // the columns selected, by name
    QString text(const char* c) const { return values.value(QLatin1String(c)).toString(); }
};

QList<Row> rows(QSqlQuery& q)
{
    QList<Row> out;
    while (q.next()) {
        Row r;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            r.values.insert(rec.fieldName(i), q.value(i));
        out << r;
    }
    return out;
}

bool isEmptyValue(const QVariant& v)
{
    return v.isNull() || v.toString().isEmpty();
}

} // namespace

RuleReconciler::RuleReconciler(CaseDatabase& db)
    : m_db(db)
    , m_writer(db)
{}

QSqlQuery& RuleReconciler::lookup(int which, const QString& sql)
{
    std::optional<QSqlQuery>& q = m_lookups[which];
    if (!q) {
        q.emplace(m_db.sql());
        q->setForwardOnly(true);
        q->prepare(sql);
    }
    return *q;
}

Result<RuleReconciler::Outcome> RuleReconciler::reconcile(const QSet<QString>& childIds)
{
    using R = Result<Outcome>;
    Outcome out;
    if (childIds.isEmpty())
        return out;
    QStringList ids(childIds.cbegin(), childIds.cend());
    std::sort(ids.begin(), ids.end());
    if (Status s = m_db.begin(); !s)
        return R::failure(s.error());
    for (const QString& id : std::as_const(ids)) {
        Status s = referrals(id, out);
        if (s)
            s = agreements(id, out);
        if (s)
            s = corrections(id, out);
        if (!s) {
            m_db.rollback();
            return R::failure(s.error());
        }
    }
    if (Status s = m_db.commit(); !s)
        return R::failure(s.error());
    return out;
}

Status RuleReconciler::referrals(const QString& childId, Outcome& out)
{
    QSqlQuery& q = lookup(
        0, QStringLiteral("SELECT * FROM referral WHERE child_id = ? AND status IN ('open', 'in_progress')"));
    q.addBindValue(childId);
    if (!q.exec())
        return Status::failure(m_db.errorSentence(q.lastError()));
    QList<Row> open = rows(q);
    q.finish();
    if (open.size() < 2)
        return {};
    std::sort(open.begin(), open.end(), [](const Row& a, const Row& b) {
        return std::make_tuple(a.text("kind"), a.text("opened_on"), ms(a.text("created_at")), a.text("id")) <
               std::make_tuple(b.text("kind"), b.text("opened_on"), ms(b.text("created_at")), b.text("id"));
    });
    const EntitySchema& referral = EntitySchema::referral();
    const EntitySchema& step = EntitySchema::referralStep();
    for (qsizetype i = 0; i < open.size();) {
        const Row& earliest = open.at(i);
        qsizetype j = i + 1;
        QStringList triggers = earliest.text("triggers").split(QLatin1Char(','), Qt::SkipEmptyParts);
        QVariantMap fills;
        bool inProgress = earliest.text("status") == QLatin1String("in_progress");
        for (; j < open.size() && open.at(j).text("kind") == earliest.text("kind"); ++j) {
            const Row& later = open.at(j);
            const QString laterId = later.text("id");
            const QString earliestId = earliest.text("id");
            if (Result<QStringList> r = m_writer.update(referral, laterId,
                                                        {{QStringLiteral("status"), QStringLiteral("folded")},
                                                         {QStringLiteral("folded_into"), earliestId}});
                !r)
                return Status::failure(r.error());
            // Its steps join the earliest's history.
            QSqlQuery steps(m_db.sql());
            steps.prepare(QStringLiteral("SELECT id FROM referral_step WHERE referral_id = ? ORDER BY id"));
            steps.addBindValue(laterId);
            if (!steps.exec())
                return Status::failure(m_db.errorSentence(steps.lastError()));
            QStringList stepIds;
            while (steps.next())
                stepIds << steps.value(0).toString();
            for (const QString& s : std::as_const(stepIds)) {
                if (Result<QStringList> r =
                        m_writer.update(step, s, {{QStringLiteral("referral_id"), earliestId}});
                    !r)
                    return Status::failure(r.error());
            }
            for (const QString& t : later.text("triggers").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!triggers.contains(t))
                    triggers << t;
            }
            for (const char* f : {"outcome", "reported_at", "reported_to", "reported_by", "schemes",
                                  "education_reported_on", "guardian_notified_on", "returned_on"}) {
                const QString name = QLatin1String(f);
                if (isEmptyValue(earliest.values.value(name)) && !fills.contains(name) &&
                    !isEmptyValue(later.values.value(name)))
                    fills.insert(name, later.values.value(name));
            }
            inProgress = inProgress || later.text("status") == QLatin1String("in_progress");
            const QString foldId = RecordIdentity::foldStepId(laterId);
            Result<std::optional<StoredRecord>> known = m_writer.readStored(step, foldId);
            if (!known)
                return Status::failure(known.error());
            if (!known.value()) {
                QVariantMap fields{{QStringLiteral("referral_id"), earliestId},
                                   {QStringLiteral("child_id"), childId},
                                   {QStringLiteral("step_date"), later.text("opened_on")},
                                   {QStringLiteral("action"), QStringLiteral("folded")}};
                if (!later.text("visit_id").isEmpty())
                    fields.insert(QStringLiteral("visit_id"), later.text("visit_id"));
                if (Result<QString> r = m_writer.create(step, earliest.text("area_code"), fields, foldId); !r)
                    return Status::failure(r.error());
            }
            ++out.folded;
        }
        if (j > i + 1) {
            fills.insert(QStringLiteral("triggers"), triggers.join(QLatin1Char(',')));
            if (inProgress)
                fills.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
            if (Result<QStringList> r = m_writer.update(referral, earliest.text("id"), fills); !r)
                return Status::failure(r.error());
        }
        i = j;
    }
    return {};
}

Status RuleReconciler::agreements(const QString& childId, Outcome& out)
{
    QSqlQuery& q = lookup(
        1, QStringLiteral("SELECT id, status, replaces, created_at FROM agreement WHERE child_id = ?"
                          " AND status IN ('draft', 'printed', 'signed') AND coalesce(needs_review, 0) = 0"));
    q.addBindValue(childId);
    if (!q.exec())
        return Status::failure(m_db.errorSentence(q.lastError()));
    QList<Row> current = rows(q);
    q.finish();
    if (current.size() < 2)
        return {};
    // Newest first.
    std::sort(current.begin(), current.end(), [](const Row& a, const Row& b) {
        return std::make_tuple(ms(a.text("created_at")), a.text("id")) >
               std::make_tuple(ms(b.text("created_at")), b.text("id"));
    });
    const auto onPaper = [](const Row& r) { return r.text("status") != QLatin1String("draft"); };
    auto standing = std::find_if(current.cbegin(), current.cend(), onPaper);
    if (standing == current.cend())
        standing = current.cbegin();
    const Row winner = *standing;
    const qint64 winnerMs = ms(winner.text("created_at"));
    const EntitySchema& agreement = EntitySchema::agreement();
    QString replaces = winner.text("replaces");
    for (const Row& r : std::as_const(current)) {
        if (r.text("id") == winner.text("id"))
            continue;
        const bool newerDraft = onPaper(winner) && !onPaper(r) &&
                                std::make_tuple(ms(r.text("created_at")), r.text("id")) >
                                    std::make_tuple(winnerMs, winner.text("id"));
        if (newerDraft) {
            if (Result<QStringList> w =
                    m_writer.update(agreement, r.text("id"), {{QStringLiteral("needs_review"), 1}});
                !w)
                return Status::failure(w.error());
            ++out.toReview;
            continue;
        }
        if (Result<QStringList> w = m_writer.update(agreement, r.text("id"),
                                                    {{QStringLiteral("status"), QStringLiteral("replaced")}});
            !w)
            return Status::failure(w.error());
        ++out.replaced;
        if (replaces.isEmpty()) {
            replaces = r.text("id");
            if (Result<QStringList> w =
                    m_writer.update(agreement, winner.text("id"), {{QStringLiteral("replaces"), replaces}});
                !w)
                return Status::failure(w.error());
        }
    }
    return {};
}

Status RuleReconciler::corrections(const QString& childId, Outcome& out)
{
    QSqlQuery& q = lookup(
        2, QStringLiteral("SELECT id, supersedes, created_at FROM visit WHERE child_id = ? AND supersedes IN"
                          " (SELECT supersedes FROM visit WHERE child_id = ? AND supersedes IS NOT NULL"
                          " GROUP BY supersedes HAVING count(*) > 1)"));
    q.addBindValue(childId);
    q.addBindValue(childId);
    if (!q.exec())
        return Status::failure(m_db.errorSentence(q.lastError()));
    QList<Row> found = rows(q);
    q.finish();
    std::sort(found.begin(), found.end(), [](const Row& a, const Row& b) {
        return std::make_tuple(a.text("supersedes"), ms(a.text("created_at")), a.text("id")) <
               std::make_tuple(b.text("supersedes"), ms(b.text("created_at")), b.text("id"));
    });
    for (qsizetype i = 1; i < found.size(); ++i) {
        if (found.at(i).text("supersedes") != found.at(i - 1).text("supersedes"))
            continue;
        if (Result<QStringList> r =
                m_writer.update(EntitySchema::visit(), found.at(i).text("id"),
                                {{QStringLiteral("supersedes"), found.at(i - 1).text("id")}});
            !r)
            return Status::failure(r.error());
        ++out.chained;
    }
    return {};
}
