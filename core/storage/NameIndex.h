#pragma once

#include "Result.h"

class QSqlDatabase;

class CaseDatabase;

// The columns that let the case list order names by pinyin and find them by pinyin (ChineseName): child
// `name_key`, `name_pinyin` ("zhangjiayi"), `name_initials` ("zjy"), and `name_indexed`, the name they were
// computed from. They are this station's cache (never synced). Any write that changes a name leaves the row
// "stale" (name_indexed differs from name, found by a partial index); every transaction brings the stale
// rows up to date before it commits (CaseDatabase::commit), so no path that writes names can forget them.
class NameIndex final
{
public:
    explicit NameIndex(CaseDatabase& db);

    Status refreshStale();
    // The same on a bare connection (the schema migration fills every row this way).
    static Status refreshStale(QSqlDatabase& db);

private:
    CaseDatabase& m_db;
};
