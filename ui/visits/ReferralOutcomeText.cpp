#include "ReferralOutcomeText.h"

#include "Localization.h"
#include "domain/Vocabulary.h"

namespace {
QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}
} // namespace

QString ReferralOutcomeText::html(const QString& heading, const QList<ReferralOutcome>& referrals, bool done)
{
    QString html = heading.isEmpty() ? QString() : QStringLiteral("<p><b>%1</b></p>").arg(escaped(heading));
    if (referrals.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(done ? tr("No referral was opened.")
                                      : tr("Open no referral: nothing found on this "
                                           "visit makes one mandatory.")));
    for (const ReferralOutcome& o : referrals) {
        const bool police = o.kind == QLatin1String("police_report");
        const QString kind = Vocabulary::label(Vocabulary::ReferralKind, o.kind);
        QString line;
        if (done)
            line = o.opened ? tr("Opened: %1, due %2.").arg(kind, o.dueDate.toString(Qt::ISODate))
                            : tr("Added a step to the open %1.").arg(kind);
        else
            line = o.opened ? tr("Open: %1, due %2.").arg(kind, o.dueDate.toString(Qt::ISODate))
                            : tr("Add a step to the open %1.").arg(kind);
        if (police)
            line = Localization::joinSentences(
                {line, done ? tr("Report it to the police at once.")
                            : tr("This is a mandatory report to the police, at once.")});
        QString item = escaped(line);
        if (done && !o.referralId.isEmpty())
            item = QStringLiteral("<a href='referral:%1'>%2</a>").arg(o.referralId, item);
        html += QStringLiteral("<p style='color:%1'><b>%2</b>")
                    .arg(police ? QStringLiteral("#c0392b") : QStringLiteral("#b9770e"), item);
        for (const QString& r : o.reasons)
            html += QStringLiteral("<br>• ") + escaped(r);
        html += QStringLiteral("</p>");
    }
    return html;
}
