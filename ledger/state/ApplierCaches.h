#pragma once

#include "ledger/state/Applier.h"

#include <QSet>

namespace ledger::state {

// In-memory copies of the small, hot tables (keys, orgs, rules, categories,
// residents, items) and the next sequence numbers. Always equal to the
// tables at a block boundary: StateMachine reloads them after a rollback.
struct Applier::Caches {
    chain::ConsortiumId consortium;
    QHash<crypto::PublicKey, Signer> signers; // current keys only
    QHash<std::uint32_t, std::pair<chain::OrgKind, bool>> orgs; // kind, active
    std::uint32_t maxOrgId = 0;
    domain::PolicySet policy;
    std::uint32_t handbookVersion = 0; // 0 = no handbook in effect yet
    QHash<QString, domain::ScoringRule> rules;
    QHash<QString, domain::FeedbackCategory> categories; // active ones
    QHash<domain::Pseudonym, std::uint32_t> residents; // -> registering org
    QHash<crypto::PublicKey, std::uint64_t> seq;
    QSet<crypto::PublicKey> dirtySeq;
    QHash<QString, std::pair<std::int64_t, bool>> items; // cost, active
    std::int64_t nextPersonNo = 1;
    std::int64_t nextRecordNo = 1;
    std::int64_t nextEventNo = 1;
    std::int64_t nextFeedbackNo = 1;
    std::int64_t nextPendingNo = 1;
    std::int64_t nextRedemptionNo = 1;
    std::int64_t nextResidentNo = 1;
};

// Decodes the payload of c.tx as P or returns a MalformedPayload verdict.
#define GONGZHI_PAYLOAD(P, var) \
    auto var##_decoded = domain::decodePayload<P>(c.tx->payload()); \
    if (!var##_decoded) \
        return Verdict::no(domain::RejectReason::MalformedPayload, \
                           var##_decoded.error().toString()); \
    const P &var = *var##_decoded

using domain::RejectReason;

inline QByteArray bytesOf(const crypto::Digest &d)
{
    return d.toByteArray();
}

} // namespace ledger::state
