#include "tests/ui/records/DemoPeople.h"

#include "ledger/chain/Genesis.h"
#include "ledger/state/StateMachine.h"
#include "tests/service/facade/ServiceFixtures.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

using namespace ledger;

namespace tests {

namespace {

struct PersonRow {
    bool found = false;
    QString name;
    std::uint32_t orgId = 0;
    std::uint8_t roles = 0;
};

} // namespace

std::optional<DemoPeople> demoPeople(service::LedgerService &svc, const QString &dataDir,
                                     int timeoutMs)
{
    std::optional<ui::SignedInPerson> staff;
    std::optional<ui::SignedInPerson> secretary;
    for (const auto &key : demoPersonKeys(dataDir)) {
        std::optional<PersonRow> row;
        QEventLoop loop;
        QObject receiver;
        const QByteArray pub = key.publicKey().toByteArray();
        svc.query<PersonRow>(
            &receiver,
            [pub](const service::QueryContext &c) {
                QSqlQuery q(c.state.database());
                q.prepare(QStringLiteral(
                    "SELECT display_name, org_id, roles FROM persons WHERE key = ?"));
                q.addBindValue(pub);
                PersonRow r;
                if (q.exec() && q.next())
                    r = { true, q.value(0).toString(), q.value(1).toUInt(),
                          std::uint8_t(q.value(2).toUInt()) };
                return r;
            },
            [&row, &loop](PersonRow r) {
                row = r;
                loop.quit();
            });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        if (!row || !row->found || row->orgId != 1)
            continue;
        ui::SignedInPerson p { key, row->name, row->orgId, row->roles };
        if (row->roles == std::uint8_t(chain::Role::Staff) && !staff)
            staff = p;
        if (chain::hasRole(row->roles, chain::Role::Secretary) && !secretary)
            secretary = p;
    }
    if (!staff || !secretary)
        return std::nullopt;
    return DemoPeople { *staff, *secretary };
}

} // namespace tests
