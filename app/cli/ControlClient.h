#pragma once

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>

#include <optional>

namespace app::cli {

// The CLI end of a running node's control socket (DIR/control.sock; protocol
// in ledger/node/ControlServer.h): JSON objects, one per line, each way.
// Header-only: a thin wrapper over QLocalSocket used by status and load.
class ControlClient
{
public:
    explicit ControlClient(const QString &dataDir)
        : m_path(QDir(dataDir).filePath(QStringLiteral("control.sock")))
    {
    }

    const QString &path() const { return m_path; }
    QLocalSocket &socket() { return m_socket; }

    // False (see errorString()) if no node serves the data directory.
    bool connectToNode(int timeoutMs = 3000)
    {
        m_socket.connectToServer(m_path);
        return m_socket.waitForConnected(timeoutMs);
    }
    QString errorString() const { return m_socket.errorString(); }

    void send(const QJsonObject &request) { m_socket.write(line(request)); }
    static QByteArray line(const QJsonObject &request)
    {
        return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    }

    // The next complete answer already received, if any (non-blocking).
    // A line that is not a JSON object comes back as {"error": ...}.
    std::optional<QJsonObject> takeAnswer()
    {
        if (!m_socket.canReadLine())
            return std::nullopt;
        const QJsonDocument doc = QJsonDocument::fromJson(m_socket.readLine());
        if (!doc.isObject())
            return QJsonObject { { QStringLiteral("error"),
                                   QStringLiteral("the node sent a malformed answer") } };
        return doc.object();
    }

    // One request, one answer, blocking up to timeoutMs. nullopt: no answer.
    std::optional<QJsonObject> call(const QJsonObject &request, int timeoutMs = 5000)
    {
        send(request);
        m_socket.flush();
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_socket.canReadLine()) {
            if (m_socket.state() != QLocalSocket::ConnectedState || deadline.hasExpired()
                || !m_socket.waitForReadyRead(int(deadline.remainingTime())))
                return m_socket.canReadLine() ? takeAnswer() : std::nullopt;
        }
        return takeAnswer();
    }

private:
    QString m_path;
    QLocalSocket m_socket;
};

} // namespace app::cli
