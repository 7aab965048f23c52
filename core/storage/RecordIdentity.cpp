#include "RecordIdentity.h"

#include <QUuid>

QString RecordIdentity::personId(const QString& childId, const QString& relation)
{
    static const QUuid ns(QString::fromLatin1(PersonNamespace));
    return QUuid::createUuidV5(ns, QString(childId + QLatin1Char('/') + relation).toUtf8())
        .toString(QUuid::WithoutBraces);
}

QString RecordIdentity::foldStepId(const QString& foldedReferralId)
{
    static const QUuid ns(QString::fromLatin1(FoldNamespace));
    return QUuid::createUuidV5(ns, QString(QStringLiteral("referral-fold/") + foldedReferralId).toUtf8())
        .toString(QUuid::WithoutBraces);
}

QString RecordIdentity::participantId(const QString& activityId, const QString& childId)
{
    static const QUuid ns(QString::fromLatin1(ParticipantNamespace));
    return QUuid::createUuidV5(ns, QString(activityId + QLatin1Char('/') + childId).toUtf8())
        .toString(QUuid::WithoutBraces);
}
