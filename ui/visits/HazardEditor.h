#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QWidget>

class QCheckBox;
class QLineEdit;

// The visit form's hazards in the living environment: a box for each hazard found, beside it what was
// done about it (typed only once the box is ticked). The boxes are one Tab stop (CheckGroupKeys).
class HazardEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit HazardEditor(QWidget* parent = nullptr);

    // Hazard code -> what was done, for the ticked hazards.
    QMap<QString, QString> actions() const;
    void setActions(const QMap<QString, QString>& actions);
    void setReadOnly(bool readOnly);
    // Each hazard's box then its action, in reading order, for the form's Tab chain.
    QList<QWidget*> tabStops() const;

signals:
    void edited();

private:
    struct Hazard
    {
        QString code;
        QCheckBox* check;
        QLineEdit* action;
    };
    QList<Hazard> m_hazards;
    bool m_readOnly = false;
};
