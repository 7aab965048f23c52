#include "FieldEditor.h"

#include "domain/Vocabulary.h"
#include "shared/AreaPicker.h"
#include "shared/CheckGroupKeys.h"
#include "storage/FieldValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
using T = FieldSpec::Type;

QString camel(const QString& prefix, const QString& field)
{
    QString out = prefix;
    bool upper = !prefix.isEmpty();
    for (const QChar c : field) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QString camelPrefix(const QString& prefix)
{
    return camel(QString(), prefix);
}
} // namespace

FieldEditor::FieldEditor(const FieldSpec& spec, const QString& prefix, QWidget* parent)
    : QObject(parent)
    , m_spec(spec)
    , m_container(new QWidget(parent))
    , m_message(new QLabel(m_container))
{
    const QString name = camel(camelPrefix(prefix), spec.name);
    switch (spec.type) {
    case T::Bool: {
        auto* combo = new QComboBox(m_container);
        combo->addItem(QString(), QString());
        combo->addItem(tr("Yes"), QStringLiteral("1"));
        combo->addItem(tr("No"), QStringLiteral("0"));
        connect(combo, &QComboBox::activated, this, &FieldEditor::edited);
        combo->setObjectName(name + QStringLiteral("ComboBox"));
        m_widget = combo;
        break;
    }
    case T::Code: {
        auto* combo = new QComboBox(m_container);
        combo->addItem(QString(), QString());
        for (const QString& code : Vocabulary::codes(spec.vocabulary))
            combo->addItem(Vocabulary::label(spec.vocabulary, code), code);
        connect(combo, &QComboBox::activated, this, &FieldEditor::edited);
        combo->setObjectName(name + QStringLiteral("ComboBox"));
        m_widget = combo;
        break;
    }
    case T::CodeSet: {
        auto* box = new QWidget(m_container);
        auto* grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        const QStringList codes = Vocabulary::codes(spec.vocabulary);
        QList<QCheckBox*> checks;
        for (int i = 0; i < codes.size(); ++i) {
            auto* check = new QCheckBox(Vocabulary::label(spec.vocabulary, codes.at(i)), box);
            check->setProperty("code", codes.at(i));
            check->setObjectName(camel(name, codes.at(i)) + QStringLiteral("CheckBox"));
            grid->addWidget(check, i / 2, i % 2);
            connect(check, &QCheckBox::toggled, this, &FieldEditor::edited);
            checks << check;
        }
        CheckGroupKeys::attach(checks);
        box->setObjectName(name + QStringLiteral("Widget"));
        m_widget = box;
        break;
    }
    case T::PlaceCode:
    case T::CountyCode: {
        const bool county = spec.type == T::CountyCode;
        auto* picker =
            new AreaPicker(county ? AreaLevel::County : AreaLevel::Province, AreaLevel::County, m_container);
        picker->setOutsideMainland(spec.type == T::PlaceCode); // a work place may be abroad
        connect(picker, &AreaPicker::textEdited, this, &FieldEditor::edited);
        connect(picker, &AreaPicker::codeChanged, this, &FieldEditor::edited);
        picker->setObjectName(name + QStringLiteral("AreaPicker"));
        m_widget = picker;
        break;
    }
    default:
        if (spec.type == T::Text && spec.maxLength > 200) {
            auto* edit = new QPlainTextEdit(m_container);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            connect(edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
            edit->setObjectName(name + QStringLiteral("PlainTextEdit"));
            m_widget = edit;
        } else {
            auto* edit = new QLineEdit(m_container);
            if (spec.type == T::Date)
                edit->setPlaceholderText(tr("e.g. 2015-06-30"));
            else if (spec.type == T::IdNumber)
                edit->setPlaceholderText(tr("18 characters"));
            connect(edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
            edit->setObjectName(name + QStringLiteral("LineEdit"));
            m_widget = edit;
        }
    }
    auto* layout = new QVBoxLayout(m_container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_widget);
    layout->addWidget(m_message);
    m_message->setObjectName(name + QStringLiteral("MessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#c0392b;"));
    m_message->hide();
}

QString FieldEditor::label() const
{
    return FieldValidator::fieldLabel(m_spec);
}

QVariant FieldEditor::rawValue() const
{
    QString text;
    if (auto* combo = qobject_cast<QComboBox*>(m_widget)) {
        text = combo->currentData().toString();
    } else if (auto* picker = qobject_cast<AreaPicker*>(m_widget)) {
        text = picker->code().isEmpty() ? picker->text().trimmed() : picker->code();
    } else if (auto* line = qobject_cast<QLineEdit*>(m_widget)) {
        text = line->text().trimmed();
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(m_widget)) {
        text = plain->toPlainText().trimmed();
    } else {
        QStringList codes;
        for (auto* check : m_widget->findChildren<QCheckBox*>()) {
            if (check->isChecked())
                codes << check->property("code").toString();
        }
        text = codes.join(QLatin1Char(','));
    }
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant FieldEditor::value() const
{
    const QVariant raw = rawValue();
    if (raw.isNull())
        return raw;
    return m_valid && !m_normalized.isNull() ? m_normalized : raw;
}

void FieldEditor::setValue(const QVariant& value)
{
    const QString text = value.isNull() ? QString() : value.toString();
    if (auto* combo = qobject_cast<QComboBox*>(m_widget)) {
        QString code = text;
        if (m_spec.type == T::Bool && !text.isEmpty())
            code = (text == QLatin1String("0") || text == QLatin1String("false")) ? QStringLiteral("0")
                                                                                  : QStringLiteral("1");
        int i = combo->findData(code);
        if (i < 0) { // a code this build does not know: keep it visible rather than lose it
            combo->addItem(code, code);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    } else if (auto* picker = qobject_cast<AreaPicker*>(m_widget)) {
        picker->setCode(text);
    } else if (auto* line = qobject_cast<QLineEdit*>(m_widget)) {
        line->setText(text);
        line->setCursorPosition(0);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(m_widget)) {
        const QSignalBlocker block(plain);
        plain->setPlainText(text);
    } else {
        const QStringList codes = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (auto* check : m_widget->findChildren<QCheckBox*>()) {
            const QSignalBlocker block(check);
            check->setChecked(codes.contains(check->property("code").toString()));
        }
    }
}

bool FieldEditor::validate(QDate today)
{
    const Result<QVariant> r = FieldValidator::normalize(m_spec, rawValue(), today);
    m_valid = r.ok();
    m_normalized = r.ok() ? r.value() : QVariant();
    m_error = r.ok() ? QString() : r.error();
    showMessage(m_error.isEmpty() ? m_note : m_error);
    return m_valid;
}

void FieldEditor::setNote(const QString& note)
{
    m_note = note;
    showMessage(m_error.isEmpty() ? m_note : m_error);
}

QString FieldEditor::message() const
{
    return m_message->text();
}

void FieldEditor::setEnabled(bool enabled)
{
    m_widget->setEnabled(enabled);
}

void FieldEditor::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (qobject_cast<QLineEdit*>(m_widget) || qobject_cast<QPlainTextEdit*>(m_widget))
        m_widget->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("border:1px solid #c0392b;"));
}
