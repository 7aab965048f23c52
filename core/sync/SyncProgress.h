#pragma once

#include <QtGlobal>

#include <functional>

// Progress of a long sync call (export, import): called now and then with the work done and the total;
// returning false cancels the call, which then leaves the database and the target file as they were.
// Sync calls take a CaseDatabase& opened by the caller, so a GUI runs them on a worker thread with its
// own connection.
using SyncProgress = std::function<bool(qint64 done, qint64 total)>;
