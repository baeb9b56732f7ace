#pragma once

#include <QString>

namespace ui::ResidentIdNumber {

// The 18-character resident identity card number (GB 11643-1999): 17 digits
// and a check character (0-9 or X) computed with ISO 7064 MOD 11-2. A
// lower-case x is accepted and normalize() upper-cases it, so the registry's
// exact-match lookup (findByIdNumber) sees one spelling.
QString normalize(const QString &text);
bool isValid(const QString &text);
// The check character for the first 17 digits; QChar() if they are not digits.
QChar checkCharacter(QStringView first17);

} // namespace ui::ResidentIdNumber
