#include "ledger/core/Hex.h"

namespace ledger::core {

QString toHex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

std::optional<QByteArray> fromHex(QStringView hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    for (QChar c : hex) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace ledger::core
