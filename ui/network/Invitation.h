#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/core/Result.h"
#include "ledger/node/NodeConfig.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace ui {

// The two files an organization's joining passes between PCs (until the
// ledger service offers its own invitation API):
//
// An invitation, made by a member (InvitationDialog), carried to the new
// organization's PC on a USB stick or by e-mail:
//   {"format": "gongzhi-invitation-v1", "community": NAME,
//    "consortium": HEX, "genesis_hash": HEX, "org_id": N, "org_name": NAME,
//    "org_kind": "social_organization", "code": "ABCD-EFGH",
//    "inviter_org": N, "peers": [{"node_key": HEX, "address": "HOST:PORT"}],
//    "created_ms": MS}
// The short code is read out on the phone so that both sides know the file
// is the one that was sent.
//
// A join request, made by the new organization's first-run wizard from the
// invitation and its freshly generated node key, carried back:
//   {"format": "gongzhi-join-request-v1", "consortium": HEX, "org_name": NAME,
//    "org_kind": "...", "node_key": HEX, "code": "ABCD-EFGH"}
// Approving it (JoinApprovalDialog) signs an OrgAdmitted transaction.
struct Invitation {
    static constexpr const char *Format = "gongzhi-invitation-v1";
    QString community;
    ledger::chain::ConsortiumId consortium;
    ledger::chain::BlockHash genesisHash;
    std::uint32_t orgId = 0;
    QString orgName;
    ledger::chain::OrgKind orgKind = ledger::chain::OrgKind::SocialOrganization;
    QString code;
    std::uint32_t inviterOrg = 0;
    std::vector<ledger::node::PeerAddress> peers;
    std::int64_t createdMs = 0;

    QJsonObject toJson() const;
    static ledger::core::Result<Invitation> fromJson(const QJsonObject &json);
    // 8 characters of an alphabet without look-alikes (no 0/O, 1/I/L), "ABCD-EFGH".
    static QString randomCode();
};

struct JoinRequest {
    static constexpr const char *Format = "gongzhi-join-request-v1";
    ledger::chain::ConsortiumId consortium;
    QString orgName;
    ledger::chain::OrgKind orgKind = ledger::chain::OrgKind::SocialOrganization;
    ledger::crypto::PublicKey nodeKey;
    QString code;

    QJsonObject toJson() const;
    static ledger::core::Result<JoinRequest> fromJson(const QJsonObject &json);
};

// Writes/reads a small JSON file (at most 1 MiB). Errors name the file.
ledger::core::Status writeJsonFile(const QString &path, const QJsonObject &json);
ledger::core::Result<QJsonObject> readJsonFile(const QString &path);

} // namespace ui
