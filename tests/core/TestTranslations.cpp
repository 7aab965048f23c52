#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

// Simplified Chinese is the default UI language: every message in the zh_CN catalogue must have its
// translation, and every %1/%n placeholder of the English text must survive in the Chinese one.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void chineseCatalogueIsComplete()
    {
        QFile file(QStringLiteral(SHOUHU_FIXTURES_DIR "/../../translations/shouhu_zh_CN.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty()) {
                    problems << context + QStringLiteral(": ") + source;
                    continue;
                }
                for (int i = 1; i <= 9; ++i) {
                    const QString marker = QLatin1Char('%') + QString::number(i);
                    if (source.contains(marker) && !text.contains(marker))
                        problems << context + QStringLiteral(": ") + source + QStringLiteral(" (lost ") +
                                        marker + QLatin1Char(')');
                }
                if (source.contains(QLatin1String("%n")) && !text.contains(QLatin1String("%n")))
                    problems << context + QStringLiteral(": ") + source + QStringLiteral(" (lost %n)");
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 500);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
