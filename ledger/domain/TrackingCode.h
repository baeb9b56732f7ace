#pragma once

#include "ledger/domain/Types.h"

#include <optional>

namespace ledger::domain {

// The tracking code (回执号) of a feedback item: 8 digits a resident can type
// at the kiosk, the last a check digit that catches any single wrong digit
// and most swaps of neighbours. Derived from the submission's transaction id
// so every node computes the same code; when a candidate is taken, the state
// machine tries the next attempt (deterministic, since state is).
namespace tracking {

constexpr int Digits = 8;
constexpr int Attempts = 64;

// Candidate `attempt` (0..Attempts-1) for the item created by `txId`: the
// 7-digit body comes from 4 bytes of SHA-256(txId || attempt).
std::uint32_t candidate(const chain::TxId &txId, int attempt);
// "12345674": body zero-padded to 7 digits + check digit.
QString format(std::uint32_t code);
// The stored number of a typed code, or nullopt on a wrong length, a non-digit
// or a bad check digit.
std::optional<std::uint32_t> parse(QStringView typed);

} // namespace tracking

} // namespace ledger::domain
