#include "AgreementDocument.h"

#include "DocumentTemplate.h"
#include "DocumentText.h"
#include "domain/AreaCatalog.h"
#include "domain/CareAgreement.h"
#include "domain/CaseReference.h"
#include "domain/Vocabulary.h"
#include "storage/ChildFile.h"

Result<PrintDocument> AgreementDocument::build(const CareAgreement& agreement, const ChildFile& child)
{
    Result<DocumentTemplate> loaded = DocumentTemplate::load(QStringLiteral("agreement"));
    if (!loaded)
        return Result<PrintDocument>::failure(loaded.error());
    DocumentTemplate& t = loaded.value();
    const QString reference = CaseReference::of(child.id);
    t.set(QStringLiteral("reference"), reference);
    for (const char* field :
         {"father_name", "father_id_number", "father_phone", "father_work_place", "mother_name",
          "mother_id_number", "mother_phone", "mother_work_place", "caregiver_name", "caregiver_id_number",
          "caregiver_relation", "caregiver_phone", "caregiver_address"}) {
        const QString key = QString::fromLatin1(field);
        t.setOrBlank(key, agreement.text(key), key.endsWith(QLatin1String("address")) ? 20 : 8);
    }
    t.set(QStringLiteral("child_name"), child.text(QStringLiteral("name")));
    t.set(QStringLiteral("child_sex"), Vocabulary::label(Vocabulary::Sex, child.text(QStringLiteral("sex"))));
    t.setOrBlank(QStringLiteral("child_id_number"), child.text(QStringLiteral("id_number")));
    t.setOrBlank(QStringLiteral("child_birth_date"),
                 DocumentText::date(child.text(QStringLiteral("birth_date"))));
    t.setOrBlank(QStringLiteral("child_school"), child.text(QStringLiteral("school_name")));
    QString hukou = child.text(QStringLiteral("hukou_address"));
    if (hukou.isEmpty())
        hukou = AreaCatalog::instance().fullName(child.areaCode).remove(QLatin1Char(' '));
    t.setOrBlank(QStringLiteral("child_hukou_address"), hukou, 20);
    t.setOrBlank(QStringLiteral("term_from"), DocumentText::date(agreement.termFrom()));
    t.setOrBlank(QStringLiteral("term_to"), DocumentText::date(agreement.termTo()));
    const QString costs = agreement.text(QStringLiteral("costs"));
    t.set(QStringLiteral("costs"), costs.isEmpty() ? QString::fromUtf8("由双方另行约定") : costs);
    t.set(QStringLiteral("village_committee"), AreaCatalog::instance().name(child.areaCode));
    t.setHtml(QStringLiteral("blank"), DocumentTemplate::blank(8));
    t.setHtml(QStringLiteral("date_blank"), DocumentTemplate::blank(2) + QString::fromUtf8("年") +
                                                DocumentTemplate::blank(1) + QString::fromUtf8("月") +
                                                DocumentTemplate::blank(1) + QString::fromUtf8("日"));
    t.setOrBlank(QStringLiteral("witness"), agreement.text(QStringLiteral("witness")), 5);
    PrintDocument d;
    d.title = QString::fromUtf8("委托照护协议书　") + child.text(QStringLiteral("name"));
    d.reference = reference;
    d.html = t.html();
    d.onePage = true;
    return d;
}
