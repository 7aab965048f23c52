#include "DocumentService.h"

#include "AgreementDocument.h"
#include "ChildFileDocument.h"
#include "DocumentText.h"
#include "DropoutReportDocument.h"
#include "VisitFormDocument.h"
#include "WorklistDocument.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "reports/ScheduleQuery.h"
#include "storage/AgreementRepository.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"
#include "storage/ReferralRepository.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DocumentService", text);
}

// `d` named after its kind (the title's first word), the child, when there is one, and `today`.
Result<PrintDocument> named(Result<PrintDocument> d, const QString& child, QDate today)
{
    if (d)
        d->fileName = DocumentText::fileName({d->title.section(QChar(0x3000), 0, 0), child}, today);
    return d;
}
} // namespace

DocumentService::DocumentService(CaseDatabase& db)
    : m_db(db)
{}

Result<DocumentService::Batch> DocumentService::agreement(const QString& childId) const
{
    Result<ChildFile> file = CaseRepository(m_db).load(childId);
    if (!file)
        return Result<Batch>::failure(file.error());
    Result<std::optional<CareAgreement>> current = AgreementRepository(m_db).current(childId);
    if (!current)
        return Result<Batch>::failure(current.error());
    if (!current->has_value())
        return Result<Batch>::failure(
            tr("%1 has no care agreement yet; draw one up first.").arg(file->text(QStringLiteral("name"))));
    const CareAgreement& a = **current;
    if (Status s = a.printable(m_db.clock().today()); !s)
        return Result<Batch>::failure(s.error());
    Result<PrintDocument> doc = named(AgreementDocument::build(a, file.value()),
                                      file->text(QStringLiteral("name")), m_db.clock().today());
    if (!doc)
        return Result<Batch>::failure(doc.error());
    Batch b;
    b.documents << doc.value();
    b.agreementIds << a.id;
    b.fileName = doc->fileName;
    return b;
}

Result<DocumentService::Batch> DocumentService::unsignedAgreements(const QString& areaCode) const
{
    const QString area = AreaCode::normalize(areaCode);
    if (area.isEmpty() || !AreaCatalog::instance().contains(area))
        return Result<Batch>::failure(tr("%1 is not an area code of the official list.").arg(areaCode));
    AgreementRepository::Filter filter;
    filter.areaCode = area;
    filter.unsignedOnly = true;
    Result<QList<AgreementRepository::Row>> rows = AgreementRepository(m_db).list(filter);
    if (!rows)
        return Result<Batch>::failure(rows.error());
    CaseRepository cases(m_db);
    const QDate today = m_db.clock().today();
    Batch b;
    for (const AgreementRepository::Row& row : rows.value()) {
        const CareAgreement& a = row.agreement;
        if (Status s = a.printable(today); !s) {
            b.skipped << row.childName + QStringLiteral(": ") + s.error();
            continue;
        }
        Result<ChildFile> file = cases.load(a.childId());
        if (!file)
            return Result<Batch>::failure(file.error());
        Result<PrintDocument> doc =
            named(AgreementDocument::build(a, file.value()), file->text(QStringLiteral("name")), today);
        if (!doc)
            return Result<Batch>::failure(doc.error());
        b.documents << doc.value();
        b.agreementIds << a.id;
    }
    if (b.documents.isEmpty() && b.skipped.isEmpty())
        return Result<Batch>::failure(
            tr("There are no unsigned agreements in %1.").arg(AreaCatalog::instance().fullName(area)));
    b.fileName =
        DocumentText::fileName({DocumentText::placeName(area), QString::fromUtf8("委托照护协议书")}, today);
    return b;
}

Result<PrintDocument> DocumentService::childFile(const QString& childId) const
{
    Result<ChildFile> file = CaseRepository(m_db).load(childId);
    if (!file)
        return Result<PrintDocument>::failure(file.error());
    Result<std::optional<CareAgreement>> current = AgreementRepository(m_db).current(childId);
    if (!current)
        return Result<PrintDocument>::failure(current.error());
    return named(ChildFileDocument::build(file.value(), current.value(), m_db.clock().today()),
                 file->text(QStringLiteral("name")), m_db.clock().today());
}

Result<PrintDocument> DocumentService::visitForm(const QString& childId) const
{
    if (childId.isEmpty())
        return named(VisitFormDocument::build(nullptr), {}, m_db.clock().today());
    Result<ChildFile> file = CaseRepository(m_db).load(childId);
    if (!file)
        return Result<PrintDocument>::failure(file.error());
    return named(VisitFormDocument::build(&file.value()), file->text(QStringLiteral("name")),
                 m_db.clock().today());
}

Result<PrintDocument> DocumentService::dropoutReport(const QString& referralId) const
{
    Result<DropoutReport> report = ReferralRepository(m_db).dropoutReport(referralId);
    if (!report)
        return Result<PrintDocument>::failure(report.error());
    Result<PrintDocument> d = DropoutReportDocument::build(report.value());
    if (d)
        d->fileName = DocumentText::fileName(
            {d->title.section(QChar(0x3000), 0, 0), d->title.section(QChar(0x3000), 1)},
            m_db.clock().today());
    return d;
}

Result<PrintDocument> DocumentService::worklist(const QString& village, QDate month) const
{
    const QString code = AreaCode::normalize(village);
    if (code.isEmpty() || !AreaCatalog::instance().contains(code) ||
        AreaCode::levelOf(code) != AreaLevel::Village)
        return Result<PrintDocument>::failure(
            tr("%1 is not a village code of the official list.").arg(village));
    const QDate today = m_db.clock().today();
    const QDate first =
        month.isValid() ? QDate(month.year(), month.month(), 1) : QDate(today.year(), today.month(), 1);
    Result<QList<ScheduleEntry>> entries = ScheduleQuery(m_db).worklist(code, first);
    if (!entries)
        return Result<PrintDocument>::failure(entries.error());
    Result<PrintDocument> d = WorklistDocument::build(code, first, entries.value(), today);
    if (d)
        d->fileName =
            DocumentText::fileName({DocumentText::placeName(code), QString::fromUtf8("走访任务清单")}, today);
    return d;
}

Status DocumentService::printed(const QStringList& agreementIds)
{
    return AgreementRepository(m_db).markPrinted(agreementIds);
}
