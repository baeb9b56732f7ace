#include "ui/network/Invitation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace ledger;
using core::ErrorCode;
using core::fail;

namespace ui {

namespace {
constexpr qint64 MaxFileBytes = 1024 * 1024;

core::Result<QString> text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fail(ErrorCode::BadValue, QStringLiteral("missing or not text"),
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

core::Status expectFormat(const QJsonObject &o, const char *format)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(format))
        return fail(ErrorCode::BadVersion,
                    QStringLiteral("not a %1 document").arg(QLatin1String(format)),
                    QStringLiteral("format"));
    return {};
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
    return {
        { QStringLiteral("format"), QLatin1String(Format) },
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
}

core::Result<Invitation> Invitation::fromJson(const QJsonObject &o)
{
    GONGZHI_CHECK(expectFormat(o, Format));
    Invitation inv;
    inv.community = GONGZHI_TRY(text(o, "community"));
    inv.consortium = GONGZHI_TRY(fixed<chain::ConsortiumId>(o, "consortium"));
    inv.genesisHash = GONGZHI_TRY(fixed<chain::BlockHash>(o, "genesis_hash"));
    inv.orgId = std::uint32_t(o.value(QStringLiteral("org_id")).toInteger());
    inv.orgName = GONGZHI_TRY(text(o, "org_name"));
    inv.orgKind = GONGZHI_TRY(kind(o));
    inv.code = GONGZHI_TRY(text(o, "code"));
    inv.inviterOrg = std::uint32_t(o.value(QStringLiteral("inviter_org")).toInteger());
    for (const QJsonValue &v : o.value(QStringLiteral("peers")).toArray()) {
        const QJsonObject p = v.toObject();
        node::PeerAddress peer;
        peer.nodeKey = GONGZHI_TRY(fixed<crypto::PublicKey>(p, "node_key"));
        const QString address = GONGZHI_TRY(text(p, "address"));
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        peer.port = colon > 0 ? address.mid(colon + 1).toUShort(&ok) : 0;
        if (!ok)
            return fail(ErrorCode::BadValue, QStringLiteral("not HOST:PORT"),
                        QStringLiteral("peers.address"));
        peer.host = address.left(colon);
        inv.peers.push_back(peer);
    }
    inv.createdMs = o.value(QStringLiteral("created_ms")).toInteger();
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

QJsonObject JoinRequest::toJson() const
{
    return {
        { QStringLiteral("format"), QLatin1String(Format) },
        { QStringLiteral("consortium"), consortium.toHex() },
        { QStringLiteral("org_name"), orgName },
        { QStringLiteral("org_kind"), QLatin1String(chain::orgKindName(orgKind)) },
        { QStringLiteral("node_key"), nodeKey.toHex() },
        { QStringLiteral("code"), code },
    };
}

core::Result<JoinRequest> JoinRequest::fromJson(const QJsonObject &o)
{
    GONGZHI_CHECK(expectFormat(o, Format));
    JoinRequest r;
    r.consortium = GONGZHI_TRY(fixed<chain::ConsortiumId>(o, "consortium"));
    r.orgName = GONGZHI_TRY(text(o, "org_name"));
    r.orgKind = GONGZHI_TRY(kind(o));
    r.nodeKey = GONGZHI_TRY(fixed<crypto::PublicKey>(o, "node_key"));
    r.code = o.value(QStringLiteral("code")).toString();
    return r;
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

} // namespace ui
