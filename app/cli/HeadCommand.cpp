// gongzhi-cli head: prints "height hash" of the local chain.
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"

namespace app::cli {

class HeadCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HeadCommand)
public:
    QString summary() const override
    {
        return tr("Print the height and hash of the local chain's head.");
    }
    void addOptions(QCommandLineParser &p) override { addDataDirOption(p); }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        // Read-only, so it works while the node runs (WAL readers do not block it).
        auto store = dir->openStore(true);
        if (!store) {
            out.error(store.error());
            return ExitUsage;
        }
        const auto &head = (*store)->head();
        out.line(QStringLiteral("%1 %2").arg(head.height).arg(head.hash.toHex()));
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("head", HeadCommand);

} // namespace app::cli
