#include "DispatchReportDocument.h"

#include "DocumentTemplate.h"
#include "DocumentText.h"
#include "domain/AreaCatalog.h"

namespace {
QString number(int n)
{
    return QString::number(n);
}

QString percent(double p)
{
    return QString::number(p, 'f', 1) + QLatin1Char('%');
}

// What the rows are, in the table's head and in the summary.
QString levelWord(AreaLevel level)
{
    switch (level) {
    case AreaLevel::Village:
        return QString::fromUtf8("村（社区）");
    case AreaLevel::Township:
        return QString::fromUtf8("乡镇（街道）");
    case AreaLevel::County:
        return QString::fromUtf8("县（市、区）");
    default:
        return QString::fromUtf8("地区");
    }
}

// A village by the name it goes by (南跃村); other areas as the report names them (宁都县 长胜镇).
QString shownName(const DispatchReport::Row& r)
{
    const QString name =
        AreaCode::levelOf(r.areaCode) == AreaLevel::Village ? DocumentText::placeName(r.areaCode) : r.name;
    return name.isEmpty() ? r.areaCode : name;
}

QString row(const DispatchReport::Row& r, bool total)
{
    const bool zero = !total && r.zeroUpdates();
    const QString open =
        zero ? QStringLiteral("<td class=\"zero\" bgcolor=\"#ffd7d7\"") : QStringLiteral("<td");
    const auto cell = [&](const QString& text, bool centered = true) -> QString {
        return open + (centered ? QStringLiteral(" align=\"center\">") : QStringLiteral(">")) +
               text.toHtmlEscaped() + QStringLiteral("</td>");
    };
    const QString name = total ? QString::fromUtf8("合计") : shownName(r);
    QString html = total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
    html += cell(total ? QString() : number(r.rank)) + cell(name, false) + cell(number(r.children)) +
            cell(number(r.updated)) + cell(number(r.created)) + cell(percent(r.updatePercent())) +
            cell(number(r.missingRecords)) + cell(number(r.wrongRecords)) + cell(number(r.surveyed)) +
            cell(number(r.toSurvey())) + cell(percent(r.surveyPercent())) + cell(number(r.leftBehind)) +
            cell(number(r.covered)) + cell(percent(r.coveragePercent()));
    html += zero ? open + QStringLiteral(" align=\"center\"><b>") + QString::fromUtf8("零更新") +
                       QStringLiteral("</b></td>")
                 : cell(QString());
    return html + QStringLiteral("</tr>");
}

QString shortDate(QDate d, QDate other)
{
    if (d.year() == other.year())
        return QString::fromUtf8("%1月%2日").arg(d.month()).arg(d.day());
    return DocumentText::date(d);
}
} // namespace

QString DispatchReportDocument::weekText(const IsoWeek& week)
{
    return QString::fromUtf8("%1年第%2周（%3至%4）")
        .arg(week.year())
        .arg(week.week())
        .arg(DocumentText::date(week.monday()), shortDate(week.sunday(), week.monday()));
}

Result<PrintDocument> DispatchReportDocument::build(const DispatchReport::Report& report,
                                                    const QString& stationName, QDate today)
{
    Result<DocumentTemplate> loaded = DocumentTemplate::load(QStringLiteral("dispatch-report"));
    if (!loaded)
        return Result<PrintDocument>::failure(loaded.error());
    DocumentTemplate& t = loaded.value();
    const QString place = DocumentText::placeName(report.areaCode);
    t.set(QStringLiteral("place"), place);
    t.set(QStringLiteral("week"), weekText(report.week));
    t.set(QStringLiteral("area"), report.areaName);
    t.set(QStringLiteral("level"), levelWord(report.rowLevel));
    t.set(QStringLiteral("dates"), DocumentText::date(report.week.monday()) + QString::fromUtf8("至") +
                                       shortDate(report.week.sunday(), report.week.monday()));
    t.set(QStringLiteral("on_date"), DocumentText::date(report.onDate));

    const DispatchReport::Row& total = report.total;
    QStringList zero;
    for (const DispatchReport::Row& r : report.rows) {
        if (r.zeroUpdates())
            zero << shownName(r);
    }
    QString summary =
        QString::fromUtf8("共%1个%2，在册儿童%3人，本周更新%4人（其中新建%5人），更新率%6；"
                          "信息缺失%7份，信息错误%8份；排查进度%9；协议覆盖率%10。")
            .arg(number(int(report.rows.size())), levelWord(report.rowLevel), number(total.children),
                 number(total.updated), number(total.created), percent(total.updatePercent()),
                 number(total.missingRecords), number(total.wrongRecords), percent(total.surveyPercent()))
            .arg(percent(total.coveragePercent()));
    summary += QString::fromUtf8("本周开展关爱服务活动%1场，参与儿童%2人。")
                   .arg(number(total.activities), number(total.activityChildren));
    if (zero.isEmpty())
        summary += QString::fromUtf8("本周没有零更新的%1。").arg(levelWord(report.rowLevel));
    else
        summary += QString::fromUtf8("本周零更新%1个：%2。")
                       .arg(zero.size())
                       .arg(zero.join(QString::fromUtf8("、")));
    t.set(QStringLiteral("summary"), summary);

    QString rows;
    for (const DispatchReport::Row& r : report.rows)
        rows += row(r, false);
    if (report.rows.isEmpty())
        rows = QStringLiteral("<tr><td colspan=\"15\">") +
               QString::fromUtf8("这一地区在区划代码表中没有下级地区。") + QStringLiteral("</td></tr>");
    rows += row(total, true);
    t.setHtml(QStringLiteral("rows"), rows);
    t.set(QStringLiteral("station"), stationName);
    t.set(QStringLiteral("printed"), DocumentText::date(today));

    PrintDocument d;
    d.title = QString::fromUtf8("每周调度表　") + place + QString::fromUtf8("　") + report.week.toString();
    d.html = t.html();
    d.landscape = true;
    d.fileName = DocumentText::fileName({place, QString::fromUtf8("每周调度表"), report.week.toString()}, {});
    return d;
}
