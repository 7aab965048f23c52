#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QHBoxLayout;
class QPushButton;

// A coloured strip across the top of a window that says one thing and offers a few buttons; it never blocks.
class Banner final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Warning,
        Demo
    };
    Banner(Kind kind, const QString& text, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    // Adds a button; clicking it runs `action` (and closes the banner when `closes` is true).
    QPushButton* addButton(const QString& label, const std::function<void()>& action, bool closes = true);
    void addCloseButton();

private:
    QLabel* m_label;
    QHBoxLayout* m_layout;
};
