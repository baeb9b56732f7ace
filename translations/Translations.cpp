#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace translations {

QString install(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("GONGZHI_LANG");
    if (lang.isEmpty())
        lang = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                        : QStringLiteral("en");
    const QLocale locale(lang);
    if (locale.language() != QLocale::Chinese)
        lang = QStringLiteral("en");

    // Owned by the application object: they live as long as it does.
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("gongzhi"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace translations
