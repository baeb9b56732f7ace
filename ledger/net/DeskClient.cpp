#include "ledger/net/DeskClient.h"

#include "ledger/net/PeerConnection.h"
#include "ledger/net/TlsIdentity.h"

#include <QEventLoop>
#include <QSslSocket>

namespace ledger::net {

DeskClient::DeskClient(QObject *parent)
    : QObject(parent)
    , m_result(core::fail(core::ErrorCode::Unavailable, QStringLiteral("no exchange yet")))
{
    // A desk client is never anyone's peer: it accepts nobody.
    m_config.isMember = [](const crypto::PublicKey &) { return false; };
    m_config.maxFrameLength = DeskMaxFrameLength;
}

DeskClient::~DeskClient()
{
    if (m_connection) {
        m_connection->disconnect(this);
        delete m_connection;
    }
}

void DeskClient::exchange(const PeerAddress &address, const QByteArray &request,
                          std::chrono::milliseconds timeout)
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->close(CloseReason::Stopped, QStringLiteral("abandoned"));
        m_connection = nullptr;
    }
    if (!m_tls) {
        auto tls = TlsIdentity::generate();
        if (!tls) {
            m_result = core::fail(tls.error());
            QMetaObject::invokeMethod(this, &DeskClient::finished, Qt::QueuedConnection);
            return;
        }
        m_tls = std::make_unique<TlsIdentity>(std::move(*tls));
    }
    // A throw-away key per exchange: the desk must not learn a key it could
    // later mistake for this PC's node key, and it proves nothing anyway.
    m_key = std::make_unique<crypto::KeyPair>(crypto::KeyPair::generate());
    m_config.handshakeTimeout = timeout;
    const PeerConnection::Context context { m_key.get(), m_tls.get(), &m_config };
    auto *connection
        = new PeerConnection(new QSslSocket, Role::Client, context, std::nullopt, this);
    m_connection = connection;
    connect(connection, &PeerConnection::deskAnswered, this,
            [this](PeerConnection *, const QByteArray &body, bool verified, const Hello &server) {
                DeskResponse response;
                response.body = body;
                if (verified)
                    response.server
                        = DeskServer { server.consortiumId, server.genesisHash, server.nodeKey };
                finish(std::move(response));
            });
    const QString where = address.host + QLatin1Char(':') + QString::number(address.port);
    connect(connection, &PeerConnection::closed, this,
            [this, where](PeerConnection *, CloseReason reason, const QString &detail) {
                const auto code = reason == CloseReason::BadSignature
                    ? core::ErrorCode::BadSignature
                    : reason == CloseReason::ProtocolViolation
                        || reason == CloseReason::FrameTooLarge
                    ? core::ErrorCode::Invalid
                    : core::ErrorCode::Unavailable;
                finish(core::fail(code,
                                  QStringLiteral("%1: %2 (%3)")
                                      .arg(where, QLatin1String(closeReasonName(reason)), detail)));
            });
    connection->setDeskRequest(request);
    connection->connectTo(address);
}

void DeskClient::finish(core::Result<DeskResponse> result)
{
    if (!m_connection)
        return; // the answer came first; its close is not news
    m_connection->disconnect(this);
    m_connection = nullptr;
    m_result = std::move(result);
    emit finished();
}

core::Result<DeskResponse> DeskClient::exchangeBlocking(const PeerAddress &address,
                                                        const QByteArray &request,
                                                        std::chrono::milliseconds timeout)
{
    DeskClient client;
    QEventLoop loop;
    connect(&client, &DeskClient::finished, &loop, &QEventLoop::quit);
    client.exchange(address, request, timeout);
    if (client.isRunning())
        loop.exec();
    return client.result();
}

} // namespace ledger::net
