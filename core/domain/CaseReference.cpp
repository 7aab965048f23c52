#include "CaseReference.h"

QString CaseReference::of(const QString& childId)
{
    QString hex;
    for (const QChar c : childId) {
        if (c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            hex += c.toUpper();
        if (hex.size() == 8)
            break;
    }
    if (hex.size() <= 4)
        return hex;
    return hex.left(4) + QLatin1Char('-') + hex.mid(4);
}

bool CaseReference::matches(const QString& text, const QString& childId)
{
    QString typed = text.trimmed().toUpper();
    typed.remove(QLatin1Char('-'));
    QString own = of(childId);
    own.remove(QLatin1Char('-'));
    return !typed.isEmpty() && typed == own;
}
