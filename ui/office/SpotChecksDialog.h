#pragma once

#include <QDate>
#include <QDialog>

class CaseDatabase;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

// The daily spot check (抽查) of a township, county or city office: draw a random sample of the children
// whose records were updated on a day (or in its week), mark each one verified or a problem with a note for
// the village, and see the results per village. A double-click opens the child's file.
class SpotChecksDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SpotChecksDialog(CaseDatabase& db, QWidget* parent = nullptr);

    int checkCount() const;
    QString messageText() const;

public slots:
    void reload();
    void drawSample();
    // Marks the selected check (tests give the note; the window asks for it).
    void markSelected(const QString& result, const QString& note = {});

signals:
    void openChildRequested(const QString& childId);

private:
    void askProblem();
    QString selectedId() const;
    void showMessage(const QString& text, bool error);

    CaseDatabase& m_db;
    QComboBox* m_period;
    QDateEdit* m_day;
    QSpinBox* m_size;
    QPushButton* m_draw;
    QTreeWidget* m_checks;
    QTreeWidget* m_tally;
    QLabel* m_message;
};
