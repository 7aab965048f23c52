#include "DemoHousehold.h"

#include "DemoNames.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/IdNumber.h"
#include "domain/ParentStatus.h"

#include <algorithm>
#include <tuple>

namespace {

QString u16(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// Where parents from the countryside go to work: cities of the big destination provinces (Guangdong,
// Zhejiang, Jiangsu, Fujian, Shanghai, Beijing), with a weight each. A county of the city is drawn from the
// official list.
struct Destination
{
    const char* city;
    int weight;
};
constexpr Destination kDestinations[] = {
    {"4401", 9}, {"4403", 12}, {"4406", 5}, {"4413", 3}, {"4404", 2}, // Guangdong
    {"3301", 7}, {"3302", 5},  {"3303", 4}, {"3306", 3}, {"3307", 3}, // Zhejiang
    {"3201", 4}, {"3202", 3},  {"3205", 6}, {"3204", 2},              // Jiangsu
    {"3501", 3}, {"3502", 4},  {"3505", 5}, {"3101", 8}, {"1101", 5}, // Fujian, Shanghai, Beijing
};

constexpr const char16_t* kJobs[] = {u"电子厂",   u"建筑工地", u"服装厂", u"餐馆",
                                     u"物流公司", u"家具厂",   u"鞋厂",   u"装修队"};
constexpr const char* kPhonePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138",
                                          "139", "150", "151", "152", "155", "156", "157", "158",
                                          "159", "166", "177", "180", "181", "182", "183", "185",
                                          "186", "187", "188", "189", "191", "198", "199"};
constexpr const char16_t* kIllnesses[] = {u"先天性心脏病", u"哮喘",       u"癫痫",      u"白血病",
                                          u"肾病综合征",   u"地中海贫血", u"1型糖尿病", u"脑瘫"};
constexpr const char* kDisabilityTypes[] = {"visual",       "hearing", "speech",  "physical",
                                            "intellectual", "mental",  "multiple"};
constexpr const char16_t* kNotes[] = {
    u"父母每周与孩子视频通话一次。",       u"孩子性格内向，需加强心理关爱。",
    u"家中房屋较旧，已提醒注意用电安全。", u"祖辈年纪较大，辅导作业有困难。",
    u"孩子学习认真，成绩中上。",           u"暑假期间参加村里爱心暑托班。",
    u"已向父母宣讲委托照护政策。",         u"孩子喜欢画画，参加了兴趣小组。",
};

// Ethnic groups other than Han by province: the share (per mille) of households and the GB 3304 codes.
struct Minorities
{
    const char* province;
    int perMille;
    const char* codes;
};
constexpr Minorities kMinorities[] = {
    {"52", 350, "06,09,12,15,07"},
    {"53", 330, "07,14,16,18,06"},
    {"45", 330, "08,13,06,12"},
    {"54", 900, "04"},
    {"65", 550, "05,17,03"},
    {"64", 330, "03"},
    {"63", 450, "04,03,30,35"},
    {"15", 180, "02,03,11"},
    {"43", 100, "15,06,13,12"},
    {"50", 60, "15,06"},
    {"51", 50, "07,04,33"},
    {"42", 40, "15,06"},
    {"46", 150, "19"},
    {"44", 10, "22,13,08"},
    {"35", 15, "22"},
    {"33", 10, "22"},
    {"22", 40, "10,11"},
    {"21", 50, "11,02"},
    {"62", 80, "03,26,04"},
};

// "XX村民委员会" -> "XX村", "XX社区居委会" -> "XX社区": the name as people say it.
QString shortName(QString name)
{
    for (const auto& [from, to] :
         {std::pair{u"村民委员会", u"村"}, std::pair{u"村委会", u"村"}, std::pair{u"居民委员会", u""},
          std::pair{u"居委会", u""}, std::pair{u"办事处", u""}}) {
        const QString suffix = u16(from);
        if (name.endsWith(suffix)) {
            name.chop(suffix.size());
            name += u16(to);
            break;
        }
    }
    return name;
}

} // namespace

DemoHousehold::DemoHousehold(quint32 seed, QDate today, QStringList villages, QString operatorName)
    : m_rng(seed)
    , m_today(today)
    , m_villages(std::move(villages))
    , m_operator(std::move(operatorName))
{
    // Villages differ in size: a weight of 1-4 each.
    int total = 0;
    for (qsizetype i = 0; i < m_villages.size(); ++i)
        m_villageWeights.push_back(total += 1 + int(m_rng.bounded(4)));
    total = 0;
    for (const Destination& d : kDestinations) {
        QStringList counties;
        for (const QString& c : AreaCatalog::instance().children(QString::fromLatin1(d.city))) {
            if (AreaCode::levelOf(c) == AreaLevel::County)
                counties << c;
        }
        if (!counties.isEmpty())
            m_destinations.push_back({total += d.weight, counties});
    }
}

QString DemoHousehold::village()
{
    const int r = int(m_rng.bounded(m_villageWeights.back()));
    const auto it = std::upper_bound(m_villageWeights.begin(), m_villageWeights.end(), r);
    return m_villages.at(it - m_villageWeights.begin());
}

QString DemoHousehold::idNumber(const QString& county, QDate birth, Sex sex)
{
    const QString prefix = county + birth.toString(QStringLiteral("yyyyMMdd"));
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const int sequence = 2 * between(1, 499) + (sex == Sex::Male ? 1 : 0);
        const QString first17 = prefix + QString::number(sequence).rightJustified(3, QLatin1Char('0'));
        const QString id = first17 + IdNumber::checkCharacter(first17);
        if (!m_usedIds.contains(id)) {
            m_usedIds.insert(id);
            return id;
        }
    }
    return {};
}

QString DemoHousehold::phone()
{
    return QLatin1String(pick(kPhonePrefixes)) +
           QString::number(m_rng.bounded(100000000)).rightJustified(8, QLatin1Char('0'));
}

QString DemoHousehold::workPlaceCode(const QString& ownCounty)
{
    if (percent() < 6 || m_destinations.empty())
        return ownCounty; // works in the home county: does not count as away
    const int r = int(m_rng.bounded(m_destinations.back().cumulative));
    for (const Cities& c : m_destinations) {
        if (r < c.cumulative)
            return AreaCode::countyOf(c.counties.at(m_rng.bounded(int(c.counties.size()))));
    }
    return ownCounty;
}

QVariantMap DemoHousehold::parent(const QString& surname, Sex sex, QDate birth, ParentStatus status,
                                  const QString& county, QDate earliestAway)
{
    QVariantMap p{{QStringLiteral("name"), personName(surname, sex, birth.year())},
                  {QStringLiteral("sex"), sexCode(sex)},
                  {QStringLiteral("birth_date"), iso(birth)},
                  {QStringLiteral("status"), parentStatusCode(status)},
                  {QStringLiteral("alive"), status == ParentStatus::Dead ? 0 : 1}};
    if (percent() < 92)
        p.insert(QStringLiteral("id_number"), idNumber(county, birth, sex));
    if (status == ParentStatus::AwayForWork) {
        const QString code = workPlaceCode(county);
        QString place = AreaCatalog::instance().fullName(code).remove(QLatin1Char(' '));
        if (percent() < 40)
            place += u16(u"（") + u16(pick(kJobs)) + u16(u"）");
        p.insert(QStringLiteral("work_place_code"), code);
        p.insert(QStringLiteral("work_place"), place);
        // Most left more than three months ago (up to eight years, after the youngest child's birth);
        // some within the last three months, not yet counted as away: all parents of young babies.
        const QDate earliest = std::max(earliestAway, m_today.addYears(-8));
        const QDate longAgo = m_today.addDays(-95);
        const QDate since = percent() < 6 || earliest > longAgo
                                ? dayBetween(m_today.addDays(-85), m_today.addDays(-3))
                                : dayBetween(earliest, longAgo);
        p.insert(QStringLiteral("away_since"), iso(since));
    }
    const bool reachable = status == ParentStatus::AtHome || status == ParentStatus::AwayForWork ||
                           status == ParentStatus::SeriouslyIll || status == ParentStatus::SeriouslyDisabled;
    if ((reachable && percent() < 95) || (status == ParentStatus::Missing && percent() < 30))
        p.insert(QStringLiteral("phone"), phone());
    return p;
}

DemoHousehold::Grandparent DemoHousehold::grandparent(const QString& relation, const QString& kinship,
                                                      const QString& surname, Sex sex, QDate childBirth)
{
    const QDate birth =
        childBirth.addDays(sex == Sex::Male ? -between(21 * 365, 36 * 365) : -between(19 * 365, 34 * 365));
    const int age = int(birth.daysTo(m_today) / 365);
    const int alivePerMille = age < 60 ? 980 : age < 70 ? 920 : age < 80 ? 780 : age < 90 ? 450 : 150;
    Grandparent g{relation, kinship, {}, birth, sex, perMille(alivePerMille)};
    g.fields = {{QStringLiteral("name"), personName(surname, sex, birth.year())},
                {QStringLiteral("sex"), sexCode(sex)},
                {QStringLiteral("birth_date"), iso(birth)},
                {QStringLiteral("alive"), g.alive ? 1 : 0}};
    return g;
}

QString DemoHousehold::personName(const QString& surname, Sex sex, int birthYear)
{
    const QString family = surname.isEmpty() ? DemoNames::surname(m_rng) : surname;
    return family + DemoNames::givenName(m_rng, sex, birthYear);
}

QString DemoHousehold::schooling(int age, QString& school, const QString& village, const QString& county)
{
    const QString township = shortName(AreaCatalog::instance().name(AreaCode::parentOf(village)));
    const QString countyName = AreaCatalog::instance().name(QString(county + QStringLiteral("000000")));
    const int r = percent();
    if (age < 3)
        return {};
    if (age <= 5) {
        if (r < 15)
            return QStringLiteral("not_in_kindergarten");
        school = (r < 60 ? shortName(AreaCatalog::instance().name(village)) : township + u16(u"中心")) +
                 u16(u"幼儿园");
        return QStringLiteral("kindergarten");
    }
    if (age <= 11) {
        if (age >= 10 && perMille(4))
            return QStringLiteral("dropped_out");
        school = r < 55 ? shortName(AreaCatalog::instance().name(village)) + u16(u"小学")
                        : township + u16(u"中心小学");
        return QStringLiteral("primary");
    }
    if (age <= 14) {
        if (perMille(15))
            return QStringLiteral("dropped_out");
        school = r < 75 ? township + u16(u"中学") : countyName + u16(u"实验中学");
        return QStringLiteral("junior");
    }
    if (r < 50) {
        school = countyName + (r < 25 ? u16(u"第一中学") : u16(u"第二中学"));
        return QStringLiteral("senior");
    }
    if (r < 75) {
        school = countyName + u16(u"职业技术学校");
        return QStringLiteral("vocational");
    }
    if (r < 87) {
        school = township + u16(u"中学");
        return QStringLiteral("junior");
    }
    return r < 95 ? QStringLiteral("not_in_school") : QStringLiteral("dropped_out");
}

QList<ChildFile> DemoHousehold::household(int maxChildren)
{
    using PS = ParentStatus;
    const QString area = village();
    const QString county = AreaCode::countyOf(area);
    const QString township = AreaCode::parentOf(area);
    const int children = maxChildren > 1 && percent() < 20 ? 2 : 1;

    // Birth dates: the eldest first; a few are 15 and turn 16 within three months.
    const QDate sixteen = m_today.addYears(-16);
    QList<QDate> births;
    if (perMille(25))
        births << sixteen.addDays(between(1, 90));
    else
        births << dayBetween(sixteen.addDays(1), m_today.addDays(children > 1 ? -400 : -30));
    if (children > 1)
        births << dayBetween(births.front().addDays(400),
                             std::min(births.front().addDays(2500), m_today.addDays(-30)));
    const QDate eldest = births.front();
    const QDate youngest = births.back();

    // The parents' situation.
    PS father = PS::AtHome;
    PS mother = PS::AtHome;
    const bool fatherAway = percent() < 75;
    PS& away = fatherAway ? father : mother;
    PS& other = fatherAway ? mother : father;
    const int situation = int(m_rng.bounded(1000));
    if (situation < 450) {
        father = mother = PS::AwayForWork;
    } else if (situation < 750) {
        away = PS::AwayForWork;
    } else if (situation < 800) {
        away = PS::AwayForWork;
        other = percent() < 55 ? PS::SeriouslyIll : PS::SeriouslyDisabled;
    } else if (situation < 900) {
        // both at home
    } else {
        const int rare = percent();
        away = PS::AwayForWork;
        if (rare < 30)
            other = PS::Dead;
        else if (rare < 50)
            other = PS::Missing;
        else if (rare < 65)
            other = PS::InPrison;
        else if (rare < 75)
            other = percent() < 50 ? PS::CompulsoryDetox : PS::Detained;
        else if (rare < 88)
            std::tie(away, other) = std::pair{PS::AtHome, PS::Dead};
        else
            std::tie(father, mother) = std::pair{percent() < 50 ? PS::InPrison : PS::Dead, PS::Missing};
    }

    const QString fatherSurname = DemoNames::surname(m_rng);
    const QString motherSurname = DemoNames::surname(m_rng);
    const QDate fatherBirth = eldest.addDays(-between(21 * 365, 40 * 365));
    const QDate motherBirth = eldest.addDays(-between(19 * 365, 36 * 365));
    const QDate earliestAway = youngest.addDays(60);
    QVariantMap fatherFields = parent(fatherSurname, Sex::Male, fatherBirth, father, county, earliestAway);
    QVariantMap motherFields = parent(motherSurname, Sex::Female, motherBirth, mother, county, earliestAway);

    // Grandparents, and the entrusted guardian when no parent is at home.
    QList<Grandparent> grandparents = {
        grandparent(QStringLiteral("paternal_grandfather"), u16(u"祖父"), fatherSurname, Sex::Male,
                    fatherBirth),
        grandparent(QStringLiteral("paternal_grandmother"), u16(u"祖母"), {}, Sex::Female, fatherBirth),
        grandparent(QStringLiteral("maternal_grandfather"), u16(u"外祖父"), motherSurname, Sex::Male,
                    motherBirth),
        grandparent(QStringLiteral("maternal_grandmother"), u16(u"外祖母"), {}, Sex::Female, motherBirth),
    };
    const QString groupAddress = QStringLiteral("%1组%2号").arg(between(1, 12)).arg(between(1, 90));
    const QString address = AreaCatalog::instance().fullName(township).remove(QLatin1Char(' ')) +
                            shortName(AreaCatalog::instance().name(area)) + groupAddress;
    const bool parentAtHome = father == PS::AtHome || mother == PS::AtHome;
    const auto incapable = [](PS s) { return s != PS::AtHome && s != PS::AwayForWork; };
    const bool parentIncapable = incapable(father) || incapable(mother);
    QVariantMap guardian;
    bool noGuardian = false;
    if (!parentAtHome) {
        noGuardian = children == 1 && eldest < m_today.addYears(-12) && perMille(15);
        static const int weights[] = {20, 50, 10, 20}; // paternal grandfather, grandmother, maternal ...
        int total = 0;
        for (int i = 0; i < 4; ++i) {
            const Grandparent& g = grandparents.at(i);
            if (g.alive && g.birth > m_today.addYears(-85))
                total += weights[i];
        }
        Grandparent* chosen = nullptr;
        if (total > 0) {
            int r = int(m_rng.bounded(total));
            for (int i = 0; i < 4 && !chosen; ++i) {
                Grandparent& g = grandparents[i];
                if (!g.alive || g.birth <= m_today.addYears(-85))
                    continue;
                if (r < weights[i])
                    chosen = &g;
                r -= weights[i];
            }
        }
        QString name;
        QString kinship;
        QDate birth;
        Sex sex = Sex::Female;
        if (chosen) {
            name = chosen->fields.value(QStringLiteral("name")).toString();
            kinship = chosen->kinship;
            birth = chosen->birth;
            sex = chosen->sex;
        } else {
            // An uncle or aunt.
            static const struct
            {
                const char16_t* kinship;
                bool fatherSide;
                Sex sex;
            } relatives[] = {{u"伯父", true, Sex::Male},
                             {u"叔叔", true, Sex::Male},
                             {u"姑姑", true, Sex::Female},
                             {u"舅舅", false, Sex::Male},
                             {u"姨妈", false, Sex::Female}};
            const auto& rel = pick(relatives);
            kinship = u16(rel.kinship);
            sex = rel.sex;
            birth = (rel.fatherSide ? fatherBirth : motherBirth).addDays(between(-3000, 3000));
            // An uncle carries the family name; an aunt has her own.
            name = personName(rel.sex == Sex::Male ? (rel.fatherSide ? fatherSurname : motherSurname)
                                                   : QString(),
                              sex, birth.year());
        }
        const QString id = idNumber(county, birth, sex);
        if (chosen && !id.isEmpty())
            chosen->fields.insert(QStringLiteral("id_number"), id);
        const bool old = birth < m_today.addYears(-75);
        guardian = {{QStringLiteral("name"), name},
                    {QStringLiteral("sex"), sexCode(sex)},
                    {QStringLiteral("birth_date"), iso(birth)},
                    {QStringLiteral("id_number"), id},
                    {QStringLiteral("relation_to_child"), kinship},
                    {QStringLiteral("address"), address},
                    {QStringLiteral("capable"), old ? percent() < 50 : percent() < 95}};
        if (percent() < 88)
            guardian.insert(QStringLiteral("phone"), phone());
    }

    // Missing facts: some records are incomplete, so the child is only suspected.
    if (!parentAtHome && percent() < 14) {
        QVariantMap& p = father == PS::AwayForWork ? fatherFields : motherFields;
        const int kind = percent();
        if (kind < 40)
            p.remove(QStringLiteral("away_since"));
        else if (kind < 75)
            p.remove(QStringLiteral("work_place_code"));
        else
            (percent() < 50 ? fatherFields : motherFields).remove(QStringLiteral("status"));
    }

    // The household.
    QStringList income;
    if (father == PS::AwayForWork || mother == PS::AwayForWork)
        income << QStringLiteral("work_away");
    if (percent() < 70)
        income << QStringLiteral("farming");
    QStringList assistance;
    const bool hardship = parentIncapable || !guardian.value(QStringLiteral("capable"), true).toBool();
    if (perMille(hardship ? 250 : 45))
        assistance << QStringLiteral("dibao");
    if (perMille(incapable(father) && incapable(mother) ? 400 : 8))
        assistance << QStringLiteral("tekun");
    if (perMille((father == PS::SeriouslyIll || mother == PS::SeriouslyIll) ? 400 : 15))
        assistance << QStringLiteral("medical");
    if (perMille(20))
        assistance << QStringLiteral("temporary");
    if (perMille(8))
        assistance << QStringLiteral("housing");
    if (!assistance.isEmpty())
        income << QStringLiteral("government_aid");
    if (percent() < 10)
        income << QStringLiteral("relatives");
    if (income.isEmpty())
        income << QStringLiteral("other");
    QVariantMap household{{QStringLiteral("address"), address},
                          {QStringLiteral("income_sources"), income.join(QLatin1Char(','))}};
    if (!assistance.isEmpty())
        household.insert(QStringLiteral("assistance"), assistance.join(QLatin1Char(',')));
    const int difficulty = percent();
    if (!assistance.isEmpty() || difficulty < 4)
        household.insert(QStringLiteral("economic_difficulty"), 1);
    else if (difficulty < 92)
        household.insert(QStringLiteral("economic_difficulty"), 0);

    // Ethnicity: shared by the household.
    QString ethnicity = QStringLiteral("01");
    int minorityPerMille = 15;
    QStringList minorityCodes = {QStringLiteral("03"), QStringLiteral("11"), QStringLiteral("06")};
    for (const Minorities& m : kMinorities) {
        if (area.startsWith(QLatin1String(m.province))) {
            minorityPerMille = m.perMille;
            minorityCodes = QString::fromLatin1(m.codes).split(QLatin1Char(','));
        }
    }
    if (perMille(minorityPerMille))
        ethnicity = minorityCodes.at(m_rng.bounded(int(minorityCodes.size())));

    // Who filled the files in: the village's child director; some were reviewed by the township.
    if (!m_directors.contains(area)) {
        // A village station's own operator is its child director.
        const bool own = m_villages.size() == 1 && !m_operator.isEmpty();
        const Sex sex = percent() < 60 ? Sex::Female : Sex::Male;
        m_directors.insert(area, own ? m_operator : personName({}, sex, 1985));
    }
    if (!m_supervisors.contains(township)) {
        const Sex sex = percent() < 50 ? Sex::Female : Sex::Male;
        m_supervisors.insert(township, personName({}, sex, 1980));
    }

    QMap<QString, QVariantMap> persons{{QStringLiteral("father"), fatherFields},
                                       {QStringLiteral("mother"), motherFields}};
    for (const Grandparent& g : grandparents)
        persons.insert(g.relation, g.fields);
    if (!guardian.isEmpty() && !noGuardian)
        persons.insert(QStringLiteral("guardian"), guardian);

    QList<ChildFile> files;
    QStringList givenNames;
    for (const QDate& birth : births) {
        ChildFile f;
        f.areaCode = area;
        f.household = household;
        f.persons = persons;
        const Sex sex = percent() < 52 ? Sex::Male : Sex::Female;
        QString given = DemoNames::givenName(m_rng, sex, birth.year());
        while (givenNames.contains(given))
            given = DemoNames::givenName(m_rng, sex, birth.year());
        givenNames << given;
        const QString surname = percent() < 94 ? fatherSurname : motherSurname;
        const int age = int(birth.daysTo(m_today) / 365.25);
        QVariantMap& c = f.child;
        c.insert(QStringLiteral("name"), QString(surname + given));
        c.insert(QStringLiteral("sex"), sexCode(sex));
        c.insert(QStringLiteral("ethnicity"), ethnicity);
        c.insert(QStringLiteral("birth_date"), iso(birth));
        // Babies may not be registered yet; a very few children have no hukou at all.
        const bool registered = !perMille(5) && !(age == 0 && percent() < 30);
        c.insert(QStringLiteral("hukou_registered"), registered ? 1 : 0);
        if (registered)
            c.insert(QStringLiteral("id_number"), idNumber(county, birth, sex));
        const int hukou = int(m_rng.bounded(1000));
        if (hukou >= 15)
            c.insert(QStringLiteral("hukou_type"),
                     hukou < 955 ? QStringLiteral("rural") : QStringLiteral("urban"));
        c.insert(QStringLiteral("hukou_county"), county);
        c.insert(QStringLiteral("hukou_address"), address);
        c.insert(QStringLiteral("current_address"), address);
        const int health = int(m_rng.bounded(1000));
        if (health < 20) {
            c.insert(QStringLiteral("health"), QStringLiteral("disabled"));
            c.insert(QStringLiteral("disability_type"), QString::fromLatin1(pick(kDisabilityTypes)));
            c.insert(QStringLiteral("disability_grade"), QString::number(between(1, 4)));
        } else if (health < 55) {
            c.insert(QStringLiteral("health"), QStringLiteral("ill"));
            c.insert(QStringLiteral("illness"), u16(pick(kIllnesses)));
        } else {
            c.insert(QStringLiteral("health"), QStringLiteral("healthy"));
        }
        QString school;
        const QString schooling = this->schooling(age, school, area, county);
        if (!schooling.isEmpty())
            c.insert(QStringLiteral("schooling"), schooling);
        if (!school.isEmpty())
            c.insert(QStringLiteral("school_name"), school);
        const int boarding =
            schooling == QLatin1String("primary")                                              ? 8
            : schooling == QLatin1String("junior")                                             ? 55
            : schooling == QLatin1String("senior") || schooling == QLatin1String("vocational") ? 80
                                                                                               : 0;
        c.insert(QStringLiteral("boarding"), percent() < boarding ? 1 : 0);
        // Guardianship.
        const int grade = percent();
        QString gradeCode = grade < 58   ? QStringLiteral("good")
                            : grade < 93 ? QStringLiteral("fair")
                                         : QStringLiteral("poor");
        QString type = gradeCode == QLatin1String("good") ? QStringLiteral("good") : QStringLiteral("fair");
        if (noGuardian) {
            type = QStringLiteral("none");
            gradeCode = QStringLiteral("poor");
        } else if (parentIncapable && !parentAtHome) {
            type = QStringLiteral("parent_incapable");
        } else if (!guardian.isEmpty() && !guardian.value(QStringLiteral("capable")).toBool()) {
            type = QStringLiteral("caregiver_insufficient");
            if (gradeCode == QLatin1String("good"))
                gradeCode = QStringLiteral("fair");
        }
        c.insert(QStringLiteral("guardianship_type"), type);
        c.insert(QStringLiteral("guardianship_grade"), gradeCode);
        c.insert(QStringLiteral("abuse_suspected"), perMille(3) ? 1 : 0);
        c.insert(QStringLiteral("filled_by"), m_directors.value(area));
        if (percent() < 60) {
            c.insert(QStringLiteral("reviewed_by"), m_supervisors.value(township));
            c.insert(QStringLiteral("reviewed_on"), iso(m_today.addDays(-between(0, 60))));
        }
        if (percent() < 12)
            c.insert(QStringLiteral("notes"), u16(pick(kNotes)));
        files << f;
    }
    return files;
}
