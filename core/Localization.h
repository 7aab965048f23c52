#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the UI language. Simplified Chinese unless SHOUHU_LANG (or the given language) says "en".
class Localization final
{
public:
    // language: "zh_CN", "en", or empty for the default (SHOUHU_LANG, else zh_CN). Returns the language used.
    static QString install(QCoreApplication& app, const QString& language = {});
    static QString current();
    // Joins translated sentences: a space between them, except after a full-width mark (。！？；：，), as
    // Chinese text has none. Empty sentences are skipped.
    static QString joinSentences(const QStringList& sentences);
};
