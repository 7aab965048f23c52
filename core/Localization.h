#pragma once

#include <QString>

class QCoreApplication;

// Installs the UI language. Simplified Chinese unless SHOUHU_LANG (or the given language) says "en".
class Localization final
{
public:
    // language: "zh_CN", "en", or empty for the default (SHOUHU_LANG, else zh_CN). Returns the language used.
    static QString install(QCoreApplication& app, const QString& language = {});
    static QString current();
};
