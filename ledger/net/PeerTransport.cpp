#include "ledger/net/PeerTransport.h"

#include "ledger/core/Enforce.h"
#include "ledger/net/Backoff.h"
#include "ledger/net/Log.h"
#include "ledger/net/PeerConnection.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>

#include <functional>

namespace ledger::net {

// A QTcpServer that hands each accepted descriptor to the transport, which
// wraps it in a QSslSocket itself: that keeps the pending-connection limit,
// the eviction rule and the handshake timeout in one place (QSslServer 6.4
// queues sockets before we could count them).
class Listener : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> onIncoming, QObject *parent)
        : QTcpServer(parent)
        , m_onIncoming(std::move(onIncoming))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};

PeerTransport::PeerTransport(const crypto::KeyPair &nodeKey, TransportConfig config,
                             QObject *parent)
    : QObject(parent)
    , m_nodeKey(nodeKey)
    , m_config(std::move(config))
    , m_tick(this)
{
    GONGZHI_ENFORCE(bool(m_config.isMember), "TransportConfig.isMember is required");
    GONGZHI_ENFORCE(m_config.maxQueuedBytes >= qsizetype(m_config.maxFrameLength),
                    "maxQueuedBytes must hold one maximum frame");
    GONGZHI_ENFORCE(m_config.maxFrameLength >= 3, "maxFrameLength below a data frame header");
    qRegisterMetaType<ledger::net::CloseReason>();
    qRegisterMetaType<ledger::crypto::PublicKey>();
    // Half the ping interval: a silent peer is noticed within
    // silenceTimeout + pingInterval / 2.
    m_tick.setInterval(std::max<qint64>(10, m_config.pingInterval.count() / 2));
    connect(&m_tick, &QTimer::timeout, this, &PeerTransport::onTick);
}

PeerTransport::~PeerTransport()
{
    // No signals from a half-destroyed object.
    blockSignals(true);
    stop();
}

core::Status PeerTransport::start(const QHostAddress &address, quint16 port)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_running)
        return core::fail(core::ErrorCode::Conflict, QStringLiteral("transport already started"));
    if (!QSslSocket::supportsSsl())
        return core::fail(core::ErrorCode::Unavailable, QStringLiteral("Qt has no TLS backend"));
    if (!m_tls)
        m_tls = GONGZHI_TRY(TlsIdentity::generate());
    m_listener = std::make_unique<Listener>([this](qintptr d) { onIncoming(d); }, this);
    if (!m_listener->listen(address, port)) {
        const QString why = m_listener->errorString();
        m_listener.reset();
        return core::fail(core::ErrorCode::Unavailable,
                          QStringLiteral("cannot listen on %1:%2: %3")
                              .arg(address.toString())
                              .arg(port)
                              .arg(why));
    }
    m_running = true;
    m_tick.start();
    qCInfo(lcNet).noquote() << "listening on" << address.toString() << listenPort() << "as"
                            << crypto::fingerprint(localKey());
    for (auto &[key, state] : m_dial)
        scheduleDial(key, false);
    return {};
}

void PeerTransport::stop()
{
    m_running = false;
    m_tick.stop();
    m_listener.reset();
    for (auto &entry : m_dial)
        entry.second.timer->stop();
    // close() emits closed(), which edits these containers: iterate copies.
    const QList<PeerConnection *> all = findChildren<PeerConnection *>();
    for (PeerConnection *c : all)
        c->close(CloseReason::Stopped, QStringLiteral("transport stopped"));
}

quint16 PeerTransport::listenPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void PeerTransport::setPeers(const std::map<crypto::PublicKey, PeerAddress> &peers)
{
    Q_ASSERT(QThread::currentThread() == thread());
    for (auto it = m_dial.begin(); it != m_dial.end();) {
        if (!peers.contains(it->first))
            it = m_dial.erase(it);
        else
            ++it;
    }
    for (const auto &[key, address] : peers) {
        if (key == localKey())
            continue;
        auto [it, inserted] = m_dial.try_emplace(key);
        DialState &state = it->second;
        if (!inserted && state.address == address)
            continue;
        state.address = address;
        state.attempt = 0;
        state.strikes = 0;
        if (!state.timer) {
            state.timer = std::make_unique<QTimer>(this);
            state.timer->setSingleShot(true);
            const crypto::PublicKey k = key;
            connect(state.timer.get(), &QTimer::timeout, this, [this, k] { dial(k); });
        }
        if (m_running)
            scheduleDial(key, false);
    }
}

void PeerTransport::scheduleDial(const crypto::PublicKey &key, bool afterFailure)
{
    auto it = m_dial.find(key);
    if (!m_running || it == m_dial.end() || m_active.contains(key) || it->second.outbound)
        return;
    DialState &state = it->second;
    // A peer dropped for misbehaving (disconnectPeer) is redialed later each time,
    // up to reconnectMax, however often its connections succeed in between.
    const int attempt = std::max(afterFailure ? state.attempt : 0, state.strikes);
    const auto delay = reconnectDelay(attempt, m_config.reconnectBase, m_config.reconnectMax,
                                      QRandomGenerator::global()->generateDouble());
    if (afterFailure)
        ++state.attempt;
    state.timer->start(delay);
}

void PeerTransport::dial(const crypto::PublicKey &key)
{
    auto it = m_dial.find(key);
    if (!m_running || it == m_dial.end() || m_active.contains(key) || it->second.outbound)
        return;
    PeerConnection::Context context { &m_nodeKey, &*m_tls, &m_config, &m_desk };
    auto *connection = adopt(new PeerConnection(new QSslSocket, Role::Client, context, key, this));
    it->second.outbound = connection;
    qCDebug(lcNet).noquote() << "dialing" << crypto::fingerprint(key) << "at"
                             << it->second.address.host << it->second.address.port;
    connection->connectTo(it->second.address);
}

void PeerTransport::onIncoming(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    PeerConnection::Context context { &m_nodeKey, &*m_tls, &m_config, &m_desk };
    auto *connection = adopt(new PeerConnection(socket, Role::Server, context, std::nullopt, this));
    // Evict the oldest unauthenticated connection rather than refuse the new
    // one: a flood of silent connections cannot keep a real peer out.
    while (m_pending.size() >= m_config.maxPendingConnections && !m_pending.isEmpty())
        m_pending.front()->close(
            CloseReason::TooManyPending,
            QStringLiteral("evicted: %1 unauthenticated connections").arg(m_pending.size()));
    m_pending.append(connection);
    connection->startServer();
}

PeerConnection *PeerTransport::adopt(PeerConnection *connection)
{
    connect(connection, &PeerConnection::authenticated, this, &PeerTransport::onAuthenticated);
    connect(connection, &PeerConnection::closed, this, &PeerTransport::onClosed);
    connect(connection, &PeerConnection::frameReceived, this,
            [this](PeerConnection *c, quint8 channel, const QByteArray &payload) {
                if (m_active.value(c->peerKey()) == c)
                    emit frameReceived(c->peerKey(), channel, payload);
            });
    return connection;
}

bool PeerTransport::prefer(const PeerConnection *candidate, const PeerConnection *existing) const
{
    // Both ends must keep the same connection: the one dialed by the lower
    // key. Two in the same direction mean the peer reconnected: the newer wins.
    if (candidate->role() == existing->role())
        return true;
    const Role lowerDials = localKey() < candidate->peerKey() ? Role::Client : Role::Server;
    return candidate->role() == lowerDials;
}

void PeerTransport::onAuthenticated(PeerConnection *connection)
{
    m_pending.removeAll(connection);
    const crypto::PublicKey key = connection->peerKey();
    auto dialIt = m_dial.find(key);
    if (dialIt != m_dial.end() && connection->role() == Role::Client)
        dialIt->second.attempt = 0;
    PeerConnection *existing = m_active.value(key);
    if (existing) {
        if (!prefer(connection, existing)) {
            connection->close(CloseReason::Duplicate, QStringLiteral("kept the other connection"));
            return;
        }
        m_active.insert(key, connection);
        existing->close(CloseReason::Duplicate, QStringLiteral("replaced by a newer connection"));
        return;
    }
    m_active.insert(key, connection);
    qCInfo(lcNet).noquote() << "connected to" << crypto::fingerprint(key) << "at"
                            << connection->peerAddress()
                            << (connection->role() == Role::Client ? "(outbound)" : "(inbound)");
    emit peerConnected(key);
}

void PeerTransport::onClosed(PeerConnection *connection, CloseReason reason, const QString &detail)
{
    m_pending.removeAll(connection);
    const QString why = QLatin1String(closeReasonName(reason)) + QLatin1String(": ") + detail;
    if (isRefusal(reason)) {
        qCWarning(lcNet).noquote()
            << "refused connection" << connection->peerAddress() << "-" << why;
        emit connectionRefused(reason, connection->peerAddress(), detail);
    }
    const crypto::PublicKey key = connection->peerKey();
    const bool wasActive = connection->isAuthenticated() || m_active.value(key) == connection;
    if (m_active.value(key) == connection) {
        m_active.remove(key);
        if (!isRefusal(reason))
            qCInfo(lcNet).noquote()
                << "disconnected from" << crypto::fingerprint(key) << "-" << why;
        emit peerDisconnected(key, why);
    } else if (!isRefusal(reason) && reason != CloseReason::Duplicate) {
        qCDebug(lcNet).noquote() << "connection" << connection->peerAddress() << "ended -" << why;
    }
    for (auto &[dialKey, state] : m_dial) {
        if (state.outbound == connection) {
            state.outbound = nullptr;
            scheduleDial(dialKey, reason != CloseReason::Duplicate);
        } else if (dialKey == key && wasActive) {
            scheduleDial(dialKey, false);
        }
    }
}

void PeerTransport::onTick()
{
    recheckMembership();
    const QList<PeerConnection *> active = m_active.values();
    for (PeerConnection *c : active)
        c->tick();
}

void PeerTransport::recheckMembership()
{
    Q_ASSERT(QThread::currentThread() == thread());
    const QList<PeerConnection *> active = m_active.values();
    for (PeerConnection *c : active) {
        if (!m_config.isMember(c->peerKey()))
            c->close(CloseReason::NoLongerMember,
                     QStringLiteral("key %1 was removed").arg(c->peerKey().toHex()));
    }
}

bool PeerTransport::send(const crypto::PublicKey &to, quint8 channel, const QByteArray &payload)
{
    Q_ASSERT(QThread::currentThread() == thread());
    PeerConnection *c = m_active.value(to);
    return c && c->sendData(channel, payload);
}

bool PeerTransport::isConnected(const crypto::PublicKey &key) const
{
    return m_active.contains(key);
}

QList<crypto::PublicKey> PeerTransport::connectedPeers() const
{
    return m_active.keys();
}

void PeerTransport::disconnectPeer(const crypto::PublicKey &key, const QString &reason)
{
    PeerConnection *c = m_active.value(key);
    if (!c)
        return;
    qCWarning(lcNet).noquote() << "disconnecting" << crypto::fingerprint(key) << "-" << reason;
    if (auto it = m_dial.find(key); it != m_dial.end())
        it->second.strikes = std::min(it->second.strikes + 1, 30);
    c->close(CloseReason::ClosedByNode, reason);
}

std::optional<PeerStats> PeerTransport::stats(const crypto::PublicKey &key) const
{
    PeerStats s;
    s.key = key;
    const auto dialIt = m_dial.find(key);
    if (dialIt != m_dial.end()) {
        s.configured = true;
        s.address = dialIt->second.address.host + QLatin1Char(':')
            + QString::number(dialIt->second.address.port);
        s.reconnectAttempts = dialIt->second.attempt;
    }
    if (const PeerConnection *c = m_active.value(key)) {
        s.connected = true;
        s.outbound = c->role() == Role::Client;
        s.address = c->peerAddress();
        s.msSinceLastContact = c->msSinceLastReceive();
        s.queuedBytes = c->queuedBytes();
        s.droppedFrames = c->droppedFrames();
    }
    if (!s.connected && !s.configured)
        return std::nullopt;
    return s;
}

QList<PeerStats> PeerTransport::allStats() const
{
    QList<PeerStats> out;
    for (const auto &entry : m_dial)
        out.append(*stats(entry.first));
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        if (!m_dial.contains(it.key()))
            out.append(*stats(it.key()));
    }
    return out;
}

} // namespace ledger::net
