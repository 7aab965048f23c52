#include "TestSupport.h"
#include "domain/Vocabulary.h"
#include "storage/EntitySchema.h"

#include <QFile>
#include <QSet>
#include <QTest>

// docs/sync-format.md must let someone write a reader without the code: its list of record kinds, fields
// and code lists is the schema itself. This test builds that list from EntitySchema and Vocabulary and
// compares it with the part of the document between the markers; SHOUHU_WRITE_DOCS=1 writes it there.
class TestSyncFormatDoc final : public QObject
{
    Q_OBJECT

    static QString typeOf(const FieldSpec& f)
    {
        using T = FieldSpec::Type;
        switch (f.type) {
        case T::Text:
            return QStringLiteral("text ≤ %1").arg(f.maxLength);
        case T::Date:
            return QStringLiteral("date");
        case T::Bool:
            return QStringLiteral("yes/no");
        case T::Code:
            return QStringLiteral("code `%1`").arg(f.vocabulary);
        case T::CodeSet:
            return QStringLiteral("codes `%1`").arg(f.vocabulary);
        case T::IdNumber:
            return QStringLiteral("ID number");
        case T::AreaCode:
            return QStringLiteral("area code");
        case T::PlaceCode:
            return QStringLiteral("place code");
        case T::CountyCode:
            return QStringLiteral("county code");
        case T::Phone:
            return QStringLiteral("phone");
        case T::Reference:
            return QStringLiteral("reference");
        }
        return QStringLiteral("text");
    }

    static QString generated()
    {
        QString out =
            QStringLiteral("<!-- generated from EntitySchema and Vocabulary by tests/core/"
                           "TestSyncFormatDoc.cpp (SHOUHU_WRITE_DOCS=1): do not edit by hand -->\n");
        QStringList vocabularies;
        for (const EntitySchema* s : EntitySchema::all()) {
            out +=
                QStringLiteral("\n#### `%1`\n\n| field | type | required |\n|---|---|---|\n").arg(s->table);
            for (const FieldSpec& f : s->fields) {
                out += QStringLiteral("| `%1` | %2 | %3 |\n")
                           .arg(f.name, typeOf(f), f.required ? QStringLiteral("yes") : QString());
                if (!f.vocabulary.isEmpty() && !vocabularies.contains(f.vocabulary))
                    vocabularies << f.vocabulary;
                // A place code may also be a code of the places outside the mainland.
                if (f.type == FieldSpec::Type::PlaceCode && !vocabularies.contains(Vocabulary::CountryRegion))
                    vocabularies << Vocabulary::CountryRegion;
            }
        }
        out += QStringLiteral("\n#### Code lists\n\n| list | codes |\n|---|---|\n");
        vocabularies.sort();
        for (const QString& v : std::as_const(vocabularies)) {
            QStringList codes;
            for (const QString& c : Vocabulary::codes(v))
                codes << QLatin1Char('`') + c + QLatin1Char('`');
            out += QStringLiteral("| `%1` | %2 |\n").arg(v, codes.join(QStringLiteral(" ")));
        }
        return out;
    }

private slots:
    void fieldListIsTheSchema()
    {
        const QString path = TestSupport::fixturesDir() + QStringLiteral("/../../docs/sync-format.md");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString doc = QString::fromUtf8(f.readAll());
        f.close();
        const QString begin = QStringLiteral("<!-- fields:begin -->\n");
        const QString end = QStringLiteral("<!-- fields:end -->");
        const qsizetype b = doc.indexOf(begin);
        const qsizetype e = doc.indexOf(end);
        QVERIFY2(b >= 0 && e > b, "docs/sync-format.md has no fields:begin/fields:end markers");
        const QString now = generated();
        if (qEnvironmentVariable("SHOUHU_WRITE_DOCS") == QLatin1String("1")) {
            doc.replace(b + begin.size(), e - b - begin.size(), now);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(doc.toUtf8());
            return;
        }
        QCOMPARE(doc.mid(b + begin.size(), e - b - begin.size()), now);
    }
};

QTEST_GUILESS_MAIN(TestSyncFormatDoc)
#include "TestSyncFormatDoc.moc"
