#pragma once

#include "RecordWriter.h"
#include "Result.h"
#include "domain/CareAgreement.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class CaseDatabase;
class ChildFile;

// Care agreements: drawn up from the child's file, stored and moved through their lifecycle (see
// CareAgreement) through RecordWriter, one transaction per call.
class AgreementRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AgreementRepository)

public:
    explicit AgreementRepository(CaseDatabase& db);

    // A new agreement (not stored) drawn from the child's file: the parents as entrusting parties and the
    // file's caregiver (else its entrusted guardian) as caregiver, with the term given. The Art. 22
    // questions are left unanswered: the caregiver check asks them.
    Result<CareAgreement> propose(const QString& childId, QDate from, QDate to) const;
    // Stores a draft. When the child has a current agreement with the same caregiver that is not due for
    // renewal, it is refused; otherwise the current agreement is marked replaced and the new one names it
    // (a change of caregiver or a renewal makes a new agreement). Returns the new id.
    Result<QString> create(const CareAgreement& draft);
    // Changes fields of a draft or printed agreement; a signed one is changed only by a new agreement.
    Status update(const QString& id, const QVariantMap& changes);

    Result<CareAgreement> load(const QString& id) const;
    // The child's agreements, newest first.
    Result<QList<CareAgreement>> forChild(const QString& childId) const;
    // The newest agreement that has not been replaced; nullopt when there is none.
    Result<std::optional<CareAgreement>> current(const QString& childId) const;

    // An agreement drawn up at another station while this child had one on paper waits for review
    // (needs_review, set by RuleReconciler): `keep` makes it the current one (the one on paper is marked
    // replaced), otherwise it is marked replaced itself.
    Status review(const QString& id, bool keep);

    // After printing: drafts become printed (with today's date); other states are left as they are.
    Status markPrinted(const QStringList& ids);
    // The signed paper came back: signed on the date, before the village committee's witness.
    Status sign(const QString& id, QDate signedOn, const QString& witness);
    // The parents informed the school and the village committee in writing on the date.
    Status recordNotice(const QString& id, QDate date);

    // Whether the child's file now names another caregiver than the agreement.
    static bool caregiverChanged(const CareAgreement& agreement, const ChildFile& file);
    // The file's caregiver: relation "caregiver" if present, else "guardian"; empty when neither.
    static QString caregiverRelation(const ChildFile& file);

    struct Filter
    {
        QString areaCode;          // any area level; empty for the whole station
        QString state;             // a CareAgreement state code; empty for all
        QString childId;           // one child only
        bool unsignedOnly = false; // drafts and printed ones
        bool renewalDue = false;
        bool includeReplaced = false;
    };
    struct Row
    {
        CareAgreement agreement;
        QString childName;
    };
    // Agreements matching the filter, by village and child name.
    Result<QList<Row>> list(const Filter& filter) const;

private:
    Result<QList<CareAgreement>> select(const QString& where, const QVariantList& binds) const;
    Status move(const QString& id, CareAgreement::State to, const QVariantMap& changes);

    CaseDatabase& m_db;
    mutable RecordWriter m_writer;
};
