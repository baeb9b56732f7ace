#include "tests/support/TcpProxy.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <map>
#include <sys/socket.h>
#include <utility>
#include <vector>

namespace tests {

namespace {

using Mode = TcpProxy::Mode;
using Direction = TcpProxy::Direction;
using Clock = std::chrono::steady_clock;

// abort() alone sends a FIN when nothing is unread; SO_LINGER 0 makes the
// kernel answer with a RST, as a rejecting firewall or a rebooted host does.
void resetAndClose(QTcpSocket *socket)
{
    if (!socket)
        return;
    if (socket->socketDescriptor() != -1) {
        const linger hard { 1, 0 };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

bool isOpen(const QTcpSocket *socket)
{
    return socket && socket->state() != QAbstractSocket::UnconnectedState;
}

} // namespace

struct ProxyLink {
    QTcpServer *server = nullptr;
    quint16 targetPort = 0;
    Mode forward = Mode::Pass;
    Mode backward = Mode::Pass;
    std::chrono::milliseconds delay { 0 };
    qint64 swallowed = 0;
    std::vector<class ProxyConnection *> connections;

    Mode mode(Direction d) const { return d == Direction::Forward ? forward : backward; }
    bool resets() const { return forward == Mode::Reset || backward == Mode::Reset; }
    bool fullBlackhole() const { return forward == Mode::Blackhole && backward == Mode::Blackhole; }
};

// One accepted connection and, unless the link swallows it, its leg to the target.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(ProxyLink &link, QTcpSocket *client, QObject *parent)
        : QObject(parent)
        , m_link(link)
        , m_client(client)
    {
        m_client->setParent(this);
        m_client->setReadBufferSize(TcpProxy::BufferBytes);
        watch(m_client, Direction::Forward);
        m_delayTimer.setSingleShot(true);
        connect(&m_delayTimer, &QTimer::timeout, this, &ProxyConnection::flushDelayed);
        if (!m_link.fullBlackhole())
            dialTarget();
    }

    // The link's modes changed.
    void apply()
    {
        if (m_link.resets()) {
            resetBoth();
            return;
        }
        if (!m_target && !m_link.fullBlackhole()) {
            // Held while the link swallowed everything: the client's first bytes
            // are gone, so this connection could never complete; drop it.
            resetBoth();
            return;
        }
        for (auto d : { Direction::Forward, Direction::Backward }) {
            if (m_link.mode(d) == Mode::Blackhole) {
                pipe(d).delayed.clear();
                pipe(d).delayedBytes = 0;
            }
            pump(d);
        }
    }

    void resetBoth()
    {
        resetAndClose(m_client);
        resetAndClose(m_target);
        finishIfDone();
    }

private:
    struct Pipe {
        std::deque<std::pair<Clock::time_point, QByteArray>> delayed;
        qint64 delayedBytes = 0;
        bool sourceClosed = false;
    };

    Pipe &pipe(Direction d) { return d == Direction::Forward ? m_forward : m_backward; }
    QTcpSocket *source(Direction d) const { return d == Direction::Forward ? m_client : m_target; }
    QTcpSocket *sink(Direction d) const { return d == Direction::Forward ? m_target : m_client; }
    static Direction reverse(Direction d)
    {
        return d == Direction::Forward ? Direction::Backward : Direction::Forward;
    }

    void dialTarget()
    {
        m_target = new QTcpSocket(this);
        m_target->setReadBufferSize(TcpProxy::BufferBytes);
        watch(m_target, Direction::Backward);
        connect(m_target, &QTcpSocket::connected, this, [this] {
            m_targetConnected = true;
            pump(Direction::Forward);
            pump(Direction::Backward);
        });
        m_target->connectToHost(QHostAddress::LocalHost, m_link.targetPort);
    }

    // `socket` is the source of direction d and the sink of the other one.
    void watch(QTcpSocket *socket, Direction d)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this, d] { pump(d); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, d] { pump(reverse(d)); });
        connect(socket, &QTcpSocket::disconnected, this, [this, d] {
            pipe(d).sourceClosed = true;
            pump(d);
            finishIfDone();
        });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, d] {
            // A target that refuses: refuse the client the same way.
            if (socket == m_target && !m_targetConnected)
                resetAndClose(m_client);
            pipe(d).sourceClosed = true;
            pump(d);
            finishIfDone();
        });
    }

    void pump(Direction d)
    {
        QTcpSocket *from = source(d);
        QTcpSocket *to = sink(d);
        Pipe &p = pipe(d);
        const Mode mode = m_link.mode(d);
        if (!from || mode == Mode::Reset)
            return;
        if (mode == Mode::Blackhole) {
            m_link.swallowed += from->readAll().size(); // a close is swallowed too
            return;
        }
        if (!to || to->state() != QAbstractSocket::ConnectedState)
            return; // the target leg is still connecting (or gone)
        while (from->bytesAvailable() > 0) {
            const qint64 room = TcpProxy::BufferBytes - to->bytesToWrite() - p.delayedBytes;
            if (room <= 0)
                break; // bytesWritten will call again
            const QByteArray data = from->read(std::min(room, from->bytesAvailable()));
            if (m_link.delay.count() > 0) {
                p.delayed.emplace_back(Clock::now() + m_link.delay, data);
                p.delayedBytes += data.size();
                scheduleDelayed();
            } else {
                to->write(data);
            }
        }
        if (p.sourceClosed && from->bytesAvailable() == 0 && p.delayed.empty())
            to->disconnectFromHost(); // after what is queued is written
    }

    void scheduleDelayed()
    {
        Clock::time_point next = Clock::time_point::max();
        for (auto d : { Direction::Forward, Direction::Backward }) {
            if (!pipe(d).delayed.empty())
                next = std::min(next, pipe(d).delayed.front().first);
        }
        if (next == Clock::time_point::max())
            return;
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(next - Clock::now());
        m_delayTimer.start(std::max<std::chrono::milliseconds::rep>(0, wait.count()));
    }

    void flushDelayed()
    {
        const auto now = Clock::now();
        for (auto d : { Direction::Forward, Direction::Backward }) {
            Pipe &p = pipe(d);
            QTcpSocket *to = sink(d);
            while (!p.delayed.empty() && p.delayed.front().first <= now) {
                if (isOpen(to))
                    to->write(p.delayed.front().second);
                p.delayedBytes -= p.delayed.front().second.size();
                p.delayed.pop_front();
            }
            pump(d);
        }
        scheduleDelayed();
    }

    void finishIfDone()
    {
        if (isOpen(m_client) || isOpen(m_target))
            return;
        auto &list = m_link.connections;
        list.erase(std::remove(list.begin(), list.end(), this), list.end());
        deleteLater();
    }

    ProxyLink &m_link;
    QTcpSocket *m_client;
    QTcpSocket *m_target = nullptr;
    bool m_targetConnected = false;
    Pipe m_forward;
    Pipe m_backward;
    QTimer m_delayTimer;
};

// Owns the links; every member function runs on the proxy's thread.
class TcpProxyWorker : public QObject
{
public:
    quint16 addLink(quint16 targetPort)
    {
        auto link = std::make_unique<ProxyLink>();
        link->targetPort = targetPort;
        link->server = new QTcpServer(this);
        if (!link->server->listen(QHostAddress::LocalHost, 0))
            return 0;
        ProxyLink *raw = link.get();
        connect(link->server, &QTcpServer::newConnection, this, [this, raw] { accept(*raw); });
        const quint16 port = link->server->serverPort();
        m_links[port] = std::move(link);
        return port;
    }

    ProxyLink *link(quint16 port)
    {
        const auto it = m_links.find(port);
        return it == m_links.end() ? nullptr : it->second.get();
    }

    void changed(ProxyLink &link)
    {
        const auto connections = link.connections; // apply() may remove entries
        for (ProxyConnection *c : connections)
            c->apply();
    }

private:
    void accept(ProxyLink &link)
    {
        while (QTcpSocket *client = link.server->nextPendingConnection()) {
            if (link.resets()) {
                resetAndClose(client);
                client->deleteLater();
                continue;
            }
            link.connections.push_back(new ProxyConnection(link, client, this));
        }
    }

    std::map<quint16, std::unique_ptr<ProxyLink>> m_links;
};

TcpProxy::TcpProxy()
    : m_thread(std::make_unique<QThread>())
    , m_worker(new TcpProxyWorker)
{
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

TcpProxy::~TcpProxy()
{
    m_thread->quit();
    m_thread->wait();
}

quint16 TcpProxy::addLink(quint16 targetPort)
{
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [&] { port = m_worker->addLink(targetPort); }, Qt::BlockingQueuedConnection);
    return port;
}

void TcpProxy::setMode(quint16 link, Mode mode)
{
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            if (ProxyLink *l = m_worker->link(link)) {
                l->forward = l->backward = mode;
                m_worker->changed(*l);
            }
        },
        Qt::BlockingQueuedConnection);
}

void TcpProxy::setMode(quint16 link, Direction direction, Mode mode)
{
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            if (ProxyLink *l = m_worker->link(link)) {
                (direction == Direction::Forward ? l->forward : l->backward) = mode;
                m_worker->changed(*l);
            }
        },
        Qt::BlockingQueuedConnection);
}

void TcpProxy::setDelay(quint16 link, std::chrono::milliseconds delay)
{
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            if (ProxyLink *l = m_worker->link(link))
                l->delay = delay;
        },
        Qt::BlockingQueuedConnection);
}

int TcpProxy::connectionCount(quint16 link) const
{
    int count = 0;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            if (ProxyLink *l = m_worker->link(link))
                count = int(l->connections.size());
        },
        Qt::BlockingQueuedConnection);
    return count;
}

qint64 TcpProxy::swallowedBytes(quint16 link) const
{
    qint64 bytes = 0;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            if (ProxyLink *l = m_worker->link(link))
                bytes = l->swallowed;
        },
        Qt::BlockingQueuedConnection);
    return bytes;
}

} // namespace tests
