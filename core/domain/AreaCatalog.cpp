#include "AreaCatalog.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace {

constexpr quint64 Codes = 1000000000000ULL; // 10^12: one past the largest 12-digit code
constexpr std::array<AreaLevel, 5> Levels = {AreaLevel::Province, AreaLevel::City, AreaLevel::County,
                                             AreaLevel::Township, AreaLevel::Village};

quint64 power10(int n)
{
    quint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// The half-open number range of the 12-digit codes inside an area given by its 12-digit code.
std::pair<quint64, quint64> spanOf(QStringView code12)
{
    const int digits = AreaCode::digitsOf(AreaCode::levelOf(code12));
    const quint64 width = power10(12 - digits);
    const quint64 from = code12.toULongLong();
    return {from, from + width};
}

bool isPlaceholderCity(QStringView name)
{
    return name == QStringView(u"\u5e02\u8f96\u533a") // 市辖区
           || name == QStringView(u"\u53bf")          // 县
           || name.endsWith(
                  QStringView(u"\u76f4\u8f96\u53bf\u7ea7\u884c\u653f\u533a\u5212")); // 直辖县级行政区划
}

} // namespace

const AreaCatalog& AreaCatalog::instance()
{
    static const AreaCatalog catalog(QStringLiteral(":/data/areas.bin"));
    return catalog;
}

AreaCatalog::AreaCatalog(const QString& path)
{
    load(path);
    if (!m_error.isEmpty()) {
        m_codes.clear();
        m_nameStart.clear();
        m_ends.fill(0);
        m_names.clear();
    }
}

void AreaCatalog::load(const QString& path)
{
    m_error = QCoreApplication::translate("AreaCatalog", "The list of area codes is missing or damaged.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray raw = file.readAll();
    if (raw.size() < 12 || !raw.startsWith("SHAREAS\x01"))
        return;
    const auto* header = reinterpret_cast<const uchar*>(raw.constData()) + 8;
    const quint32 bodySize =
        quint32(header[0]) << 24 | quint32(header[1]) << 16 | quint32(header[2]) << 8 | header[3];
    if (bodySize > 64 * 1024 * 1024) // refuse before qUncompress tries to allocate it
        return;
    const QByteArray body = qUncompress(reinterpret_cast<const uchar*>(raw.constData()) + 8, raw.size() - 8);
    const auto* p = reinterpret_cast<const uchar*>(body.constData());
    const uchar* const end = p + body.size();
    if (body.size() < 20)
        return;

    qsizetype total = 0;
    for (int level = 1; level <= 5; ++level, p += 4) {
        total += qsizetype(p[0]) | qsizetype(p[1]) << 8 | qsizetype(p[2]) << 16 | qsizetype(p[3]) << 24;
        m_ends[level] = total;
    }
    if (total > 10000000)
        return;
    m_codes.resize(total);
    for (int level = 1; level <= 5; ++level) {
        const int digits = AreaCode::digitsOf(AreaLevel(level));
        const quint64 limit = power10(digits);
        const quint64 scale = power10(12 - digits);
        quint64 code = 0;
        for (qsizetype i = m_ends[level - 1]; i < m_ends[level]; ++i) {
            quint64 delta = 0;
            for (int shift = 0;; shift += 7) {
                if (p == end || shift > 42)
                    return;
                delta |= quint64(*p & 0x7f) << shift;
                if (!(*p++ & 0x80))
                    break;
            }
            code += delta;
            if (delta == 0 || code >= limit) // codes strictly increase; none is 0
                return;
            m_codes[i] = code * scale;
        }
    }

    m_names = QLatin1Char('\n') + QString::fromUtf8(reinterpret_cast<const char*>(p), end - p);
    m_nameStart.reserve(total + 1);
    const QChar* const names = m_names.constData();
    for (qsizetype i = 0, n = m_names.size(); i < n; ++i) {
        if (names[i] == QLatin1Char('\n'))
            m_nameStart.push_back(quint32(i + 1));
    }
    if (qsizetype(m_nameStart.size()) != total + 1)
        return;
    m_error.clear();
}

qsizetype AreaCatalog::size(AreaLevel level) const
{
    return level == AreaLevel::Invalid ? 0 : m_ends[int(level)] - m_ends[int(level) - 1];
}

std::pair<qsizetype, qsizetype> AreaCatalog::range(AreaLevel level, quint64 from, quint64 to) const
{
    const auto first = m_codes.begin() + m_ends[int(level) - 1];
    const auto last = m_codes.begin() + m_ends[int(level)];
    const auto a = std::lower_bound(first, last, from);
    const auto b = std::lower_bound(a, last, to);
    return {a - m_codes.begin(), b - m_codes.begin()};
}

qsizetype AreaCatalog::indexOf(QStringView code) const
{
    const QString code12 = AreaCode::normalize(code);
    const AreaLevel level = AreaCode::levelOf(code12);
    if (level == AreaLevel::Invalid || m_codes.empty())
        return -1;
    const quint64 value = code12.toULongLong();
    const auto [a, b] = range(level, value, value + 1);
    return a < b ? a : -1;
}

QStringView AreaCatalog::nameAt(qsizetype i) const
{
    return QStringView(m_names).mid(m_nameStart[i], m_nameStart[i + 1] - m_nameStart[i] - 1);
}

QString AreaCatalog::codeAt(qsizetype i) const
{
    return QString::number(m_codes[i]).rightJustified(12, QLatin1Char('0'));
}

AreaLevel AreaCatalog::levelAt(qsizetype i) const
{
    int level = 1;
    while (i >= m_ends[level])
        ++level;
    return AreaLevel(level);
}

AreaCatalog::Match AreaCatalog::matchAt(qsizetype i) const
{
    const QString code = codeAt(i);
    return {code, nameAt(i).toString(), fullName(code), levelAt(i)};
}

bool AreaCatalog::contains(QStringView code) const
{
    return indexOf(code) >= 0;
}

QString AreaCatalog::name(QStringView code) const
{
    const qsizetype i = indexOf(code);
    return i < 0 ? QString() : nameAt(i).toString();
}

QString AreaCatalog::fullName(QStringView code) const
{
    const QString code12 = AreaCode::normalize(code);
    if (indexOf(code12) < 0)
        return {};
    QString result;
    qsizetype previous = -1;
    for (AreaLevel level : Levels) {
        if (level > AreaCode::levelOf(code12))
            break;
        const qsizetype i = indexOf(code12.first(AreaCode::digitsOf(level)));
        if (i < 0 || i == previous || (level == AreaLevel::City && isPlaceholderCity(nameAt(i))))
            continue;
        previous = i;
        if (!result.isEmpty())
            result += QLatin1Char(' ');
        result += nameAt(i);
    }
    return result;
}

QStringList AreaCatalog::children(QStringView code) const
{
    QStringList result;
    auto add = [&](AreaLevel level, std::pair<quint64, quint64> span) {
        const auto [a, b] = range(level, span.first, span.second);
        for (qsizetype i = a; i < b; ++i)
            result.append(codeAt(i));
    };
    if (code.trimmed().isEmpty()) {
        add(AreaLevel::Province, {0, Codes});
        return result;
    }
    const QString code12 = AreaCode::normalize(code);
    const AreaLevel level = AreaCode::levelOf(code12);
    if (indexOf(code12) < 0 || level == AreaLevel::Village)
        return {};
    const auto span = spanOf(code12);
    add(AreaLevel(int(level) + 1), span);
    if (level == AreaLevel::City) // townships of a city without counties have county part 00
        add(AreaLevel::Township, {span.first, span.first + power10(6)});
    std::sort(result.begin(), result.end());
    return result;
}

QStringList AreaCatalog::villagesUnder(QStringView code) const
{
    const QString code12 = AreaCode::normalize(code);
    QStringList result;
    if (indexOf(code12) < 0)
        return result;
    const auto span = spanOf(code12);
    const auto [a, b] = range(AreaLevel::Village, span.first, span.second);
    result.reserve(b - a);
    for (qsizetype i = a; i < b; ++i)
        result.append(codeAt(i));
    return result;
}

QList<AreaCatalog::Match> AreaCatalog::search(const QString& text, int limit, QStringView within) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0 || needle.contains(QLatin1Char('\n')) || m_codes.empty())
        return {};
    std::pair<quint64, quint64> span{0, Codes};
    if (!within.trimmed().isEmpty()) {
        const QString area = AreaCode::normalize(within);
        if (area.isEmpty())
            return {};
        span = spanOf(area);
    }

    std::vector<qsizetype> exact;
    std::vector<qsizetype> others;
    bool digits = needle.size() <= 12;
    for (QChar c : needle)
        digits = digits && c.isDigit() && c.unicode() < 128;

    if (digits) {
        const quint64 width = power10(12 - int(needle.size()));
        const quint64 from = std::max(span.first, needle.toULongLong() * width);
        const quint64 to = std::min(span.second, (needle.toULongLong() + 1) * width);
        const QString exactCode = AreaCode::normalize(needle);
        const quint64 exactValue = exactCode.isEmpty() ? Codes : exactCode.toULongLong();
        for (AreaLevel level : Levels) {
            if (from >= to)
                break;
            const auto [a, b] = range(level, from, to);
            for (qsizetype i = a; i < b; ++i) {
                if (m_codes[i] == exactValue)
                    exact.push_back(i);
                else if (qsizetype(others.size()) < limit)
                    others.push_back(i);
                else if (exactValue == Codes || m_codes[i] > exactValue)
                    break;
            }
        }
    } else {
        const QString whole = QLatin1Char('\n') + needle + QLatin1Char('\n');
        for (AreaLevel level : Levels) {
            const auto [a, b] = range(level, span.first, span.second);
            if (a == b)
                continue;
            const QStringView names = QStringView(m_names).first(m_nameStart[b]);
            // Whole-name matches: the name between two line ends.
            for (qsizetype pos = m_nameStart[a] - 1; (pos = names.indexOf(whole, pos)) >= 0;
                 pos += whole.size() - 1)
                exact.push_back(std::upper_bound(m_nameStart.begin() + a, m_nameStart.begin() + b, pos + 1) -
                                m_nameStart.begin() - 1);
            // Partial matches, until there are enough.
            qsizetype entry = a;
            for (qsizetype pos = m_nameStart[a];
                 qsizetype(others.size()) < limit && (pos = names.indexOf(needle, pos)) >= 0;
                 pos = m_nameStart[entry + 1]) {
                entry = std::upper_bound(m_nameStart.begin() + entry, m_nameStart.begin() + b, pos) -
                        m_nameStart.begin() - 1;
                if (nameAt(entry).size() != needle.size())
                    others.push_back(entry);
            }
        }
    }

    QList<Match> result;
    for (const auto* list : {&exact, &others}) {
        for (qsizetype i : *list) {
            if (result.size() == limit)
                return result;
            result.append(matchAt(i));
        }
    }
    return result;
}
