#include "AreaPicker.h"

#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"
#include "domain/WorkPlace.h"

#include <QCompleter>
#include <QStandardItemModel>

AreaPicker::AreaPicker(AreaLevel highest, AreaLevel lowest, QWidget* parent)
    : QLineEdit(parent)
    , m_highest(highest)
    , m_lowest(lowest)
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    setPlaceholderText(tr("Type a place name or area code"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->setMaxVisibleItems(12);
    connect(this, &QLineEdit::textEdited, this, &AreaPicker::onTextEdited);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(index.data(Qt::UserRole).toString()); });
}

bool AreaPicker::allowed(const QString& code12) const
{
    if (countyUnits())
        return AreaCode::isCountyUnit(code12);
    const AreaLevel level = AreaCode::levelOf(code12);
    return int(level) >= int(m_highest) && int(level) <= int(m_lowest);
}

QString AreaPicker::shortCode(const QString& code12) const
{
    return countyUnits() && AreaCode::isCountyUnit(code12) ? AreaCode::countyUnitOf(code12)
                                                           : AreaCode::prefix(code12);
}

void AreaPicker::setCode(const QString& code)
{
    if (m_outsideMainland && WorkPlace::isOutsideMainland(code)) {
        m_code = code;
        setText(WorkPlace::label(code));
        setCursorPosition(0);
        return;
    }
    const QString full = AreaCode::normalize(code);
    const AreaCatalog& areas = AreaCatalog::instance();
    m_code = full.isEmpty() ? QString() : shortCode(full);
    setText(m_code.isEmpty() ? code : areas.fullName(full));
    setCursorPosition(0);
}

void AreaPicker::choose(const QString& code)
{
    setCode(code);
    emit codeChanged(m_code);
}

void AreaPicker::onTextEdited(const QString& text)
{
    const QString before = m_code;
    m_code.clear();
    m_suggestions->clear();
    const QString wanted = text.trimmed();
    if (!wanted.isEmpty() && m_outsideMainland) {
        for (const QString& code : Vocabulary::codes(Vocabulary::CountryRegion)) {
            const QString label = Vocabulary::label(Vocabulary::CountryRegion, code);
            const bool exact = label == wanted || code == wanted.toUpper();
            if (!exact && !label.contains(wanted, Qt::CaseInsensitive))
                continue;
            if (m_code.isEmpty() && exact)
                m_code = code;
            auto* item = new QStandardItem(label);
            item->setData(code, Qt::UserRole);
            m_suggestions->appendRow(item);
        }
    }
    if (!wanted.isEmpty()) {
        const AreaCatalog& areas = AreaCatalog::instance();
        for (const AreaCatalog::Match& m : areas.search(wanted, 400)) {
            if (!allowed(m.code))
                continue;
            if (m_code.isEmpty() && (m.name == wanted || m.fullName == wanted || m.code == wanted ||
                                     AreaCode::prefix(m.code) == wanted || shortCode(m.code) == wanted))
                m_code = shortCode(m.code);
            auto* item = new QStandardItem(m.fullName);
            item->setData(m.code, Qt::UserRole);
            m_suggestions->appendRow(item);
            if (m_suggestions->rowCount() >= 50)
                break;
        }
    }
    if (m_suggestions->rowCount() > 0 && hasFocus())
        m_completer->complete();
    if (m_code != before)
        emit codeChanged(m_code);
}
