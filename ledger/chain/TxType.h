#pragma once

#include <cstdint>

namespace ledger::chain {

// Every transaction type the ledger knows. The numeric values are part of the
// on-ledger format (docs/ledger-format.md) and never change or get reused.
// Ranges: 1-99 chain and cluster, 100-199 consortium, people and roles,
// 200-299 governance records, 300-399 credit scores, 400-499 feedback.
enum class TxType : std::uint16_t {
    Genesis = 1, // founds the consortium; only in block 0
};

// True for the values listed above: a decoder rejects any other type.
bool isKnownTxType(std::uint16_t value);
// Stable English identifier ("genesis"), for JSON and logs.
const char *txTypeName(TxType type);

} // namespace ledger::chain
