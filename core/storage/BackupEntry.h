#pragma once

#include <QDateTime>
#include <QString>

// One backup copy of a case database: a file in the backup folder beside the database (see BackupService), or
// a file of the user's choice (`shouhu-cli backup --out FILE`).
struct BackupEntry
{
    QString path;
    QDateTime created; // UTC, from the file name (or when it was made)
    qint64 size = 0;   // bytes
    QString reason;    // daily, import, manual, restore ("" for a file of the user's choice)
    // The copy passed PRAGMA integrity_check when it was made (every file with a backup's name did: a copy
    // that fails is deleted before it gets its name).
    bool verified = false;
};
