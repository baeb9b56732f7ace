#include "tests/ui/credit/UiFixture.h"

#include "ledger/chain/Genesis.h"
#include "ledger/crypto/KeyFile.h"
#include "ledger/state/StateMachine.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>

#include <optional>

namespace tests {

QString UiFixture::setUp(const QString &dir, std::uint8_t wantedRole)
{
    dataDir = dir;
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(GONGZHI_CLI),
              { QStringLiteral("demo-data"), QStringLiteral("--data-dir"), dir });
    if (!cli.waitForFinished(240000) || cli.exitCode() != 0)
        return QStringLiteral("demo-data failed: ") + QString::fromUtf8(cli.readAll());
    auto opened = ledger::service::LedgerService::open(dir);
    if (!opened)
        return opened.error().toString();
    ledger = std::move(*opened);

    struct PersonRow {
        QByteArray key;
        QString name;
        std::uint32_t org = 0;
        std::uint8_t roles = 0;
    };
    std::optional<std::vector<PersonRow>> persons;
    QObject receiver;
    ledger->query<std::vector<PersonRow>>(
        &receiver,
        [](const ledger::service::QueryContext &c) {
            std::vector<PersonRow> out;
            QSqlQuery q(c.state.database());
            q.exec(QStringLiteral("SELECT key, display_name, org_id, roles FROM persons"
                                  " WHERE until_height IS NULL ORDER BY person_no"));
            while (q.next()) {
                out.push_back({ q.value(0).toByteArray(), q.value(1).toString(),
                                q.value(2).toUInt(), std::uint8_t(q.value(3).toUInt()) });
            }
            return out;
        },
        [&](std::vector<PersonRow> rows) { persons = std::move(rows); });
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (persons)
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!persons)
        return QStringLiteral("the persons query never answered");

    const auto files = QDir(dir + QStringLiteral("/keys"))
                           .entryList({ QStringLiteral("person-*.key") }, QDir::Files);
    for (const QString &name : files) {
        const QString path = dir + QStringLiteral("/keys/") + name;
        auto key = ledger::crypto::KeyFile::load(path, QString());
        if (!key)
            key = ledger::crypto::KeyFile::load(path, QStringLiteral("123456"));
        if (!key)
            continue;
        for (const auto &p : *persons) {
            if (p.key == key->publicKey().toByteArray() && (p.roles & wantedRole) != 0) {
                person.reset(new ui::SignedInPerson { *key, p.name, p.org, p.roles });
                context.ledger = ledger.get();
                context.person = person.get();
                context.navigator = &navigator;
                return {};
            }
        }
    }
    return QStringLiteral("no key file of a person with role %1").arg(wantedRole);
}

} // namespace tests
