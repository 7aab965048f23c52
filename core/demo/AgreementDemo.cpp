#include "AgreementDemo.h"

#include "storage/AgreementRepository.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/RecordWriter.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace {
QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

Result<int> AgreementDemo::generate(CaseDatabase& db, quint32 seed)
{
    QStringList children;
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT c.id FROM child c WHERE c.status = 'active' AND c.category = 'left_behind'"
            " AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.child_id = c.id) ORDER BY c.id"));
        while (q.next())
            children << q.value(0).toString();
    }
    QRandomGenerator rng(seed ^ 0x5a17u);
    AgreementRepository repository(db);
    RecordWriter writer(db);
    const QDate today = db.clock().today();
    static const char16_t* const witnesses[] = {u"村委会主任", u"村妇联主席", u"村委委员", u"驻村干部"};
    if (Status s = db.begin(); !s)
        return Result<int>::failure(s.error());
    int written = 0;
    for (const QString& child : children) {
        const int roll = int(rng.bounded(100));
        if (roll >= 75) // a quarter have none yet
            continue;
        Result<CareAgreement> proposed = repository.propose(child, {}, {});
        if (!proposed) {
            db.rollback();
            return Result<int>::failure(proposed.error());
        }
        QVariantMap f = proposed->fields;
        if (f.value(QStringLiteral("caregiver_name")).toString().isEmpty() ||
            f.value(QStringLiteral("caregiver_id_number")).toString().isEmpty() ||
            f.value(QStringLiteral("caregiver_capable")).toInt() != 1)
            continue;
        for (const char* answer : {"caregiver_abuse", "caregiver_habits", "caregiver_neglect",
                                   "caregiver_infringement", "caregiver_abandonment", "caregiver_unsuitable"})
            f.insert(QLatin1String(answer), 0);
        // Draft 12%, printed 12%, signed 55% (a fifth of them near the end), expired 8%, replaced 13%.
        const int kind = int(rng.bounded(100));
        const QString witness = QString::fromUtf16(witnesses[rng.bounded(4)]);
        const auto term = [&f](QDate from) {
            f.insert(QStringLiteral("term_from"), iso(from));
            f.insert(QStringLiteral("term_to"), iso(from.addYears(1).addDays(-1)));
        };
        const auto signedOn = [&](QDate from) {
            const QDate printed = from.addDays(-int(rng.bounded(5, 20)));
            f.insert(QStringLiteral("printed_on"), iso(printed));
            f.insert(QStringLiteral("signed_on"), iso(printed.addDays(int(rng.bounded(1, 5)))));
            f.insert(QStringLiteral("witness"), witness);
            if (rng.bounded(100) < 70) {
                f.insert(QStringLiteral("notice_given"), 1);
                f.insert(QStringLiteral("notice_date"), iso(printed.addDays(int(rng.bounded(5, 10)))));
            }
        };
        QString replaces;
        if (kind < 12) {
            f.insert(QStringLiteral("status"), QStringLiteral("draft"));
            term(today.addDays(int(rng.bounded(1, 20))));
        } else if (kind < 24) {
            f.insert(QStringLiteral("status"), QStringLiteral("printed"));
            term(today.addDays(int(rng.bounded(1, 20))));
            f.insert(QStringLiteral("printed_on"), iso(today.addDays(-int(rng.bounded(1, 10)))));
        } else if (kind < 79) {
            f.insert(QStringLiteral("status"), QStringLiteral("signed"));
            const bool nearEnd = rng.bounded(100) < 20;
            const QDate from =
                today.addDays(nearEnd ? -int(rng.bounded(336, 364)) : -int(rng.bounded(30, 330)));
            term(from);
            signedOn(from);
        } else if (kind < 87) {
            f.insert(QStringLiteral("status"), QStringLiteral("signed"));
            const QDate from = today.addDays(-int(rng.bounded(370, 500)));
            term(from);
            signedOn(from);
        } else {
            // Last year's agreement, replaced by this year's signed renewal.
            QVariantMap old = f;
            const QDate from = today.addDays(-int(rng.bounded(370, 420)));
            term(from);
            signedOn(from);
            f.insert(QStringLiteral("status"), QStringLiteral("replaced"));
            Result<QString> id = writer.create(EntitySchema::agreement(), proposed->areaCode, f);
            if (!id) {
                db.rollback();
                return Result<int>::failure(id.error());
            }
            ++written;
            replaces = id.value();
            f = old;
            f.insert(QStringLiteral("status"), QStringLiteral("signed"));
            f.insert(QStringLiteral("replaces"), replaces);
            const QDate next = from.addYears(1);
            term(next);
            signedOn(next);
        }
        Result<QString> id = writer.create(EntitySchema::agreement(), proposed->areaCode, f);
        if (!id) {
            db.rollback();
            return Result<int>::failure(id.error());
        }
        ++written;
    }
    if (Status s = db.commit(); !s)
        return Result<int>::failure(s.error());
    return written;
}
