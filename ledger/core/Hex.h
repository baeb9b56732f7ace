#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ledger::core {

// Lowercase hex of arbitrary bytes.
QString toHex(QByteArrayView bytes);
// Strict: even length, only [0-9a-fA-F]; nullopt otherwise.
std::optional<QByteArray> fromHex(QStringView hex);

} // namespace ledger::core
