#pragma once

#include "domain/AreaCode.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

// A line edit that finds an area of the official list as the user types a name or a code, restricted to a
// range of levels (a work place: province to county). Picking a suggestion sets the code; typing a whole
// name or code of an allowed level sets it too. A picker of counties only (a hukou county) also offers the
// cities without counties (东莞市), which play the county's part, and gives 6-digit codes (441900).
class AreaPicker final : public QLineEdit
{
    Q_OBJECT
public:
    explicit AreaPicker(AreaLevel highest, AreaLevel lowest, QWidget* parent = nullptr);

    // The significant digits of the chosen area (2-12; 6 for a county unit), or empty when the text names no
    // area.
    QString code() const { return m_code; }
    void setCode(const QString& code);
    // Also offer the places outside the mainland (Hong Kong, Macao, Taiwan, countries abroad: the Vocabulary
    // list "country_region"), whose codes are letters (HK, JP).
    void setOutsideMainland(bool offer) { m_outsideMainland = offer; }

signals:
    void codeChanged(const QString& code);

private:
    void onTextEdited(const QString& text);
    void choose(const QString& code);
    bool allowed(const QString& code12) const;
    QString shortCode(const QString& code12) const;
    bool countyUnits() const { return m_highest == AreaLevel::County && m_lowest == AreaLevel::County; }

    AreaLevel m_highest;
    AreaLevel m_lowest;
    QString m_code;
    bool m_outsideMainland = false;
    QStandardItemModel* m_suggestions;
    QCompleter* m_completer;
};
