#include "SingleInstance.h"

#include "storage/DatabaseLock.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
// One line each way: "import <path, percent-encoded>\n" or "raise\n"; the answer is "ok\n".
constexpr char kImport[] = "import ";
constexpr char kRaise[] = "raise";
constexpr char kOk[] = "ok";
constexpr qint64 kMaxLine = 64 * 1024;
} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_name(serverNameFor(databasePath))
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance()
{
    m_server->close();
}

QString SingleInstance::serverNameFor(const QString& databasePath)
{
    QByteArray key = DatabaseLock::canonicalPath(databasePath).toUtf8();
#ifdef Q_OS_UNIX
    // Socket names are shared by every user of the machine.
    key += '\0' + QByteArray::number(qulonglong(::getuid()));
#endif
    return QStringLiteral("shouhu-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

bool SingleInstance::listen()
{
    if (m_server->listen(m_name))
        return true;
    // A socket left by an instance that crashed: the caller holds the database's lock, so no live instance
    // can own this name.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return true;
    }
    qWarning().noquote() << "Single-instance socket" << m_name << "cannot listen:" << m_server->errorString();
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxLine)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(kMaxLine).trimmed();
            socket->write(QByteArray(kOk) + '\n');
            socket->flush();
            socket->disconnectFromServer();
            if (line.startsWith(kImport))
                emit packageReceived(
                    QString::fromUtf8(QByteArray::fromPercentEncoding(line.mid(int(sizeof(kImport)) - 1))));
            else if (line == kRaise)
                emit raiseRequested();
        });
    }
}

bool SingleInstance::handOver(const QString& databasePath, const QString& packagePath, int timeoutMs)
{
    const QString name = serverNameFor(databasePath);
    QByteArray request = packagePath.isEmpty()
                             ? QByteArray(kRaise)
                             : QByteArray(kImport) + packagePath.toUtf8().toPercentEncoding();
    request += '\n';
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (socket.waitForConnected(int(std::min<qint64>(500, deadline.remainingTime() + 1)))) {
            socket.write(request);
            socket.waitForBytesWritten(int(deadline.remainingTime() + 1));
            while (!socket.canReadLine() && socket.waitForReadyRead(int(deadline.remainingTime() + 1))) {
            }
            return socket.readLine().trimmed() == kOk;
        }
        // Not listening yet (the window is still being made) or not at all (shouhu-cli has the database).
        QThread::msleep(200);
    }
    return false;
}
