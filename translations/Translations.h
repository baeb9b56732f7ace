#pragma once

#include <QLocale>
#include <QString>

namespace translations {

// Installs Gongzhi's and Qt's own translations for `language` ("zh_CN", "en")
// or, when it is empty, for the system locale (GONGZHI_LANG overrides both).
// Chinese systems get zh_CN; every other locale gets English.
// Returns the language actually installed. Call after QCoreApplication exists.
QString install(const QString &language = QString());

} // namespace translations
