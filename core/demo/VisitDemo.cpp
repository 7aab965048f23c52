#include "VisitDemo.h"

#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/RecordWriter.h"
#include "storage/ReferralRepository.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}
QString u16(const char16_t* text)
{
    return QString::fromUtf16(text);
}

constexpr const char16_t* kNeeds[] = {u"希望父母多打电话", u"需要课业辅导", u"想参加暑期兴趣班",
                                      u"需要心理疏导", u"冬季衣物不足"};
constexpr const char16_t* kHazardActions[] = {u"已当面提醒并告知监护人", u"已协助整改", u"已报村委会处理",
                                              u"已开展安全教育"};
constexpr const char16_t* kCadres[] = {u"王书记", u"刘主任", u"张文书", u"李委员"};
constexpr const char16_t* kSocialWorkers[] = {u"周社工", u"吴社工", u"郑社工"};

struct Row
{
    QString id;
    QString area;
    QDate birth;
    QString category;
    QString schooling;
    QString grade;
    QString type;
    QString director;
    bool difficulty = false;
};
} // namespace

Result<VisitDemo::Counts> VisitDemo::generate(CaseDatabase& db, const QStringList& childIds, quint32 seed,
                                              const std::function<bool(int, int)>& progress)
{
    using R = Result<Counts>;
    QRandomGenerator rng(seed ^ 0x5eed1234u);
    const auto percent = [&rng] { return int(rng.bounded(100)); };
    const QDate today = db.clock().today();
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
    const QString operatorName = db.station() ? db.station()->operatorName : QString();
    RecordWriter writer(db);
    VisitRepository visits(db);
    ReferralRepository referrals(db);
    Counts counts;

    QSqlQuery read(db.sql());
    read.prepare(QStringLiteral(
        "SELECT c.id, c.area_code, c.birth_date, c.category, c.schooling, c.guardianship_grade,"
        " c.guardianship_type, c.filled_by, h.economic_difficulty FROM child c"
        " LEFT JOIN household h ON h.id = c.household_id WHERE c.id = ?"));

    const auto baseVisit = [&](const Row& c, const QString& kind, QDate date, const QString& visitor,
                               const QString& role) {
        QVariantMap v{
            {QStringLiteral("child_id"), c.id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("visit_date"), iso(date)},
            {QStringLiteral("visitor"), visitor},
            {QStringLiteral("visitor_role"), role},
            {QStringLiteral("met"),
             percent() < 70 ? QStringLiteral("child,grandparent") : QStringLiteral("child,guardian")},
            {QStringLiteral("safety"), percent() < 85 ? QStringLiteral("good") : QStringLiteral("fair")},
            {QStringLiteral("physical_health"),
             percent() < 90 ? QStringLiteral("good") : QStringLiteral("fair")},
            {QStringLiteral("mental_health"),
             percent() < 80 ? QStringLiteral("good") : QStringLiteral("fair")},
            {QStringLiteral("living_environment"),
             percent() < 75 ? QStringLiteral("good") : QStringLiteral("fair")},
            {QStringLiteral("contact_frequency"),
             percent() < 60 ? QStringLiteral("weekly") : QStringLiteral("monthly")},
            {QStringLiteral("contact_means"),
             percent() < 50 ? QStringLiteral("video,wechat") : QStringLiteral("phone")}};
        if (!c.grade.isEmpty())
            v.insert(QStringLiteral("guardianship_grade"), c.grade);
        if (!c.type.isEmpty())
            v.insert(QStringLiteral("guardianship_type"), c.type);
        if (!c.schooling.isEmpty())
            v.insert(QStringLiteral("schooling"), c.schooling);
        if (percent() < 8) {
            static const char* hazards[] = {"water", "electricity", "fire", "traffic", "falls"};
            const QString h = QString::fromLatin1(hazards[rng.bounded(5)]);
            v.insert(QStringLiteral("hazards"), h);
            v.insert(QStringLiteral("hazard_actions"),
                     QString(QStringLiteral("{\"") + h + QStringLiteral("\":\"") +
                             u16(kHazardActions[rng.bounded(4)]) + QStringLiteral("\"}")));
        }
        if (percent() < 10)
            v.insert(QStringLiteral("needs"), u16(kNeeds[rng.bounded(5)]));
        if (percent() < 6)
            v.insert(QStringLiteral("services"), percent() < 50 ? QStringLiteral("counselling")
                                                                : QStringLiteral("guardianship_guidance"));
        return v;
    };

    struct Finding
    {
        QString childId;
        QVariantMap visit;  // without child_id
        int closeAfterDays; // -1: stays open
    };
    QList<Finding> findings;

    constexpr int batch = 1500;
    int inBatch = 0;
    int done = 0;
    for (const QString& id : childIds) {
        if (inBatch == 0) {
            if (Status s = db.begin(); !s)
                return R::failure(s.error());
        }
        read.addBindValue(id);
        if (!read.exec() || !read.next()) {
            db.rollback();
            return R::failure(read.lastError().text());
        }
        Row c{read.value(0).toString(),
              read.value(1).toString(),
              QDate::fromString(read.value(2).toString(), Qt::ISODate),
              read.value(3).toString(),
              read.value(4).toString(),
              read.value(5).toString(),
              read.value(6).toString(),
              read.value(7).toString(),
              read.value(8).toInt() == 1};
        read.finish();
        const QString director = c.director.isEmpty() ? operatorName : c.director;
        QList<QVariantMap> planned;
        const auto plan = [&](QVariantMap v) {
            if (QDate::fromString(v.value(QStringLiteral("visit_date")).toString(), Qt::ISODate) >= c.birth)
                planned << v;
        };
        // The survey, in the first two months of the year.
        QVariantMap survey =
            baseVisit(c, QStringLiteral("survey"), std::min(today, firstMonth.addDays(int(rng.bounded(58)))),
                      director, QStringLiteral("child_director"));
        survey.insert(QStringLiteral("survey_clear"),
                      percent() < 85
                          ? QStringLiteral("data,basic_situation,social_relations,growth_needs,safety_net,"
                                           "guardianship_living_medical")
                          : QStringLiteral("data,basic_situation,social_relations,growth_needs"));
        plan(survey);
        const QDate surveyDate =
            QDate::fromString(survey.value(QStringLiteral("visit_date")).toString(), Qt::ISODate);
        if (c.category == QLatin1String("left_behind")) {
            const int reliability = 70 + int(rng.bounded(30)); // some directors miss more months
            for (QDate m = firstMonth.addMonths(1); m <= today; m = m.addMonths(1)) {
                const int lastDay =
                    m.month() == today.month() && m.year() == today.year() ? today.day() : m.daysInMonth();
                const int chance =
                    lastDay < m.daysInMonth() ? reliability * lastDay / m.daysInMonth() : reliability;
                if (percent() >= chance)
                    continue;
                const QDate day = m.addDays(int(rng.bounded(lastDay)));
                if (day <= surveyDate)
                    continue;
                const bool summer = m.month() == 7 && percent() < 80;
                plan(baseVisit(c, summer ? QStringLiteral("holiday_check") : QStringLiteral("monthly"), day,
                               director, QStringLiteral("child_director")));
            }
        }
        const int other = percent();
        if (other < 10) {
            const bool cadre = other < 7;
            const QDate day = firstMonth.addDays(int(rng.bounded(int(firstMonth.daysTo(today)) + 1)));
            plan(baseVisit(
                c,
                cadre ? (other < 4 ? QStringLiteral("party_cadre") : QStringLiteral("resident_cadre"))
                      : QStringLiteral("social_worker"),
                day, cadre ? u16(kCadres[rng.bounded(4)]) : u16(kSocialWorkers[rng.bounded(3)]),
                cadre ? (other < 4 ? QStringLiteral("party_cadre") : QStringLiteral("resident_cadre"))
                      : QStringLiteral("social_worker")));
        }
        std::sort(planned.begin(), planned.end(), [](const QVariantMap& a, const QVariantMap& b) {
            return a.value(QStringLiteral("visit_date")).toString() <
                   b.value(QStringLiteral("visit_date")).toString();
        });
        // Findings that mandate a referral: at the child's last visit, saved through VisitRepository.
        if (!planned.isEmpty()) {
            QVariantMap last = planned.takeLast();
            const int r = int(rng.bounded(1000));
            const int age = c.birth.isValid() ? int(c.birth.daysTo(today) / 365) : 10;
            bool finding = true;
            if (c.schooling == QLatin1String("dropped_out") && age >= 6 && age < 16) {
                // The file already says dropped out: the visit finds it.
            } else if (c.difficulty && r < 150) {
                last.insert(QStringLiteral("economic_difficulty"), 1);
                last.insert(QStringLiteral("assistance_eligible"),
                            r < 80 ? QStringLiteral("dibao") : QStringLiteral("temporary,medical"));
            } else if (r < 6) {
                last.insert(QStringLiteral("safety_concerns"),
                            r < 3 ? QStringLiteral("guardian_neglect") : QStringLiteral("injury"));
            } else {
                finding = false;
            }
            if (finding) {
                last.remove(QStringLiteral("child_id"));
                findings.append({c.id, last, percent() < 55 ? 3 + int(rng.bounded(25)) : -1});
            } else {
                planned << last;
            }
        }
        for (const QVariantMap& v : std::as_const(planned)) {
            Result<QString> created = writer.create(EntitySchema::visit(), c.area, v);
            if (!created) {
                db.rollback();
                return R::failure(created.error());
            }
            ++counts.visits;
        }
        ++done;
        const bool stop = progress && !progress(done, int(childIds.size()));
        if (++inBatch >= batch || done == childIds.size() || stop) {
            if (Status s = db.commit(); !s)
                return R::failure(s.error());
            inBatch = 0;
        }
        if (stop)
            return counts;
    }

    // The findings: saved as visits (their referrals open), then some worked through and closed.
    if (Status s = db.begin(); !s)
        return R::failure(s.error());
    for (const Finding& f : std::as_const(findings)) {
        Visit v;
        v.childId = f.childId;
        v.values = f.visit;
        Result<VisitSaved> saved = visits.save(v);
        if (!saved) {
            db.rollback();
            return R::failure(saved.error());
        }
        ++counts.visits;
        for (const ReferralOutcome& o : saved->referrals) {
            counts.referrals += o.opened ? 1 : 0;
            const QDate opened = v.date();
            const QDate closeOn = opened.addDays(std::max(0, f.closeAfterDays));
            const QDate stepOn = std::min(today, opened.addDays(1));
            const QString by = v.text(QStringLiteral("visitor"));
            ReferralUpdate step;
            step.date = stepOn;
            step.doneBy = by;
            if (o.kind == QLatin1String("police_report")) {
                step.date = opened;
                step.changes = {
                    {QStringLiteral("reported_at"), QString(iso(opened) + QStringLiteral(" 16:30"))},
                    {QStringLiteral("reported_to"), u16(u"镇派出所值班民警")},
                    {QStringLiteral("reported_by"), by}};
            } else if (o.kind == QLatin1String("dropout")) {
                step.action = QStringLiteral("guardian_notified");
                step.note = u16(u"已电话告知在外务工的父母");
            } else {
                step.action = QStringLiteral("assistance_applied");
                step.note = u16(u"已协助向镇民政办提交申请");
            }
            if (percent() < 85) {
                if (Result<ReferralStep> r = referrals.update(o.referralId, step); !r) {
                    db.rollback();
                    return R::failure(r.error());
                }
            }
            if (f.closeAfterDays >= 0 && closeOn <= today) {
                const QString outcome = o.kind == QLatin1String("police_report")
                                            ? u16(u"民警已上门处置，落实监护责任")
                                        : o.kind == QLatin1String("dropout") ? u16(u"劝返成功，已返校就读")
                                                                             : u16(u"已纳入救助");
                if (Status s = referrals.close(o.referralId, outcome, closeOn, by);
                    !s && o.kind != QLatin1String("police_report")) {
                    db.rollback();
                    return R::failure(s.error());
                }
            }
        }
    }
    if (Status s = db.commit(); !s)
        return R::failure(s.error());
    return counts;
}
