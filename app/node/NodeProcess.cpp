#include "app/node/NodeProcess.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/node/ControlServer.h"
#include "ledger/node/InvitationDesk.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/node/NetTransportAdapter.h"
#include "ledger/node/NodeConfig.h"

#include <QDir>
#include <QFileInfo>

using namespace ledger;

namespace app::node {

NodeProcess::NodeProcess(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
    m_handoverTimer.setSingleShot(true);
    connect(&m_handoverTimer, &QTimer::timeout, this, [this] {
        qInfo("leadership hand-over not confirmed in time; stopping anyway");
        finish();
    });
}

NodeProcess::~NodeProcess() = default;

core::Status NodeProcess::start()
{
    const QDir dir(m_dataDir);
    if (!QFileInfo(m_dataDir).isDir())
        return core::fail(core::ErrorCode::NotFound, QStringLiteral("no such directory"),
                          m_dataDir);
    auto config = ledger::node::NodeConfig::load(dir.filePath(QStringLiteral("node.json")));
    if (!config)
        return tl::unexpected(config.error());
    // The node key must load without a person present (an unprotected key file).
    auto key = crypto::KeyFile::load(dir.filePath(QStringLiteral("node.key")), QString());
    if (!key)
        return tl::unexpected(key.error());
    if (key->publicKey() != config->nodeKey)
        return core::fail(core::ErrorCode::Conflict,
                          QStringLiteral("node.key does not hold the key named in node.json"),
                          dir.filePath(QStringLiteral("node.key")));

    ledger::node::NodeOptions options;
    options.dataDir = dir.absolutePath();
    options.tickMs = config->tickMs;
    auto node = ledger::node::LedgerNode::open(options, *key, m_clock);
    if (!node)
        return tl::unexpected(node.error());

    // The control socket first: it refuses to start if another node serves
    // this directory, before we bind the peer port.
    auto control = std::make_unique<ledger::node::ControlServer>(
        node->get(), dir.filePath(QStringLiteral("control.sock")));
    if (auto s = control->start(); !s)
        return s;
    auto transport = std::make_unique<ledger::node::NetTransportAdapter>(*key, *config);
    // The invitation desk answers new PCs on the same port (docs/transport.md).
    transport->setDeskHandler(ledger::node::InvitationDesk::handlerFor(options.dataDir));
    if (auto s = transport->start(); !s)
        return s;

    m_node = std::move(*node);
    m_transport = std::move(transport);
    m_control = std::move(control);
    m_transport->attach(m_node.get());
    m_node->setTransport(m_transport.get());
    connect(m_node.get(), &ledger::node::LedgerNode::halted, this, [](const QString &reason) {
        qCritical("the node halted and no longer serves: %s", qPrintable(reason));
    });
    connect(m_node.get(), &ledger::node::LedgerNode::roleChanged, this,
            [this](int role, quint64 leader) {
                qInfo("role %s, leader %llu", raft::roleName(raft::Role(role)),
                      static_cast<unsigned long long>(leader));
                if (m_stopping && raft::Role(role) != raft::Role::Leader)
                    finish();
            });
    m_node->start();
    qInfo("node %llu serving %s: peers on %s:%u, control socket %s",
          static_cast<unsigned long long>(m_node->id()), qPrintable(options.dataDir),
          qPrintable(config->listenHost), unsigned(config->listenPort),
          qPrintable(m_control->socketPath()));
    return {};
}

void NodeProcess::shutdown(int handoverMs)
{
    if (m_stopping || !m_node) {
        finish();
        return;
    }
    m_stopping = true;
    if (handOver())
        m_handoverTimer.start(handoverMs);
    else
        finish();
}

bool NodeProcess::handOver()
{
    const auto status = m_node->status();
    if (status.role != raft::Role::Leader || status.halted)
        return false;
    const ledger::node::PeerStatus *best = nullptr;
    for (const auto &peer : status.peers) {
        // Heard from recently and still connected now (it may be stopping too).
        if (peer.voter && peer.connected && m_transport->isConnected(peer.id)
            && (!best || peer.matchIndex > best->matchIndex))
            best = &peer;
    }
    if (!best) {
        qInfo("stopping as leader: no connected voter to hand over to");
        return false;
    }
    if (auto s = m_node->transferLeadership(best->id); !s) {
        qWarning("leadership hand-over to %llu refused: %s",
                 static_cast<unsigned long long>(best->id), qPrintable(s.error().toString()));
        return false;
    }
    qInfo("handing leadership over to %llu before stopping",
          static_cast<unsigned long long>(best->id));
    return true;
}

void NodeProcess::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_handoverTimer.stop();
    if (m_control)
        m_control->stop();
    if (m_node)
        m_node->stop();
    if (m_transport)
        m_transport->stop();
    qInfo("stopped");
    Q_EMIT finished();
}

} // namespace app::node
