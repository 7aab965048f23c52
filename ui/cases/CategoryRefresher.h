#pragma once

#include "storage/CaseRepository.h"

#include <QDate>
#include <QObject>
#include <QString>

class QThread;
class Clock;

// Brings every child's category up to date for a date (and exits over-age children) in a worker thread with
// its own connection to the same database file, so that the window stays responsive on a big register.
class CategoryRefresher final : public QObject
{
    Q_OBJECT
public:
    explicit CategoryRefresher(QObject* parent = nullptr);
    ~CategoryRefresher() override;

    bool isRunning() const;
    void start(const QString& databasePath, const Clock& clock, QDate onDate);
    // Waits for the worker (called before the database goes away).
    void wait();

signals:
    // `error` is empty on success; `exited` lists the children who left the register as over-age.
    void finished(const QList<CaseRepository::Exited>& exited, const QString& error);

private:
    QThread* m_thread = nullptr;
};
