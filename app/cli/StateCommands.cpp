// gongzhi-cli rebuild-state and state-digest: the domain state is derived only
// from committed blocks, so it can be rebuilt from genesis at any time, and
// every node at the same height has the same digest.
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "ledger/state/StateMachine.h"

#include <QElapsedTimer>
#include <QFile>

using namespace ledger;

namespace app::cli {

namespace {
// Brings the state database of `dir` up to the chain's head (from genesis if
// `fresh`). Returns the state, or prints why not.
std::unique_ptr<state::StateMachine> syncState(const DataDir &dir, bool fresh, Output &out)
{
    auto store = dir.openStore(true);
    if (!store) {
        out.error(store.error());
        return nullptr;
    }
    if (fresh) {
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(dir.statePath() + QString::fromLatin1(suffix));
    }
    auto st = state::StateMachine::open(dir.statePath(), state::StateMachine::Durability::Fast);
    if (!st) {
        out.error(st.error());
        return nullptr;
    }
    const std::uint64_t head = (*store)->head().height;
    const auto applied = (*st)->appliedHeight();
    if (applied && *applied > head) {
        out.error(QCoreApplication::translate(
                      "StateCommands",
                      "the state is at block %1 but the chain ends at %2; run rebuild-state")
                      .arg(*applied)
                      .arg(head));
        return nullptr;
    }
    for (std::uint64_t h = applied ? *applied + 1 : 0; h <= head; ++h) {
        auto block = (*store)->block(h);
        if (!block) {
            out.error(block.error());
            return nullptr;
        }
        if (auto r = (*st)->apply(*block); !r) {
            out.error(r.error());
            return nullptr;
        }
        if (h % 100 == 0)
            out.progress(QCoreApplication::translate("StateCommands", "Applying block %1 of %2")
                             .arg(h)
                             .arg(head));
    }
    out.endProgress();
    return std::move(*st);
}
} // namespace

class RebuildStateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RebuildStateCommand)
public:
    QString summary() const override
    {
        return tr("Rebuild the governance state from the genesis block.");
    }
    void addOptions(QCommandLineParser &p) override { addDataDirOption(p); }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        QElapsedTimer timer;
        timer.start();
        auto st = syncState(*dir, true, out);
        if (!st)
            return ExitUsage;
        auto digest = st->digest();
        if (!digest) {
            out.error(digest.error());
            return ExitUsage;
        }
        out.line(tr("State rebuilt to block %1 in %2 s.")
                     .arg(st->appliedHeight().value_or(0))
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        out.line(QStringLiteral("height=%1 digest=%2")
                     .arg(st->appliedHeight().value_or(0))
                     .arg(digest->toHex()));
        return ExitOk;
    }
};

class StateDigestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StateDigestCommand)
public:
    QString summary() const override
    {
        return tr("Print the digest of the governance state (the same on every node at the same "
                  "height).");
    }
    void addOptions(QCommandLineParser &p) override { addDataDirOption(p); }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        auto st = syncState(*dir, false, out);
        if (!st)
            return ExitUsage;
        auto digest = st->digest();
        if (!digest) {
            out.error(digest.error());
            return ExitUsage;
        }
        out.line(QStringLiteral("height=%1 digest=%2")
                     .arg(st->appliedHeight().value_or(0))
                     .arg(digest->toHex()));
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("rebuild-state", RebuildStateCommand);
GONGZHI_REGISTER_COMMAND("state-digest", StateDigestCommand);

} // namespace app::cli
