#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QString g_current;
}

QString Localization::install(QCoreApplication& app, const QString& language)
{
    // An unknown language (a typing mistake in --lang) falls back to the usual choice, which then explains
    // it.
    const auto known = [](const QString& l) {
        return l.startsWith(QLatin1String("en")) || l.startsWith(QLatin1String("zh"));
    };
    QString lang = known(language) ? language : QString();
    if (lang.isEmpty())
        lang = qEnvironmentVariable("SHOUHU_LANG");
    if (lang.isEmpty())
        lang = QStringLiteral("zh_CN");
    if (lang.startsWith(QLatin1String("en")))
        lang = QStringLiteral("en");
    else
        lang = QStringLiteral("zh_CN");
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/shouhu_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(ours);
    if (lang == QLatin1String("zh_CN")) {
        // Qt's own strings (standard buttons, print dialogs) in Chinese too.
        auto* qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    g_current = lang;
    return lang;
}

QString Localization::current()
{
    return g_current;
}

QString Localization::joinSentences(const QStringList& sentences)
{
    static const QString fullWidth = QStringLiteral("。！？；：，");
    QString text;
    for (const QString& sentence : sentences) {
        if (sentence.isEmpty())
            continue;
        if (!text.isEmpty() && !fullWidth.contains(text.back()))
            text += QLatin1Char(' ');
        text += sentence;
    }
    return text;
}
