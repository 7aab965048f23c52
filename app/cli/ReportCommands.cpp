// The register as a whole: classify, stats.
#include "CliCommand.h"
#include "CliContext.h"
#include "CliFormat.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/Classification.h"
#include "reports/Statistics.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace {

QJsonObject countsToJson(const QMap<QString, int>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// The first names of a list, and how many more there are.
QString namesList(const QStringList& names)
{
    constexpr int kShown = 20;
    if (names.size() <= kShown)
        return names.join(QStringLiteral(", "));
    return QCoreApplication::translate("ClassifyCommand", "%1 and %n more", nullptr,
                                       int(names.size() - kShown))
        .arg(names.first(kShown).join(QStringLiteral(", ")));
}

class ClassifyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClassifyCommand)

public:
    QString name() const override { return QStringLiteral("classify"); }
    QString summary() const override
    {
        return tr("Bring every child's category up to date and exit the children who turned 16.");
    }
    QString details() const override
    {
        return tr("A date after today is accepted only for demo data: the changes are recorded as made on "
                  "that date.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("child"), QStringLiteral("UUID"), tr("Show the verdict on this child in full.")},
            {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
             tr("Classify as on this day (default today).")}};
    }

    int run(CliContext& ctx) const override
    {
        const QDate today = Clock::system().today();
        Result<QDate> date = ctx.dateOption(QStringLiteral("date"), today);
        if (!date)
            return ctx.refuse(date.error());
        // On a later date the exits are dated then, so the database must run on that date's clock.
        std::optional<FixedClock> later;
        if (date.value() > today)
            later.emplace(QDateTime(date.value(), QTime(12, 0)));
        auto db = ctx.openDatabase(true, later ? static_cast<const Clock&>(*later) : Clock::system());
        if (!db)
            return ctx.refuse(db.error());
        CaseDatabase& database = *db.value();
        if (later && database.setting(QStringLiteral("demo")) != QLatin1String("1"))
            return ctx.refuse(
                tr("A date after today can only be used on demo data, because the changes would be "
                   "recorded in the future."));
        CaseRepository repository(database);
        const QString only = ctx.value(QStringLiteral("child"));
        if (!only.isEmpty()) {
            if (Result<ChildFile> f = repository.load(only); !f)
                return ctx.refuse(f.error());
        }
        Result<QList<CaseRepository::Exited>> exited = repository.refreshCategories(date.value());
        if (!exited)
            return ctx.refuse(exited.error());
        QSet<QString> exitedNow;
        QStringList exitedNames;
        for (const CaseRepository::Exited& e : exited.value()) {
            exitedNow.insert(e.id);
            exitedNames << e.name;
        }

        QJsonArray json;
        QMap<QString, int> counts;
        const auto add = [&](const ChildFile& f) {
            const Classification c = repository.classify(f, date.value());
            const QStringList reasons =
                c.reasons + c.missingFacts + c.unsupportedReasons + c.difficultyReasons;
            QJsonObject o{{QStringLiteral("id"), f.id},
                          {QStringLiteral("name"), f.text(QStringLiteral("name"))},
                          {QStringLiteral("category"), categoryCode(c.category)},
                          {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
                          {QStringLiteral("exitedNow"), exitedNow.contains(f.id)}};
            if (!only.isEmpty()) {
                o.insert(QStringLiteral("missingFacts"), QJsonArray::fromStringList(c.missingFacts));
                o.insert(QStringLiteral("factuallyUnsupported"), c.factuallyUnsupported);
                o.insert(QStringLiteral("inDifficulty"), c.inDifficulty);
                o.insert(QStringLiteral("overAgeOn"), c.overAgeOn.toString(Qt::ISODate));
                printChild(ctx, f, c);
            }
            json.append(o);
            counts[categoryCode(c.category)] += 1;
        };
        if (!only.isEmpty()) {
            add(repository.load(only).value());
        } else {
            Status s = repository.forEachChild([&](const ChildFile& f) {
                if (f.text(QStringLiteral("status")) != QLatin1String("exited") || exitedNow.contains(f.id))
                    add(f);
                return true;
            });
            if (!s)
                return ctx.refuse(s.error());
        }

        const QString overAgeSentence = exitedNames.isEmpty()
                                            ? QString()
                                            : tr("%n children turned 16 and were exited as over-age: %1",
                                                 nullptr, int(exitedNames.size()))
                                                  .arg(namesList(exitedNames));
        if (ctx.json()) {
            ctx.printJson(json);
            if (!overAgeSentence.isEmpty())
                ctx.err() << overAgeSentence << Qt::endl;
            return 0;
        }
        if (only.isEmpty()) {
            ctx.out() << tr("Verdicts on %1 for %n children:", nullptr, int(json.size()))
                             .arg(date->toString(Qt::ISODate))
                      << '\n';
            QList<QStringList> rows{{tr("Category"), tr("Children")}};
            for (Category c :
                 {Category::LeftBehind, Category::Suspected, Category::NotLeftBehind, Category::OverAge})
                rows.append({categoryLabel(c), QString::number(counts.value(categoryCode(c)))});
            ctx.printTable(rows);
        }
        if (!overAgeSentence.isEmpty())
            ctx.out() << overAgeSentence << Qt::endl;
        return 0;
    }

private:
    static void printChild(CliContext& ctx, const ChildFile& f, const Classification& c)
    {
        if (ctx.json())
            return;
        QTextStream& out = ctx.out();
        out << f.text(QStringLiteral("name")) << "  (" << f.id << ")\n";
        out << tr("Category: %1").arg(categoryLabel(c.category)) << '\n';
        for (const QString& r : c.reasons)
            out << "  - " << r << '\n';
        if (!c.missingFacts.isEmpty()) {
            out << tr("To decide, record:") << '\n';
            for (const QString& r : c.missingFacts)
                out << "  - " << r << '\n';
        }
        if (c.factuallyUnsupported) {
            out << tr("Factually unsupported child (refer to the safety net):") << '\n';
            for (const QString& r : c.unsupportedReasons)
                out << "  - " << r << '\n';
        }
        if (c.inDifficulty) {
            out << tr("Child in difficulty:") << '\n';
            for (const QString& r : c.difficultyReasons)
                out << "  - " << r << '\n';
        }
        if (c.overAgeOn.isValid())
            out << tr("Over-age on %1.").arg(c.overAgeOn.toString(Qt::ISODate)) << '\n';
        out.flush();
    }
};

class StatsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return tr("Count the children by category, status and village."); }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("area"), QStringLiteral("CODE"), tr("Only children inside this area.")}};
    }

    int run(CliContext& ctx) const override
    {
        const QString area = ctx.value(QStringLiteral("area"));
        if (!area.isEmpty() && !AreaCatalog::instance().contains(AreaCode::normalize(area)))
            return ctx.refuse(tr("%1 is not an area code of the official list.").arg(area));
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.refuse(db.error());
        Result<Statistics::Counts> counts = Statistics::compute(*db.value(), area);
        if (!counts)
            return ctx.refuse(counts.error());
        const Statistics::Counts& c = counts.value();
        const AreaCatalog& areas = AreaCatalog::instance();
        if (ctx.json()) {
            QJsonObject villages;
            for (auto it = c.byVillage.cbegin(); it != c.byVillage.cend(); ++it) {
                villages.insert(it.key(),
                                QJsonObject{{QStringLiteral("name"), areas.name(it.key())},
                                            {QStringLiteral("children"), it->children},
                                            {QStringLiteral("byCategory"), countsToJson(it->byCategory)}});
            }
            ctx.printJson(QJsonObject{{QStringLiteral("children"), c.children},
                                      {QStringLiteral("byCategory"), countsToJson(c.byCategory)},
                                      {QStringLiteral("byStatus"), countsToJson(c.byStatus)},
                                      {QStringLiteral("byVillage"), villages}});
            return 0;
        }
        ctx.out() << tr("Children on the register: %1 (active %2, exited %3).")
                         .arg(c.children)
                         .arg(c.byStatus.value(QStringLiteral("active")))
                         .arg(c.byStatus.value(QStringLiteral("exited")))
                  << "\n\n";
        const QList<Category> shown{Category::LeftBehind, Category::Suspected, Category::NotLeftBehind,
                                    Category::OverAge};
        QList<QStringList> rows{{tr("Category"), tr("Active children")}};
        for (Category cat : shown)
            rows.append({categoryLabel(cat), QString::number(c.byCategory.value(categoryCode(cat)))});
        ctx.printTable(rows);
        if (c.byVillage.isEmpty())
            return 0;
        QStringList header{tr("Village"), tr("Active children")};
        for (Category cat : shown)
            header << categoryLabel(cat);
        QList<QStringList> villages{header};
        for (auto it = c.byVillage.cbegin(); it != c.byVillage.cend(); ++it) {
            QStringList row{areas.name(it.key()).isEmpty() ? it.key() : areas.name(it.key()),
                            QString::number(it->children)};
            for (Category cat : shown)
                row << QString::number(it->byCategory.value(categoryCode(cat)));
            villages.append(row);
        }
        ctx.out() << '\n';
        ctx.printTable(villages);
        return 0;
    }
};

const CliRegistration<ClassifyCommand> registerClassify;
const CliRegistration<StatsCommand> registerStats;

} // namespace
