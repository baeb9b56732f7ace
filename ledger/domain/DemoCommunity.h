#pragma once

#include "ledger/chain/Block.h"
#include "ledger/chain/Genesis.h"
#include "ledger/domain/Types.h"

#include <vector>

namespace ledger::domain::demo {

// A realistic demo community (all in Chinese), generated deterministically
// from a seed: the same options give byte-identical transactions and blocks.
// Scale 1 is about 10,000 transactions over 6 months (2,000 residents);
// scale N about N times as many (and N × 2,000 residents).
// Used by `gongzhi-cli demo-data`, the state benchmark and the privacy test.
struct Options {
    std::uint64_t seed = 1;
    int scale = 1; // 1..1000
    std::int64_t startMs = 1767571200000LL; // 2026-01-05 08:00 UTC+8
    int months = 6;
};

struct Person {
    QString displayName; // staff are public officers: their names are on the ledger
    std::uint32_t orgId = 0;
    std::uint8_t roles = 0;
    crypto::KeyPair key;
};

// Personal data of a resident: goes into the registering organization's
// ResidentRegistry only, never into a transaction.
struct Resident {
    Pseudonym pseudonym;
    std::uint32_t orgId = 0; // registering organization
    QString name;
    QString idNumber; // 18 digits, valid check digit
    QString phone;
    QString address;
    QString residentCode; // typed at the kiosk
    QString pin; // 6 digits (demo only: real PINs are chosen by the resident)
    bool consent = false; // to the masked name on rankings
};

// Transactions that share a block: timestampMs is the block's time.
struct Batch {
    std::int64_t timestampMs = 0;
    std::vector<chain::Transaction> transactions;
};

struct Community {
    chain::ConsortiumId consortium;
    chain::GenesisPayload genesis;
    std::int64_t genesisMs = 0;
    std::vector<crypto::KeyPair> nodeKeys; // [orgId - 1]
    std::vector<QByteArray> peppers; // [orgId - 1], 32 bytes: each node's PIN pepper
    std::vector<Person> people; // genesis persons, same order
    std::vector<Resident> residents;
    std::vector<Batch> batches; // in block order, after genesis
    std::size_t transactionCount() const;
};

Community generate(const Options &options);

// Block 0 (genesis, signed by the first administrator) and one block per
// batch, linked by prevHash, proposed by organization 1's node key. The
// historyRoot is left zero: a store that computes it re-seals (see report).
std::vector<chain::Block> sealBlocks(const Community &community);

} // namespace ledger::domain::demo
