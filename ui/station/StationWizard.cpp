#include "StationWizard.h"
#include "shared/WindowGeometry.h"
#include "storage/StationAreaFinder.h"

#include "storage/StationSetup.h"

#include "PassphrasePage.h"
#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace {
// A page that is complete when its predicate says so.
class Page final : public QWizardPage
{
public:
    Page(std::function<bool()> complete, QWidget* parent = nullptr)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    {}
    bool isComplete() const override { return m_complete(); }
    void changed() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
};
} // namespace

StationWizard::StationWizard(CaseDatabase& db, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_role(new QComboBox)
    , m_areaSearch(new QLineEdit)
    , m_areas(new QListWidget)
    , m_chosen(new QLabel)
    , m_stationName(new QLineEdit)
    , m_operatorName(new QLineEdit)
    , m_error(new QLabel)
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("stationWizard"));
    setWindowTitle(tr("Set up this station"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    WindowGeometry::fit(this, QSize(640, 520));

    auto* areaPage = new Page([this] { return !m_areaCode.isEmpty(); });
    areaPage->setTitle(tr("Which station is this?"));
    areaPage->setSubTitle(tr("Choose the level you work at, then find your area by its name or its code."));
    auto* areaForm = new QFormLayout(areaPage);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    for (const QString& code : Vocabulary::codes(Vocabulary::Role))
        m_role->addItem(Vocabulary::label(Vocabulary::Role, code), code);
    areaForm->addRow(tr("Station level"), m_role);
    m_areaSearch->setObjectName(QStringLiteral("areaLineEdit"));
    m_areaSearch->setPlaceholderText(tr("Type a place name or area code"));
    areaForm->addRow(tr("Area"), m_areaSearch);
    m_areas->setObjectName(QStringLiteral("areaListWidget"));
    areaForm->addRow(m_areas);
    m_chosen->setObjectName(QStringLiteral("chosenLabel"));
    m_chosen->setWordWrap(true);
    areaForm->addRow(m_chosen);
    addPage(areaPage);

    auto* namePage = new Page([this] {
        return !m_stationName->text().trimmed().isEmpty() && !m_operatorName->text().trimmed().isEmpty();
    });
    namePage->setTitle(tr("Station and operator"));
    namePage->setSubTitle(
        tr("The station name appears on documents and in packages sent to other stations."));
    auto* nameForm = new QFormLayout(namePage);
    m_stationName->setObjectName(QStringLiteral("stationNameLineEdit"));
    nameForm->addRow(tr("Station name"), m_stationName);
    m_operatorName->setObjectName(QStringLiteral("operatorNameLineEdit"));
    m_operatorName->setPlaceholderText(tr("Your name"));
    nameForm->addRow(tr("Operator"), m_operatorName);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c0392b;"));
    nameForm->addRow(m_error);
    addPage(namePage);
    // The station is created when leaving the name page; the keys are made on the passphrase page.
    namePage->setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create the station"));
    m_passphrasePage = new PassphrasePage(m_db);
    addPage(m_passphrasePage);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &StationWizard::search);
    connect(m_areaSearch, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_role, &QComboBox::currentIndexChanged, this, [this, areaPage] {
        m_areaCode.clear();
        search();
        areaPage->changed();
    });
    connect(m_areas, &QListWidget::currentItemChanged, this, [this, areaPage] {
        choose();
        areaPage->changed();
    });
    connect(m_stationName, &QLineEdit::textChanged, namePage, &Page::changed);
    connect(m_operatorName, &QLineEdit::textChanged, namePage, &Page::changed);
}

QString StationWizard::role() const
{
    return m_role->currentData().toString();
}

void StationWizard::search()
{
    m_searchTimer->stop();
    m_areas->clear();
    const QString text = m_areaSearch->text().trimmed();
    if (text.isEmpty())
        return;
    const QList<AreaCatalog::Match> found = StationAreaFinder::find(role(), text, 100);
    for (const AreaCatalog::Match& m : found) {
        auto* item = new QListWidgetItem(m.fullName, m_areas);
        item->setData(Qt::UserRole, m.code);
        item->setToolTip(m.code);
    }
    if (found.isEmpty()) {
        new QListWidgetItem(
            tr("No %1 matches \"%2\".").arg(Vocabulary::label(Vocabulary::Role, role()).toLower(), text),
            m_areas);
    } else if (found.size() == 1) {
        m_areas->setCurrentRow(0); // the only place: chosen, the next step may go on
    } else {
        // Several places (maybe in several provinces): the user picks one; nothing is chosen for them.
        m_areas->setCurrentRow(-1);
        m_areaCode.clear();
        m_chosen->setText(tr("%n places match: choose yours in the list, or type more words (the township, "
                             "the county).",
                             nullptr, int(found.size())));
    }
}

void StationWizard::choose()
{
    const QListWidgetItem* item = m_areas->currentItem();
    m_areaCode = item ? item->data(Qt::UserRole).toString() : QString();
    m_chosen->setText(m_areaCode.isEmpty() ? QString() : tr("Chosen: %1 (%2)").arg(item->text(), m_areaCode));
}

void StationWizard::initializePage(int id)
{
    if (id == 1 && !m_areaCode.isEmpty()) {
        // Prefill the station name from the area, unless the user wrote one of their own.
        const QString name = AreaCatalog::instance().name(m_areaCode);
        if (m_stationName->text().isEmpty() || m_stationName->text() == m_nameFilledFrom) {
            m_stationName->setText(name);
            m_nameFilledFrom = name;
        }
        if (m_operatorName->text().isEmpty() && m_db.station())
            m_operatorName->setText(m_db.station()->operatorName);
    }
    QWizard::initializePage(id);
}

StationInfo StationWizard::station() const
{
    StationInfo info;
    info.id = StationSetup::newStationId();
    info.role = role();
    info.areaCode = m_areaCode;
    info.name = m_stationName->text().trimmed();
    info.operatorName = m_operatorName->text().trimmed();
    return info;
}

QString StationWizard::error() const
{
    return m_error->text();
}

bool StationWizard::validateCurrentPage()
{
    if (currentId() != 1)
        return QWizard::validateCurrentPage();
    const StationInfo wanted = station();
    if (Result<StationInfo> s =
            StationSetup::initialize(m_db, wanted.role, wanted.areaCode, wanted.name, wanted.operatorName);
        !s) {
        m_error->setText(s.error());
        return false;
    }
    return true;
}

QString StationWizard::passphrase() const
{
    return m_passphrasePage->passphrase();
}
