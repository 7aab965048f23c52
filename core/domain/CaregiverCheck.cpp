#include "CaregiverCheck.h"

#include "IdNumber.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CaregiverCheck", text);
}
} // namespace

QStringList CaregiverCheck::problems(QDate onDate) const
{
    QStringList out;
    if (idNumber.trimmed().isEmpty()) {
        if (!birthDate.isValid() || birthDocument.trimmed().isEmpty())
            out << tr("The caregiver's ID number is missing, and no birth date from another document "
                      "(household register, passport, …) is recorded, so the age cannot be checked.");
        else if (birthDate.addYears(18) > onDate)
            out << tr("The caregiver is under 18 (born %1, according to the %2): a caregiver must be an "
                      "adult.")
                       .arg(birthDate.toString(Qt::ISODate), birthDocument.trimmed());
    } else {
        const IdNumber id = IdNumber::parse(idNumber, onDate);
        if (!id.isValid())
            out << tr("The caregiver's ID number is not valid: %1").arg(id.reason());
        else if (id.birthDate().addYears(18) > onDate)
            out << tr("The caregiver is under 18 (born %1): a caregiver must be an adult.")
                       .arg(id.birthDate().toString(Qt::ISODate));
    }
    if (!capable.has_value())
        out << tr("Whether the caregiver is able to give care has not been answered.");
    else if (!*capable)
        out << tr("The caregiver is not able to give care.");
    const struct
    {
        const std::optional<bool>& answer;
        const char* unanswered;
        const char* excluded;
    } exclusions[] = {
        {abuse,
         QT_TRANSLATE_NOOP("CaregiverCheck", "Whether the caregiver has a record of abuse or violence has "
                                             "not been answered."),
         QT_TRANSLATE_NOOP("CaregiverCheck", "The caregiver has a record of abuse or violence.")},
        {habits,
         QT_TRANSLATE_NOOP(
             "CaregiverCheck",
             "Whether the caregiver has drug, alcohol or gambling habits has not been answered."),
         QT_TRANSLATE_NOOP("CaregiverCheck", "The caregiver has drug, alcohol or gambling habits.")},
        {neglect,
         QT_TRANSLATE_NOOP("CaregiverCheck",
                           "Whether the caregiver has long neglected a duty of care has not been answered."),
         QT_TRANSLATE_NOOP("CaregiverCheck", "The caregiver has long neglected a duty of care.")},
        {infringement,
         QT_TRANSLATE_NOOP("CaregiverCheck", "Whether the caregiver has committed sexual assault or another "
                                             "infringement has not been answered."),
         QT_TRANSLATE_NOOP("CaregiverCheck",
                           "The caregiver has committed sexual assault or another infringement.")},
        {abandonment,
         QT_TRANSLATE_NOOP(
             "CaregiverCheck",
             "Whether the caregiver has abandoned or trafficked a person has not been answered."),
         QT_TRANSLATE_NOOP("CaregiverCheck", "The caregiver has abandoned or trafficked a person.")},
        {unsuitable,
         QT_TRANSLATE_NOOP("CaregiverCheck",
                           "Whether the caregiver is otherwise unsuitable has not been answered."),
         QT_TRANSLATE_NOOP("CaregiverCheck", "The caregiver is otherwise unsuitable to be entrusted.")},
    };
    for (const auto& e : exclusions) {
        if (!e.answer.has_value())
            out << tr(e.unanswered);
        else if (*e.answer)
            out << tr(e.excluded);
    }
    return out;
}
