#include "ledger/node/Invitation.h"

#include "ledger/core/ByteWriter.h"
#include "ledger/domain/ConsortiumPayloads.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

namespace ledger::node {

using core::ErrorCode;
using core::fail;

namespace {
constexpr qint64 MaxFileBytes = 1024 * 1024;
constexpr qsizetype MaxTextChars = 300;
constexpr qsizetype MaxPeers = 64;
constexpr qsizetype TokenBytes = 16;

core::Result<QString> text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fail(ErrorCode::BadValue, QStringLiteral("missing or not text"),
                    QString::fromLatin1(key));
    if (v.toString().size() > MaxTextChars)
        return fail(ErrorCode::TooLarge,
                    QStringLiteral("longer than %1 characters").arg(MaxTextChars),
                    QString::fromLatin1(key));
    return v.toString().trimmed();
}

template<class Fixed>
core::Result<Fixed> fixed(const QJsonObject &o, const char *key)
{
    const QString hex = GONGZHI_TRY(text(o, key));
    auto v = Fixed::fromHex(hex);
    if (!v)
        return fail(ErrorCode::BadEncoding,
                    QStringLiteral("expected %1 hex digits").arg(2 * Fixed::Size),
                    QString::fromLatin1(key));
    return *v;
}

core::Result<std::uint32_t> orgIdOf(const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("org_id"));
    if (v.isUndefined())
        return 0u;
    if (!v.isDouble() || v.toInteger(-1) < 0 || v.toInteger() > 0xffffffffLL)
        return fail(ErrorCode::BadValue, QStringLiteral("not an organization id"),
                    QStringLiteral("org_id"));
    return std::uint32_t(v.toInteger());
}

core::Result<chain::OrgKind> kind(const QJsonObject &o)
{
    const QString name = GONGZHI_TRY(text(o, "org_kind"));
    for (std::uint8_t k = 1; chain::isKnownOrgKind(k); ++k) {
        if (name == QLatin1String(chain::orgKindName(chain::OrgKind(k))))
            return chain::OrgKind(k);
    }
    return fail(ErrorCode::BadValue, QStringLiteral("unknown kind '%1'").arg(name),
                QStringLiteral("org_kind"));
}

core::Result<bool> learnerRole(const QJsonObject &o)
{
    const QString role = GONGZHI_TRY(text(o, "role"));
    if (role != QLatin1String("voter") && role != QLatin1String("learner"))
        return fail(ErrorCode::BadValue, QStringLiteral("expected voter or learner"),
                    QStringLiteral("role"));
    return role == QLatin1String("learner");
}

QString roleName(bool learner)
{
    return learner ? QStringLiteral("learner") : QStringLiteral("voter");
}

core::Result<QByteArray> readToken(const QJsonObject &o)
{
    const QString hex = GONGZHI_TRY(text(o, "token"));
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() != TokenBytes || bytes.toHex() != hex.toLatin1())
        return fail(ErrorCode::BadEncoding, QStringLiteral("expected 32 hex digits"),
                    QStringLiteral("token"));
    return bytes;
}

core::Result<int> formatOf(const QJsonObject &o, const char *v1, const char *v2)
{
    const QString f = o.value(QStringLiteral("format")).toString();
    if (f == QLatin1String(v2))
        return 2;
    if (f == QLatin1String(v1))
        return 1;
    return fail(ErrorCode::BadVersion, QStringLiteral("not a %1 document").arg(QLatin1String(v2)),
                QStringLiteral("format"));
}
} // namespace

QJsonObject Invitation::toJson() const
{
    QJsonArray peerList;
    for (const auto &p : peers) {
        peerList.append(QJsonObject {
            { QStringLiteral("node_key"), p.nodeKey.toHex() },
            { QStringLiteral("address"), QStringLiteral("%1:%2").arg(p.host).arg(p.port) } });
    }
    QJsonObject o {
        { QStringLiteral("format"), QLatin1String(isV2() ? Format : FormatV1) },
        { QStringLiteral("community"), community },
        { QStringLiteral("consortium"), consortium.toHex() },
        { QStringLiteral("genesis_hash"), genesisHash.toHex() },
        { QStringLiteral("org_id"), qint64(orgId) },
        { QStringLiteral("org_name"), orgName },
        { QStringLiteral("org_kind"), QLatin1String(chain::orgKindName(orgKind)) },
        { QStringLiteral("code"), code },
        { QStringLiteral("inviter_org"), qint64(inviterOrg) },
        { QStringLiteral("peers"), peerList },
        { QStringLiteral("created_ms"), qint64(createdMs) },
    };
    if (isV2()) {
        o.insert(QStringLiteral("genesis_block"), QString::fromLatin1(genesisBlock.toHex()));
        o.insert(QStringLiteral("role"), roleName(learner));
        o.insert(QStringLiteral("token"), QString::fromLatin1(token.toHex()));
    }
    return o;
}

core::Result<Invitation> Invitation::fromJson(const QJsonObject &o)
{
    const int version = GONGZHI_TRY(formatOf(o, FormatV1, Format));
    Invitation inv;
    inv.community = GONGZHI_TRY(text(o, "community"));
    inv.consortium = GONGZHI_TRY(fixed<chain::ConsortiumId>(o, "consortium"));
    inv.genesisHash = GONGZHI_TRY(fixed<chain::BlockHash>(o, "genesis_hash"));
    inv.orgId = GONGZHI_TRY(orgIdOf(o));
    inv.orgName = GONGZHI_TRY(text(o, "org_name"));
    inv.orgKind = GONGZHI_TRY(kind(o));
    inv.code = GONGZHI_TRY(text(o, "code"));
    inv.inviterOrg = std::uint32_t(o.value(QStringLiteral("inviter_org")).toInteger());
    const QJsonArray peers = o.value(QStringLiteral("peers")).toArray();
    if (peers.size() > MaxPeers)
        return fail(ErrorCode::TooLarge, QStringLiteral("more than %1 peers").arg(MaxPeers),
                    QStringLiteral("peers"));
    for (const QJsonValue &v : peers) {
        const QJsonObject p = v.toObject();
        PeerAddress peer;
        peer.nodeKey = GONGZHI_TRY(fixed<crypto::PublicKey>(p, "node_key"));
        const QString address = GONGZHI_TRY(text(p, "address"));
        // Port 0 is kept as written: a PC that has not chosen its port yet (a
        // one-PC consortium) still invites; joining needs the peer to fix it.
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        peer.port = colon > 0 ? address.mid(colon + 1).toUShort(&ok) : 0;
        if (!ok || address.left(colon).contains(QLatin1Char(' ')))
            return fail(ErrorCode::BadValue, QStringLiteral("not HOST:PORT"),
                        QStringLiteral("peers.address"));
        peer.host = address.left(colon);
        inv.peers.push_back(peer);
    }
    inv.createdMs = o.value(QStringLiteral("created_ms")).toInteger();
    if (version == 1)
        return inv;
    if (inv.peers.empty())
        return fail(ErrorCode::BadValue, QStringLiteral("no peer to join"),
                    QStringLiteral("peers"));
    inv.learner = GONGZHI_TRY(learnerRole(o));
    inv.token = GONGZHI_TRY(readToken(o));
    const QString blockHex = o.value(QStringLiteral("genesis_block")).toString();
    inv.genesisBlock = QByteArray::fromHex(blockHex.toLatin1());
    if (inv.genesisBlock.isEmpty() || inv.genesisBlock.size() * 2 != blockHex.size())
        return fail(ErrorCode::BadEncoding, QStringLiteral("missing or not hex"),
                    QStringLiteral("genesis_block"));
    auto block = chain::Block::decode(inv.genesisBlock);
    if (!block)
        return fail(ErrorCode::BadEncoding, block.error().toString(),
                    QStringLiteral("genesis_block"));
    if (block->hash() != inv.genesisHash)
        return fail(ErrorCode::BadHash, QStringLiteral("does not hash to genesis_hash"),
                    QStringLiteral("genesis_block"));
    if (block->height() != 0 || block->header().consortium != inv.consortium
        || !chain::readGenesis(*block))
        return fail(ErrorCode::BadValue, QStringLiteral("not the genesis block of this consortium"),
                    QStringLiteral("genesis_block"));
    return inv;
}

QString Invitation::randomCode()
{
    static constexpr char Alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += QLatin1Char('-');
        code
            += QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(int(sizeof Alphabet) - 1)]);
    }
    return code;
}

QByteArray JoinRequest::signedBytes() const
{
    core::ByteWriter w(256);
    w.string(QLatin1String(Format))
        .fixed(consortium)
        .u32(orgId)
        .string(orgName)
        .u8(std::uint8_t(orgKind))
        .fixed(nodeKey)
        .string(address)
        .u64(incarnation)
        .boolean(learner)
        .string(code)
        .bytes(token);
    // Appended only when present, so requests without an administrator keep
    // the bytes (and signatures) they always had.
    if (adminKey)
        w.string(adminName).fixed(*adminKey);
    return w.take();
}

bool JoinRequest::signatureValid() const
{
    return crypto::verify(nodeKey, signedBytes(), signature);
}

QJsonObject JoinRequest::toJson() const
{
    QJsonObject o {
        { QStringLiteral("format"), QLatin1String(isV2() ? Format : FormatV1) },
        { QStringLiteral("consortium"), consortium.toHex() },
        { QStringLiteral("org_name"), orgName },
        { QStringLiteral("org_kind"), QLatin1String(chain::orgKindName(orgKind)) },
        { QStringLiteral("node_key"), nodeKey.toHex() },
        { QStringLiteral("code"), code },
    };
    if (isV2()) {
        o.insert(QStringLiteral("org_id"), qint64(orgId));
        o.insert(QStringLiteral("address"), address);
        o.insert(QStringLiteral("incarnation"), QString::number(incarnation));
        o.insert(QStringLiteral("role"), roleName(learner));
        o.insert(QStringLiteral("token"), QString::fromLatin1(token.toHex()));
        o.insert(QStringLiteral("signature"), signature.toHex());
        if (adminKey) {
            o.insert(QStringLiteral("admin_name"), adminName);
            o.insert(QStringLiteral("admin_key"), adminKey->toHex());
        }
    }
    return o;
}

core::Result<JoinRequest> JoinRequest::fromJson(const QJsonObject &o)
{
    const int version = GONGZHI_TRY(formatOf(o, FormatV1, Format));
    JoinRequest r;
    r.consortium = GONGZHI_TRY(fixed<chain::ConsortiumId>(o, "consortium"));
    r.orgName = GONGZHI_TRY(text(o, "org_name"));
    r.orgKind = GONGZHI_TRY(kind(o));
    r.nodeKey = GONGZHI_TRY(fixed<crypto::PublicKey>(o, "node_key"));
    if (version == 1) {
        r.code = o.value(QStringLiteral("code")).toString();
        return r;
    }
    r.code = GONGZHI_TRY(text(o, "code"));
    r.orgId = GONGZHI_TRY(orgIdOf(o));
    r.address = GONGZHI_TRY(text(o, "address"));
    if (!domain::isNodeAddress(r.address))
        return fail(ErrorCode::BadValue, QStringLiteral("not HOST:PORT"),
                    QStringLiteral("address"));
    bool ok = false;
    r.incarnation = GONGZHI_TRY(text(o, "incarnation")).toULongLong(&ok);
    if (!ok || r.incarnation == 0)
        return fail(ErrorCode::BadValue, QStringLiteral("not a non-zero decimal number"),
                    QStringLiteral("incarnation"));
    r.learner = GONGZHI_TRY(learnerRole(o));
    r.token = GONGZHI_TRY(readToken(o));
    r.signature = GONGZHI_TRY(fixed<crypto::Signature>(o, "signature"));
    if (o.contains(QStringLiteral("admin_key"))) {
        r.adminKey = GONGZHI_TRY(fixed<crypto::PublicKey>(o, "admin_key"));
        r.adminName = GONGZHI_TRY(text(o, "admin_name"));
    } else if (o.contains(QStringLiteral("admin_name"))) {
        return fail(ErrorCode::BadValue, QStringLiteral("an administrator needs a key"),
                    QStringLiteral("admin_key"));
    }
    if (!r.signatureValid())
        return fail(ErrorCode::BadSignature, QStringLiteral("not signed by the node key it names"),
                    QStringLiteral("signature"));
    return r;
}

core::Status JoinRequest::matches(const Invitation &inv) const
{
    auto bad = [](const char *field, const QString &why) {
        return fail(ErrorCode::Conflict, why, QString::fromLatin1(field));
    };
    if (consortium != inv.consortium)
        return bad("consortium", QStringLiteral("made for another consortium"));
    if (code != inv.code)
        return bad("code", QStringLiteral("does not match the invitation's code"));
    if (inv.isV2() && token != inv.token)
        return bad("token", QStringLiteral("does not answer this invitation"));
    if (inv.isV2() && learner != inv.learner)
        return bad("role", QStringLiteral("differs from the invitation's role"));
    if (orgId != inv.orgId)
        return bad("org_id", QStringLiteral("differs from the invitation's organization"));
    return {};
}

core::Status writeJsonFile(const QString &path, const QJsonObject &json)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(core::Error(ErrorCode::Io, file.errorString()).inFile(path));
    return {};
}

core::Result<QJsonObject> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(core::Error(ErrorCode::Io, file.errorString()).inFile(path));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return fail(
            core::Error(ErrorCode::TooLarge, QStringLiteral("more than 1 MiB")).inFile(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return fail(core::Error(ErrorCode::BadEncoding,
                                QStringLiteral("not a JSON object: %1").arg(error.errorString()))
                        .inFile(path));
    return doc.object();
}

} // namespace ledger::node
