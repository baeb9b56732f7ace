#include "ledger/node/ControlServer.h"

#include "ledger/chain/Transaction.h"
#include "ledger/node/LedgerNode.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace ledger::node {

namespace {

void reply(QLocalSocket *socket, const QJsonObject &answer)
{
    socket->write(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
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
        reply(socket, m_node->status().toJson());
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
    m_node->submit(*tx, [guard, id](const SubmitOutcome &outcome) {
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
        reply(guard, answer);
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

} // namespace ledger::node
