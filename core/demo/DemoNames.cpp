#include "DemoNames.h"

#include <QRandomGenerator>

#include <array>
#include <numeric>

namespace {

// The 100 most common surnames, most common first, with their approximate share of the population in
// units of 0.01 % (public household-registration statistics, 2020).
struct Surname
{
    const char16_t* text;
    int weight;
};
constexpr std::array<Surname, 100> kSurnames = {{
    {u"王", 712}, {u"李", 700}, {u"张", 674}, {u"刘", 510}, {u"陈", 461}, {u"杨", 322}, {u"黄", 245},
    {u"赵", 219}, {u"吴", 208}, {u"周", 200}, {u"徐", 167}, {u"孙", 154}, {u"马", 144}, {u"朱", 126},
    {u"胡", 116}, {u"郭", 113}, {u"何", 106}, {u"林", 102}, {u"高", 100}, {u"罗", 96},  {u"郑", 92},
    {u"梁", 82},  {u"谢", 72},  {u"宋", 66},  {u"唐", 65},  {u"许", 60},  {u"韩", 58},  {u"冯", 56},
    {u"邓", 55},  {u"曹", 53},  {u"彭", 52},  {u"曾", 51},  {u"肖", 50},  {u"田", 47},  {u"董", 45},
    {u"袁", 43},  {u"潘", 42},  {u"于", 41},  {u"蒋", 40},  {u"蔡", 39},  {u"余", 38},  {u"杜", 37},
    {u"叶", 36},  {u"程", 35},  {u"苏", 34},  {u"魏", 33},  {u"吕", 32},  {u"丁", 31},  {u"任", 30},
    {u"沈", 29},  {u"姚", 28},  {u"卢", 28},  {u"姜", 27},  {u"崔", 26},  {u"钟", 26},  {u"谭", 25},
    {u"陆", 25},  {u"汪", 24},  {u"范", 24},  {u"金", 23},  {u"石", 23},  {u"廖", 22},  {u"贾", 22},
    {u"夏", 21},  {u"韦", 21},  {u"付", 21},  {u"方", 20},  {u"白", 20},  {u"邹", 19},  {u"孟", 19},
    {u"熊", 19},  {u"秦", 18},  {u"邱", 18},  {u"江", 18},  {u"尹", 17},  {u"薛", 17},  {u"闫", 17},
    {u"段", 16},  {u"雷", 16},  {u"侯", 16},  {u"龙", 15},  {u"史", 15},  {u"陶", 15},  {u"黎", 14},
    {u"贺", 14},  {u"顾", 14},  {u"毛", 13},  {u"郝", 13},  {u"龚", 13},  {u"邵", 13},  {u"万", 12},
    {u"钱", 12},  {u"严", 12},  {u"覃", 11},  {u"武", 11},  {u"戴", 11},  {u"莫", 11},  {u"孔", 10},
    {u"向", 10},  {u"汤", 10},
}};

// Characters of given names by sex and generation: born before 1970, 1970-1994, 1995 and later.
constexpr std::array<const char16_t*, 3> kMale = {
    u"国建明德华福文荣金永志春生海军林平贵祥才和民兴成富清忠发仁义宝树长庆山有水根光",
    u"伟强磊军勇杰涛斌刚辉鹏峰波超明建华林平东志俊海亮飞健宏龙新永洪卫红江锋兵",
    u"宇轩浩睿博文泽俊晨子梓一诚铭昊鑫家乐豪航瑞宸皓天佑煜辰逸嘉明然阳杰凯恒锦彬远哲",
};
constexpr std::array<const char16_t*, 3> kFemale = {
    u"秀英兰桂芳珍凤玉梅华淑翠花琴云莲菊春霞素娥香群美荣月巧金彩",
    u"芳娜静丽敏燕艳娟霞玲红梅琴云莉萍英华慧秀兰婷雪琳丹倩颖晶洁妮",
    u"梓涵雨欣怡萱诗思佳悦妍雅晴可馨彤瑶媛琪梦璐晓婷蕊菲依心语嘉雪若安诺芷沐子琳",
};

QChar pickChar(QRandomGenerator& rng, const char16_t* pool)
{
    const QString chars = QString::fromUtf16(pool);
    return chars.at(rng.bounded(int(chars.size())));
}

} // namespace

QString DemoNames::surname(QRandomGenerator& rng)
{
    static const int total = std::accumulate(kSurnames.begin(), kSurnames.end(), 0,
                                             [](int sum, const Surname& s) { return sum + s.weight; });
    int r = rng.bounded(total);
    for (const Surname& s : kSurnames) {
        if (r < s.weight)
            return QString::fromUtf16(s.text);
        r -= s.weight;
    }
    return QString::fromUtf16(kSurnames.front().text);
}

QString DemoNames::givenName(QRandomGenerator& rng, Sex sex, int birthYear)
{
    const int generation = birthYear < 1970 ? 0 : birthYear < 1995 ? 1 : 2;
    const char16_t* pool = sex == Sex::Female ? kFemale[generation] : kMale[generation];
    // One-character given names were more common in the older generations.
    const int singlePercent = generation == 0 ? 35 : generation == 1 ? 25 : 12;
    QString name(pickChar(rng, pool));
    if (rng.bounded(100) < singlePercent)
        return name;
    if (generation == 2 && sex == Sex::Female && rng.bounded(100) < 5)
        return name + name; // 欣欣, 婷婷
    QChar second = pickChar(rng, pool);
    while (second == name.front())
        second = pickChar(rng, pool);
    return name + second;
}
