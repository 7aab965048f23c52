// report dispatch: the weekly dispatch report (reports/DispatchReport) as text, JSON, CSV, XLSX or PDF.
#include "CliCommand.h"
#include "CliContext.h"

#include "documents/DispatchReportDocument.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentText.h"
#include "reports/DispatchReport.h"
#include "reports/DispatchTable.h"
#include "reports/TableExport.h"
#include "storage/CaseDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class DispatchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DispatchCommand)

public:
    QString name() const override { return QStringLiteral("report dispatch"); }
    QString summary() const override
    {
        return tr("The weekly dispatch report: per area, records updated in the week, missing and wrong "
                  "information, survey and agreement progress, zero-update areas and a ranking.");
    }
    QString details() const override
    {
        return tr("The rows are the areas one level below the station's (a township's villages, a county's "
                  "or a city's townships), or below --area. An update is a change recorded in the week by "
                  "any station (docs/cli.md says which). Text and JSON go to stdout unless --out is given; "
                  "CSV (UTF-8 with a byte order mark, for Excel), XLSX and PDF (A4 landscape) need --out, a "
                  "file or a folder to write it in under its own name.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("week"), QStringLiteral("YYYY-Www"),
                 tr("The ISO week, as 2026-W49 (default: this week).")},
                {QStringLiteral("area"), QStringLiteral("CODE"),
                 tr("Report on the parts of this area (inside the station's area).")},
                {QStringLiteral("format"), QStringLiteral("text|json|csv|xlsx|pdf"),
                 tr("What to write (default text, or json with --json).")},
                {QStringLiteral("out"), QStringLiteral("FILE|FOLDER"),
                 tr("The file to write, or a folder to write it in under its own name (for example "
                    "水唇镇-每周调度表-2026-W49.xlsx).")}};
    }

    int run(CliContext& ctx) const override
    {
        const QString format =
            ctx.value(QStringLiteral("format"), ctx.json() ? QStringLiteral("json") : QStringLiteral("text"));
        static const QStringList formats{QStringLiteral("text"), QStringLiteral("json"),
                                         QStringLiteral("csv"), QStringLiteral("xlsx"),
                                         QStringLiteral("pdf")};
        if (!formats.contains(format))
            return ctx.usageError(tr("--format takes text, json, csv, xlsx or pdf, not \"%1\".").arg(format));
        const bool binary = format == QLatin1String("xlsx") || format == QLatin1String("pdf") ||
                            format == QLatin1String("csv");
        if (binary && !ctx.has(QStringLiteral("out")))
            return ctx.usageError(tr("The option --out is required for --format %1.").arg(format));
        const QDate today = Clock::system().today();
        IsoWeek week = IsoWeek::of(today);
        if (ctx.has(QStringLiteral("week"))) {
            Result<IsoWeek> parsed = IsoWeek::parse(ctx.value(QStringLiteral("week")));
            if (!parsed) {
                // A week that does not exist is a usage error: one sentence, exit 2, nothing opened.
                ctx.out().flush();
                ctx.err() << parsed.error() << Qt::endl;
                return 2;
            }
            week = parsed.value();
        }
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.refuse(db.error());
        CaseDatabase& database = *db.value();
        DispatchReport::Options options;
        options.week = week;
        options.area = ctx.value(QStringLiteral("area"));
        options.today = today;
        Result<DispatchReport::Report> computed = DispatchReport::compute(database, options);
        if (!computed)
            return ctx.refuse(computed.error());
        const DispatchReport::Report& report = computed.value();

        if (!ctx.has(QStringLiteral("out"))) {
            if (format == QLatin1String("json")) {
                ctx.printJson(DispatchTable::json(report));
            } else {
                ctx.out() << DispatchTable::title(report) << "\n" << report.areaName << "\n\n";
                ctx.printTable(DispatchTable::textRows(report));
                ctx.out() << '\n' << zeroSentence(report) << '\n' << DispatchTable::note(report) << Qt::endl;
            }
            return 0;
        }

        QString out = ctx.value(QStringLiteral("out"));
        if (QFileInfo(out).isDir())
            out = QDir(out).filePath(defaultName(report, format));
        Status written;
        if (format == QLatin1String("csv")) {
            written = TableExport::writeCsv(DispatchTable::table(report), out);
        } else if (format == QLatin1String("xlsx")) {
            written = TableExport::writeXlsx(DispatchTable::table(report), out);
        } else if (format == QLatin1String("pdf")) {
            Result<PrintDocument> document =
                DispatchReportDocument::build(report, database.station()->name, today);
            if (!document)
                return ctx.refuse(document.error());
            if (Result<int> pages = DocumentRenderer::writePdf({document.value()}, out); !pages)
                written = Status::failure(pages.error());
        } else if (format == QLatin1String("json")) {
            written = TableExport::writeFile(
                out, QJsonDocument(DispatchTable::json(report)).toJson(QJsonDocument::Indented));
        } else {
            written = TableExport::writeFile(out, plainText(report).toUtf8());
        }
        if (!written)
            return ctx.refuse(written.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("file"), out},
                                      {QStringLiteral("format"), format},
                                      {QStringLiteral("week"), report.week.toString()},
                                      {QStringLiteral("area"), report.areaCode},
                                      {QStringLiteral("rows"), int(report.rows.size())},
                                      {QStringLiteral("zeroUpdateAreas"), report.zeroUpdateAreas()}});
        } else {
            ctx.out() << tr("The dispatch report for %1 was written to %2.")
                             .arg(report.week.toString(), QDir::toNativeSeparators(out))
                      << Qt::endl;
        }
        return 0;
    }

private:
    static QString zeroSentence(const DispatchReport::Report& report)
    {
        QStringList zero;
        for (const DispatchReport::Row& r : report.rows) {
            if (r.zeroUpdates())
                zero << r.name;
        }
        if (zero.isEmpty())
            return tr("No area without updates this week.");
        return tr("%n area(s) without any update this week: %1.", nullptr, int(zero.size()))
            .arg(zero.join(QStringLiteral(", ")));
    }

    // The text output as a file: the table with aligned columns.
    static QString plainText(const DispatchReport::Report& report)
    {
        QString text;
        QTextStream stream(&text);
        stream << DispatchTable::title(report) << '\n' << report.areaName << "\n\n";
        const QList<QStringList> rows = DispatchTable::textRows(report);
        for (const QStringList& row : rows)
            stream << row.join(QLatin1Char('\t')) << '\n';
        stream << '\n' << zeroSentence(report) << '\n' << DispatchTable::note(report) << '\n';
        stream.flush();
        return text;
    }

    static QString defaultName(const DispatchReport::Report& report, const QString& format)
    {
        QString name = DocumentText::fileName({DocumentText::placeName(report.areaCode),
                                               QString::fromUtf8("每周调度表"), report.week.toString()},
                                              {});
        name.chop(4); // ".pdf"
        return name + QLatin1Char('.') + (format == QLatin1String("text") ? QStringLiteral("txt") : format);
    }
};

const CliRegistration<DispatchCommand> registerDispatch;

} // namespace
