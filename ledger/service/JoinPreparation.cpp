#include "ledger/service/JoinPreparation.h"

#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/store/BlockStore.h"
#include "ledger/store/RaftLogStore.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>

namespace ledger::service {

using core::Error;
using core::ErrorCode;
using core::fail;

QString advertisedHost(const QString &listenHost)
{
    const QHostAddress listen(listenHost);
    const bool wildcard = listenHost.isEmpty() || listen == QHostAddress::AnyIPv4
        || listen == QHostAddress::AnyIPv6 || listen == QHostAddress::Any;
    if (!wildcard)
        return listenHost;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress a = entry.ip();
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                return a.toString();
        }
    }
    return QStringLiteral("127.0.0.1");
}

core::Result<PreparedJoin> prepareJoin(const QString &dataDir, const node::Invitation &inv,
                                       const QString &listen)
{
    if (!inv.isV2())
        return fail(ErrorCode::BadValue,
                    QStringLiteral("this invitation does not carry the consortium's first block; "
                                   "ask the inviting organization for a new one"),
                    QStringLiteral("genesis_block"));
    if (!domain::isNodeAddress(listen))
        return fail(ErrorCode::BadValue, QStringLiteral("not HOST:PORT"),
                    QStringLiteral("address"));
    const QDir dir(dataDir);
    const QString ledgerPath = dir.filePath(QStringLiteral("ledger.db"));
    const QString raftPath = store::RaftLogStore::pathIn(dataDir);
    if (QFile::exists(ledgerPath) || QFile::exists(raftPath))
        return fail(Error(ErrorCode::Conflict, QStringLiteral("a ledger already exists here"))
                        .inFile(dataDir));
    if (!dir.mkpath(QStringLiteral(".")) || !dir.mkpath(QStringLiteral("keys")))
        return fail(
            Error(ErrorCode::Io, QStringLiteral("cannot create the directory")).inFile(dataDir));
    auto undo = [&] {
        for (const QString &base : { ledgerPath, raftPath }) {
            for (const char *suffix : { "", "-wal", "-shm", "-journal" })
                QFile::remove(base + QLatin1String(suffix));
        }
    };

    auto genesis = chain::Block::decode(inv.genesisBlock);
    if (!genesis || genesis->hash() != inv.genesisHash)
        return fail(ErrorCode::BadValue,
                    QStringLiteral("the genesis block does not match the genesis hash"),
                    QStringLiteral("genesis_block"));
    std::uint64_t incarnation = 0;
    {
        auto created = store::BlockStore::create(ledgerPath, *genesis);
        if (!created) {
            undo();
            return fail(created.error());
        }
        auto raftLog = store::RaftLogStore::create(raftPath);
        if (!raftLog) {
            undo();
            return fail(raftLog.error());
        }
        auto initial = (*raftLog)->initialState();
        if (!initial) {
            undo();
            return fail(initial.error());
        }
        incarnation = initial->incarnation;
    }

    PreparedJoin out { crypto::KeyPair::generate(), {}, {} };
    out.config.consortium = inv.consortium;
    out.config.genesisHash = inv.genesisHash;
    out.config.orgId = inv.orgId;
    out.config.nodeKey = out.nodeKey.publicKey();
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    out.config.listenHost = listen.left(colon);
    out.config.listenPort = listen.mid(colon + 1).toUShort();
    out.config.peers = inv.peers;

    auto &r = out.request;
    r.consortium = inv.consortium;
    r.orgId = inv.orgId;
    r.orgName = inv.orgName;
    r.orgKind = inv.orgKind;
    r.nodeKey = out.nodeKey.publicKey();
    r.code = inv.code;
    r.address = listen;
    r.incarnation = incarnation;
    r.learner = inv.learner;
    r.token = inv.token;
    r.sign(out.nodeKey);
    return out;
}

} // namespace ledger::service
