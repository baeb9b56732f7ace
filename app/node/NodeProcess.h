#pragma once

#include "ledger/core/Clock.h"
#include "ledger/core/Result.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace ledger::node {
class ControlServer;
class LedgerNode;
class NetTransportAdapter;
} // namespace ledger::node

namespace app::node {

// One running node process: the LedgerNode of a data directory, its peer
// transport (node.json's listen address and peers) and its control socket,
// all on the main thread's event loop.
class NodeProcess : public QObject
{
    Q_OBJECT
public:
    explicit NodeProcess(QString dataDir, QObject *parent = nullptr);
    ~NodeProcess() override;

    // Loads node.json and node.key, opens the ledger, listens. On error
    // nothing is left running. Errors name the file or field at fault.
    ledger::core::Status start();

    // A clean stop: a leader first hands leadership to the most up-to-date
    // connected voter and waits (at most handoverMs) to see it step down;
    // then everything closes and finished() is emitted. A second call stops
    // at once.
    void shutdown(int handoverMs = 3000);

Q_SIGNALS:
    void finished();

private:
    bool handOver();
    void finish();

    QString m_dataDir;
    ledger::core::SystemClock m_clock;
    std::unique_ptr<ledger::node::LedgerNode> m_node;
    std::unique_ptr<ledger::node::NetTransportAdapter> m_transport;
    std::unique_ptr<ledger::node::ControlServer> m_control;
    QTimer m_handoverTimer;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace app::node
