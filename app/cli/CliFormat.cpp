#include "CliFormat.h"

#include "domain/AreaCatalog.h"
#include "domain/Classification.h"
#include "domain/Vocabulary.h"
#include "domain/WorkPlace.h"
#include "storage/FieldSpec.h"

QString CliFormat::fieldValue(const FieldSpec& field, const QVariant& value)
{
    const QString text = value.isNull() ? QString() : value.toString();
    switch (field.type) {
    case FieldSpec::Type::Code:
        return Vocabulary::label(field.vocabulary, text);
    case FieldSpec::Type::CodeSet:
        return Vocabulary::labels(field.vocabulary, text);
    case FieldSpec::Type::Bool:
        return yesNo(value.toInt() != 0);
    case FieldSpec::Type::PlaceCode:
        return WorkPlace::isOutsideMainland(text) ? WorkPlace::label(text) : area(text);
    case FieldSpec::Type::AreaCode:
    case FieldSpec::Type::CountyCode:
        return area(text);
    default:
        return text;
    }
}

QString CliFormat::category(const QString& code)
{
    if (code.isEmpty())
        return QStringLiteral("-");
    const auto c = categoryFromCode(code);
    return c ? categoryLabel(*c) : code;
}

QString CliFormat::area(const QString& code)
{
    const QString name = AreaCatalog::instance().fullName(code);
    return name.isEmpty() ? code : name + QStringLiteral(" (") + code + QLatin1Char(')');
}

QString CliFormat::yesNo(bool yes)
{
    return yes ? tr("yes") : tr("no");
}
