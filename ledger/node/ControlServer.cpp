#include "ledger/node/ControlServer.h"

#include "ledger/chain/Transaction.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/state/StateQueries.h"
#include "ledger/state/queries/MembershipQueries.h"
#include "ledger/store/BlockStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace ledger::node {

namespace {

void write(QLocalSocket *socket, const QJsonObject &answer)
{
    socket->write(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
}

void reply(QLocalSocket *socket, const QJsonObject &answer)
{
    write(socket, answer);
    // Now, not on the next event-loop turn (after whatever the node does next):
    // a submitter waits for this answer.
    socket->flush();
}

QJsonObject error(const QString &text, const QJsonValue &id = {})
{
    QJsonObject answer { { QStringLiteral("error"), text } };
    if (!id.isUndefined() && !id.isNull())
        answer.insert(QStringLiteral("id"), id);
    return answer;
}

} // namespace

ControlServer::ControlServer(LedgerNode *node, QString socketPath, QObject *parent)
    : QObject(parent)
    , m_node(node)
    , m_path(std::move(socketPath))
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &ControlServer::onConnection);
    // A block's answers are written as its transactions complete and sent
    // together once the blocks are through (LedgerNode emits this after them).
    connect(m_node, &LedgerNode::submittersAnswered, this, &ControlServer::flushAnswers);
}

void ControlServer::flushAnswers()
{
    const auto sockets = std::exchange(m_unflushed, {});
    for (const QPointer<QLocalSocket> &socket : sockets) {
        if (socket)
            socket->flush();
    }
}

ControlServer::~ControlServer()
{
    stop();
}

core::Status ControlServer::start()
{
    {
        QLocalSocket probe;
        probe.connectToServer(m_path);
        if (probe.waitForConnected(500))
            return core::fail(core::ErrorCode::Conflict,
                              QStringLiteral("another node is serving this data directory"),
                              m_path);
    }
    // A socket file left by a killed node would make listen() fail.
    QLocalServer::removeServer(m_path);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_path))
        return core::fail(core::ErrorCode::Unavailable,
                          QStringLiteral("control socket: ") + m_server->errorString(), m_path);
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

void ControlServer::stop()
{
    if (m_server->isListening())
        m_server->close(); // also removes the socket file
}

void ControlServer::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ControlServer::onReadyRead(QLocalSocket *socket)
{
    while (socket->state() == QLocalSocket::ConnectedState) {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > MaxLineBytes) {
                qWarning("control socket: a request longer than %lld bytes; connection closed",
                         static_cast<long long>(MaxLineBytes));
                socket->abort();
                socket->deleteLater();
            }
            return;
        }
        const QByteArray line = socket->readLine(MaxLineBytes + 1);
        if (!line.endsWith('\n')) { // longer than the limit
            socket->abort();
            socket->deleteLater();
            return;
        }
        handleLine(socket, line.trimmed());
    }
}

void ControlServer::handleLine(QLocalSocket *socket, const QByteArray &line)
{
    if (line.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        reply(socket, error(QStringLiteral("bad request: ") + parseError.errorString()));
        return;
    }
    const QJsonObject request = doc.object();
    const QString cmd = request.value(QStringLiteral("cmd")).toString();
    if (cmd == QLatin1String("status"))
        reply(socket, status());
    else if (cmd == QLatin1String("tx") || cmd == QLatin1String("sequence"))
        readState(socket, request);
    else if (cmd == QLatin1String("submit"))
        submit(socket, request);
    else if (cmd == QLatin1String("transfer"))
        reply(socket, transfer(request));
    else
        reply(
            socket,
            error(QStringLiteral("unknown command: ") + cmd, request.value(QStringLiteral("id"))));
}

void ControlServer::submit(QLocalSocket *socket, const QJsonObject &request)
{
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QByteArray hex = request.value(QStringLiteral("tx")).toString().toLatin1();
    auto tx = chain::Transaction::decode(QByteArray::fromHex(hex));
    if (hex.isEmpty() || !tx) {
        reply(socket,
              error(QStringLiteral("bad transaction: ")
                        + (tx ? QStringLiteral("empty") : tx.error().toString()),
                    id));
        return;
    }
    // The answer may come after the client hung up.
    QPointer<QLocalSocket> guard(socket);
    QPointer<ControlServer> self(this);
    m_node->submit(*tx, [self, guard, id](const SubmitOutcome &outcome) {
        if (!guard || guard->state() != QLocalSocket::ConnectedState)
            return;
        QJsonObject answer { { QStringLiteral("id"), id } };
        if (outcome.kind == SubmitOutcome::Kind::Committed) {
            answer.insert(QStringLiteral("result"), QStringLiteral("committed"));
            answer.insert(QStringLiteral("height"), qint64(outcome.height));
        } else {
            answer.insert(QStringLiteral("result"), QStringLiteral("rejected"));
            answer.insert(QStringLiteral("reason"), outcome.reason);
        }
        // Committed in a block being applied: one write for all of the block's
        // answers on this connection (up to thousands at 64 in flight) instead of
        // one syscall each. An answer outside a block (already on the chain,
        // refused) goes at once.
        if (self && outcome.kind == SubmitOutcome::Kind::Committed && self->m_node->applying()) {
            write(guard, answer);
            if (!self->m_unflushed.contains(guard))
                self->m_unflushed.append(guard);
        } else {
            reply(guard, answer);
        }
    });
}

QJsonObject ControlServer::transfer(const QJsonObject &request)
{
    const QJsonValue to = request.value(QStringLiteral("to"));
    bool ok = false;
    const raft::NodeId target
        = to.isString() ? to.toString().toULongLong(&ok) : raft::NodeId(to.toInteger());
    if (to.isString() ? !ok : to.toInteger() <= 0)
        return error(QStringLiteral("transfer: \"to\" must be a node id"));
    if (auto s = m_node->transferLeadership(target); !s)
        return error(QStringLiteral("transfer: ") + s.error().toString());
    return QJsonObject { { QStringLiteral("result"), QStringLiteral("ok") } };
}

QJsonObject ControlServer::status() const
{
    QJsonObject o = m_node->status().toJson();
    const raft::Membership &members = m_node->raft().membership();
    o.insert(QStringLiteral("member"), members.isMember(m_node->id()));
    o.insert(QStringLiteral("voter"), members.isVoter(m_node->id()));
    QJsonArray learners;
    for (raft::NodeId id : members.learners())
        learners.append(QString::number(id));
    o.insert(QStringLiteral("learners"), learners);
    return o;
}

void ControlServer::readState(QLocalSocket *socket, const QJsonObject &request)
{
    // Answered on the state's thread once it holds every block committed so far:
    // a client asking about the transaction it was just told is committed, or
    // for the next sequence number after it, sees its effect.
    const bool tx = request.value(QStringLiteral("cmd")).toString() == QLatin1String("tx");
    std::optional<chain::TxId> id;
    std::optional<std::uint64_t> height;
    if (tx) {
        id = chain::TxId::fromHex(request.value(QStringLiteral("tx_id")).toString());
        if (!id) {
            reply(socket, error(QStringLiteral("tx: \"tx_id\" must be 64 hex digits")));
            return;
        }
        // The state keeps outcomes by position: the block store's id index finds it.
        height = m_node->blockStore().transactionHeight(*id);
        if (!height) {
            reply(socket, QJsonObject { { QStringLiteral("outcome"), QStringLiteral("unknown") } });
            return;
        }
    }
    QPointer<QLocalSocket> guard(socket);
    QPointer<ControlServer> self(this);
    m_node->readState([tx, id, height, request, guard, self](const state::StateMachine *state) {
        const QJsonObject answer = tx ? txOutcome(state, *id, *height) : sequence(state, request);
        return std::function<void()>([guard, self, answer] {
            if (self && guard && guard->state() == QLocalSocket::ConnectedState)
                reply(guard, answer);
        });
    });
}

QJsonObject ControlServer::txOutcome(const state::StateMachine *state, const chain::TxId &id,
                                     std::uint64_t height)
{
    if (!state)
        return error(QStringLiteral("tx: this node keeps no state"));
    const auto outcome = state::StateQueries(*state).txOutcome(id, height);
    if (!outcome)
        return QJsonObject { { QStringLiteral("outcome"), QStringLiteral("unknown") } };
    const char *kind = outcome->outcome == state::TxOutcome::Applied ? "applied"
        : outcome->outcome == state::TxOutcome::Pending              ? "held"
                                                                     : "rejected";
    return QJsonObject { { QStringLiteral("outcome"), QLatin1String(kind) },
                         { QStringLiteral("height"), qint64(outcome->height) },
                         { QStringLiteral("detail"), outcome->detail } };
}

QJsonObject ControlServer::sequence(const state::StateMachine *state, const QJsonObject &request)
{
    const auto author
        = crypto::PublicKey::fromHex(request.value(QStringLiteral("author")).toString());
    if (!author)
        return error(QStringLiteral("sequence: \"author\" must be 64 hex digits"));
    if (!state)
        return error(QStringLiteral("sequence: this node keeps no state"));
    return QJsonObject {
        { QStringLiteral("last_sequence"), qint64(state::lastSequence(*state, *author)) },
        { QStringLiteral("next_org_id"), qint64(state::nextOrgId(*state)) },
    };
}

} // namespace ledger::node
