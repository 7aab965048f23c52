#include "ClockWatch.h"

#include "shared/Banner.h"
#include "storage/CaseDatabase.h"
#include "sync/ClockRepair.h"

#include <QPushButton>

namespace {
// A clock behind by less than this is not worth a warning.
constexpr qint64 ClockLagWarningMs = 5 * 60 * 1000;
} // namespace

ClockWatch::ClockWatch(CaseDatabase& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

void ClockWatch::check()
{
    if (m_banner)
        m_banner->deleteLater();
    const ClockRepair::Check check = ClockRepair::check(m_db);
    if (check.state == ClockRepair::State::FutureWrites) {
        m_banner = new Banner(Banner::Kind::Warning, check.sentence);
        m_banner->setObjectName(QStringLiteral("clockRepairBanner"));
        QPushButton* button = m_banner->addButton(
            tr("Repair the clock"), [this] { repair(); }, false);
        button->setObjectName(QStringLiteral("clockRepairButton"));
        emit bannerRequested(m_banner);
        return;
    }
    if (check.state == ClockRepair::State::ComputerBehind) {
        m_banner = new Banner(Banner::Kind::Warning, check.sentence);
        m_banner->setObjectName(QStringLiteral("clockBanner"));
        m_banner->addCloseButton();
        emit bannerRequested(m_banner);
        return;
    }
    // The clock as last stored (CaseDatabase reads it only when a write begins).
    m_db.hlc().observe(m_db.setting(QStringLiteral("hlc")).toLongLong());
    const qint64 lag = m_db.hlc().systemClockLagMs();
    if (lag <= ClockLagWarningMs)
        return;
    const qint64 minutes = lag / 60000;
    const QString behind = minutes < 120    ? tr("%n minute(s)", nullptr, int(minutes))
                           : minutes < 2880 ? tr("%n hour(s)", nullptr, int(minutes / 60))
                                            : tr("%n day(s)", nullptr, int(minutes / 1440));
    m_banner = new Banner(Banner::Kind::Warning,
                          tr("This computer's clock is %1 behind the changes this station has already "
                             "seen. Set the correct date and time before you enter or import anything.")
                              .arg(behind));
    m_banner->setObjectName(QStringLiteral("clockBanner"));
    m_banner->addCloseButton();
    emit bannerRequested(m_banner);
}

bool ClockWatch::repair()
{
    // On this thread: the repair rewrites only what this station wrote while its date was wrong (the work of
    // days, not of the whole register), and this connection's clock must follow it at once.
    const Result<ClockRepair::Report> report = ClockRepair::repair(m_db);
    if (!report) {
        emit told(false, report.error());
        return false;
    }
    if (m_banner)
        m_banner->deleteLater();
    emit told(true, ClockRepair::reportSentence(report.value()));
    emit dataChanged();
    return true;
}
