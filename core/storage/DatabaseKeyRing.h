#pragma once

#include "DatabaseKey.h"

#include <QList>
#include <QString>

#include <optional>

// The keys of the encrypted databases this process has unlocked, by the database's canonical path: every
// connection to the same file (the GUI's worker threads open their own) is keyed from here, so the passphrase
// is asked once. Kept in memory only; forget() when the app locks or the database closes for good.
class DatabaseKeyRing final
{
public:
    static void remember(const QString& databasePath, const DatabaseKey& key);
    static std::optional<DatabaseKey> find(const QString& databasePath);
    static void forget(const QString& databasePath);
    // Every key remembered (to open a backup copy, which has the salt of its database).
    static QList<DatabaseKey> all();
};
