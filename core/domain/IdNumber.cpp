#include "IdNumber.h"

#include "AreaCatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Province parts of address codes: the 31 provinces of the area list, plus 71 Taiwan, 81 Hong Kong, 82 Macao
// and 83 (Taiwan residents), which appear on residence permits.
bool isProvinceCode(int code)
{
    static constexpr std::array<int, 35> Provinces = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                                      35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                                      53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    return std::find(Provinces.begin(), Provinces.end(), code) != Provinces.end();
}

} // namespace

QChar IdNumber::checkCharacter(QStringView first17)
{
    static constexpr std::array<int, 17> Weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char Checks[] = "10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isDigit(first17[i]))
            return {};
        sum += (first17[i].unicode() - '0') * Weights[i];
    }
    return QLatin1Char(Checks[sum % 11]);
}

IdNumber IdNumber::parse(QStringView text, QDate today)
{
    IdNumber id;
    const QString number = text.trimmed().toString().toUpper();
    const qsizetype length = number.size();
    if (length == 0) {
        id.m_reason = QCoreApplication::translate("IdNumber", "No ID number was entered.");
        return id;
    }
    if (length != 18 && length != 15) {
        id.m_reason = QCoreApplication::translate(
            "IdNumber", "An ID number has 18 characters (or 15 digits for an old number).");
        return id;
    }
    for (qsizetype i = 0; i < length; ++i) {
        if (!isDigit(number[i]) && !(i == 17 && number[i] == QLatin1Char('X'))) {
            id.m_reason = QCoreApplication::translate(
                "IdNumber", "An ID number consists of digits only, except for an X as its last character.");
            return id;
        }
    }
    id.m_legacy = length == 15;
    const QString full17 =
        id.m_legacy ? number.left(6) + QLatin1String("19") + number.mid(6) : number.left(17);

    const QDate birth(full17.mid(6, 4).toInt(), full17.mid(10, 2).toInt(), full17.mid(12, 2).toInt());
    if (!isProvinceCode(full17.left(2).toInt()))
        id.m_reason = QCoreApplication::translate(
            "IdNumber", "The ID number does not start with the code of a province.");
    else if (!birth.isValid())
        id.m_reason =
            QCoreApplication::translate("IdNumber", "The birth date in the ID number is not a real date.");
    else if (birth > today)
        id.m_reason =
            QCoreApplication::translate("IdNumber", "The birth date in the ID number lies in the future.");
    else if (!id.m_legacy && checkCharacter(full17) != number[17])
        id.m_reason = QCoreApplication::translate(
            "IdNumber",
            "The check character does not match: there is a typing mistake somewhere in the number.");
    if (!id.m_reason.isEmpty())
        return id;

    id.m_normalized = full17 + checkCharacter(full17);
    id.m_birthDate = birth;
    id.m_sex = (full17[16].unicode() - '0') % 2 == 1 ? Sex::Male : Sex::Female;
    return id;
}

bool IdNumber::addressCodeKnown() const
{
    return isValid() && AreaCatalog::instance().contains(addressCode());
}

QString IdNumber::countyName() const
{
    return isValid() ? AreaCatalog::instance().fullName(addressCode()) : QString();
}
