#include "WorklistDocument.h"

#include "DocumentTemplate.h"
#include "DocumentText.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/CaseReference.h"
#include "reports/ScheduleQuery.h"

namespace {
QString cell(const QString& text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

// Text that is never broken across lines (a phone number, a case reference).
QString nowrap(const QString& text)
{
    return QStringLiteral("<div style=\"white-space: nowrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</div>");
}

QString monthText(QDate month)
{
    return QString::fromUtf8("%1年%2月").arg(month.year()).arg(month.month());
}

// A date on one line: a date broken after "2024年10" is hard to read.
QString dateCell(const QString& date, const QString& below = {})
{
    return QStringLiteral("<td style=\"white-space: nowrap\">") + date.toHtmlEscaped() +
           (below.isEmpty() ? QString() : QStringLiteral("<br>") + below.toHtmlEscaped()) +
           QStringLiteral("</td>");
}

// "2024年6月10日", with what is due when it is not the monthly visit, and "逾期" when overdue, below it.
QString dueCell(const ScheduleEntry& e)
{
    QString s;
    if (e.kind == ScheduleItem::Kind::FirstVisit)
        s += QString::fromUtf8("首访");
    else if (e.kind == ScheduleItem::Kind::HolidayCheck)
        s += QString::fromUtf8("假期");
    else if (e.kind == ScheduleItem::Kind::Survey)
        s += QString::fromUtf8("摸排");
    if (e.state == ScheduleItem::State::Overdue)
        s += (s.isEmpty() ? QString() : QStringLiteral(" ")) + QString::fromUtf8("逾期");
    return dateCell(DocumentText::date(e.dueDate), s);
}
// The address without the province, city, county and township every child of the village shares, so the
// columns for the pen have room.
QString localAddress(const QString& address, const QString& village)
{
    for (QString area = AreaCode::parentOf(village); !area.isEmpty(); area = AreaCode::parentOf(area)) {
        const QString prefix = AreaCatalog::instance().fullName(area).remove(QLatin1Char(' '));
        if (!prefix.isEmpty() && address.startsWith(prefix) && address.size() > prefix.size())
            return address.mid(prefix.size());
    }
    return address;
}
} // namespace

Result<PrintDocument> WorklistDocument::build(const QString& village, QDate month,
                                              const QList<ScheduleEntry>& entries, QDate today)
{
    Result<DocumentTemplate> loaded = DocumentTemplate::load(QStringLiteral("worklist"));
    if (!loaded)
        return Result<PrintDocument>::failure(loaded.error());
    DocumentTemplate& t = loaded.value();
    const QString name = AreaCatalog::instance().fullName(village);
    t.set(QStringLiteral("month"), monthText(month));
    t.set(QStringLiteral("village"), name);
    t.set(QStringLiteral("count"), QString::number(entries.size()));
    int overdue = 0;
    QString rows;
    int n = 0;
    for (const ScheduleEntry& e : entries) {
        if (e.state == ScheduleItem::State::Overdue)
            ++overdue;
        // The name above the case reference, the caregiver above the phone number; a number or a date is
        // never broken.
        QString contact = e.contactName.toHtmlEscaped();
        if (!e.contactPhone.isEmpty())
            contact += nowrap(e.contactPhone);
        rows +=
            QStringLiteral("<tr>") + cell(QString::number(++n)) + QStringLiteral("<td>") +
            e.name.toHtmlEscaped() + nowrap(CaseReference::of(e.childId)) + QStringLiteral("</td>") +
            cell(localAddress(e.address, village)) + QStringLiteral("<td>") + contact +
            QStringLiteral("</td>") +
            dateCell(e.lastVisit.isValid() ? DocumentText::date(e.lastVisit) : QString::fromUtf8("未访")) +
            dueCell(e) + QStringLiteral("<td></td><td></td></tr>");
    }
    if (entries.isEmpty())
        rows = QStringLiteral("<tr><td colspan=\"8\">") + QString::fromUtf8("本月没有应访或逾期的儿童。") +
               QStringLiteral("</td></tr>");
    t.setHtml(QStringLiteral("rows"), rows);
    t.set(QStringLiteral("overdue"), QString::number(overdue));
    t.setHtml(QStringLiteral("blank"), DocumentTemplate::blank(6));
    t.set(QStringLiteral("printed"), DocumentText::date(today));
    PrintDocument d;
    d.title = QString::fromUtf8("走访任务清单　") + AreaCatalog::instance().name(village) +
              QString::fromUtf8("　") + monthText(month);
    d.html = t.html();
    return d;
}
