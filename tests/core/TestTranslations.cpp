#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {
const QString kRoot = QStringLiteral(SHOUHU_FIXTURES_DIR "/../..");

// The catalogue's finished messages: every source text, and every context + source text.
QSet<QString> finishedMessages(const QString& path)
{
    QSet<QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type.isEmpty() && !text.trimmed().isEmpty()) {
                out.insert(source);
                out.insert(context + QLatin1Char('\x1f') + source);
            }
        }
    }
    return out;
}

// The text of adjacent C++ string literals ("a" "b"), escapes resolved.
QString literalText(const QString& literals)
{
    static const QRegularExpression piece(QString::fromLatin1("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QString out;
    for (const QRegularExpressionMatch& m : piece.globalMatch(literals)) {
        const QString raw = m.captured(1);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) != QLatin1Char('\\') || i + 1 == raw.size()) {
                out += raw.at(i);
                continue;
            }
            const QChar e = raw.at(++i);
            out += e == QLatin1Char('n') ? QChar(u'\n') : e == QLatin1Char('t') ? QChar(u'\t') : e;
        }
    }
    return out;
}
} // namespace

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

    // The catalogue can be stale: every text the sources mark for translation (tr, translate, the NOOP
    // macros) must be in it, translated. (A branch's pending-NAME.tsv does not count: the program reads
    // the catalogue, so a text only there shows in English.) Scans core/, ui/ and app/ as they are.
    void everyMarkedTextIsTranslated()
    {
        const QSet<QString> catalogue =
            finishedMessages(kRoot + QStringLiteral("/translations/shouhu_zh_CN.ts"));
        QVERIFY(catalogue.size() > 1000);
        static const QRegularExpression marked(QString::fromLatin1(
            "\\b(?:tr|QT_TR_NOOP|QT_TR_N_NOOP)\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)[,)]|"
            "\\b(?:translate|QT_TRANSLATE_NOOP|QT_TRANSLATE_N_NOOP)\\(\\s*\"([^\"]+)\"\\s*,\\s*((?:\"(?:[^"
            "\"\\\\]|\\\\.)*\"\\s*)+)[,)]"));
        QStringList missing;
        int found = 0;
        for (const char* dir : {"core", "ui", "app"}) {
            QDirIterator it(kRoot + QLatin1Char('/') + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString code = QString::fromUtf8(file.readAll());
                for (const QRegularExpressionMatch& m : marked.globalMatch(code)) {
                    ++found;
                    const bool withContext = m.capturedLength(2) > 0;
                    const QString text = literalText(withContext ? m.captured(3) : m.captured(1));
                    const QString key = withContext ? m.captured(2) + QLatin1Char('\x1f') + text : text;
                    if (!text.isEmpty() && !catalogue.contains(key))
                        missing << QDir(kRoot).relativeFilePath(path) + QStringLiteral(": ") + text;
                }
            }
        }
        QVERIFY2(found > 1000, qPrintable(QString::number(found)));
        missing.removeDuplicates();
        for (const QString& m : missing)
            qWarning().noquote() << "not translated:" << m;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 texts are not in the catalogue: run the "
                                                              "update_translations target and translate them")
                                                   .arg(missing.size())));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
