#include "ledger/node/NodeConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ledger::node {

using core::Error;
using core::ErrorCode;
using core::fail;

namespace {
QString address(const QString &host, quint16 port)
{
    return host + QLatin1Char(':') + QString::number(port);
}

bool parseAddress(const QString &text, QString &host, quint16 &port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    host = text.left(colon);
    port = quint16(p);
    return true;
}
} // namespace

core::Result<NodeConfig> NodeConfig::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error(ErrorCode::NotFound, f.errorString()).inFile(path));
    QJsonParseError err {};
    const auto doc = QJsonDocument::fromJson(f.read(1024 * 1024), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(
            Error(ErrorCode::BadEncoding, QStringLiteral("not a JSON object")).inFile(path));
    const QJsonObject o = doc.object();
    auto bad = [&](const char *field) {
        return fail(Error(ErrorCode::BadValue, QStringLiteral("missing or malformed"),
                          QString::fromLatin1(field))
                        .inFile(path));
    };
    NodeConfig c;
    auto consortium
        = chain::ConsortiumId::fromHex(o.value(QStringLiteral("consortium")).toString());
    auto genesis = chain::BlockHash::fromHex(o.value(QStringLiteral("genesis_hash")).toString());
    auto key = crypto::PublicKey::fromHex(o.value(QStringLiteral("node_key")).toString());
    if (!consortium)
        return bad("consortium");
    if (!genesis)
        return bad("genesis_hash");
    if (!key)
        return bad("node_key");
    c.consortium = *consortium;
    c.genesisHash = *genesis;
    c.nodeKey = *key;
    c.orgId = std::uint32_t(o.value(QStringLiteral("org_id")).toInt(0));
    if (o.contains(QStringLiteral("listen"))
        && !parseAddress(o.value(QStringLiteral("listen")).toString(), c.listenHost, c.listenPort))
        return bad("listen");
    c.tickMs = o.value(QStringLiteral("tick_ms")).toInt(100);
    if (c.tickMs < 5 || c.tickMs > 10000)
        return bad("tick_ms");
    for (const auto &v : o.value(QStringLiteral("peers")).toArray()) {
        const QJsonObject p = v.toObject();
        PeerAddress peer;
        auto peerKey = crypto::PublicKey::fromHex(p.value(QStringLiteral("node_key")).toString());
        if (!peerKey
            || !parseAddress(p.value(QStringLiteral("address")).toString(), peer.host, peer.port))
            return bad("peers");
        peer.nodeKey = *peerKey;
        c.peers.push_back(peer);
    }
    return c;
}

core::Status NodeConfig::save(const QString &path) const
{
    QJsonArray peerList;
    for (const auto &p : peers) {
        peerList.append(QJsonObject { { QStringLiteral("node_key"), p.nodeKey.toHex() },
                                      { QStringLiteral("address"), address(p.host, p.port) } });
    }
    const QJsonObject o {
        { QStringLiteral("consortium"), consortium.toHex() },
        { QStringLiteral("genesis_hash"), genesisHash.toHex() },
        { QStringLiteral("org_id"), qint64(orgId) },
        { QStringLiteral("node_key"), nodeKey.toHex() },
        { QStringLiteral("listen"), address(listenHost, listenPort) },
        { QStringLiteral("peers"), peerList },
        { QStringLiteral("tick_ms"), tickMs },
    };
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit())
        return fail(Error(ErrorCode::Io, f.errorString()).inFile(path));
    return {};
}

} // namespace ledger::node
