#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The left-behind category of a child. The database stores the codes of categoryCode() exactly.
enum class Category
{
    NotLeftBehind,
    LeftBehind,
    Suspected, // facts needed for the decision are missing (疑似留守儿童)
    OverAge,   // turned 16: exits the register, the record is kept (超龄)
};

inline QString categoryCode(Category category)
{
    switch (category) {
    case Category::NotLeftBehind:
        return QStringLiteral("not_left_behind");
    case Category::LeftBehind:
        return QStringLiteral("left_behind");
    case Category::Suspected:
        return QStringLiteral("suspected");
    case Category::OverAge:
        return QStringLiteral("over_age");
    }
    return QString();
}

// The category of a stored code; empty for an unrecognised code.
inline std::optional<Category> categoryFromCode(QStringView code)
{
    for (Category c :
         {Category::NotLeftBehind, Category::LeftBehind, Category::Suspected, Category::OverAge}) {
        if (code == categoryCode(c))
            return c;
    }
    return std::nullopt;
}

inline QString categoryLabel(Category category)
{
    switch (category) {
    case Category::NotLeftBehind:
        return QCoreApplication::translate("Category", "Not left-behind");
    case Category::LeftBehind:
        return QCoreApplication::translate("Category", "Left-behind");
    case Category::Suspected:
        return QCoreApplication::translate("Category", "Suspected");
    case Category::OverAge:
        return QCoreApplication::translate("Category", "Over-age");
    }
    return QString();
}

// What the classifier decided about one child on one date, and why, in sentences for the child director.
struct Classification
{
    Category category = Category::Suspected;
    QStringList reasons;               // the verdict first, then the facts it rests on
    QStringList missingFacts;          // only for Suspected: each fact that must be recorded to decide
    bool factuallyUnsupported = false; // 事实无人抚养儿童 (民发〔2019〕62号)
    QStringList unsupportedReasons;
    // Each parent is in a 62号 situation but one has not lasted the minimum (or its start is not recorded):
    // not counted yet, and why.
    QStringList unsupportedNotes;
    bool orphan = false;       // both parents dead: a matter for orphan support, not the 62号 indicator
    bool inDifficulty = false; // 困境儿童 (国发〔2016〕36号)
    QStringList difficultyReasons;
    QDate overAgeOn; // the day the child turns over-age; invalid when the birth date is not recorded
};
