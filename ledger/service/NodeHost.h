#pragma once

#include "ledger/core/Clock.h"
#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/node/NodeConfig.h"
#include "ledger/node/NodeStatus.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace ledger::node {
class ControlServer;
class LedgerNode;
class NetTransportAdapter;
} // namespace ledger::node

namespace ledger::service {

// One data directory's running node: the LedgerNode, its peer transport
// (node.json's listen address and peers) and its control socket (so that
// gongzhi-cli status works against the desktop app's node too).
//
// Thread affinity: create it, moveToThread() the node thread, then call
// every method on that thread (start() through a blocking queued call): the
// node's SQLite connections, sockets and timers belong to the thread that
// start() runs on. The same wiring as app/node/NodeProcess.
class NodeHost : public QObject
{
    Q_OBJECT
public:
    NodeHost(QString dataDir, node::NodeConfig config, crypto::KeyPair nodeKey,
             QObject *parent = nullptr);
    ~NodeHost() override;

    // Opens the ledger, binds the control socket, then the peer port, and
    // starts ticking. On error nothing is left running; errors name the file
    // or address at fault.
    core::Status start();

    // A clean stop: a leader first hands leadership to the most up-to-date
    // connected voter and waits (at most handoverMs) to see it step down;
    // then everything closes and finished() is emitted. A second call stops
    // at once. The node is destroyed with the host (on this thread).
    void shutdown(int handoverMs);

    node::LedgerNode *node() const { return m_node.get(); }
    // The peer port bound (the chosen one when node.json says 0); 0 before start().
    quint16 listenPort() const;
    node::NodeStatus status() const;
    bool isConnected(std::uint64_t nodeId) const;

Q_SIGNALS:
    void blockCommitted(quint64 height);
    void halted(const QString &reason);
    // Every statusIntervalMs and on every role change.
    void statusChanged(const ledger::node::NodeStatus &status);
    void finished();

private:
    bool handOver();
    void finish();
    void publishStatus();

    QString m_dataDir;
    node::NodeConfig m_config;
    crypto::KeyPair m_nodeKey;
    core::SystemClock m_clock;
    std::unique_ptr<node::LedgerNode> m_node;
    std::unique_ptr<node::NetTransportAdapter> m_transport;
    std::unique_ptr<node::ControlServer> m_control;
    QTimer *m_handoverTimer;
    QTimer *m_statusTimer;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace ledger::service
