#pragma once

#include <QString>
#include <QWizardPage>

class CaseDatabase;
class QLabel;
class QLineEdit;

// The first-run wizard's last page: the passphrase that protects the station's keys, typed twice. Finishing
// makes the keys (StationIdentity::create); a refusal is shown as its sentence and the page stays.
class PassphrasePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit PassphrasePage(CaseDatabase& db, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    // The passphrase the keys were made with (empty until the page was finished).
    const QString& passphrase() const { return m_made; }

private:
    CaseDatabase& m_db;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QString m_made;
};
