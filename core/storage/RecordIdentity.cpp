#include "RecordIdentity.h"

#include <QUuid>

QString RecordIdentity::personId(const QString& childId, const QString& relation)
{
    static const QUuid ns(QString::fromLatin1(PersonNamespace));
    return QUuid::createUuidV5(ns, QString(childId + QLatin1Char('/') + relation).toUtf8())
        .toString(QUuid::WithoutBraces);
}
