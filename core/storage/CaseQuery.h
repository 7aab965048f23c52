#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

class CaseDatabase;

// The case list: search and filters, counted and read a page at a time (never all rows at once).
class CaseQuery final
{
public:
    struct Filter
    {
        QString text;     // any part of the name, or any part of the ID number
        QString areaCode; // only children inside this area (village, township, ...); empty = all
        QString category; // category code; empty = any
        QString status = QStringLiteral("active"); // active, exited; empty = any
    };
    enum class Sort
    {
        Name,
        BirthDate,
        Village,
        Category,
        UpdatedAt
    };
    struct Row
    {
        QString id;
        QString name;
        QString sex;
        QString birthDate;
        QString idNumber;
        QString areaCode;
        QString category;
        QString status;
        QString updatedAt; // the file's last change: the child's, household's or a person's row
    };

    explicit CaseQuery(CaseDatabase& db);

    Result<int> count(const Filter& filter) const;
    Result<QList<Row>> page(const Filter& filter, int offset, int limit, Sort sort = Sort::Name,
                            bool descending = false) const;

private:
    QString where(const Filter& filter, QVariantList& binds) const;
    CaseDatabase& m_db;
};
