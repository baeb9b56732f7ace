#include "tests/cluster/HostilePeer.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/node/MessageCodec.h"
#include "ledger/node/NetTransportAdapter.h"
#include "ledger/node/NodeIdentity.h"
#include "tests/cluster/ClusterProcesses.h"

#include <QDir>
#include <QHostAddress>

namespace tests {

using namespace ledger;

namespace {

node::NodeConfig loadConfig(const QString &dataDir)
{
    auto config = node::NodeConfig::load(QDir(dataDir).filePath(QStringLiteral("node.json")));
    if (!config)
        qFatal("cannot read node.json in %s", qPrintable(dataDir));
    return *config;
}

} // namespace

std::unique_ptr<HostilePeer> HostilePeer::asMember(const QString &dataDir)
{
    auto key = crypto::KeyFile::load(QDir(dataDir).filePath(QStringLiteral("node.key")), {});
    if (!key)
        qFatal("cannot read node.key in %s", qPrintable(dataDir));
    return std::unique_ptr<HostilePeer>(new HostilePeer(*key, loadConfig(dataDir), true));
}

std::unique_ptr<HostilePeer> HostilePeer::withUnknownKey(const QString &dataDir)
{
    // It dials every member, the one whose node.json it read included.
    node::NodeConfig config = loadConfig(dataDir);
    config.peers.push_back(
        node::PeerAddress { config.nodeKey, config.listenHost, config.listenPort });
    return std::unique_ptr<HostilePeer>(
        new HostilePeer(crypto::KeyPair::generate(), config, false));
}

HostilePeer::HostilePeer(const crypto::KeyPair &key, const node::NodeConfig &config,
                         bool listenOnConfiguredPort)
    : m_key(key)
    , m_config(config)
    , m_listenOnConfiguredPort(listenOnConfiguredPort)
    , m_id(node::nodeIdFor(key.publicKey()))
{
    QSet<crypto::PublicKey> members { key.publicKey() };
    for (const auto &peer : config.peers) {
        members.insert(peer.nodeKey);
        if (peer.nodeKey == key.publicKey())
            continue;
        const raft::NodeId id = node::nodeIdFor(peer.nodeKey);
        m_peerIds.push_back(id);
        m_keys[id] = peer.nodeKey;
    }
    net::TransportConfig tc;
    tc.consortiumId = config.consortium;
    tc.genesisHash = config.genesisHash;
    tc.isMember = [members](const crypto::PublicKey &k) { return members.contains(k); };
    m_transport = std::make_unique<net::PeerTransport>(key, std::move(tc));
    connect(m_transport.get(), &net::PeerTransport::frameReceived, this, &HostilePeer::onFrame);
    connect(m_transport.get(), &net::PeerTransport::connectionRefused, this,
            [this] { ++m_refusals; });
}

HostilePeer::~HostilePeer()
{
    stop();
}

bool HostilePeer::start(QString *error)
{
    const quint16 port = m_listenOnConfiguredPort ? m_config.listenPort : 0;
    if (auto s = m_transport->start(QHostAddress::LocalHost, port); !s) {
        if (error)
            *error = s.error().toString();
        return false;
    }
    std::map<crypto::PublicKey, net::PeerAddress> peers;
    for (const auto &peer : m_config.peers) {
        if (peer.nodeKey != m_key.publicKey())
            peers[peer.nodeKey] = net::PeerAddress { peer.host, peer.port };
    }
    m_transport->setPeers(peers);
    return true;
}

void HostilePeer::stop()
{
    if (m_transport)
        m_transport->stop();
}

bool HostilePeer::isConnected(raft::NodeId peer) const
{
    const auto it = m_keys.find(peer);
    return it != m_keys.end() && m_transport->isConnected(it->second);
}

bool HostilePeer::sendFrame(raft::NodeId to, quint8 kind, const QByteArray &payload)
{
    const auto it = m_keys.find(to);
    if (it == m_keys.end())
        return false;
    QByteArray frame;
    frame.reserve(payload.size() + 1);
    frame.append(char(kind)).append(payload);
    return m_transport->send(it->second, node::NetTransportAdapter::NodeChannel, frame);
}

bool HostilePeer::sendRaft(const raft::Message &m)
{
    return sendFrame(m.to, node::LedgerNode::RaftFrame, node::MessageCodec::encode(m));
}

const raft::Message *HostilePeer::lastReceived(raft::MessageType type, raft::NodeId from) const
{
    for (auto it = m_received.rbegin(); it != m_received.rend(); ++it) {
        if (it->type == type && it->from == from)
            return &*it;
    }
    return nullptr;
}

const raft::Message *HostilePeer::lastAppendWithBlocks() const
{
    for (auto it = m_received.rbegin(); it != m_received.rend(); ++it) {
        if (it->type != raft::MessageType::Append)
            continue;
        for (const auto &e : it->entries) {
            if (e.type == raft::EntryType::Normal && !e.data.isEmpty())
                return &*it;
        }
    }
    return nullptr;
}

void HostilePeer::onFrame(const crypto::PublicKey &from, quint8 channel, const QByteArray &payload)
{
    if (channel != node::NetTransportAdapter::NodeChannel || payload.isEmpty()
        || quint8(payload.front()) != node::LedgerNode::RaftFrame)
        return;
    auto m = node::MessageCodec::decode(QByteArrayView(payload).sliced(1));
    if (!m || m->from != node::nodeIdFor(from))
        return;
    if (m->type == raft::MessageType::Heartbeat) {
        raft::Message r;
        r.type = raft::MessageType::HeartbeatResp;
        r.from = m_id;
        r.to = m->from;
        r.term = m->term;
        r.context = m->context;
        sendRaft(r);
    }
    m_received.push_back(std::move(*m));
    if (m_received.size() > 20000) // bounded: the tests look at recent messages
        m_received.erase(m_received.begin(), m_received.begin() + 10000);
}

QString convergenceOf(const ClusterProcesses &c, const QString &ackFile,
                      const std::vector<int> &nodes, int timeoutMs)
{
    for (int i : nodes) {
        const bool has = ClusterProcesses::waitFor(
            [&] {
                return c.cli({ QStringLiteral("has"), QStringLiteral("--data-dir"), c.dataDir(i),
                               QStringLiteral("--tx-file"), ackFile })
                           .exitCode
                    == 0;
            },
            timeoutMs);
        if (!has)
            return QStringLiteral("node%1 misses acknowledged ids\n").arg(i + 1) + c.nodeLog(i);
    }
    QStringList heads;
    const bool sameHead = ClusterProcesses::waitFor(
        [&] {
            heads.clear();
            for (int i : nodes)
                heads << c.head(i);
            return !heads.first().isEmpty() && heads.count(heads.first()) == heads.size();
        },
        timeoutMs);
    if (!sameHead)
        return QStringLiteral("heads differ: ") + heads.join(QStringLiteral(" | "));
    for (int i : nodes) {
        const CliRun v = c.cli(
            { QStringLiteral("verify"), QStringLiteral("--data-dir"), c.dataDir(i) }, 300000);
        if (v.exitCode != 0)
            return QStringLiteral("verify failed on node%1: ").arg(i + 1) + v.out + v.err;
        const QJsonObject s = c.status(i);
        if (s.isEmpty() || s.value(QStringLiteral("halted")).toBool())
            return QStringLiteral("node%1 halted or does not answer\n").arg(i + 1) + c.nodeLog(i);
    }
    return {};
}

} // namespace tests
