// gongzhi-cli verify: checks the whole chain on all cores.
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "ledger/chain/ChainVerifier.h"
#include "ledger/node/LoggedBlocks.h"
#include "ledger/store/RaftLogStore.h"

#include <QElapsedTimer>
#include <QThread>

using namespace ledger;

namespace app::cli {

class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    QString summary() const override
    {
        return tr("Check every hash link, Merkle root and signature of the chain.");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({ QStringLiteral("threads"), tr("Worker threads (default: one per core)."),
                      QStringLiteral("N") });
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        auto store = dir->openStore(true);
        if (!store) {
            out.error(store.error());
            return ExitUsage;
        }
        const std::uint64_t head = (*store)->head().height;
        chain::VerifyOptions options;
        options.threads = p.value(QStringLiteral("threads")).toInt();
        QElapsedTimer timer;
        timer.start();
        options.progress = [&](std::uint64_t height, std::uint64_t txs) {
            const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
            out.progress(tr("Verifying: block %1 of %2, %3 transactions (%4/s)")
                             .arg(height)
                             .arg(head)
                             .arg(txs)
                             .arg(qint64(double(txs) / seconds)));
        };
        // After a power cut the block store can lack its last blocks, which the
        // witness names and the node's Raft log holds until the node starts and
        // restores them: not removed blocks.
        const QString raftPath = store::RaftLogStore::pathIn(dir->path());
        options.restorableUpTo = [&](std::uint64_t witnessed) -> std::uint64_t {
            auto log = store::RaftLogStore::open(raftPath);
            if (!log)
                return 0; // no log (a ledger without a node): nothing to restore from
            const auto linked = node::heightLinkedInLog(**log, **store, witnessed);
            return linked ? *linked : 0;
        };
        auto report = chain::verifyChain(**store, options);
        out.endProgress();
        if (!report) {
            out.line(QStringLiteral("FAILED ") + describe(report.error()));
            out.error(tr("the chain does not verify: %1").arg(describe(report.error())));
            return ExitCheckFailed;
        }
        out.err() << tr("Verified %1 transactions in %2 s using %3 threads.")
                         .arg(report->transactions)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                         .arg(options.threads > 0 ? options.threads : QThread::idealThreadCount())
                  << '\n';
        out.err().flush();
        if (report->restorableUpTo) {
            out.err() << tr("Blocks %1 to %2 are not in this PC's ledger file yet: it lost power "
                            "before they reached the disk. Its Raft log holds them, linked to "
                            "the verified chain, and the node restores them when it starts.")
                             .arg(report->height + 1)
                             .arg(*report->restorableUpTo)
                      << '\n';
            out.err().flush();
        }
        out.line(QStringLiteral("OK height=%1 transactions=%2")
                     .arg(report->height)
                     .arg(report->transactions)
                 + (report->restorableUpTo
                        ? QStringLiteral(" restorable_to=%1").arg(*report->restorableUpTo)
                        : QString()));
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("verify", VerifyCommand);

} // namespace app::cli
