// The trigger table: each finding opens exactly its referral, and nothing else opens one.
#include "domain/TriggerRules.h"
#include "domain/Vocabulary.h"

#include <QTest>

class TestTriggerRules final : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void dueDates();
    void schoolAge_data();
    void schoolAge();
    void oneReferralPerKind();
};

void TestTriggerRules::table_data()
{
    QTest::addColumn<QStringList>("concerns");
    QTest::addColumn<QString>("schooling");
    QTest::addColumn<int>("age"); // -1: birth date unknown
    QTest::addColumn<bool>("difficulty");
    QTest::addColumn<QStringList>("eligible");
    QTest::addColumn<QStringList>("triggers");
    QTest::addColumn<QStringList>("referrals");

    const QStringList none;
    const QStringList police{QStringLiteral("police_report")};
    const auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    row("nothing found") << none << QStringLiteral("primary") << 10 << false << none << none << none;
    row("living alone, 12") << QStringList{QStringLiteral("living_alone")} << QString() << 12 << false << none
                            << QStringList{QStringLiteral("under16_alone")} << police;
    row("living alone, 17") << QStringList{QStringLiteral("living_alone")} << QString() << 17 << false << none
                            << QStringList{QStringLiteral("living_alone")} << police;
    row("guardian unable") << QStringList{QStringLiteral("guardian_unable")} << QString() << 9 << false
                           << none << QStringList{QStringLiteral("guardian_unable")} << police;
    row("guardian neglect") << QStringList{QStringLiteral("guardian_neglect")} << QString() << 9 << false
                            << none << QStringList{QStringLiteral("guardian_neglect")} << police;
    row("domestic violence") << QStringList{QStringLiteral("domestic_violence")} << QString() << 9 << false
                             << none << QStringList{QStringLiteral("domestic_violence")} << police;
    row("injury") << QStringList{QStringLiteral("injury")} << QString() << 9 << false << none
                  << QStringList{QStringLiteral("injury")} << police;
    row("unattended, 7") << QStringList{QStringLiteral("left_unattended")} << QString() << 7 << false << none
                         << QStringList{QStringLiteral("under8_unattended")} << police;
    row("unattended, 8: no mandated report")
        << QStringList{QStringLiteral("left_unattended")} << QString() << 8 << false << none << none << none;
    row("unattended, age unknown") << QStringList{QStringLiteral("left_unattended")} << QString() << -1
                                   << false << none << QStringList{QStringLiteral("under8_unattended")}
                                   << police;
    row("difficulty and eligible") << none << QString() << 9 << true << QStringList{QStringLiteral("dibao")}
                                   << QStringList{QStringLiteral("economic_difficulty")}
                                   << QStringList{QStringLiteral("safety_net")};
    row("difficulty, not eligible") << none << QString() << 9 << true << none << none << none;
    row("eligible, no difficulty") << none << QString() << 9 << false
                                   << QStringList{QStringLiteral("medical")} << none << none;
    row("dropped out, 12") << none << QStringLiteral("dropped_out") << 12 << false << none
                           << QStringList{QStringLiteral("out_of_school")}
                           << QStringList{QStringLiteral("dropout")};
    row("dropped out, 15") << none << QStringLiteral("dropped_out") << 15 << false << none
                           << QStringList{QStringLiteral("out_of_school")}
                           << QStringList{QStringLiteral("dropout")};
    row("dropped out, 16: past compulsory schooling")
        << none << QStringLiteral("dropped_out") << 16 << false << none << none << none;
    row("dropped out, 5") << none << QStringLiteral("dropped_out") << 5 << false << none << none << none;
    row("not in school, 9") << none << QStringLiteral("not_in_school") << 9 << false << none
                            << QStringList{QStringLiteral("out_of_school")}
                            << QStringList{QStringLiteral("dropout")};
    // 失学辍学 must be reported at 14 and 15 too (no age limit below 16).
    row("not in school, 14") << none << QStringLiteral("not_in_school") << 14 << false << none
                             << QStringList{QStringLiteral("out_of_school")}
                             << QStringList{QStringLiteral("dropout")};
    row("not in school, 15") << none << QStringLiteral("not_in_school") << 15 << false << none
                             << QStringList{QStringLiteral("out_of_school")}
                             << QStringList{QStringLiteral("dropout")};
    row("not in school, 16") << none << QStringLiteral("not_in_school") << 16 << false << none << none
                             << none;
    row("not in kindergarten, 5") << none << QStringLiteral("not_in_kindergarten") << 5 << false << none
                                  << none << none;
    row("not in school, age unknown")
        << none << QStringLiteral("not_in_school") << -1 << false << none << none << none;
    // Leaving a child who needs special care unattended (Art. 21), whatever the age.
    row("unattended, 12, intellectual disability")
        << QStringList{QStringLiteral("left_unattended"), QStringLiteral("+special_care")} << QString() << 12
        << false << none << QStringList{QStringLiteral("special_care_unattended")} << police;
    row("unattended, 17, mental disability")
        << QStringList{QStringLiteral("left_unattended"), QStringLiteral("+special_care")} << QString() << 17
        << false << none << QStringList{QStringLiteral("special_care_unattended")} << police;
    row("unattended, 6, special care: under 8 already")
        << QStringList{QStringLiteral("left_unattended"), QStringLiteral("+special_care")} << QString() << 6
        << false << none << QStringList{QStringLiteral("under8_unattended")} << police;
    row("special care, not unattended")
        << QStringList{QStringLiteral("+special_care")} << QString() << 12 << false << none << none << none;
    row("senior school, 15") << none << QStringLiteral("senior") << 15 << false << none << none << none;
    row("all three kinds") << QStringList{QStringLiteral("injury"), QStringLiteral("domestic_violence")}
                           << QStringLiteral("dropped_out") << 13 << true
                           << QStringList{QStringLiteral("temporary")}
                           << QStringList{QStringLiteral("domestic_violence"), QStringLiteral("injury"),
                                          QStringLiteral("economic_difficulty"),
                                          QStringLiteral("out_of_school")}
                           << QStringList{QStringLiteral("police_report"), QStringLiteral("safety_net"),
                                          QStringLiteral("dropout")};
}

void TestTriggerRules::table()
{
    QFETCH(QStringList, concerns);
    QFETCH(QString, schooling);
    QFETCH(int, age);
    QFETCH(bool, difficulty);
    QFETCH(QStringList, eligible);
    QFETCH(QStringList, triggers);
    QFETCH(QStringList, referrals);

    VisitFindings f;
    f.visitDate = QDate(2024, 5, 10);
    f.birthDate = age < 0 ? QDate() : f.visitDate.addYears(-age).addDays(-30);
    f.needsSpecialCare = concerns.contains(QStringLiteral("+special_care"));
    f.safetyConcerns = concerns;
    f.safetyConcerns.removeAll(QStringLiteral("+special_care"));
    f.schooling = schooling;
    f.economicDifficulty = difficulty;
    f.assistanceEligible = eligible;
    QStringList found;
    for (const RiskTrigger& t : TriggerRules::evaluate(f)) {
        found << t.code;
        QVERIFY(Vocabulary::contains(Vocabulary::RiskTrigger, t.code));
        QVERIFY(!t.reason.isEmpty());
        QCOMPARE(t.referralKind, TriggerRules::referralKindOf(t.code));
    }
    QCOMPARE(found, triggers);
    QStringList kinds;
    for (const MandatedReferral& r : TriggerRules::referrals(f))
        kinds << r.kind;
    QCOMPARE(kinds, referrals);
}

// The 31 August rule: a child is of school age from the 1 September after turning 6 by 31 August.
void TestTriggerRules::schoolAge_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("visit");
    QTest::addColumn<bool>("schoolAge");
    QTest::addColumn<bool>("referral"); // not in kindergarten, on that visit
    QTest::newRow("6 on 31 Aug, visit 1 Sep") << QDate(2018, 8, 31) << QDate(2024, 9, 1) << true << true;
    QTest::newRow("6 on 31 Aug, visit 31 Aug") << QDate(2018, 8, 31) << QDate(2024, 8, 31) << false << false;
    QTest::newRow("6 on 1 Sep: next September") << QDate(2018, 9, 1) << QDate(2024, 10, 15) << false << false;
    QTest::newRow("6 on 1 Sep, the September after")
        << QDate(2018, 9, 1) << QDate(2025, 9, 1) << true << true;
    QTest::newRow("6 in May, visit in June: not before September")
        << QDate(2018, 5, 1) << QDate(2024, 6, 10) << false << false;
    QTest::newRow("7 in January, visit in March") << QDate(2017, 1, 20) << QDate(2024, 3, 1) << true << true;
    QTest::newRow("29 Feb birth") << QDate(2016, 2, 29) << QDate(2022, 9, 1) << true << true;
}

void TestTriggerRules::schoolAge()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, visit);
    QFETCH(bool, schoolAge);
    QFETCH(bool, referral);
    QCOMPARE(TriggerRules::schoolAge(birth, visit), schoolAge);
    VisitFindings f;
    f.visitDate = visit;
    f.birthDate = birth;
    f.schooling = QStringLiteral("not_in_kindergarten");
    QCOMPARE(!TriggerRules::referrals(f).isEmpty(), referral);
}

void TestTriggerRules::dueDates()
{
    VisitFindings f;
    f.visitDate = QDate(2024, 1, 31);
    f.birthDate = QDate(2012, 3, 1);
    f.safetyConcerns = {QStringLiteral("injury")};
    f.schooling = QStringLiteral("dropped_out");
    f.economicDifficulty = true;
    f.assistanceEligible = {QStringLiteral("dibao"), QStringLiteral("medical")};
    TriggerSettings s;
    s.safetyNetDueDays = 30;
    s.dropoutDueDays = 15;
    const QList<MandatedReferral> r = TriggerRules::referrals(f, s);
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.at(0).dueDate, QDate(2024, 1, 31)); // police: the same day
    QCOMPARE(r.at(1).dueDate, QDate(2024, 3, 1));  // leap year
    QCOMPARE(r.at(1).schemes, f.assistanceEligible);
    QCOMPARE(r.at(2).dueDate, QDate(2024, 2, 15));
}

void TestTriggerRules::oneReferralPerKind()
{
    VisitFindings f;
    f.visitDate = QDate(2024, 5, 10);
    f.birthDate = QDate(2019, 1, 1);
    f.safetyConcerns = Vocabulary::codes(Vocabulary::SafetyConcern); // every concern at once
    const QList<MandatedReferral> r = TriggerRules::referrals(f);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.first().kind, QStringLiteral("police_report"));
    QCOMPARE(r.first().triggers.size(), 6);
    QVERIFY(r.first().triggers.contains(QStringLiteral("under16_alone")));
    QVERIFY(r.first().triggers.contains(QStringLiteral("under8_unattended")));
}

QTEST_GUILESS_MAIN(TestTriggerRules)
#include "TestTriggerRules.moc"
