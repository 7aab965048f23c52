#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

// An HTML template of resources/documents/ (built in as :/documents/NAME.html) with {{key}} placeholders.
// Values given with set() are escaped; setHtml() inserts markup built by the caller. A placeholder without a
// value becomes empty.
class DocumentTemplate final
{
public:
    static Result<DocumentTemplate> load(const QString& name);

    void set(const QString& key, const QString& text);
    // The text, or an underlined blank of `width` characters for handwriting when the text is empty.
    void setOrBlank(const QString& key, const QString& text, int width = 8);
    void setHtml(const QString& key, const QString& html);
    QString html() const;

    // An underlined blank of `width` full-width characters, for handwriting.
    static QString blank(int width);
    static QString escaped(const QString& text) { return text.toHtmlEscaped(); }

private:
    QString m_source;
    QHash<QString, QString> m_values;
};
