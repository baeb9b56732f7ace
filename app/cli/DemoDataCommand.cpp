// gongzhi-cli demo-data: a fresh data directory filled with a realistic demo
// community (organization 1's node of a consortium of six organizations).
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "ledger/crypto/KeyFile.h"
#include "ledger/domain/DemoCommunity.h"
#include "ledger/node/NodeConfig.h"
#include "ledger/node/NodeIdentity.h"
#include "ledger/state/ResidentRegistry.h"
#include "ledger/state/StateMachine.h"
#include "ledger/store/BlockStore.h"
#include "ledger/store/RaftLogStore.h"

#include <QElapsedTimer>
#include <QSaveFile>

using namespace ledger;

namespace app::cli {

class DemoDataCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataCommand)
public:
    QString summary() const override
    {
        return tr(
            "Create a data directory holding a realistic demo community (six months of records).");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({ QStringLiteral("seed"),
                      tr("Seed of the generator (same seed, same community)."), QStringLiteral("N"),
                      QStringLiteral("1") });
        p.addOption({ QStringLiteral("scale"),
                      tr("Size: 1 is about 10,000 transactions and 2,000 residents."),
                      QStringLiteral("N"), QStringLiteral("1") });
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        bool seedOk = false;
        bool scaleOk = false;
        domain::demo::Options options;
        options.seed = p.value(QStringLiteral("seed")).toULongLong(&seedOk);
        options.scale = p.value(QStringLiteral("scale")).toInt(&scaleOk);
        if (!seedOk || !scaleOk || options.scale < 1 || options.scale > 1000) {
            out.error(tr("--seed must be a number and --scale a number from 1 to 1000"));
            return ExitUsage;
        }
        if (auto st = dir->prepareNew(); !st) {
            out.error(st.error());
            return ExitUsage;
        }
        QElapsedTimer timer;
        timer.start();
        out.progress(tr("Generating the community…"));
        const auto community = domain::demo::generate(options);
        if (auto st = write(*dir, community, out); !st) {
            out.error(st.error());
            return ExitUsage;
        }
        out.endProgress();
        out.line(tr("Demo community \"%1\": %2 transactions in %3 blocks, %4 residents (%5 s).")
                     .arg(community.genesis.name)
                     .arg(community.transactionCount())
                     .arg(community.batches.size() + 1)
                     .arg(community.residents.size())
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        return ExitOk;
    }

private:
    static ledger::core::Status write(const DataDir &dir, const domain::demo::Community &c,
                                      Output &out)
    {
        const auto &nodeKey = c.nodeKeys.front();
        const auto founder = std::find_if(c.people.begin(), c.people.end(), [](const auto &person) {
            return chain::hasRole(person.roles, chain::Role::Admin);
        });
        if (founder == c.people.end())
            return core::fail(core::ErrorCode::Invalid,
                              QStringLiteral("the demo community has no administrator"));
        const auto genesis = GONGZHI_TRY(
            chain::makeGenesisBlock(c.consortium, c.genesis, founder->key, nodeKey, c.genesisMs));
        auto store = GONGZHI_TRY(store::BlockStore::create(dir.ledgerPath(), genesis));
        // A one-member Raft cluster: the directory can be started as a node later.
        GONGZHI_TRY(store::RaftLogStore::createGenesis(store::RaftLogStore::pathIn(dir.path()),
                                                       { node::nodeIdFor(nodeKey.publicKey()) }));
        auto state = GONGZHI_TRY(
            state::StateMachine::open(dir.statePath(), state::StateMachine::Durability::Fast));
        GONGZHI_CHECK(state->apply(genesis));
        std::size_t done = 0;
        for (const auto &batch : c.batches) {
            chain::BlockHeader h;
            h.consortium = c.consortium;
            h.height = store->head().height + 1;
            h.prevHash = store->head().hash;
            h.historyRoot = store->nextHistoryRoot();
            h.timestampMs = batch.timestampMs;
            const auto block = chain::Block::seal(h, batch.transactions, nodeKey);
            GONGZHI_CHECK(store->append(block));
            GONGZHI_CHECK(state->apply(block));
            done += batch.transactions.size();
            if (h.height % 20 == 0)
                out.progress(QCoreApplication::translate("DemoDataCommand",
                                                         "Writing blocks: %1 transactions")
                                 .arg(done));
        }
        GONGZHI_CHECK(crypto::KeyFile::save(dir.nodeKeyPath(), nodeKey, QString()));
        for (const auto &person : c.people) {
            if (person.orgId != 1)
                continue;
            const QString path = dir.keysDir()
                + QStringLiteral("/person-%1.key").arg(person.key.publicKey().toHex().left(16));
            GONGZHI_CHECK(crypto::KeyFile::save(path, person.key, QString()));
        }
        // Organization 1's resident registry, sealed under a key kept beside it
        // for the demo (the desktop app keeps this key in the system keychain).
        const auto registryKey = crypto::SecretSeed::random();
        GONGZHI_CHECK(
            saveSecret(dir.keysDir() + QStringLiteral("/registry.key"), registryKey.toByteArray()));
        auto registry = GONGZHI_TRY(
            state::ResidentRegistry::open(dir.path() + QStringLiteral("/residents.db"),
                                          registryKey.toByteArray(), 1, c.peppers.front()));
        for (const auto &r : c.residents) {
            if (r.orgId != 1)
                continue;
            GONGZHI_TRY(registry->import({ r.name, r.idNumber, r.phone, r.address }, r.pseudonym,
                                         r.residentCode, r.pin));
        }
        node::NodeConfig config;
        config.consortium = c.consortium;
        config.genesisHash = genesis.hash();
        config.orgId = 1;
        config.nodeKey = nodeKey.publicKey();
        return config.save(dir.configPath());
    }

    static ledger::core::Status saveSecret(const QString &path, const QByteArray &secret)
    {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return core::fail(core::Error(core::ErrorCode::Io, f.errorString()).inFile(path));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(secret.toHex() + '\n');
        if (!f.commit())
            return core::fail(core::Error(core::ErrorCode::Io, f.errorString()).inFile(path));
        return {};
    }
};

GONGZHI_REGISTER_COMMAND("demo-data", DemoDataCommand);

} // namespace app::cli
