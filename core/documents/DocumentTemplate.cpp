#include "DocumentTemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DocumentTemplate", text);
}
} // namespace

Result<DocumentTemplate> DocumentTemplate::load(const QString& name)
{
    // Templates are read once: batches fill the same template hundreds of times.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.constFind(name);
    if (it == cache.cend()) {
        QFile file(QStringLiteral(":/documents/") + name + QStringLiteral(".html"));
        if (!file.open(QIODevice::ReadOnly))
            return Result<DocumentTemplate>::failure(
                tr("The document template %1 is missing from this installation.").arg(name));
        it = cache.insert(name, QString::fromUtf8(file.readAll()));
    }
    DocumentTemplate t;
    t.m_source = it.value();
    return t;
}

void DocumentTemplate::set(const QString& key, const QString& text)
{
    m_values.insert(key, text.toHtmlEscaped());
}

void DocumentTemplate::setOrBlank(const QString& key, const QString& text, int width)
{
    if (text.trimmed().isEmpty())
        setHtml(key, blank(width));
    else
        set(key, text);
}

void DocumentTemplate::setHtml(const QString& key, const QString& html)
{
    m_values.insert(key, html);
}

QString DocumentTemplate::blank(int width)
{
    QString spaces;
    for (int i = 0; i < width; ++i)
        spaces += QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;"); // about one Chinese character wide
    return QStringLiteral("<span style=\"text-decoration: underline\">") + spaces + QStringLiteral("</span>");
}

QString DocumentTemplate::html() const
{
    QString out;
    out.reserve(m_source.size() + 1024);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = m_source.indexOf(QLatin1String("{{"), pos);
        const qsizetype close = open < 0 ? -1 : m_source.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            out += QStringView(m_source).mid(pos);
            break;
        }
        out += QStringView(m_source).mid(pos, open - pos);
        out += m_values.value(m_source.mid(open + 2, close - open - 2).trimmed());
        pos = close + 2;
    }
    return out;
}
