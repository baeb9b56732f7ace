// gongzhi-cli verify: checks the whole chain on all cores.
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "ledger/chain/ChainVerifier.h"

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
        out.line(QStringLiteral("OK height=%1 transactions=%2")
                     .arg(report->height)
                     .arg(report->transactions));
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("verify", VerifyCommand);

} // namespace app::cli
