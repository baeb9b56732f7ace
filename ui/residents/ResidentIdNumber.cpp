#include "ui/residents/ResidentIdNumber.h"

namespace ui::ResidentIdNumber {

QString normalize(const QString &text)
{
    return text.trimmed().toUpper();
}

QChar checkCharacter(QStringView first17)
{
    // GB 11643-1999 §6.2: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11.
    static constexpr int Weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static constexpr char Checks[] = "10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (c < u'0' || c > u'9')
            return {};
        sum += (c.unicode() - u'0') * Weights[i];
    }
    return QLatin1Char(Checks[sum % 11]);
}

bool isValid(const QString &text)
{
    const QString id = normalize(text);
    if (id.size() != 18)
        return false;
    const QChar check = checkCharacter(QStringView(id).left(17));
    return !check.isNull() && check == id[17];
}

} // namespace ui::ResidentIdNumber
