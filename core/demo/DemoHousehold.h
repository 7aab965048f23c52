#pragma once

#include "domain/ParentStatus.h"
#include "domain/Sex.h"
#include "storage/ChildFile.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

// Draws the demo households. All choices come from one generator seeded once, in a fixed order, so a seed
// always gives the same names and facts.
class DemoHousehold final
{
public:
    DemoHousehold(quint32 seed, QDate today, QStringList villages, QString operatorName);

    // ID numbers already in use, which the demo data must not repeat.
    void reserveIds(QSet<QString> ids) { m_usedIds = std::move(ids); }

    // The files of one household's children (1, or 2 for about one household in five), sharing the
    // household, parents and grandparents. `maxChildren` caps the number.
    QList<ChildFile> household(int maxChildren);

private:
    struct Grandparent
    {
        QString relation;
        QString kinship; // relation_to_child when the grandparent is the guardian: 祖母
        QVariantMap fields;
        QDate birth;
        Sex sex;
        bool alive;
    };

    int percent() { return int(m_rng.bounded(100)); }
    bool perMille(int p) { return int(m_rng.bounded(1000)) < p; }
    int between(int low, int high) { return low + int(m_rng.bounded(high - low + 1)); }
    QDate dayBetween(QDate from, QDate to)
    {
        return from.addDays(between(0, int(qMax(0LL, from.daysTo(to)))));
    }
    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[m_rng.bounded(int(N))];
    }

    QString village();
    QString idNumber(const QString& county, QDate birth, Sex sex);
    QString phone();
    QString workPlaceCode(const QString& ownCounty);
    QVariantMap parent(const QString& surname, Sex sex, QDate birth, ParentStatus status,
                       const QString& county, QDate earliestAway);
    // A parent's parent: born 19-36 years before `childBirth`; a random surname when `surname` is empty.
    Grandparent grandparent(const QString& relation, const QString& kinship, const QString& surname, Sex sex,
                            QDate childBirth);
    // Surname (random when empty) and given name, drawn in this order.
    QString personName(const QString& surname, Sex sex, int birthYear);
    QString schooling(int age, QString& school, const QString& village, const QString& county);

    QRandomGenerator m_rng;
    QDate m_today;
    QStringList m_villages;
    QString m_operator;
    std::vector<int> m_villageWeights; // cumulative
    struct Cities
    {
        int cumulative;
        QStringList counties;
    };
    std::vector<Cities> m_destinations;
    QSet<QString> m_usedIds;
    QHash<QString, QString> m_directors;   // village -> child director
    QHash<QString, QString> m_supervisors; // township -> child supervisor
};
