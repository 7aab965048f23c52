#pragma once

#include "domain/Classification.h"

#include <QFrame>

class QLabel;

// The classifier's verdict on the file being edited, always in view: the category in colour, the reasons,
// the facts still missing, and the 事实无人抚养 and 困境 indicators.
class VerdictPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit VerdictPanel(QWidget* parent = nullptr);

    void setVerdict(const Classification& verdict);
    QString categoryText() const;
    QString detailsText() const;

    static QColor colour(Category category);

private:
    QLabel* m_category;
    QLabel* m_details;
};
