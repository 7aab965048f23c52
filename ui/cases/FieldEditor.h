#pragma once

#include "Result.h"
#include "storage/FieldSpec.h"

#include <QDate>
#include <QObject>
#include <QVariant>

class QLabel;
class QWidget;

// The editor of one field of a child's file, made from the field's spec: a line edit, a choice of the
// field's vocabulary (codes as item data), yes/no/unknown, check boxes for a set of codes, or an area picker
// for a place. It validates AS THE USER TYPES with FieldValidator and shows the sentence under the editor.
class FieldEditor final : public QObject
{
    Q_OBJECT
public:
    // `prefix` names the record the field belongs to (e.g. "father"); object names are camelCase
    // prefix + field + widget type (fatherStatusComboBox, schoolNameLineEdit).
    FieldEditor(const FieldSpec& spec, const QString& prefix, QWidget* parent);

    const FieldSpec& spec() const { return m_spec; }
    QWidget* widget() const { return m_widget; }
    // The editor and its message below it, for a form layout.
    QWidget* container() const { return m_container; }
    QString label() const;

    // What is in the editor: null when empty, else the normalized value when valid, else the raw text.
    QVariant value() const;
    void setValue(const QVariant& value);
    bool isEmpty() const { return rawValue().isNull(); }
    // Validates the current value and shows or clears the message; false when the value is refused.
    bool validate(QDate today);
    // A message of our own (e.g. the ID number disagrees with the birth date); empty clears it.
    void setNote(const QString& note);
    QString message() const;
    void setEnabled(bool enabled);

signals:
    void edited();

private:
    QVariant rawValue() const;
    void showMessage(const QString& text);

    FieldSpec m_spec;
    QWidget* m_container;
    QWidget* m_widget = nullptr;
    QLabel* m_message;
    QString m_error;
    QString m_note;
    QVariant m_normalized;
    bool m_valid = true;
};
