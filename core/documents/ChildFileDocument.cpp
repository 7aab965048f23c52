#include "ChildFileDocument.h"

#include "DocumentTemplate.h"
#include "DocumentText.h"
#include "domain/AreaCatalog.h"
#include "domain/CareAgreement.h"
#include "domain/CaseReference.h"
#include "domain/Classification.h"
#include "domain/Vocabulary.h"
#include "storage/ChildFile.h"
#include "storage/EntitySchema.h"

#include <QCoreApplication>

namespace {
QString label(const FieldSpec& f)
{
    return QCoreApplication::translate("Field", f.label);
}

// A section of label/value pairs, two pairs a row.
QString section(const QString& title, const QList<std::pair<QString, QString>>& pairs)
{
    QString html =
        QStringLiteral("<h2>") + title.toHtmlEscaped() +
        QStringLiteral("</h2><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                       "style=\"border-collapse: collapse; border-color: #000000;\">");
    for (qsizetype i = 0; i < pairs.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2; ++j) {
            if (j < pairs.size())
                html += QStringLiteral("<td width=\"17%\" class=\"label\">") +
                        pairs.at(j).first.toHtmlEscaped() + QStringLiteral("</td><td width=\"33%\">") +
                        pairs.at(j).second.toHtmlEscaped() + QStringLiteral("</td>");
            else
                html += QStringLiteral("<td></td><td></td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QList<std::pair<QString, QString>> pairs(const EntitySchema& schema, const QVariantMap& values,
                                         const QStringList& skip)
{
    QList<std::pair<QString, QString>> out;
    for (const FieldSpec& f : schema.fields) {
        if (f.type == FieldSpec::Type::Reference || skip.contains(f.name))
            continue;
        out.append({label(f), DocumentText::fieldValue(f, values.value(f.name))});
    }
    return out;
}

QString relationLabel(const QString& relation)
{
    return Vocabulary::label(Vocabulary::Relation, relation);
}
} // namespace

Result<PrintDocument> ChildFileDocument::build(const ChildFile& file,
                                               const std::optional<CareAgreement>& agreement, QDate today)
{
    Result<DocumentTemplate> loaded = DocumentTemplate::load(QStringLiteral("child-file"));
    if (!loaded)
        return Result<PrintDocument>::failure(loaded.error());
    DocumentTemplate& t = loaded.value();
    const QString reference = CaseReference::of(file.id);
    t.set(QStringLiteral("reference"), reference);
    t.set(QStringLiteral("village"), AreaCatalog::instance().fullName(file.areaCode));
    const QString category = file.meta.value(QStringLiteral("category")).toString();
    const std::optional<Category> c = categoryFromCode(category);
    t.set(QStringLiteral("category"), c ? categoryLabel(*c) : category);
    t.set(QStringLiteral("status"),
          Vocabulary::label(Vocabulary::ChildStatus, file.text(QStringLiteral("status"))));
    t.set(QStringLiteral("printed"), DocumentText::date(today));
    // The stored reasons join the verdict's facts with those of the other indicators, which repeat some of
    // them (a parent's death, say): each is printed once.
    QStringList reasonList = file.meta.value(QStringLiteral("category_reasons"))
                                 .toString()
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    reasonList.removeDuplicates();
    QString reasons;
    for (const QString& r : std::as_const(reasonList))
        reasons += QStringLiteral("<li>") + r.toHtmlEscaped() + QStringLiteral("</li>");
    if (!reasons.isEmpty())
        t.setHtml(QStringLiteral("reasons"),
                  QStringLiteral("<ul style=\"margin-top: 0;\">") + reasons + QStringLiteral("</ul>"));

    const QStringList meta{QStringLiteral("filled_by"), QStringLiteral("reviewed_by"),
                           QStringLiteral("reviewed_on")};
    QString sections =
        section(QString::fromUtf8("儿童基本情况"), pairs(EntitySchema::child(), file.child, meta));
    for (const QString& relation : {QStringLiteral("father"), QStringLiteral("mother")})
        sections += section(relationLabel(relation),
                            pairs(EntitySchema::person(), file.persons.value(relation),
                                  {QStringLiteral("relation"), QStringLiteral("relation_to_child"),
                                   QStringLiteral("capable"), QStringLiteral("address")}));
    // Grandparents: one line each.
    QString grand =
        QStringLiteral("<h2>") + QString::fromUtf8("祖父母、外祖父母") +
        QStringLiteral("</h2><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                       "style=\"border-collapse: collapse; border-color: #000000;\"><tr>");
    const EntitySchema& person = EntitySchema::person();
    const QStringList columns{QStringLiteral("name"), QStringLiteral("birth_date"),
                              QStringLiteral("id_number"), QStringLiteral("alive"), QStringLiteral("phone")};
    grand += QStringLiteral("<td class=\"label\">") +
             label(*person.field(QStringLiteral("relation"))).toHtmlEscaped() + QStringLiteral("</td>");
    for (const QString& col : columns)
        grand += QStringLiteral("<td class=\"label\">") + label(*person.field(col)).toHtmlEscaped() +
                 QStringLiteral("</td>");
    grand += QStringLiteral("</tr>");
    for (const char* relation :
         {"paternal_grandfather", "paternal_grandmother", "maternal_grandfather", "maternal_grandmother"}) {
        const QVariantMap p = file.persons.value(QLatin1String(relation));
        grand += QStringLiteral("<tr><td>") + relationLabel(QLatin1String(relation)).toHtmlEscaped() +
                 QStringLiteral("</td>");
        for (const QString& col : columns)
            grand += QStringLiteral("<td>") +
                     DocumentText::fieldValue(*person.field(col), p.value(col)).toHtmlEscaped() +
                     QStringLiteral("</td>");
        grand += QStringLiteral("</tr>");
    }
    sections += grand + QStringLiteral("</table>");
    for (const QString& relation : {QStringLiteral("guardian"), QStringLiteral("caregiver")}) {
        if (file.persons.contains(relation) || relation == QLatin1String("guardian"))
            sections += section(relationLabel(relation),
                                pairs(person, file.persons.value(relation),
                                      {QStringLiteral("relation"), QStringLiteral("status"),
                                       QStringLiteral("work_place_code"), QStringLiteral("work_place"),
                                       QStringLiteral("away_since"), QStringLiteral("alive")}));
    }
    sections +=
        section(QString::fromUtf8("家庭经济情况"), pairs(EntitySchema::household(), file.household, {}));
    if (agreement) {
        const CareAgreement& a = *agreement;
        sections += section(
            QString::fromUtf8("委托照护协议"),
            {{QString::fromUtf8("状态"), CareAgreement::stateLabel(a.state(today))},
             {QString::fromUtf8("受托人"), a.text(QStringLiteral("caregiver_name"))},
             {QString::fromUtf8("期限"),
              DocumentText::date(a.termFrom()) + QString::fromUtf8(" 至 ") + DocumentText::date(a.termTo())},
             {QString::fromUtf8("签订日期"), DocumentText::date(a.signedOn())}});
    } else {
        sections += QStringLiteral("<h2>") + QString::fromUtf8("委托照护协议") + QStringLiteral("</h2><p>") +
                    QString::fromUtf8("尚未签订。") + QStringLiteral("</p>");
    }
    t.setHtml(QStringLiteral("sections"), sections);
    for (const QString& f : meta)
        t.setOrBlank(f, DocumentText::fieldValue(*EntitySchema::child().field(f), file.child.value(f)), 6);
    t.set(QStringLiteral("created_at"), file.meta.value(QStringLiteral("created_at")).toString().left(10));
    t.set(QStringLiteral("updated_at"), file.meta.value(QStringLiteral("updated_at")).toString().left(10));
    PrintDocument d;
    d.title = QString::fromUtf8("儿童信息档案　") + file.text(QStringLiteral("name"));
    d.reference = reference;
    d.html = t.html();
    return d;
}
