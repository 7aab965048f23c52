#include "FieldText.h"

#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"
#include "domain/WorkPlace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

QString FieldText::yesNo(bool yes)
{
    return yes ? QCoreApplication::translate("FieldText", "yes")
               : QCoreApplication::translate("FieldText", "no");
}

QString FieldText::empty()
{
    return QCoreApplication::translate("FieldText", "(empty)");
}

QString FieldText::value(const FieldSpec* spec, const QVariant& stored)
{
    if (stored.isNull() || stored.toString().trimmed().isEmpty())
        return empty();
    const QString text = stored.toString().trimmed();
    if (!spec)
        return text;
    switch (spec->type) {
    case FieldSpec::Type::Code:
        return Vocabulary::label(spec->vocabulary, text);
    case FieldSpec::Type::CodeSet:
        return Vocabulary::labels(spec->vocabulary, text);
    case FieldSpec::Type::Bool: {
        const QString t = text.toLower();
        return yesNo(!(t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no")));
    }
    case FieldSpec::Type::Date: {
        QDate d = QDate::fromString(text.left(10), Qt::ISODate);
        if (!d.isValid())
            d = QDateTime::fromString(text, Qt::ISODateWithMs).date();
        return d.isValid() ? d.toString(Qt::ISODate) : text;
    }
    case FieldSpec::Type::PlaceCode:
        return WorkPlace::label(text);
    case FieldSpec::Type::AreaCode:
    case FieldSpec::Type::CountyCode: {
        const QString name = AreaCatalog::instance().fullName(text);
        return name.isEmpty() ? text : name;
    }
    case FieldSpec::Type::Reference:
        return QCoreApplication::translate("FieldText", "another record");
    default:
        return text;
    }
}

QString FieldText::labelled(const FieldSpec& spec, const QVariant& stored)
{
    return QCoreApplication::translate("FieldText", "%1: %2")
        .arg(QCoreApplication::translate("Field", spec.label), value(&spec, stored));
}
