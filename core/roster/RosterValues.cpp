#include "RosterValues.h"

#include "RosterReader.h"
#include "domain/Vocabulary.h"
#include "storage/FieldSpec.h"
#include "storage/FieldValidator.h"

#include <QHash>
#include <QRegularExpression>
#include <QTranslator>

namespace {

// The Chinese translation, loaded once for this purpose only (not installed: the program's language stays).
const QTranslator& chinese()
{
    static const QTranslator* t = [] {
        auto* tr = new QTranslator;
        (void)tr->load(QStringLiteral(":/i18n/shouhu_zh_CN.qm"));
        return tr;
    }();
    return *t;
}

QString zh(const char* label)
{
    const QString t = chinese().translate("Vocabulary", label);
    return t.isEmpty() ? QString::fromUtf8(label) : t;
}

QString folded(const QString& text)
{
    QString s = text.trimmed().toCaseFolded();
    s.remove(QLatin1Char(' '));
    return s;
}

// list -> folded word -> code
using Index = QHash<QString, QHash<QString, QString>>;

const Index& index()
{
    static const Index built = [] {
        Index idx;
        const QStringList lists{Vocabulary::Sex,
                                Vocabulary::Ethnicity,
                                Vocabulary::HukouType,
                                Vocabulary::Health,
                                Vocabulary::DisabilityType,
                                Vocabulary::DisabilityGrade,
                                Vocabulary::Schooling,
                                Vocabulary::ParentStatus,
                                Vocabulary::GuardianshipType,
                                Vocabulary::GuardianshipGrade,
                                Vocabulary::Relation,
                                Vocabulary::LivesWith,
                                Vocabulary::ChildStatus,
                                Vocabulary::ExitReason};
        for (const QString& list : lists) {
            QHash<QString, QString>& words = idx[list];
            for (const Vocabulary::Entry& e : Vocabulary::entries(list)) {
                const QString code = QString::fromLatin1(e.code);
                words.insert(folded(code), code);
                words.insert(folded(QString::fromUtf8(e.label)), code);
                words.insert(folded(zh(e.label)), code);
            }
        }
        QHash<QString, QString>& sex = idx[Vocabulary::Sex];
        for (const char* m : {"男", "男性", "1", "male", "m"})
            sex.insert(folded(QString::fromUtf8(m)), QStringLiteral("M"));
        for (const char* f : {"女", "女性", "2", "female", "f"})
            sex.insert(folded(QString::fromUtf8(f)), QStringLiteral("F"));
        // Ethnicities are often written without 族 (汉, 壮) or with it when the label has none.
        QHash<QString, QString>& eth = idx[Vocabulary::Ethnicity];
        const QHash<QString, QString> copy = eth;
        const QString zu = QString::fromUtf8("族");
        for (auto it = copy.cbegin(); it != copy.cend(); ++it) {
            if (it.key().endsWith(zu) && it.key().size() > 1)
                eth.insert(it.key().chopped(1), it.value());
            else
                eth.insert(it.key() + zu, it.value());
        }
        return idx;
    }();
    return built;
}

} // namespace

QString RosterValues::code(const QString& list, const QString& text)
{
    const QString key = folded(text);
    if (key.isEmpty())
        return {};
    const auto words = index().constFind(list);
    if (words != index().cend()) {
        if (const auto it = words->constFind(key); it != words->cend())
            return it.value();
        return {};
    }
    // A list not indexed here: its codes and labels, looked up directly.
    for (const Vocabulary::Entry& e : Vocabulary::entries(list)) {
        if (key == folded(QString::fromLatin1(e.code)) || key == folded(QString::fromUtf8(e.label)) ||
            key == folded(zh(e.label)))
            return QString::fromLatin1(e.code);
    }
    return {};
}

QString RosterValues::boolean(const QString& text)
{
    static const QStringList yes{QStringLiteral("是"), QStringLiteral("有"), QStringLiteral("yes"),
                                 QStringLiteral("y"),  QStringLiteral("1"),  QStringLiteral("true"),
                                 QStringLiteral("√")};
    static const QStringList no{QStringLiteral("否"), QStringLiteral("无"), QStringLiteral("no"),
                                QStringLiteral("n"),  QStringLiteral("0"),  QStringLiteral("false"),
                                QStringLiteral("×")};
    const QString key = folded(text);
    if (yes.contains(key))
        return QStringLiteral("1");
    if (no.contains(key))
        return QStringLiteral("0");
    return {};
}

QString RosterValues::date(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return t;
    static const QRegularExpression serial(QStringLiteral(R"(^\d{4,5}(\.0+)?$)"));
    if (t.size() != 8 && serial.match(t).hasMatch()) {
        const QDate d = RosterReader::excelDate(t.toDouble());
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    static const QRegularExpression chineseDate(
        QStringLiteral(R"(^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$)"));
    if (const QRegularExpressionMatch m = chineseDate.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? d.toString(Qt::ISODate) : t;
    }
    // Spreadsheets drop leading zeros: 2015/3/4, 2015-3-4.
    static const QRegularExpression loose(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)"));
    if (const QRegularExpressionMatch m = loose.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? d.toString(Qt::ISODate) : t;
    }
    const QDate d = FieldValidator::parseDate(t);
    return d.isValid() ? d.toString(Qt::ISODate) : t;
}

QString RosterValues::chineseLabel(const QString& list, const QString& code)
{
    if (code.isEmpty())
        return {};
    for (const Vocabulary::Entry& e : Vocabulary::entries(list)) {
        if (code == QLatin1String(e.code))
            return zh(e.label);
    }
    return code;
}

QString RosterValues::chineseBoolean(const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    return value.toInt() != 0 ? QStringLiteral("是") : QStringLiteral("否");
}

QString RosterValues::chinese(const char* context, const char* source)
{
    const QString t = ::chinese().translate(context, source);
    return t.isEmpty() ? QString::fromUtf8(source) : t;
}

QString RosterValues::stored(const FieldSpec& spec, const QString& text, bool* ok)
{
    if (ok)
        *ok = true;
    QString value = text;
    switch (spec.type) {
    case FieldSpec::Type::Code:
        value = code(spec.vocabulary, text);
        break;
    case FieldSpec::Type::Bool:
        value = boolean(text);
        break;
    case FieldSpec::Type::Date:
        return date(text);
    default:
        return text;
    }
    if (value.isEmpty() && !text.trimmed().isEmpty() && ok)
        *ok = false;
    return value;
}

QString RosterValues::shown(const QString& text)
{
    QString out = text.left(60);
    for (QChar& c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.category() == QChar::Other_Format ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            c = QLatin1Char('?');
    }
    return text.size() > 60 ? out + QChar(0x2026) : out;
}
