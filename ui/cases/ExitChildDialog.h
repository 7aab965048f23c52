#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

// Asks why and when a child leaves the register (the file is kept).
class ExitChildDialog final : public QDialog
{
    Q_OBJECT
public:
    ExitChildDialog(const QString& childName, QDate today, QWidget* parent = nullptr);

    QString reason() const;
    QDate date() const;

private:
    QComboBox* m_reason;
    QDateEdit* m_date;
};
