#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

struct FieldSpec;

// How stored values read on paper: dates in Chinese form, vocabulary labels, yes or no, area names.
class DocumentText final
{
public:
    // "2024年3月1日"; empty for an invalid date.
    static QString date(QDate d);
    // A stored ISO date in Chinese form; other text unchanged.
    static QString date(const QString& iso);
    static QString yesNo(const QVariant& stored);
    // A stored field value in words (labels for codes, names for area codes); empty for no value.
    static QString fieldValue(const FieldSpec& field, const QVariant& value);
    // The name a place goes by on paper and in file names: 南跃村 for 南跃村民委员会, 东风社区 for
    // 东风社区居民委员会, 东风居委会 for 东风居民委员会, a township's or county's name as it is.
    static QString placeName(const QString& areaCode);
    // A PDF file name: the parts and the date (YYYY-MM-DD) joined by "-", without white space and the
    // characters file systems refuse (\ / : * ? " < > |), ending in ".pdf":
    // 南跃村-走访任务清单-2026-12-03.pdf.
    static QString fileName(const QStringList& parts, QDate date);
};
