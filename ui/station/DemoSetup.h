#pragma once

#include "Result.h"

class CaseDatabase;
class QWidget;

// `shouhu --demo` on a new database: sets the station up as a real village and fills it with fictitious
// children (DemoGenerator), showing progress. The database is marked as demo data.
class DemoSetup final
{
public:
    // A real village of the official list used for the demo station.
    static QString demoVillage();
    static Status run(CaseDatabase& db, int children, QWidget* parent = nullptr);
};
