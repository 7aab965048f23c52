#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

// Asks for the passphrase that protects this station's keys. Unlock: the passphrase once. Create: a new one
// twice. Change: the current one, then a new one twice. The dialog checks the rules (KeyStore) and that both
// copies match; `check`, given by the caller, does the work (unlock, create, change) and returns a sentence
// when it is refused: the dialog then shows the sentence and asks again.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Unlock,
        Create,
        Change
    };
    // Returns an empty string on success, else the sentence for the user.
    using Check = std::function<QString(const QString& current, const QString& fresh)>;

    PassphraseDialog(Mode mode, Check check, QWidget* parent = nullptr);

    QString error() const;
    void accept() override;

    // The rules for a new passphrase typed twice: empty when good, else the sentence.
    static QString checkNew(const QString& fresh, const QString& repeated);

private:
    Mode m_mode;
    Check m_check;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_error;
};
