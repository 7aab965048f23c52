#pragma once

#include "AreaCode.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <utility>
#include <vector>

// The official list of areas (统计用区划代码 2023: 31 provinces down to about 620,000 villages), read from
// the compressed file that tools/areas/make-area-data.py writes. Codes going in may be short (2/4/6/9 digits)
// or 12-digit; codes coming out are always 12-digit. Read-only after loading, so safe to share between
// threads.
class AreaCatalog final
{
public:
    struct Match
    {
        QString code;
        QString name;
        QString fullName;
        AreaLevel level = AreaLevel::Invalid;
    };

    // The list built into the program (resource :/data/areas.bin), loaded on first use.
    static const AreaCatalog& instance();
    // Loads a list file; check isLoaded() and error().
    explicit AreaCatalog(const QString& path);
    AreaCatalog(const AreaCatalog&) = delete;
    AreaCatalog& operator=(const AreaCatalog&) = delete;

    bool isLoaded() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    qsizetype size(AreaLevel level) const;

    bool contains(QStringView code) const;
    // Own name (东华门街道); empty when the code is not in the list.
    QString name(QStringView code) const;
    // Names from the province down, space-separated, without placeholder city names such as 市辖区
    // (北京市 东城区 东华门街道 多福巷社区居委会).
    QString fullName(QStringView code) const;
    // Codes of the areas one level down, sorted; an empty code gives the provinces. The townships of a city
    // without counties (东莞市) are its children.
    QStringList children(QStringView code) const;
    // Every village code inside an area (the village itself for a village).
    QStringList villagesUnder(QStringView code) const;
    // Digits match code prefixes, anything else a part of the name. Exact matches (whole name or whole code)
    // come first, then higher levels before lower, then by code. `within` restricts to one area.
    QList<Match> search(const QString& text, int limit = 50, QStringView within = {}) const;

private:
    void load(const QString& path);
    qsizetype indexOf(QStringView code) const;
    // Entries of a level whose codes lie in [from, to).
    std::pair<qsizetype, qsizetype> range(AreaLevel level, quint64 from, quint64 to) const;
    QStringView nameAt(qsizetype i) const;
    QString codeAt(qsizetype i) const;
    AreaLevel levelAt(qsizetype i) const;
    Match matchAt(qsizetype i) const;

    std::vector<quint64> m_codes;      // 12-digit codes, grouped by level, sorted within a level
    std::vector<quint32> m_nameStart;  // where each name starts in m_names; one extra entry at the end
    std::array<qsizetype, 6> m_ends{}; // level L occupies [m_ends[L - 1], m_ends[L])
    QString m_names;                   // "\n" + every name followed by "\n", in entry order
    QString m_error;
};
