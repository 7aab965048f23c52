#include "ChineseName.h"

#include <QMutex>
#include <QStringList>

#include <unicode/coll.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace {

icu::UnicodeString toIcu(const QString& s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar*>(s.utf16()), int32_t(s.size()));
}

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

// Surnames (at the start of a name) that ICU's name transliteration reads otherwise.
struct Surname
{
    const char16_t* han;
    const char* pinyin;
};
const Surname kSurnames[] = {
    {u"长孙", "chang sun"}, {u"朴", "piao"}, {u"覃", "qin"},   {u"盖", "ge"},
    {u"召", "shao"},        {u"秘", "bi"},   {u"种", "chong"}, {u"员", "yun"},
};

// ICU objects are not thread-safe for concurrent use: one set, behind a lock (names are short).
struct Icu
{
    QMutex lock;
    std::unique_ptr<icu::Transliterator> names;
    std::unique_ptr<icu::Collator> collator;
    Icu()
    {
        UErrorCode e = U_ZERO_ERROR;
        names.reset(
            icu::Transliterator::createInstance("Han-Latin/Names; Latin-ASCII; Lower", UTRANS_FORWARD, e));
        if (U_FAILURE(e))
            names.reset();
        e = U_ZERO_ERROR;
        collator.reset(icu::Collator::createInstance(icu::Locale("zh"), e));
        if (U_FAILURE(e))
            collator.reset();
    }
    static Icu& instance()
    {
        static Icu icu;
        return icu;
    }
};

} // namespace

QString ChineseName::pinyin(const QString& input)
{
    const QString name = input.simplified();
    if (name.isEmpty())
        return {};
    QString prefix;
    QString rest = name;
    for (const Surname& s : kSurnames) {
        const QString han = QString::fromUtf16(s.han);
        if (name.startsWith(han)) {
            prefix = QString::fromLatin1(s.pinyin);
            rest = name.mid(han.size());
            break;
        }
    }
    QString out;
    {
        Icu& icu = Icu::instance();
        QMutexLocker locker(&icu.lock);
        if (!icu.names)
            return name.toLower();
        icu::UnicodeString u = toIcu(rest);
        icu.names->transliterate(u);
        out = fromIcu(u);
    }
    out = (prefix.isEmpty() ? out : prefix + QLatin1Char(' ') + out).simplified();
    // Keep letters, digits and single spaces only (the transliterator leaves apostrophes and punctuation).
    QString clean;
    for (const QChar c : std::as_const(out)) {
        if (c.isLetterOrNumber())
            clean += c;
        else if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('-') || c == QChar(0x00B7))
            clean += QLatin1Char(' ');
    }
    return clean.simplified();
}

QString ChineseName::compactPinyin(const QString& name)
{
    return pinyin(name).remove(QLatin1Char(' '));
}

QString ChineseName::initials(const QString& name)
{
    return initialsOf(pinyin(name));
}

QString ChineseName::initialsOf(const QString& pinyin)
{
    QString out;
    for (const QString& syllable : pinyin.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out += syllable.at(0);
    return out;
}

QString ChineseName::sortKey(const QString& name)
{
    const QString simplified = name.simplified();
    return sortKeyOf(simplified, pinyin(simplified));
}

QString ChineseName::sortKeyOf(const QString& simplified, const QString& pinyin)
{
    QByteArray key;
    {
        Icu& icu = Icu::instance();
        QMutexLocker locker(&icu.lock);
        if (icu.collator) {
            const icu::UnicodeString u = toIcu(simplified);
            const int32_t n = icu.collator->getSortKey(u, nullptr, 0);
            key.resize(n);
            icu.collator->getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), n);
            if (!key.isEmpty() && key.endsWith('\0'))
                key.chop(1);
        }
    }
    // A tab ends the pinyin: it sorts before the space between syllables, so 张 comes before 张三.
    return pinyin + QLatin1Char('\t') + QString::fromLatin1(key.toHex());
}

ChineseName::Forms ChineseName::forms(const QString& name)
{
    const QString simplified = name.simplified();
    Forms f;
    f.pinyin = pinyin(simplified);
    f.compactPinyin = QString(f.pinyin).remove(QLatin1Char(' '));
    f.initials = initialsOf(f.pinyin);
    f.sortKey = sortKeyOf(simplified, f.pinyin);
    return f;
}
