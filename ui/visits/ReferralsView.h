#pragma once

#include <QWidget>

class CaseDatabase;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class ReferralListModel;

// View → Referrals: the station's referrals, open ones (by due date) or all, by kind, overdue ones
// highlighted. Enter or a double click opens the referral; "Child's file" opens the child.
class ReferralsView final : public QWidget
{
    Q_OBJECT
public:
    explicit ReferralsView(CaseDatabase& db, QWidget* parent = nullptr);

    ReferralListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setOpenOnly(bool openOnly);
    void setKind(const QString& kind);
    void reload();

signals:
    void referralRequested(const QString& referralId);
    void openChildRequested(const QString& childId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString currentId(int role) const;

    CaseDatabase& m_db;
    ReferralListModel* m_model;
    QComboBox* m_scope;
    QComboBox* m_kind;
    QCheckBox* m_overdue;
    QLabel* m_count;
    QTableView* m_view;
};
