#include "StationAreaFinder.h"

#include "StationSetup.h"

#include <QRegularExpression>
#include <QSet>

namespace {
bool isDigits(const QString& word)
{
    for (const QChar c : word) {
        if (!c.isDigit() || c.unicode() >= 128)
            return false;
    }
    return true;
}

bool mentions(const AreaCatalog::Match& m, const QString& word)
{
    return isDigits(word) ? m.code.startsWith(word) : m.fullName.contains(word);
}
} // namespace

QList<AreaCatalog::Match> StationAreaFinder::find(const QString& role, const QString& text, int limit)
{
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const AreaLevel wanted = StationSetup::levelOfRole(role);
    if (words.isEmpty() || wanted == AreaLevel::Invalid || limit <= 0)
        return {};
    const AreaCatalog& catalog = AreaCatalog::instance();
    QList<AreaCatalog::Match> out;
    QSet<QString> seen;
    const auto add = [&](const AreaCatalog::Match& m) {
        if (out.size() < limit && !seen.contains(m.code)) {
            seen.insert(m.code);
            out << m;
        }
    };
    const QString& last = words.last();
    // Enough candidates for the other words to narrow them down.
    const int candidates = words.size() > 1 ? 20000 : 500;
    QList<AreaCatalog::Match> above;
    for (const AreaCatalog::Match& m : catalog.search(last, candidates)) {
        bool all = true;
        for (qsizetype i = 0; i + 1 < words.size() && all; ++i)
            all = mentions(m, words.at(i));
        if (!all)
            continue;
        if (StationSetup::fitsRole(role, m.code))
            add(m);
        else if (m.level < wanted && (m.name == last || m.code == AreaCode::normalize(last)))
            above << m;
    }
    // A whole place typed above the role's level: what lies under it, level by level.
    for (const AreaCatalog::Match& m : above) {
        QStringList level{m.code};
        while (!level.isEmpty() && out.size() < limit) {
            QStringList next;
            for (const QString& code : level) {
                for (const QString& child : catalog.children(code)) {
                    if (StationSetup::fitsRole(role, child))
                        add({child, catalog.name(child), catalog.fullName(child), AreaCode::levelOf(child)});
                    else if (AreaCode::levelOf(child) < wanted)
                        next << child;
                }
            }
            level = next;
        }
    }
    return out;
}
