#pragma once

#include "ledger/core/FixedBytes.h"
#include "ledger/crypto/Types.h"

namespace ledger::chain {

struct ConsortiumIdTag;
// 16 random bytes chosen when the consortium is founded (in the genesis block).
using ConsortiumId = core::FixedBytes<16, ConsortiumIdTag>;
// SHA-256 over a transaction's full encoding.
using TxId = crypto::Digest;
// SHA-256 over a block header's encoding.
using BlockHash = crypto::Digest;

} // namespace ledger::chain
