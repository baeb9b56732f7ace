#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/Types.h"

#include <optional>

namespace ledger::domain {

// Payloads of types 101-142 (docs/domain.md §Consortium). Each: version byte
// (PayloadCodec.h) then the fields in the order listed on the struct.

// What the cluster needs to make a node a Raft member (docs/raft.md §Joining):
// u64 incarnation | string address | bool learner
// incarnation: the joiner's Raft storage incarnation (never 0: founders only);
// address: "HOST:PORT" the others dial; learner: a kiosk PC that never votes.
struct NodeEndpoint {
    std::uint64_t incarnation = 0;
    QString address;
    bool learner = false;
    void write(core::ByteWriter &w) const;
    static core::Result<NodeEndpoint> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const NodeEndpoint &, const NodeEndpoint &) = default;
};

// True for "HOST:PORT" with a non-empty host without spaces and a port 1..65535.
bool isNodeAddress(const QString &address);

// OrgAdmitted, payload version 1: u32 orgId | u8 kind | string name | nodeKey[32]
// version 2: the same, then NodeEndpoint (the node joins the Raft cluster).
// Version 1 still decodes (chains written before joining existed), with no
// endpoint; an OrgAdmitted is encoded as version 2 exactly when it has one.
// orgId must be the next free id (state checks); the node key must be unused.
struct OrgAdmitted {
    std::uint32_t orgId = 0;
    chain::OrgKind kind = chain::OrgKind::SocialOrganization;
    QString name;
    crypto::PublicKey nodeKey;
    std::optional<NodeEndpoint> endpoint; // version 2
    void write(core::ByteWriter &w) const;
    static core::Result<OrgAdmitted> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const OrgAdmitted &, const OrgAdmitted &) = default;
};
template<>
QByteArray encodePayload<OrgAdmitted>(const OrgAdmitted &payload);
template<>
core::Result<OrgAdmitted> decodePayload<OrgAdmitted>(QByteArrayView bytes);

// NodeAdded: u32 orgId | nodeKey[32] | NodeEndpoint
// Another node of an existing organization: a kiosk PC (learner) or the
// replacement of a PC whose disk was wiped. The key must be unused.
struct NodeAdded {
    std::uint32_t orgId = 0;
    crypto::PublicKey nodeKey;
    NodeEndpoint endpoint;
    void write(core::ByteWriter &w) const;
    static core::Result<NodeAdded> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const NodeAdded &, const NodeAdded &) = default;
};

// NodeRemoved: nodeKey[32] | string reason. The node key stops being current;
// the cluster's leader removes the node from the Raft configuration and every
// node's transport refuses it.
struct NodeRemoved {
    crypto::PublicKey nodeKey;
    QString reason;
    void write(core::ByteWriter &w) const;
    static core::Result<NodeRemoved> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const NodeRemoved &, const NodeRemoved &) = default;
};

// OrgRemoved: u32 orgId | string reason. The org's node key and all its
// people's keys stop being current.
struct OrgRemoved {
    std::uint32_t orgId = 0;
    QString reason;
    void write(core::ByteWriter &w) const;
    static core::Result<OrgRemoved> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const OrgRemoved &, const OrgRemoved &) = default;
};

// NodeKeyRotated: u32 orgId | newKey[32] | string reason. The old key can
// sign nothing afterwards.
struct NodeKeyRotated {
    std::uint32_t orgId = 0;
    crypto::PublicKey newKey;
    QString reason;
    void write(core::ByteWriter &w) const;
    static core::Result<NodeKeyRotated> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const NodeKeyRotated &, const NodeKeyRotated &) = default;
};

// PersonEnrolled: key[32] | u32 orgId | string displayName | u8 roles
struct PersonEnrolled {
    crypto::PublicKey key;
    std::uint32_t orgId = 0;
    QString displayName;
    std::uint8_t roles = 0; // chain::Role bits, at least one
    void write(core::ByteWriter &w) const;
    static core::Result<PersonEnrolled> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const PersonEnrolled &, const PersonEnrolled &) = default;
};

// PersonRemoved: key[32] | string reason
struct PersonRemoved {
    crypto::PublicKey key;
    QString reason;
    void write(core::ByteWriter &w) const;
    static core::Result<PersonRemoved> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const PersonRemoved &, const PersonRemoved &) = default;
};

// PersonKeyRotated: oldKey[32] | newKey[32] | string reason. The person keeps
// org, name and roles; the old key can sign nothing afterwards.
struct PersonKeyRotated {
    crypto::PublicKey oldKey;
    crypto::PublicKey newKey;
    QString reason;
    void write(core::ByteWriter &w) const;
    static core::Result<PersonKeyRotated> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const PersonKeyRotated &, const PersonKeyRotated &) = default;
};

// RoleGranted / RoleRevoked: key[32] | u8 role (exactly one Role bit)
struct RoleChange {
    crypto::PublicKey key;
    chain::Role role = chain::Role::Staff;
    void write(core::ByteWriter &w) const;
    static core::Result<RoleChange> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const RoleChange &, const RoleChange &) = default;
};

// ApprovalGranted / ApprovalRefused: pendingTx[32] | string comment
// Names a transaction that the permission matrix put on hold.
struct ApprovalDecision {
    chain::TxId pendingTx;
    QString comment; // may be empty for a grant, required for a refusal (state checks)
    void write(core::ByteWriter &w) const;
    static core::Result<ApprovalDecision> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const ApprovalDecision &, const ApprovalDecision &) = default;
};

// PolicySet: i64 deductionApprovalThreshold | u32 feedbackAutoCloseDays
// A deduction of more than `deductionApprovalThreshold` points waits for a
// secretary's approval; a resolved feedback item closes by itself after
// `feedbackAutoCloseDays` days of block time without the resident's answer.
struct PolicySet {
    static constexpr std::int64_t DefaultDeductionThreshold = 10;
    static constexpr std::uint32_t DefaultAutoCloseDays = 7;
    std::int64_t deductionApprovalThreshold = DefaultDeductionThreshold; // >= 0
    std::uint32_t feedbackAutoCloseDays = DefaultAutoCloseDays; // 1..365
    void write(core::ByteWriter &w) const;
    static core::Result<PolicySet> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const PolicySet &, const PolicySet &) = default;
};

// ResidentEnrolled / ResidentPinChanged: pseudonym[16] | pinVerifier[32]
// Nothing else about the resident is on the ledger (docs/privacy.md).
struct ResidentPin {
    Pseudonym pseudonym;
    PinVerifier pinVerifier;
    void write(core::ByteWriter &w) const;
    static core::Result<ResidentPin> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const ResidentPin &, const ResidentPin &) = default;
};

// ResidentConsentSet: pseudonym[16] | bool consent | string maskedName
// consent=1 needs a masked name (isMaskedName); consent=0 needs an empty one
// and withdraws the name from every later view.
struct ResidentConsentSet {
    Pseudonym pseudonym;
    bool consent = false;
    QString maskedName;
    void write(core::ByteWriter &w) const;
    static core::Result<ResidentConsentSet> read(core::ByteReader &r);
    core::Status validate() const;
    friend bool operator==(const ResidentConsentSet &, const ResidentConsentSet &) = default;
};

// 张*明 / 王* / 欧阳** : 2..6 characters, the first a non-'*', every other
// character except the last of 3+ masked. Keeps names out of the ledger.
bool isMaskedName(const QString &name);
// Masks a full name the way isMaskedName expects (张三丰 -> 张*丰, 李四 -> 李*).
QString maskName(const QString &fullName);

} // namespace ledger::domain
