#pragma once

#include "ledger/chain/Block.h"
#include "ledger/chain/Genesis.h"
#include "ledger/chain/RawBlock.h"
#include "ledger/core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace ledger::store {
class BlockStore;
}

namespace ledger::state {

class StateMachine;

// Read queries for the audit and network screens: the chain explorer, the
// names behind keys, inclusion proofs and the chain export in the same JSON
// as `gongzhi-cli proof` / `export` (docs/ledger-format.md §JSON formats).
// Same thread as the store or state they read. Errors: Io if SQLite fails,
// NotFound for a missing block or transaction.

// One row of the block list: header fields only (no transaction is read).
struct BlockSummary {
    std::uint64_t height = 0;
    std::int64_t timestampMs = 0;
    crypto::PublicKey proposer;
    std::uint32_t txCount = 0;
    chain::BlockHash hash;
};

// Blocks of heights [from, from + count), clipped at the head; ascending.
core::Result<std::vector<BlockSummary>> blockSummaries(store::BlockStore &blocks,
                                                       std::uint64_t from, std::uint32_t count);

// Who is behind the keys on the chain, including organizations removed and
// keys rotated since (an old block still names its proposer).
struct AuditNames {
    struct Org {
        QString name;
        chain::OrgKind kind = chain::OrgKind::PartyCommittee;
        bool active = true;
        crypto::PublicKey nodeKey; // the current node key (zero if none)
    };
    struct Person {
        QString displayName;
        std::uint32_t orgId = 0;
        std::uint8_t roles = 0;
        bool current = true;
    };
    QHash<std::uint32_t, Org> orgs;
    QHash<crypto::PublicKey, std::uint32_t> nodeKeyOrg; // every node key ever used
    QHash<crypto::PublicKey, Person> persons; // every person key ever used

    std::uint32_t orgOfNodeKey(const crypto::PublicKey &key) const
    {
        return nodeKeyOrg.value(key, 0);
    }
    QString orgName(std::uint32_t orgId) const { return orgs.value(orgId).name; }
    std::uint32_t nextOrgId() const; // the id an OrgAdmitted must carry next
};
core::Result<AuditNames> auditNames(const StateMachine &state);

// True if any node key was added, rotated or retired after genesis: then the
// full-chain verifier needs StateMembership (a scratch state) instead of the
// genesis founders to know who may propose each block.
core::Result<bool> membershipChangedAfterGenesis(const StateMachine &state);

// `gongzhi-cli proof --tx ID`: the inclusion proof of one transaction in its
// block, with the anchoring header and the proposer's signature.
core::Result<QJsonObject> inclusionProofJson(store::BlockStore &blocks, const chain::TxId &tx);

// The checks of `gongzhi-cli verify-proof` without trust anchors, in the
// order of docs/ledger-format.md; returns the proven transaction id. Errors:
// BadEncoding / NotFound / BadValue for a malformed document (field named),
// BadHash / BadSignature / Invalid naming the check that failed.
core::Result<chain::TxId> checkInclusionProofJson(const QJsonObject &proof);

// One line of `gongzhi-cli export`: the stored bytes of one block, decoded
// but not recomputed.
core::Result<QJsonObject> exportBlockJson(const chain::RawBlock &raw);

} // namespace ledger::state
