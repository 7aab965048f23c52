#include "CliContext.h"

#include "CliPassphrase.h"
#include "storage/CaseDatabase.h"
#include "storage/DatabaseEncryption.h"
#include "storage/DatabaseLock.h"
#include "storage/FieldValidator.h"
#include "sync/StationIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}
} // namespace

CliContext::CliContext(const CliCommand& command, QStringList arguments, QHash<QString, QString> options)
    : m_command(command)
    , m_arguments(std::move(arguments))
    , m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
{}

CliContext::~CliContext() = default;

QList<CliOption> CliContext::globalOptions()
{
    return {
        {QStringLiteral("db"), QStringLiteral("FILE"),
         tr("The database file (default: the one the program uses, %1).")
             .arg(QDir::toNativeSeparators(CaseDatabase::defaultPath()))},
        {QStringLiteral("json"), {}, tr("Print one JSON document instead of text.")},
        {QStringLiteral("lang"), QStringLiteral("en|zh_CN"), tr("The language of the messages.")},
        {QStringLiteral("help"), {}, tr("Show this help.")},
    };
}

QString CliContext::databasePath() const
{
    return value(QStringLiteral("db"), CaseDatabase::defaultPath());
}

int CliContext::refuse(const QString& sentence)
{
    m_out.flush();
    m_err << sentence << Qt::endl;
    return 1;
}

int CliContext::usageError(const QString& why)
{
    m_out.flush();
    m_err << why << "\n\n" << tr("Usage: ") << m_command.usage() << Qt::flush;
    return 2;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) << Qt::flush;
}

void CliContext::printTable(const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            line += row.at(i);
            if (i + 1 < row.size())
                line += QString(widths.at(i) - displayWidth(row.at(i)) + 2, QLatin1Char(' '));
        }
        m_out << line << '\n';
    }
    m_out.flush();
}

Result<QJsonObject> CliContext::readJsonObject(const QString& path)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    const QString name = QDir::toNativeSeparators(path);
    if (!opened)
        return Result<QJsonObject>::failure(
            tr("The file %1 cannot be read: %2").arg(name, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(tr("The file %1 is not valid JSON (at character %2: %3).")
                                                .arg(name)
                                                .arg(error.offset)
                                                .arg(error.errorString()));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(tr("The file %1 must hold one JSON object.").arg(name));
    return doc.object();
}

Result<int> CliContext::intOption(const QString& option, int fallback, int min, int max) const
{
    if (!has(option))
        return fallback;
    bool ok = false;
    const int n = value(option).toInt(&ok);
    if (!ok || n < min || n > max)
        return Result<int>::failure(tr("--%1 takes a whole number from %2 to %3.")
                                        .arg(option, QString::number(min), QString::number(max)));
    return n;
}

Result<QDate> CliContext::dateOption(const QString& option, QDate fallback) const
{
    if (!has(option))
        return fallback;
    const QDate d = FieldValidator::parseDate(value(option));
    if (!d.isValid())
        return Result<QDate>::failure(
            tr("--%1: \"%2\" is not a real date (write it as 2024-08-08).").arg(option, value(option)));
    return d;
}

Result<std::unique_ptr<CaseDatabase>> CliContext::openDatabase(bool requireStation, const Clock& clock) const
{
    using R = Result<std::unique_ptr<CaseDatabase>>;
    const QString path = databasePath();
    if (requireStation && !QFileInfo::exists(path))
        return R::failure(tr("There is no database at %1; set up the station with \"shouhu-cli init\" first.")
                              .arg(QDir::toNativeSeparators(path)));
    // An encrypted database: the passphrase from --passphrase-file or SHOUHU_PASSPHRASE (never the command
    // line), checked and remembered for this run.
    if (DatabaseEncryption::needsPassphrase(path) && !DatabaseLock::isHeldElsewhere(path)) {
        Result<QString> pass = CliPassphrase::read(*this);
        if (!pass)
            return R::failure(tr("The database %1 is encrypted: give the station's passphrase with "
                                 "--passphrase-file or the SHOUHU_PASSPHRASE environment variable.")
                                  .arg(QDir::toNativeSeparators(path)));
        if (Status s = DatabaseEncryption::unlock(path, pass.value()); !s)
            return R::failure(s.error());
    }
    R db = CaseDatabase::open(path, clock);
    if (db && requireStation && !db.value()->station())
        return R::failure(tr("The database %1 has no station yet; run \"shouhu-cli init\" first.")
                              .arg(QDir::toNativeSeparators(path)));
    return db;
}

CaseDatabase* CliContext::database()
{
    if (!m_db) {
        auto db = openDatabase();
        if (!db) {
            refuse(db.error());
            return nullptr;
        }
        m_db = std::move(db.value());
    }
    return m_db.get();
}

int CliContext::finish(int code)
{
    if (code != 0 || !m_db || m_verifiedPassphrase.isEmpty() || m_db->key() ||
        !StationIdentity::hasKeys(*m_db))
        return code;
    const QString path = m_db->path();
    m_db.reset();
    if (Status s = DatabaseEncryption::encrypt(path, m_verifiedPassphrase); !s)
        return refuse(s.error());
    return code;
}

int CliContext::print(const QJsonValue& json, const std::function<void(QTextStream&)>& text)
{
    if (this->json()) {
        printJson(json);
        return 0;
    }
    text(m_out);
    m_out.flush();
    return 0;
}

int CliContext::print(const QJsonValue& json, const QString& sentence)
{
    return print(json, [&sentence](QTextStream& out) { out << sentence << '\n'; });
}
