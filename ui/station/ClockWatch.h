#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class Banner;
class CaseDatabase;

// Watches the station's clock for the main window: a warning banner when this computer's clock is behind
// what the station has already seen; when the station's changes carry future times (its computer's date was
// ahead), a banner whose one button repairs them (ClockRepair).
class ClockWatch final : public QObject
{
    Q_OBJECT
public:
    ClockWatch(CaseDatabase& db, QObject* parent);

    // Shows the banner that the clock calls for, if any (replacing an earlier one).
    void check();
    // Writes the changes made while the computer's date was wrong again with current times and says what was
    // done (told); false when refused.
    bool repair();

signals:
    void bannerRequested(Banner* banner);
    void dataChanged();
    // One sentence for the user after a repair (ok) or why it was refused.
    void told(bool ok, const QString& text);

private:
    CaseDatabase& m_db;
    QPointer<Banner> m_banner;
};
