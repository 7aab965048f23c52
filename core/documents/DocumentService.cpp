#include "DocumentService.h"

#include "AgreementDocument.h"
#include "ChildFileDocument.h"
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
    Result<PrintDocument> doc = AgreementDocument::build(a, file.value());
    if (!doc)
        return Result<Batch>::failure(doc.error());
    Batch b;
    b.documents << doc.value();
    b.agreementIds << a.id;
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
        Result<PrintDocument> doc = AgreementDocument::build(a, file.value());
        if (!doc)
            return Result<Batch>::failure(doc.error());
        b.documents << doc.value();
        b.agreementIds << a.id;
    }
    if (b.documents.isEmpty() && b.skipped.isEmpty())
        return Result<Batch>::failure(
            tr("There are no unsigned agreements in %1.").arg(AreaCatalog::instance().fullName(area)));
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
    return ChildFileDocument::build(file.value(), current.value(), m_db.clock().today());
}

Result<PrintDocument> DocumentService::visitForm(const QString& childId) const
{
    if (childId.isEmpty())
        return VisitFormDocument::build(nullptr);
    Result<ChildFile> file = CaseRepository(m_db).load(childId);
    if (!file)
        return Result<PrintDocument>::failure(file.error());
    return VisitFormDocument::build(&file.value());
}

Result<PrintDocument> DocumentService::dropoutReport(const QString& referralId) const
{
    Result<DropoutReport> report = ReferralRepository(m_db).dropoutReport(referralId);
    if (!report)
        return Result<PrintDocument>::failure(report.error());
    return DropoutReportDocument::build(report.value());
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
    return WorklistDocument::build(code, first, entries.value(), today);
}

Status DocumentService::printed(const QStringList& agreementIds)
{
    return AgreementRepository(m_db).markPrinted(agreementIds);
}
