#pragma once

#include "ledger/chain/Types.h"
#include "ledger/core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace ledger::state {
class StateMachine;
}

namespace ledger::node {

class LedgerNode;

// The node's local control socket (DIR/control.sock, owner-only), used by
// gongzhi-cli. Protocol: one JSON object per line (UTF-8, '\n'), each way.
//   {"cmd":"status"}                     -> NodeStatus::toJson()
//   {"cmd":"submit","tx":HEX,"id":N}     -> {"id":N,"result":"committed","height":H}
//                                        or {"id":N,"result":"rejected","reason":TEXT}
//   {"cmd":"transfer","to":ID}           -> {"result":"ok"} or {"error":TEXT}
//   {"cmd":"tx","tx_id":HEX}             -> {"outcome":"applied"|"held"|"rejected"|"unknown",
//                                            "height":H,"detail":TEXT} (the local state,
//                                            once it holds every block committed so far)
//   {"cmd":"sequence","author":HEX}      -> {"last_sequence":N,"next_org_id":M}
//                                           (the author's next tx signs N+1)
// status also carries "member" (this node is in Raft's configuration: false
// on a joiner not yet admitted), "voter" and "learners" (Raft ids).
// Submits may be pipelined on one connection; their answers come in commit
// order, not request order, and carry the request's id. A request that is not
// understood gets {"error":TEXT} (with its id if it had one). A line longer
// than MaxLineBytes closes the connection. Reasons and errors are English and
// technical: the CLI composes what a person reads.
//
// Thread affinity: the node's thread (needs its event loop).
class ControlServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxLineBytes = 1024 * 1024;

    ControlServer(LedgerNode *node, QString socketPath, QObject *parent = nullptr);
    ~ControlServer() override;

    // Removes a stale socket file and listens. Errors: Unavailable.
    core::Status start();
    void stop();
    const QString &socketPath() const { return m_path; }

private:
    void onConnection();
    void onReadyRead(QLocalSocket *socket);
    void handleLine(QLocalSocket *socket, const QByteArray &line);
    void submit(QLocalSocket *socket, const QJsonObject &request);
    QJsonObject transfer(const QJsonObject &request);
    QJsonObject status() const;
    void readState(QLocalSocket *socket, const QJsonObject &request);
    // On the state's thread (LedgerNode::readState).
    static QJsonObject txOutcome(const state::StateMachine *state, const chain::TxId &id,
                                 std::uint64_t height);
    static QJsonObject sequence(const state::StateMachine *state, const QJsonObject &request);
    void flushAnswers();

    LedgerNode *m_node;
    QList<QPointer<QLocalSocket>> m_unflushed; // answers written, not yet flushed
    QString m_path;
    QLocalServer *m_server;
};

} // namespace ledger::node
