#include "Localization.h"

#include <QTest>

class TestLocalization final : public QObject
{
    Q_OBJECT

private slots:
    void joinSentences_data()
    {
        QTest::addColumn<QStringList>("sentences");
        QTest::addColumn<QString>("joined");
        QTest::newRow("english") << QStringList{QStringLiteral("One."), QStringLiteral("Two.")}
                                 << QStringLiteral("One. Two.");
        QTest::newRow("chinese full stop")
            << QStringList{QStringLiteral("修改 0 名。"), QStringLiteral("记录合计")}
            << QStringLiteral("修改 0 名。记录合计");
        QTest::newRow("chinese marks") << QStringList{QStringLiteral("甲！"), QStringLiteral("乙？"),
                                                      QStringLiteral("丙；"), QStringLiteral("丁：")}
                                       << QStringLiteral("甲！乙？丙；丁：");
        QTest::newRow("no mark") << QStringList{QStringLiteral("限期 2024-05-20"), QStringLiteral("这是")}
                                 << QStringLiteral("限期 2024-05-20 这是");
        QTest::newRow("empty skipped")
            << QStringList{QString(), QStringLiteral("A."), QString(), QStringLiteral("B.")}
            << QStringLiteral("A. B.");
        QTest::newRow("none") << QStringList{} << QString();
    }
    void joinSentences()
    {
        QFETCH(QStringList, sentences);
        QFETCH(QString, joined);
        QCOMPARE(Localization::joinSentences(sentences), joined);
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "TestLocalization.moc"
