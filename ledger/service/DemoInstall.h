#pragma once

#include "ledger/core/Result.h"
#include "ledger/domain/DemoCommunity.h"

#include <QString>

#include <functional>
#include <vector>

namespace ledger::service {

// Where one organization's demo node goes.
struct DemoNode {
    QString dataDir; // must not hold a ledger yet
    std::uint32_t orgId = 1; // 1..community.nodeKeys.size()
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 0; // 0: pick one at start (a lone node needs no fixed port)
};

// Writes the demo community into one data directory per node, ready to be
// started as a cluster of those nodes (`gongzhi-cli demo-data`):
//  - ledger.db, ledger.head and state.db: the same chain everywhere (written
//    once, then copied: blocks are byte-identical on every node anyway);
//  - raft.db: a Raft log whose first entry makes exactly these nodes voters,
//    then every block as a committed entry of term 1 (genesis storage,
//    incarnation 0, identical on every node), so that PCs invited later can
//    copy the chain from the log;
//  - node.key (0600) of that organization, node.json with its listen address
//    and every other node as a peer;
//  - keys/person-*.key: that organization's people, unprotected (KeyFile
//    does not let the caller choose faster Argon2 limits, and a demo must
//    start without waiting seconds per key), listed with their roles in
//    keys/demo-people.txt (for scripts); keys/registry.key and
//    residents.db: the residents that organization registered, sealed under
//    a fresh registry key kept beside it (the desktop app keeps it in the
//    system keychain).
// Fails without writing if a directory already holds a ledger.
// `progress` (optional) gets the number of transactions written so far.
core::Status installDemo(const domain::demo::Community &community,
                         const std::vector<DemoNode> &nodes,
                         const std::function<void(std::size_t)> &progress = {});

} // namespace ledger::service
