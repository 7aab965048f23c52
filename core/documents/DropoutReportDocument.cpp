#include "DropoutReportDocument.h"

#include "DocumentTemplate.h"
#include "DocumentText.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/CaseReference.h"
#include "domain/Vocabulary.h"
#include "storage/Referral.h"

namespace {
QString cell(const QString& text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

// The education department of the child's county: "陆河县教育局", or a blank county for an unknown code.
QString addressee(const QString& areaCode)
{
    const QString county = AreaCode::countyUnitOf(areaCode); // 东莞市教育局 for a city without counties
    const QString name = county.isEmpty()
                             ? QString()
                             : AreaCatalog::instance().name(QString(county + QStringLiteral("000000")));
    if (name.isEmpty())
        return DocumentTemplate::blank(5) + QString::fromUtf8("县（区）教育局");
    return name.toHtmlEscaped() + QString::fromUtf8("教育局");
}
} // namespace

Result<PrintDocument> DropoutReportDocument::build(const DropoutReport& report)
{
    Result<DocumentTemplate> loaded = DocumentTemplate::load(QStringLiteral("dropout-report"));
    if (!loaded)
        return Result<PrintDocument>::failure(loaded.error());
    DocumentTemplate& t = loaded.value();
    const ChildFile& f = report.child;
    const Referral& r = report.referral;
    const auto fill = [&](const char* key, const QString& value, int width = 8) {
        t.setOrBlank(QString::fromLatin1(key), value, width);
    };
    const QString reference = CaseReference::of(f.id);
    t.set(QStringLiteral("reference"), reference);
    t.set(QStringLiteral("date"), DocumentText::date(report.date));
    t.setHtml(QStringLiteral("addressee"), addressee(f.areaCode));
    const QString village = AreaCatalog::instance().name(f.areaCode);
    fill("village", village.isEmpty() ? report.stationName : village, 10);
    fill("child_name", f.text(QStringLiteral("name")));
    fill("child_sex", Vocabulary::label(Vocabulary::Sex, f.text(QStringLiteral("sex"))), 3);
    fill("child_birth_date", DocumentText::date(f.text(QStringLiteral("birth_date"))));
    fill("child_id_number", f.text(QStringLiteral("id_number")), 10);
    fill("hukou_address", f.text(QStringLiteral("hukou_address")), 20);
    QString address = f.text(QStringLiteral("current_address"));
    if (address.isEmpty())
        address = f.household.value(QStringLiteral("address")).toString();
    fill("address", address, 20);
    fill("school", f.text(QStringLiteral("school_name")), 10);
    // The register keeps the kind of schooling, not the grade: the grade is written in by hand.
    t.setHtml(QStringLiteral("schooling"),
              Vocabulary::label(Vocabulary::Schooling, f.text(QStringLiteral("schooling"))).toHtmlEscaped() +
                  QString::fromUtf8("，") + DocumentTemplate::blank(2) + QString::fromUtf8("年级"));

    fill("found_on", DocumentText::date(r.openedOn()));
    // When the child stopped going to school is not in the register: the first absence is written in.
    t.setHtml(QStringLiteral("since"), DocumentTemplate::blank(2) + QString::fromUtf8("年") +
                                           DocumentTemplate::blank(1) + QString::fromUtf8("月") +
                                           DocumentTemplate::blank(1) + QString::fromUtf8("日起"));
    fill("visitor", report.visit.text(QStringLiteral("visitor")));
    fill("due_date", DocumentText::date(r.dueDate()));
    QString situation = report.visit.text(QStringLiteral("notes"));
    if (situation.isEmpty())
        situation = r.text(QStringLiteral("outcome"));
    fill("situation", situation, 30);

    QString family;
    for (const char* rel : {"father", "mother", "guardian", "caregiver"}) {
        const QString relation = QLatin1String(rel);
        if (!f.persons.contains(relation))
            continue;
        const QString name = f.personText(relation, QStringLiteral("name"));
        if (name.isEmpty())
            continue;
        const bool parent = relation == QLatin1String("father") || relation == QLatin1String("mother");
        const QString state = parent ? Vocabulary::label(Vocabulary::ParentStatus,
                                                         f.personText(relation, QStringLiteral("status")))
                                     : f.personText(relation, QStringLiteral("relation_to_child"));
        QString place = f.personText(relation, QStringLiteral("work_place"));
        if (place.isEmpty())
            place = f.personText(relation, QStringLiteral("address"));
        family += QStringLiteral("<tr>") + cell(Vocabulary::label(Vocabulary::Relation, relation)) +
                  cell(name) + cell(state) + cell(place) +
                  cell(f.personText(relation, QStringLiteral("phone"))) + QStringLiteral("</tr>");
    }
    if (family.isEmpty())
        family = QStringLiteral("<tr><td colspan=\"5\">") + DocumentTemplate::blank(30) +
                 QStringLiteral("</td></tr>");
    t.setHtml(QStringLiteral("family"), family);

    QString steps;
    for (const ReferralStep& s : r.steps)
        steps += QStringLiteral("<tr>") + cell(DocumentText::date(s.date)) +
                 cell(Vocabulary::label(Vocabulary::ReferralAction, s.action)) + cell(s.doneBy) +
                 cell(s.note) + QStringLiteral("</tr>");
    t.setHtml(QStringLiteral("steps"), steps);
    fill("guardian_notified_on", DocumentText::date(r.text(QStringLiteral("guardian_notified_on"))));
    fill("reporter", report.reporter, 5);
    t.setHtml(QStringLiteral("phone_blank"), DocumentTemplate::blank(8));
    t.setHtml(QStringLiteral("blank"), DocumentTemplate::blank(6));
    t.setHtml(QStringLiteral("date_blank"), DocumentTemplate::blank(2) + QString::fromUtf8("年") +
                                                DocumentTemplate::blank(1) + QString::fromUtf8("月") +
                                                DocumentTemplate::blank(1) + QString::fromUtf8("日"));
    PrintDocument d;
    d.title = QString::fromUtf8("失学辍学情况报告　") + f.text(QStringLiteral("name"));
    d.reference = reference;
    d.html = t.html();
    return d;
}
