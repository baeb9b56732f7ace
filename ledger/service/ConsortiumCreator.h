#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/core/Result.h"
#include "ledger/node/ClusterSetup.h"
#include "ledger/service/NodeKeyStore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace ledger::service {

// What the first-run wizard asks for: a new consortium whose first (and for
// now only) member is this PC's organization, normally the party committee.
struct ConsortiumRequest {
    QString dataDir; // must not hold a ledger yet
    QString communityName;
    QString orgName;
    chain::OrgKind orgKind = chain::OrgKind::PartyCommittee;
    QString listenHost = QStringLiteral("0.0.0.0");
    quint16 listenPort = 7400;
    QString adminName;
    QString adminPassword; // protects keys/admin.key; must not be empty
    QString secretaryName;
    QString secretaryPassword; // protects keys/secretary.key; must not be empty
    // Move the node key into the system keychain when one answers (the
    // desktop app, which then opens with NodeKeyStore::load and
    // LedgerService::open(dir, key)); false keeps DIR/node.key (gongzhi-node,
    // LedgerService::open(dir), tests).
    bool nodeKeyToKeychain = false;
};

struct ConsortiumCreated {
    node::ClusterInfo info;
    NodeKeyStore::Location nodeKeyLocation = NodeKeyStore::Location::File;
};

// Creates the data directory (genesis block, one-voter Raft log, node.json,
// node key, the two founders' encrypted key files) on the global thread pool
// (two Argon2 stretchings take seconds), then, on the caller's thread, moves
// the node key into the keychain if asked and possible. `done` runs on
// `receiver`'s thread unless it is gone. Errors: BadValue for an empty name
// or password; Conflict if DIR already holds a ledger; Io naming the file.
class ConsortiumCreator
{
public:
    using Done = std::function<void(core::Result<ConsortiumCreated>)>;
    static void create(const ConsortiumRequest &request, QObject *receiver, Done done);
    // The same, synchronously and without the keychain step (CLI, tests).
    static core::Result<node::ClusterInfo> createNow(const ConsortiumRequest &request);

private:
    static void moveNodeKey(const QString &dataDir, const node::ClusterInfo &info,
                            QObject *receiver, const Done &done);
};

} // namespace ledger::service
