#include "CareAgreement.h"
#include "Localization.h"

#include "Vocabulary.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CareAgreement", text);
}

std::optional<bool> answer(const QVariant& v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    return v.toInt() != 0;
}
} // namespace

QDate CareAgreement::termFrom() const
{
    return QDate::fromString(text(QStringLiteral("term_from")), Qt::ISODate);
}

QDate CareAgreement::termTo() const
{
    return QDate::fromString(text(QStringLiteral("term_to")), Qt::ISODate);
}

QDate CareAgreement::signedOn() const
{
    return QDate::fromString(text(QStringLiteral("signed_on")), Qt::ISODate);
}

CareAgreement::State CareAgreement::state(QDate today) const
{
    const State stored = stateFromCode(text(QStringLiteral("status")));
    if (stored == State::Signed && termTo().isValid() && termTo() < today)
        return State::Expired;
    return stored;
}

bool CareAgreement::renewalDue(QDate today) const
{
    const State s = state(today);
    return (s == State::Signed || s == State::Expired) && termTo().isValid() &&
           today >= termTo().addDays(-RenewalDays);
}

bool CareAgreement::isValid(QDate today) const
{
    return state(today) == State::Signed && termFrom().isValid() && termFrom() <= today && today <= termTo();
}

CaregiverCheck CareAgreement::caregiverCheck() const
{
    CaregiverCheck c;
    c.idNumber = text(QStringLiteral("caregiver_id_number"));
    c.capable = answer(fields.value(QStringLiteral("caregiver_capable")));
    c.abuse = answer(fields.value(QStringLiteral("caregiver_abuse")));
    c.habits = answer(fields.value(QStringLiteral("caregiver_habits")));
    c.neglect = answer(fields.value(QStringLiteral("caregiver_neglect")));
    c.infringement = answer(fields.value(QStringLiteral("caregiver_infringement")));
    c.abandonment = answer(fields.value(QStringLiteral("caregiver_abandonment")));
    c.unsuitable = answer(fields.value(QStringLiteral("caregiver_unsuitable")));
    c.birthDate = QDate::fromString(text(QStringLiteral("caregiver_birth_date")), Qt::ISODate);
    c.birthDocument = text(QStringLiteral("caregiver_birth_document"));
    return c;
}

Status CareAgreement::printable(QDate today) const
{
    if (state(today) == State::Replaced)
        return Status::failure(tr("This agreement has been replaced by a newer one; print the current one."));
    if (!termFrom().isValid() || !termTo().isValid())
        return Status::failure(tr("The agreement has no term: enter the first and the last day."));
    const QStringList problems = caregiverCheck().problems(today);
    if (!problems.isEmpty())
        return Status::failure(tr("The caregiver check failed, so the agreement cannot be printed: %1")
                                   .arg(Localization::joinSentences(problems)));
    return {};
}

bool CareAgreement::canMove(State from, State to)
{
    switch (from) {
    case State::Draft:
        return to == State::Printed || to == State::Replaced;
    case State::Printed:
        return to == State::Printed || to == State::Signed || to == State::Replaced;
    case State::Signed:
    case State::Expired:
        return to == State::Replaced;
    case State::Replaced:
        return false;
    }
    return false;
}

bool CareAgreement::sameCaregiver(const QString& name, const QString& idNumber) const
{
    const QString ownId = text(QStringLiteral("caregiver_id_number"));
    if (!ownId.isEmpty() && !idNumber.isEmpty())
        return ownId.compare(idNumber, Qt::CaseInsensitive) == 0;
    return text(QStringLiteral("caregiver_name")) == name.trimmed();
}

QString CareAgreement::stateCode(State s)
{
    switch (s) {
    case State::Draft:
        return QStringLiteral("draft");
    case State::Printed:
        return QStringLiteral("printed");
    case State::Signed:
        return QStringLiteral("signed");
    case State::Expired:
        return QStringLiteral("expired");
    case State::Replaced:
        return QStringLiteral("replaced");
    }
    return {};
}

CareAgreement::State CareAgreement::stateFromCode(const QString& code)
{
    for (State s : {State::Draft, State::Printed, State::Signed, State::Expired, State::Replaced}) {
        if (stateCode(s) == code)
            return s;
    }
    return State::Draft;
}

QString CareAgreement::stateLabel(State s)
{
    return Vocabulary::label(Vocabulary::AgreementStatus, stateCode(s));
}
