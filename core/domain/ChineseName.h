#pragma once

#include <QString>

// How Chinese users find and order names: by pinyin, with a surname read as a surname (曾 zeng, 单 shan,
// 解 xie, 仇 qiu, 区 ou, 查 zha, 朴 piao, 覃 qin, 尉迟 yuchi, 长孙 changsun, …), then by the characters
// (ICU's Chinese collation: tones, then strokes). ICU (Han-Latin/Names transliteration, the zh collator) does
// the work; a few surnames ICU reads otherwise are set here.
class ChineseName final
{
public:
    // Toneless lowercase pinyin, syllables separated by one space ("zhang jia yi"); other scripts are kept
    // (Latin lowercased, accents removed).
    static QString pinyin(const QString& name);
    // The pinyin without spaces ("zhangjiayi") and the syllables' first letters ("zjy"): what a search
    // matches.
    static QString compactPinyin(const QString& name);
    static QString initials(const QString& name);
    // A text that orders names as Chinese users expect when compared byte by byte (SQLite's default
    // collation): the pinyin, a tab, then ICU's collation key of the name, in hex.
    static QString sortKey(const QString& name);

    // All the forms above from one transliteration (what the name index stores for every name).
    struct Forms
    {
        QString pinyin;
        QString compactPinyin;
        QString initials;
        QString sortKey;
    };
    static Forms forms(const QString& name);

private:
    static QString initialsOf(const QString& pinyin);
    static QString sortKeyOf(const QString& simplifiedName, const QString& pinyin);
};
