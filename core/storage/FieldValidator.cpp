#include "FieldValidator.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "domain/WorkPlace.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("FieldValidator", text);
}
} // namespace

QString FieldValidator::fieldLabel(const FieldSpec& field)
{
    return QCoreApplication::translate("Field", field.label);
}

QDate FieldValidator::parseDate(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

Result<QVariant> FieldValidator::normalize(const FieldSpec& field, const QVariant& value, QDate today)
{
    using T = FieldSpec::Type;
    const auto refuse = [&](const QString& why) {
        return Result<QVariant>::failure(fieldLabel(field) + QStringLiteral(": ") + why);
    };
    if (field.type == T::Bool) {
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty()))
            return field.required ? refuse(tr("a value is required.")) : Result<QVariant>(QVariant());
        if (value.typeId() == QMetaType::Bool || value.canConvert<int>()) {
            const QString s = value.toString().trimmed().toLower();
            if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes"))
                return QVariant(1);
            if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no"))
                return QVariant(0);
        }
        return refuse(tr("answer yes or no."));
    }
    const QString text = value.isNull() ? QString() : value.toString().trimmed();
    if (text.isEmpty())
        return field.required ? refuse(tr("a value is required.")) : Result<QVariant>(QVariant());

    switch (field.type) {
    case T::Text:
    case T::Reference:
        if (text.size() > field.maxLength)
            return refuse(tr("at most %1 characters.").arg(field.maxLength));
        return QVariant(text);
    case T::Date: {
        const QDate d = parseDate(text);
        if (!d.isValid())
            return refuse(tr("\"%1\" is not a real date (write it as 2015-06-30).").arg(text));
        if (d > today)
            return refuse(tr("%1 is in the future.").arg(d.toString(Qt::ISODate)));
        if (d.year() < 1900)
            return refuse(tr("%1 is too long ago.").arg(d.toString(Qt::ISODate)));
        return QVariant(d.toString(Qt::ISODate));
    }
    case T::Code:
        if (!Vocabulary::contains(field.vocabulary, text))
            return refuse(tr("\"%1\" is not one of the choices.").arg(text));
        return QVariant(text);
    case T::CodeSet: {
        QStringList codes;
        for (const QString& c : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString code = c.trimmed();
            if (!Vocabulary::contains(field.vocabulary, code))
                return refuse(tr("\"%1\" is not one of the choices.").arg(code));
            if (!codes.contains(code))
                codes << code;
        }
        return QVariant(codes.join(QLatin1Char(',')));
    }
    case T::IdNumber: {
        const IdNumber id = IdNumber::parse(text, today);
        if (!id.isValid())
            return refuse(id.reason());
        return QVariant(id.normalized());
    }
    case T::AreaCode: {
        const QString code = AreaCode::normalize(text);
        if (code.isEmpty() || !AreaCatalog::instance().contains(code))
            return refuse(tr("\"%1\" is not an area code of the official list.").arg(text));
        return QVariant(code);
    }
    case T::PlaceCode: {
        if (WorkPlace::isOutsideMainland(text)) // Hong Kong, Macao, Taiwan or abroad
            return QVariant(text);
        static const QRegularExpression digits(QStringLiteral("^\\d{2}(\\d{2}){0,2}(\\d{3}){0,2}$"));
        if (!digits.match(text).hasMatch() || !AreaCatalog::instance().contains(AreaCode::normalize(text)))
            return refuse(tr("\"%1\" is not an area code of the official list.").arg(text));
        return QVariant(text);
    }
    case T::CountyCode: {
        static const QRegularExpression six(QStringLiteral("^\\d{6}$"));
        const QString code = six.match(text).hasMatch() ? AreaCode::normalize(text) : QString();
        if (code.isEmpty() || !AreaCode::isCountyUnit(code) || !AreaCatalog::instance().contains(code))
            return refuse(tr("\"%1\" is not the 6-digit code of a county of the official list (or of a city "
                             "without counties, such as 东莞市 441900).")
                              .arg(text));
        return QVariant(text);
    }
    case T::Phone: {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 \\-]{4,19}$"));
        if (!phone.match(text).hasMatch())
            return refuse(tr("\"%1\" is not a phone number.").arg(text));
        return QVariant(text);
    }
    case T::Bool:
        break;
    }
    return QVariant(text);
}
