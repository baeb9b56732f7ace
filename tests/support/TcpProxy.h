#pragma once

#include <QtGlobal>

#include <chrono>
#include <memory>

class QThread;

namespace tests {

class TcpProxyWorker;

// A loopback TCP forwarder for network-fault tests: each link listens on a free
// port of 127.0.0.1 and forwards every connection to a target port there. The
// test changes a link's behaviour while traffic flows:
// - Pass: bytes go through (optionally after a delay);
// - Blackhole: bytes in that direction are read and thrown away, and so is a
//   close, so the sender's TCP stays open and sees silence (a cable pulled
//   somewhere in between). A link blackholed both ways also swallows new
//   connections: they are accepted and never reach the target;
// - Reset: every connection of the link is aborted with a TCP RST, and new ones
//   are reset as soon as they are accepted (a firewall that rejects).
// "Forward" is the direction from the connecting side to the target.
//
// The proxy runs its own thread with an event loop, so a test may block its
// main thread (ClusterProcesses::waitFor) while traffic flows. Every call here
// is synchronous: when it returns, the change is in effect. Buffering is bounded
// per connection and direction (BufferBytes): a slow reader slows the writer
// through TCP flow control instead of growing memory.
class TcpProxy
{
public:
    enum class Mode { Pass, Blackhole, Reset };
    enum class Direction { Forward, Backward };
    static constexpr qint64 BufferBytes = 256 * 1024;

    TcpProxy();
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    // A new link to 127.0.0.1:targetPort. Returns the port it listens on, which
    // also names the link; 0 if no port could be opened.
    quint16 addLink(quint16 targetPort);
    void setMode(quint16 link, Mode mode); // both directions
    void setMode(quint16 link, Direction direction, Mode mode);
    // Extra one-way latency for bytes passed from now on, in both directions.
    void setDelay(quint16 link, std::chrono::milliseconds delay);
    // Connections of the link now open, and bytes swallowed by Blackhole so
    // far (for tests of the proxy itself).
    int connectionCount(quint16 link) const;
    qint64 swallowedBytes(quint16 link) const;

private:
    std::unique_ptr<QThread> m_thread;
    TcpProxyWorker *m_worker = nullptr; // lives on m_thread
};

} // namespace tests
