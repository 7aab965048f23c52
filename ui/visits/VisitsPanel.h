#pragma once

#include <QWidget>

class CaseDatabase;
class QLabel;
class QPushButton;
class QTreeView;
class TimelineModel;

// The "Visits and referrals" tab of a child's file: the child's risk level with its reasons, the survey
// status, and the timeline of visits and referrals (newest first). "New visit…" starts a visit; Enter or a
// double click opens a visit (read-only) or a referral.
class VisitsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit VisitsPanel(CaseDatabase& db, QWidget* parent = nullptr);

    void setChild(const QString& childId);
    QString childId() const { return m_childId; }
    void reload();
    // Opens a new visit to the child (the "New visit…" button, Ctrl+Shift+N in the child's file).
    void newVisit();

    TimelineModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QString riskText() const;

signals:
    // A visit was saved or a referral changed for this child (the file may have changed too).
    void childChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    class VisitController* controller();
    void openCurrent();
    void report(const QString& sentence);

    CaseDatabase& m_db;
    QString m_childId;
    TimelineModel* m_model;
    QLabel* m_risk;
    QLabel* m_survey;
    QLabel* m_message;
    QTreeView* m_view;
    QPushButton* m_newVisit;
    QPushButton* m_correct;
    class VisitController* m_controller = nullptr;
};
