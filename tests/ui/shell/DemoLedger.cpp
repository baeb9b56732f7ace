#include "tests/ui/shell/DemoLedger.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/service/PersonKeys.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/queries/ShellQueries.h"

#include <QProcess>

namespace tests {

QString makeDemoLedger(const QString &dir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(GONGZHI_CLI),
            { QStringLiteral("demo-data"), QStringLiteral("--data-dir"), dir });
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return QStringLiteral("gongzhi-cli demo-data timed out");
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAll());
    return {};
}

std::optional<ui::SignedInPerson> demoPerson(const QString &dir, bool (*wanted)(std::uint8_t))
{
    std::vector<ledger::state::PersonEntry> people;
    {
        auto state = ledger::state::StateMachine::open(dir + QStringLiteral("/state.db"));
        if (!state)
            return std::nullopt;
        auto found = ledger::state::currentPeople(**state, 1);
        if (!found)
            return std::nullopt;
        people = std::move(*found);
    }
    for (const auto &file : ledger::service::PersonKeys(dir).list()) {
        for (const auto &person : people) {
            if (person.key != file.key.toByteArray() || !wanted(person.roles))
                continue;
            auto key = ledger::crypto::KeyFile::load(file.path, QString());
            if (!key)
                return std::nullopt;
            return ui::SignedInPerson { *key, person.displayName, person.orgId, person.roles };
        }
    }
    return std::nullopt;
}

} // namespace tests
