#include "Localization.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "UiInput.h"
#include "domain/Vocabulary.h"
#include "storage/ActivityRepository.h"
#include "storage/CaseRepository.h"
#include "visits/ActivitiesDialog.h"
#include "visits/ActivityDialog.h"
#include "visits/VisitsPanel.h"

#include "cases/TimelineModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

// View → Activities and talks: an activity recorded in the form with who took part, listed with its counts;
// a refusal keeps the form open with what was typed and one sentence (offscreen; SHOUHU_SCREENSHOTS=DIR
// saves the form and the list).
class TestActivityViews final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 7, 20), QTime(9, 0))};

    static void shoot(QWidget* w, const char* name)
    {
        if (const QString shots = qEnvironmentVariable("SHOUHU_SCREENSHOTS"); !shots.isEmpty())
            w->grab().save(shots + QLatin1Char('/') + QLatin1String(name));
    }

private slots:
    void initTestCase() { Localization::install(*qApp); }

    void recordsAnActivityWithItsParticipants()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        QStringList ids;
        int sequence = 20;
        for (const char* name : {"李小红", "王小明", "张佳怡"}) {
            Result<QString> id = CaseRepository(*db).create(TestDatabase::leftBehindChild(
                QString::fromUtf8(name), QDate(2015, 3, 5), sequence++, m_clock.today()));
            QVERIFY2(id.ok(), qPrintable(id.error()));
            ids << id.value();
        }
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPointer<ActivitiesDialog> list = window.showActivities();
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 0);

        QPointer<ActivityDialog> form = list->newActivity();
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        auto* children = form->findChild<QTreeWidget*>(QStringLiteral("childrenTreeWidget"));
        QVERIFY(children);
        QCOMPARE(children->topLevelItemCount(), 3); // the village station's children, without choosing
        auto* kind = form->findChild<QComboBox*>(QStringLiteral("kindComboBox"));
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("summer_class")));
        QVERIFY(form->setParticipant(ids.at(0), true, true, QStringLiteral("李奶奶")));
        QVERIFY(form->setParticipant(ids.at(2), true, false));

        // Without a topic: refused in one sentence, nothing saved, the ticks kept.
        auto* save = form->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(save);
        save->click();
        QVERIFY(form->isVisible());
        QVERIFY2(form->errorText().contains(QCoreApplication::translate("Field", "Topic")),
                 qPrintable(form->errorText()));
        QCOMPARE(ActivityRepository(*db).list({}, {}, {})->size(), 0);
        QCOMPARE(form->activity().participants.size(), 2);

        auto* topic = form->findChild<QLineEdit*>(QStringLiteral("topicLineEdit"));
        QVERIFY(topic);
        UiInput::typeText(topic, QStringLiteral("爱心暑托班：科学实验"));
        shoot(form, "activity-form.png");
        save->click();
        QTRY_VERIFY(form.isNull() || !form->isVisible());

        QCOMPARE(list->rowCount(), 1);
        QVERIFY2(list->summaryText().contains(QLatin1Char('2')), qPrintable(list->summaryText()));
        Result<QList<Activity>> stored = ActivityRepository(*db).list({}, {}, {});
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().kind, QStringLiteral("summer_class"));
        QCOMPARE(stored->first().topic, QStringLiteral("爱心暑托班：科学实验"));
        QCOMPARE(stored->first().childCount, 2);
        QCOMPARE(stored->first().guardianCount, 1);
        shoot(list, "activities.png");

        // Opened again, the form shows who took part; taking a child off changes the counts.
        auto* tree = list->findChild<QTreeWidget*>(QStringLiteral("activitiesTreeWidget"));
        QVERIFY(tree);
        emit tree->itemActivated(tree->topLevelItem(0), 0);
        ActivityDialog* again = nullptr;
        QTRY_VERIFY((again = list->findChild<ActivityDialog*>()) != nullptr && again->isVisible());
        QCOMPARE(again->activity().participants.size(), 2);
        QVERIFY(again->setParticipant(ids.at(2), false, false));
        again->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        QTRY_COMPARE(ActivityRepository(*db).list({}, {}, {})->first().childCount, 1);
    }

    // The child's timeline (the child's file, Visits and referrals) lists the activities the child took
    // part in beside the visits, not the ones of the others; the row opens the activity's form.
    void theChildsTimelineShowsItsActivities()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        QStringList ids;
        int sequence = 30;
        for (const char* name : {"李小红", "王小明"}) {
            Result<QString> id = CaseRepository(*db).create(TestDatabase::leftBehindChild(
                QString::fromUtf8(name), QDate(2015, 3, 5), sequence++, m_clock.today()));
            QVERIFY2(id.ok(), qPrintable(id.error()));
            ids << id.value();
        }
        Activity a;
        a.areaCode = TestDatabase::kVillage;
        a.date = QDate(2026, 7, 12);
        a.kind = QStringLiteral("policy_talk");
        a.topic = QStringLiteral("防溺水安全教育");
        a.place = QStringLiteral("村委会");
        a.participants = {ActivityParticipant{ids.at(0), true, false, {}, {}}};
        Result<QString> saved = ActivityRepository(*db).save(a);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        VisitsPanel panel(*db);
        panel.setChild(ids.at(0));
        panel.show();
        QCOMPARE(panel.model()->rowCount(), 1);
        const QModelIndex row = panel.model()->index(0, TimelineModel::WhatColumn);
        QCOMPARE(row.data(TimelineModel::TypeRole).toString(), QStringLiteral("activity"));
        QCOMPARE(row.data(TimelineModel::IdRole).toString(), saved.value());
        QVERIFY2(row.data().toString().contains(
                     Vocabulary::label(Vocabulary::ActivityKind, QStringLiteral("policy_talk"))),
                 qPrintable(row.data().toString()));
        QVERIFY(panel.model()
                    ->index(0, TimelineModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("防溺水安全教育")));
        shoot(&panel, "timeline-activity.png");

        panel.setChild(ids.at(1));
        QCOMPARE(panel.model()->rowCount(), 0); // the other child did not come

        panel.setChild(ids.at(0));
        panel.view()->setCurrentIndex(panel.model()->index(0, 0));
        QTest::keyClick(panel.view(), Qt::Key_Return);
        ActivityDialog* form = nullptr;
        QTRY_VERIFY((form = panel.findChild<ActivityDialog*>()) != nullptr && form->isVisible());
        QCOMPARE(form->activity().topic, QStringLiteral("防溺水安全教育"));
        form->close();
    }
};

QTEST_MAIN(TestActivityViews)
#include "TestActivityViews.moc"
