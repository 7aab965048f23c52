#pragma once

#include "storage/DatabaseEncryption.h"
#include "storage/DatabaseKey.h"
#include "storage/SqlCipherDriver.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// A connection to a database file outside CaseDatabase, to look at it as another program would. An encrypted
// file is keyed with `passphrase` (the tests' stations use "correct horse battery").
namespace RawDatabase {

inline QSqlDatabase open(const QString& connection, const QString& path,
                         const QString& passphrase = QStringLiteral("correct horse battery"))
{
    QSqlDatabase db = SqlCipherDriver::addConnection(connection);
    db.setDatabaseName(path);
    if (!db.open())
        return db;
    if (DatabaseEncryption::isEncrypted(path)) {
        Result<DatabaseKey> key = DatabaseKey::derive(passphrase, DatabaseEncryption::saltOf(path));
        if (key)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA key = ") +
                               QString::fromLatin1(key.value().sqlLiteral()));
    }
    return db;
}

} // namespace RawDatabase
