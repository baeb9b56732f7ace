// gongzhi-cli has: checks that every transaction id listed in a file is on
// the local chain (after a load test: nothing acknowledged was lost).
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "ledger/chain/Types.h"

#include <QFile>

using namespace ledger;

namespace app::cli {

class HasCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HasCommand)
public:
    QString summary() const override
    {
        return tr("Check that the local chain holds every transaction id listed in a file.");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({ QStringLiteral("tx-file"),
                      tr("A file with one transaction id (hex) per line."), QStringLiteral("F") });
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        QFile file(p.value(QStringLiteral("tx-file")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            out.error(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return ExitUsage;
        }
        // Read-only, so it works while the node runs.
        auto store = dir->openStore(true);
        if (!store) {
            out.error(store.error());
            return ExitUsage;
        }
        qint64 checked = 0;
        qint64 missing = 0;
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const QString line = QString::fromLatin1(file.readLine()).trimmed();
            if (line.isEmpty())
                continue;
            const auto id = chain::TxId::fromHex(line);
            if (!id) {
                out.error(
                    tr("%1, line %2: not a transaction id").arg(file.fileName()).arg(lineNumber));
                return ExitUsage;
            }
            ++checked;
            if (!(*store)->containsTransaction(*id)) {
                ++missing;
                out.line(line);
            }
        }
        if (missing > 0) {
            out.err() << tr("%1 of %2 transactions are missing from %3.")
                             .arg(missing)
                             .arg(checked)
                             .arg(dir->path())
                      << Qt::endl;
            return ExitCheckFailed;
        }
        out.err() << tr("All %1 transactions are on the chain.").arg(checked) << Qt::endl;
        return ExitOk;
    }
};

GONGZHI_REGISTER_COMMAND("has", HasCommand);

} // namespace app::cli
