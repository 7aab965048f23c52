#include "VisitFormDocument.h"

#include "DocumentTemplate.h"
#include "DocumentText.h"
#include "domain/AreaCatalog.h"
#include "domain/CaseReference.h"
#include "domain/Vocabulary.h"
#include "storage/ChildFile.h"

Result<PrintDocument> VisitFormDocument::build(const ChildFile* child)
{
    Result<DocumentTemplate> loaded = DocumentTemplate::load(QStringLiteral("visit-form"));
    if (!loaded)
        return Result<PrintDocument>::failure(loaded.error());
    DocumentTemplate& t = loaded.value();
    const ChildFile empty;
    const ChildFile& f = child ? *child : empty;
    const auto fill = [&](const char* key, const QString& value, int width = 8) {
        t.setOrBlank(QString::fromLatin1(key), value, width);
    };
    const QString reference = child ? CaseReference::of(f.id) : QString();
    fill("reference", reference, 6);
    fill("child_name", f.text(QStringLiteral("name")));
    fill("child_sex", Vocabulary::label(Vocabulary::Sex, f.text(QStringLiteral("sex"))), 3);
    fill("child_birth_date", DocumentText::date(f.text(QStringLiteral("birth_date"))));
    fill("child_id_number", f.text(QStringLiteral("id_number")), 10);
    fill("village", child ? AreaCatalog::instance().fullName(f.areaCode) : QString(), 20);
    QString address = f.text(QStringLiteral("current_address"));
    if (address.isEmpty())
        address = f.household.value(QStringLiteral("address")).toString();
    fill("address", address, 20);
    fill("schooling", Vocabulary::label(Vocabulary::Schooling, f.text(QStringLiteral("schooling"))));
    fill("school", f.text(QStringLiteral("school_name")));
    const auto person = [&](const QString& relation) {
        QString s = f.personText(relation, QStringLiteral("name"));
        const QString status = f.personText(relation, QStringLiteral("status"));
        if (!s.isEmpty() && !status.isEmpty())
            s += QString::fromUtf8("（") + Vocabulary::label(Vocabulary::ParentStatus, status) +
                 QString::fromUtf8("）");
        return s;
    };
    fill("father", person(QStringLiteral("father")));
    fill("father_phone", f.personText(QStringLiteral("father"), QStringLiteral("phone")));
    fill("mother", person(QStringLiteral("mother")));
    fill("mother_phone", f.personText(QStringLiteral("mother"), QStringLiteral("phone")));
    const QString carer = f.persons.contains(QStringLiteral("caregiver")) ? QStringLiteral("caregiver")
                                                                          : QStringLiteral("guardian");
    QString caregiver = f.personText(carer, QStringLiteral("name"));
    const QString kin = f.personText(carer, QStringLiteral("relation_to_child"));
    if (!caregiver.isEmpty() && !kin.isEmpty())
        caregiver += QString::fromUtf8("（") + kin + QString::fromUtf8("）");
    fill("caregiver", caregiver);
    fill("caregiver_phone", f.personText(carer, QStringLiteral("phone")));
    t.setHtml(QStringLiteral("blank"), DocumentTemplate::blank(7));
    t.setHtml(QStringLiteral("line"), DocumentTemplate::blank(34));
    t.setHtml(QStringLiteral("date_blank"), DocumentTemplate::blank(2) + QString::fromUtf8("年") +
                                                DocumentTemplate::blank(1) + QString::fromUtf8("月") +
                                                DocumentTemplate::blank(1) + QString::fromUtf8("日"));
    PrintDocument d;
    d.title = child ? QString::fromUtf8("走访记录表　") + f.text(QStringLiteral("name"))
                    : QString::fromUtf8("走访记录表");
    d.reference = reference;
    d.html = t.html();
    d.onePage = true;
    return d;
}
