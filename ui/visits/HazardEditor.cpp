#include "HazardEditor.h"

#include "domain/Vocabulary.h"
#include "shared/CheckGroupKeys.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QSignalBlocker>

HazardEditor::HazardEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList codes = Vocabulary::codes(Vocabulary::Hazard);
    QList<QCheckBox*> checks;
    for (int i = 0; i < codes.size(); ++i) {
        const QString& code = codes.at(i);
        QString camel = code;
        camel[0] = camel[0].toUpper();
        for (qsizetype u; (u = camel.indexOf(QLatin1Char('_'))) >= 0;)
            camel = camel.left(u) + camel.mid(u + 1, 1).toUpper() + camel.mid(u + 2);
        auto* check = new QCheckBox(Vocabulary::label(Vocabulary::Hazard, code), this);
        check->setObjectName(QStringLiteral("hazard") + camel + QStringLiteral("CheckBox"));
        auto* action = new QLineEdit(this);
        action->setObjectName(QStringLiteral("hazard") + camel + QStringLiteral("ActionLineEdit"));
        action->setPlaceholderText(tr("What was done about it"));
        action->setMaxLength(300);
        action->setEnabled(false);
        grid->addWidget(check, i, 0);
        grid->addWidget(action, i, 1);
        connect(check, &QCheckBox::toggled, this, [this, action](bool on) {
            action->setEnabled(on && !m_readOnly);
            emit edited();
        });
        connect(action, &QLineEdit::textEdited, this, &HazardEditor::edited);
        m_hazards.append({code, check, action});
        checks << check;
    }
    CheckGroupKeys::attach(checks);
    grid->setColumnStretch(1, 1);
}

QMap<QString, QString> HazardEditor::actions() const
{
    QMap<QString, QString> out;
    for (const Hazard& h : m_hazards) {
        if (h.check->isChecked())
            out.insert(h.code, h.action->text());
    }
    return out;
}

void HazardEditor::setActions(const QMap<QString, QString>& actions)
{
    for (const Hazard& h : m_hazards) {
        const QSignalBlocker block(h.check);
        h.check->setChecked(actions.contains(h.code));
        h.action->setText(actions.value(h.code));
        h.action->setEnabled(h.check->isChecked() && !m_readOnly);
    }
}

void HazardEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Hazard& h : m_hazards) {
        h.check->setEnabled(!readOnly);
        h.action->setEnabled(h.check->isChecked());
        h.action->setReadOnly(readOnly);
    }
}

QList<QWidget*> HazardEditor::tabStops() const
{
    QList<QWidget*> out;
    for (const Hazard& h : m_hazards)
        out << h.check << h.action;
    return out;
}
