#pragma once

#include "ledger/chain/Block.h"
#include "ledger/chain/Genesis.h"
#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/node/NodeConfig.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace ledger::node {

// The two files a new node's joining passes between PCs (docs/raft.md §Joining).
//
// An invitation, made by a member (`gongzhi-cli invite`, InvitationDialog),
// carried to the new PC on a USB stick or by e-mail:
//   {"format": "gongzhi-invitation-v2", "community": NAME,
//    "consortium": HEX, "genesis_hash": HEX, "genesis_block": HEX,
//    "org_id": N, "org_name": NAME, "org_kind": "social_organization",
//    "role": "voter" | "learner", "code": "ABCD-EFGH", "token": HEX32,
//    "inviter_org": N, "peers": [{"node_key": HEX, "address": "HOST:PORT"}],
//    "created_ms": MS}
// genesis_block is block 0's encoding; its hash must equal genesis_hash, so a
// joiner starts from the consortium's real first block. org_id 0 with a
// learner role and an existing org's id: a node of that organization (NodeAdded).
// The short code is read out on the phone so that both sides know the file
// is the one that was sent; the token makes each invitation's request unique.
// Version 1 files (no genesis block, role or token) still load: the desktop's
// own dialogs make them.
//
// A join request, made by the new PC from the invitation (`gongzhi-cli join`,
// the first-run wizard), carried back:
//   {"format": "gongzhi-join-request-v2", "consortium": HEX, "org_id": N,
//    "org_name": NAME, "org_kind": "...", "node_key": HEX,
//    "address": "HOST:PORT", "incarnation": "DECIMAL", "role": "voter"|"learner",
//    "code": "ABCD-EFGH", "token": HEX32, "signature": HEX64
//    [, "admin_name": NAME, "admin_key": HEX]}
// signature: Ed25519 by node_key over signedBytes(), proving the requester
// holds the key it asks to be admitted with. v1 requests (consortium, names,
// node key, code) still load, without an endpoint.
struct Invitation {
    static constexpr const char *Format = "gongzhi-invitation-v2";
    static constexpr const char *FormatV1 = "gongzhi-invitation-v1";
    QString community;
    chain::ConsortiumId consortium;
    chain::BlockHash genesisHash;
    QByteArray genesisBlock; // encoded block 0; empty in a v1 invitation
    std::uint32_t orgId = 0;
    QString orgName;
    chain::OrgKind orgKind = chain::OrgKind::SocialOrganization;
    bool learner = false;
    QString code;
    QByteArray token; // 16 random bytes; empty in a v1 invitation
    std::uint32_t inviterOrg = 0;
    std::vector<PeerAddress> peers;
    std::int64_t createdMs = 0;

    bool isV2() const { return !genesisBlock.isEmpty(); }
    // Written as v2 when it carries the genesis block.
    QJsonObject toJson() const;
    // Strict: every error names the field. A v2 invitation's genesis block must
    // decode, be a genesis block of `consortium` and hash to genesis_hash.
    static core::Result<Invitation> fromJson(const QJsonObject &json);
    // 8 characters of an alphabet without look-alikes (no 0/O, 1/I/L), "ABCD-EFGH".
    static QString randomCode();
};

struct JoinRequest {
    static constexpr const char *Format = "gongzhi-join-request-v2";
    static constexpr const char *FormatV1 = "gongzhi-join-request-v1";
    chain::ConsortiumId consortium;
    std::uint32_t orgId = 0; // as in the invitation
    QString orgName;
    chain::OrgKind orgKind = chain::OrgKind::SocialOrganization;
    crypto::PublicKey nodeKey;
    QString code;
    // v2 only (isV2()):
    QString address; // "HOST:PORT" the members dial
    std::uint64_t incarnation = 0; // the new node's Raft storage incarnation
    bool learner = false;
    QByteArray token;
    crypto::Signature signature;
    // Optional (v2, a new organization's request from the desktop wizard): the
    // new organization's first administrator, whose key was made on the new PC
    // under their own password. The party committee's secretary enrols them
    // (PersonEnrolled) once the organization is admitted. Signed with the rest.
    QString adminName;
    std::optional<crypto::PublicKey> adminKey;

    bool isV2() const { return incarnation != 0; }
    // The canonical bytes the signature covers (domain-separated).
    QByteArray signedBytes() const;
    void sign(const crypto::KeyPair &key) { signature = key.sign(signedBytes()); }
    bool signatureValid() const;
    QJsonObject toJson() const;
    // Strict; a v2 request's signature must verify (BadSignature otherwise).
    static core::Result<JoinRequest> fromJson(const QJsonObject &json);
    // That this request answers `invitation`: consortium, code, token, role.
    core::Status matches(const Invitation &invitation) const;
};

// Writes/reads a small JSON file (at most 1 MiB). Errors name the file.
core::Status writeJsonFile(const QString &path, const QJsonObject &json);
core::Result<QJsonObject> readJsonFile(const QString &path);

} // namespace ledger::node
