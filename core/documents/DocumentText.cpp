#include "DocumentText.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/Vocabulary.h"
#include "domain/WorkPlace.h"
#include "storage/FieldSpec.h"

#include <QCoreApplication>

QString DocumentText::date(QDate d)
{
    if (!d.isValid())
        return {};
    return QString::fromUtf8("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString DocumentText::date(const QString& iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? date(d) : iso;
}

QString DocumentText::yesNo(const QVariant& stored)
{
    if (stored.isNull() || stored.toString().isEmpty())
        return {};
    return stored.toInt() != 0 ? QCoreApplication::translate("DocumentText", "Yes")
                               : QCoreApplication::translate("DocumentText", "No");
}

QString DocumentText::fieldValue(const FieldSpec& field, const QVariant& value)
{
    using T = FieldSpec::Type;
    if (value.isNull() || value.toString().isEmpty())
        return {};
    const QString text = value.toString();
    switch (field.type) {
    case T::Bool:
        return yesNo(value);
    case T::Code:
        return Vocabulary::label(field.vocabulary, text);
    case T::CodeSet:
        return Vocabulary::labels(field.vocabulary, text);
    case T::Date:
        return date(text);
    case T::PlaceCode:
        return WorkPlace::label(text);
    case T::AreaCode:
    case T::CountyCode: {
        const QString name = AreaCatalog::instance().fullName(AreaCode::normalize(text));
        return name.isEmpty() ? text : name;
    }
    default:
        return text;
    }
}

QString DocumentText::placeName(const QString& areaCode)
{
    QString name = AreaCatalog::instance().name(AreaCode::normalize(areaCode));
    const QString committee = QString::fromUtf8("居民委员会");
    if (name.endsWith(QString::fromUtf8("社区") + committee))
        name.chop(committee.size());
    else if (name.endsWith(QString::fromUtf8("村民委员会")))
        name = name.left(name.size() - 5) + QString::fromUtf8("村");
    else if (name.endsWith(committee))
        name = name.left(name.size() - committee.size()) + QString::fromUtf8("居委会");
    return name;
}

QString DocumentText::fileName(const QStringList& parts, QDate date)
{
    QStringList kept;
    for (const QString& part : parts) {
        QString clean;
        for (const QChar c : part) {
            if (!c.isSpace() && c.category() != QChar::Other_Control &&
                !QStringLiteral("\\/:*?\"<>|").contains(c))
                clean += c;
        }
        if (!clean.isEmpty())
            kept << clean;
    }
    if (date.isValid())
        kept << date.toString(Qt::ISODate);
    return kept.join(QLatin1Char('-')) + QStringLiteral(".pdf");
}
