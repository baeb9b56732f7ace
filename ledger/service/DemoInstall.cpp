#include "ledger/service/DemoInstall.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/node/NodeConfig.h"
#include "ledger/node/NodeIdentity.h"
#include "ledger/state/ResidentRegistry.h"
#include "ledger/state/StateMachine.h"
#include "ledger/store/BlockStore.h"
#include "ledger/store/RaftLogStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ledger::service {

using core::Error;
using core::ErrorCode;
using core::fail;

namespace {

// Files every node of the demo shares byte for byte.
const QString SharedFiles[] = { QStringLiteral("ledger.db"), QStringLiteral("ledger.head"),
                                QStringLiteral("state.db"), QStringLiteral("raft.db") };

core::Status checkPlan(const domain::demo::Community &c, const std::vector<DemoNode> &nodes)
{
    if (nodes.empty())
        return fail(ErrorCode::BadValue, QStringLiteral("at least one node"),
                    QStringLiteral("nodes"));
    for (const auto &n : nodes) {
        if (n.orgId < 1 || n.orgId > c.nodeKeys.size())
            return fail(ErrorCode::BadValue,
                        QStringLiteral("the demo community has no organization %1").arg(n.orgId),
                        QStringLiteral("orgId"));
        if (QFileInfo::exists(QDir(n.dataDir).filePath(QStringLiteral("ledger.db"))))
            return fail(Error(ErrorCode::Conflict, QStringLiteral("a ledger already exists here"))
                            .inFile(n.dataDir));
        if (!QDir().mkpath(QDir(n.dataDir).filePath(QStringLiteral("keys"))))
            return fail(Error(ErrorCode::Io, QStringLiteral("cannot create the directory"))
                            .inFile(n.dataDir));
    }
    return {};
}

// The chain, its state and its Raft log, once, into `dir`. Block h is Raft
// entry h + 1 of term 1 (entry 1 is the Bootstrap configuration of `voters`),
// committed, exactly as if the founders had proposed it: a PC that joins later
// is then streamed the whole chain from the log like any follower (the log is
// never compacted, docs/raft.md), and every block's raft_index names its entry.
core::Result<chain::BlockHash> writeChain(const domain::demo::Community &c, const QDir &dir,
                                          const std::vector<raft::NodeId> &voters,
                                          const std::function<void(std::size_t)> &progress)
{
    const auto &proposer = c.nodeKeys.front();
    const auto founder = std::find_if(c.people.begin(), c.people.end(), [](const auto &person) {
        return chain::hasRole(person.roles, chain::Role::Admin);
    });
    if (founder == c.people.end())
        return fail(ErrorCode::Invalid, QStringLiteral("the demo community has no administrator"));
    const auto genesis = GONGZHI_TRY(
        chain::makeGenesisBlock(c.consortium, c.genesis, founder->key, proposer, c.genesisMs));
    auto store = GONGZHI_TRY(
        store::BlockStore::create(dir.filePath(QStringLiteral("ledger.db")), genesis));
    auto state = GONGZHI_TRY(state::StateMachine::open(dir.filePath(QStringLiteral("state.db")),
                                                       state::StateMachine::Durability::Fast));
    GONGZHI_CHECK(state->apply(genesis));
    auto raftLog = GONGZHI_TRY(
        store::RaftLogStore::createGenesis(store::RaftLogStore::pathIn(dir.path()), voters));
    constexpr raft::Term Term = 1;
    std::vector<raft::Entry> entries; // written to the log in chunks: one fsync each
    std::size_t done = 0;
    for (const auto &batch : c.batches) {
        chain::BlockHeader h;
        h.consortium = c.consortium;
        h.height = store->head().height + 1;
        h.prevHash = store->head().hash;
        h.historyRoot = store->nextHistoryRoot();
        h.timestampMs = batch.timestampMs;
        h.raftTerm = Term;
        h.raftIndex = h.height + 1;
        const auto block = chain::Block::seal(h, batch.transactions, proposer);
        GONGZHI_CHECK(store->append(block));
        GONGZHI_CHECK(state->apply(block));
        entries.push_back({ Term, h.raftIndex, raft::EntryType::Normal, block.encode() });
        if (entries.size() == 64) {
            GONGZHI_CHECK(raftLog->persist(std::nullopt, entries));
            entries.clear();
        }
        done += batch.transactions.size();
        if (progress && h.height % 20 == 0)
            progress(done);
    }
    GONGZHI_CHECK(raftLog->persist(raft::HardState { Term, raft::NoNode, store->head().height + 1 },
                                   entries));
    // Closing (on return) checkpoints the WAL into the database files, so
    // that copying the files alone copies everything.
    return genesis.hash();
}

core::Status copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return fail(Error(ErrorCode::Io, QStringLiteral("cannot copy ") + from).inFile(to));
    return {};
}

core::Status saveOwnerOnly(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(Error(ErrorCode::Io, f.errorString()).inFile(path));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(bytes);
    if (!f.commit())
        return fail(Error(ErrorCode::Io, f.errorString()).inFile(path));
    return {};
}

// What belongs to one organization only: keys, residents, configuration.
core::Status writeOwn(const domain::demo::Community &c, const std::vector<DemoNode> &nodes,
                      const DemoNode &self, const chain::BlockHash &genesisHash)
{
    const QDir dir(self.dataDir);
    const auto &nodeKey = c.nodeKeys[self.orgId - 1];
    GONGZHI_CHECK(
        crypto::KeyFile::save(dir.filePath(QStringLiteral("node.key")), nodeKey, QString()));
    // For scripts (scripts/demo admits a kiosk PC with the administrator's and
    // the party secretary's keys): which key file is whose.
    QString peopleList = QStringLiteral("# Demo people of this organization: key file, roles "
                                        "(staff secretary auditor admin), name\n");
    for (const auto &person : c.people) {
        if (person.orgId != self.orgId)
            continue;
        const QString file
            = QStringLiteral("keys/person-%1.key").arg(person.key.publicKey().toHex().left(16));
        GONGZHI_CHECK(crypto::KeyFile::save(dir.filePath(file), person.key, QString()));
        QStringList roles;
        for (const auto &[role, word] : { std::pair { chain::Role::Staff, "staff" },
                                          { chain::Role::Secretary, "secretary" },
                                          { chain::Role::Auditor, "auditor" },
                                          { chain::Role::Admin, "admin" } }) {
            if (chain::hasRole(person.roles, role))
                roles << QLatin1String(word);
        }
        peopleList += file + QLatin1Char(',') + roles.join(QLatin1Char(' ')) + QLatin1Char(',')
            + person.displayName + QLatin1Char('\n');
    }
    GONGZHI_CHECK(
        saveOwnerOnly(dir.filePath(QStringLiteral("keys/demo-people.txt")), peopleList.toUtf8()));
    const auto registryKey = crypto::SecretSeed::random();
    GONGZHI_CHECK(saveOwnerOnly(dir.filePath(QStringLiteral("keys/registry.key")),
                                registryKey.toByteArray().toHex() + '\n'));
    auto registry = GONGZHI_TRY(state::ResidentRegistry::open(
        dir.filePath(QStringLiteral("residents.db")), registryKey.toByteArray(), self.orgId,
        c.peppers[self.orgId - 1]));
    // For trying the kiosk: a few of this organization's demo residents with
    // their codes and PINs (invented people; a real registry has no such file).
    QString tryList = QStringLiteral("# Demo residents registered here: code, PIN, name\n");
    int listed = 0;
    for (const auto &r : c.residents) {
        if (r.orgId != self.orgId)
            continue;
        GONGZHI_TRY(registry->import({ r.name, r.idNumber, r.phone, r.address }, r.pseudonym,
                                     r.residentCode, r.pin));
        if (listed++ < 10)
            tryList += r.residentCode + QLatin1Char(',') + r.pin + QLatin1Char(',') + r.name
                + QLatin1Char('\n');
    }
    if (listed > 0)
        GONGZHI_CHECK(saveOwnerOnly(dir.filePath(QStringLiteral("keys/demo-residents.txt")),
                                    tryList.toUtf8()));

    node::NodeConfig config;
    config.consortium = c.consortium;
    config.genesisHash = genesisHash;
    config.orgId = self.orgId;
    config.nodeKey = nodeKey.publicKey();
    config.listenHost = self.listenHost;
    config.listenPort = self.listenPort;
    for (const auto &n : nodes) {
        if (n.orgId != self.orgId)
            config.peers.push_back(
                { c.nodeKeys[n.orgId - 1].publicKey(), n.listenHost, n.listenPort });
    }
    return config.save(dir.filePath(QStringLiteral("node.json")));
}

} // namespace

core::Status installDemo(const domain::demo::Community &community,
                         const std::vector<DemoNode> &nodes,
                         const std::function<void(std::size_t)> &progress)
{
    GONGZHI_CHECK(checkPlan(community, nodes));
    const QDir first(nodes.front().dataDir);
    std::vector<raft::NodeId> voters;
    for (const auto &n : nodes)
        voters.push_back(node::nodeIdFor(community.nodeKeys[n.orgId - 1].publicKey()));
    const auto genesisHash = GONGZHI_TRY(writeChain(community, first, voters, progress));
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        const QDir dir(nodes[i].dataDir);
        for (const QString &name : SharedFiles)
            GONGZHI_CHECK(copyFile(first.filePath(name), dir.filePath(name)));
    }
    for (const auto &n : nodes)
        GONGZHI_CHECK(writeOwn(community, nodes, n, genesisHash));
    return {};
}

} // namespace ledger::service
