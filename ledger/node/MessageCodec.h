#pragma once

#include "ledger/core/Result.h"
#include "ledger/raft/Message.h"

#include <QByteArray>

namespace ledger::node {

// Wire encoding of a Raft message between nodes (docs/ledger-format.md §Raft messages):
//   u8 version=1 | u8 type | u64 from | u64 to | u64 term | u64 logTerm | u64 index
//   | u64 commit | u64 rejectHint | u8 reject | bytes context | u32 count
//   | count × (u64 term | u64 index | u8 entryType | bytes data)
// Decoding is strict and bounded (MaxEntries, MaxEntryBytes, MaxContext); the
// sender's identity is NOT trusted from `from`: the node checks it against the
// authenticated peer of the connection.
namespace MessageCodec {

constexpr std::uint32_t MaxEntries = 4096;
constexpr std::uint32_t MaxEntryBytes = 80 * 1024 * 1024;
constexpr std::uint32_t MaxContext = 1024;

QByteArray encode(const raft::Message &m);
core::Result<raft::Message> decode(QByteArrayView bytes);

} // namespace MessageCodec

} // namespace ledger::node
