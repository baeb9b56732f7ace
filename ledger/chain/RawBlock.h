#pragma once

#include "ledger/core/Result.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace ledger::chain {

// A block exactly as stored, before any decoding: what the ChainVerifier
// checks. The "derived" fields (hash, ids, types, authors, sequences, txCount)
// are the store's index columns; the verifier recomputes each from the bytes
// and compares, so a change to any stored byte is caught.
struct RawTransaction {
    QByteArray id;
    int type = 0;
    QByteArray author;
    qint64 sequence = 0;
    QByteArray data; // the full encoding: Merkle leaf = signed bytes + signature
};

struct RawBlock {
    std::uint64_t height = 0;
    QByteArray hash;
    QByteArray header;
    QByteArray signature;
    qint64 txCount = 0;
    std::vector<RawTransaction> transactions;
};

// Where the verifier reads blocks from (the BlockStore, or a test fixture).
class BlockSource
{
public:
    virtual ~BlockSource() = default;
    // Up to maxBlocks blocks in height order starting at `from`; fewer at the end.
    virtual core::Result<std::vector<RawBlock>> readRaw(std::uint64_t from, std::uint32_t maxBlocks)
        = 0;
    // The head height recorded independently of the block rows, if any.
    virtual std::optional<std::uint64_t> witnessedHeight() const { return std::nullopt; }
};

} // namespace ledger::chain
