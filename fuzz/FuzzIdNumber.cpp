// libFuzzer target for reading citizen ID numbers and dates as they are typed or pasted: IdNumber::parse,
// FieldValidator::parseDate, every field of a child's and a person's file as FieldValidator reads it (ID
// numbers, birth dates, area and work place codes, phones, codes) and the caregiver check, which reads the
// age from the ID number. The input is read as UTF-8 text, whole and line by line (a pasted list).
//
// Besides "no crash, no sanitizer report", rules that must hold for any text; a broken rule aborts:
// - a valid number has 18 characters, its check character, a real birth date not after today that is the
//   one written in it, the sex of its sequence; read again it gives the same; a day before the birth date it
//   is refused (future birth date);
// - a number that is refused says why, and gives no normalized form, birth date or sex;
// - a date that is read is the same date when its ISO form is read again;
// - a field value accepted by FieldValidator is accepted again, unchanged, when read back (what is stored
//   is itself valid).
#include "domain/CaregiverCheck.h"
#include "domain/IdNumber.h"
#include "storage/EntitySchema.h"
#include "storage/FieldValidator.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const QDate kToday(2026, 11, 28);

void require(bool rule, const char* what, const QString& text)
{
    if (rule)
        return;
    std::fprintf(stderr, "rule broken: %s, for \"%s\"\n", what, text.toUtf8().constData());
    std::abort();
}

bool digits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

void checkIdNumber(const QString& text)
{
    const IdNumber id = IdNumber::parse(text, kToday);
    (void)id.addressCodeKnown();
    (void)id.countyName();
    if (!id.isValid()) {
        require(!id.reason().isEmpty(), "a refused number says why", text);
        require(id.normalized().isEmpty() && !id.birthDate().isValid() && id.sex() == Sex::Unknown,
                "a refused number gives nothing", text);
        return;
    }
    const QString& n = id.normalized();
    require(id.reason().isEmpty(), "a valid number has no reason", text);
    require(n.size() == 18 && digits(QStringView(n).first(17)), "18 characters, 17 digits", text);
    require(IdNumber::checkCharacter(QStringView(n).first(17)) == n.at(17), "the check character", text);
    require(id.isLegacy() == (text.trimmed().size() == 15), "15 digits are an old number", text);
    const QDate written(n.mid(6, 4).toInt(), n.mid(10, 2).toInt(), n.mid(12, 2).toInt());
    require(id.birthDate().isValid() && id.birthDate() == written, "the birth date written in it", text);
    require(id.birthDate() <= kToday, "not born after today", text);
    require(id.sex() == ((n.at(16).unicode() - '0') % 2 == 1 ? Sex::Male : Sex::Female), "the sex", text);
    require(id.addressCode().size() == 6, "a 6-digit address code", text);

    const IdNumber again = IdNumber::parse(n, kToday);
    require(again.isValid() && again.normalized() == n && again.birthDate() == id.birthDate() &&
                again.sex() == id.sex() && !again.isLegacy(),
            "the normalized number reads as itself", text);
    require(IdNumber::parse(n, id.birthDate()).isValid(), "valid on the birth date", text);
    require(!IdNumber::parse(n, id.birthDate().addDays(-1)).isValid(), "refused before the birth date", text);
}

void checkDate(const QString& text)
{
    const QDate d = FieldValidator::parseDate(text);
    if (d.isValid())
        require(FieldValidator::parseDate(d.toString(Qt::ISODate)) == d, "the ISO form reads back", text);
}

void checkFields(const QString& text)
{
    for (const EntitySchema* schema : {&EntitySchema::child(), &EntitySchema::person()}) {
        for (const FieldSpec& field : schema->fields) {
            Result<QVariant> v = FieldValidator::normalize(field, text, kToday);
            if (!v) {
                require(!v.error().isEmpty(), "a refusal says why", text);
                continue;
            }
            if (v->isNull())
                continue;
            Result<QVariant> back = FieldValidator::normalize(field, v.value(), kToday);
            require(back.ok() && back->toString() == v->toString(), "a stored value reads back as itself",
                    text);
        }
    }
}

void checkCaregiver(const QString& text)
{
    CaregiverCheck c;
    c.idNumber = text;
    c.capable = true;
    const QStringList problems = c.problems(kToday);
    const IdNumber id = IdNumber::parse(text, kToday);
    if (!text.trimmed().isEmpty() && !id.isValid())
        require(!problems.isEmpty(), "a caregiver with a refused ID number fails the check", text);
}

void check(const QString& text)
{
    checkIdNumber(text);
    checkDate(text);
    checkFields(text);
    checkCaregiver(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_id_number";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    check(text);
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > 1) {
        for (qsizetype i = 0; i < lines.size() && i < 32; ++i)
            check(lines.at(i));
    }
    return 0;
}
