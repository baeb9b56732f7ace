#pragma once

#include "ledger/chain/Types.h"
#include "ledger/core/Result.h"

#include <QString>

#include <vector>

namespace ledger::node {

struct PeerAddress {
    crypto::PublicKey nodeKey;
    QString host;
    quint16 port = 0;
};

// A node's configuration file, DIR/node.json:
//   {"consortium": HEX, "genesis_hash": HEX, "org_id": N, "node_key": HEX,
//    "listen": "HOST:PORT", "peers": [{"node_key": HEX, "address": "HOST:PORT"}],
//    "tick_ms": 100}
// Written by `gongzhi-cli init` / `cluster-init` / joining; edited by hand only
// to change addresses. Loading is strict: a malformed file is an error naming the field.
struct NodeConfig {
    chain::ConsortiumId consortium;
    chain::BlockHash genesisHash;
    std::uint32_t orgId = 0;
    crypto::PublicKey nodeKey;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 0;
    std::vector<PeerAddress> peers;
    int tickMs = 100;

    static core::Result<NodeConfig> load(const QString &path);
    core::Status save(const QString &path) const;
};

} // namespace ledger::node
