#include "tests/ui/audit/DemoLedger.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/state/StateMachine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace ledger;

namespace tests::ui {

bool runCli(const QStringList &args, QByteArray *output, QString *log)
{
    QProcess p;
    p.setProgram(QStringLiteral(GONGZHI_CLI));
    p.setArguments(args);
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GONGZHI_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start();
    const bool finished = p.waitForFinished(240000);
    if (!finished)
        p.kill();
    p.waitForFinished(5000);
    const QByteArray out = p.readAllStandardOutput();
    if (output)
        *output = out;
    const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (log)
        *log = QString::fromUtf8(out + p.readAllStandardError());
    return ok;
}

QString DemoLedger::open(const QString &dir)
{
    m_dir = dir;
    QString log;
    if (!runCli({ QStringLiteral("demo-data"), QStringLiteral("--data-dir"), dir }, nullptr, &log))
        return QStringLiteral("gongzhi-cli demo-data failed: ") + log;
    return openMade();
}

QString DemoLedger::openFounded(const QString &parent, quint16 port)
{
    m_dir = parent + QStringLiteral("/node1");
    QString log;
    if (!runCli({ QStringLiteral("cluster-init"), QStringLiteral("--nodes"), QStringLiteral("1"),
                  QStringLiteral("--dir"), parent, QStringLiteral("--base-port"),
                  QString::number(port) },
                nullptr, &log))
        return QStringLiteral("gongzhi-cli cluster-init failed: ") + log;
    return openMade();
}

QString DemoLedger::reopen()
{
    auto opened = service::LedgerService::open(m_dir);
    if (!opened)
        return opened.error().toString();
    m_service = std::move(*opened);
    return {};
}

QString DemoLedger::openMade()
{
    const QString dir = m_dir;
    auto opened = service::LedgerService::open(dir);
    if (!opened)
        return opened.error().toString();
    m_service = std::move(*opened);

    // Roles and names of the people whose keys the demo left in DIR/keys.
    using Row = std::tuple<QByteArray, QString, int>;
    auto rows = queryNow<std::vector<Row>>([](const service::QueryContext &c) {
        std::vector<Row> out;
        QSqlQuery q(c.state.database());
        q.exec(QStringLiteral("SELECT key, display_name, roles FROM persons WHERE org_id = 1 AND "
                              "until_height IS NULL ORDER BY person_no"));
        while (q.next())
            out.emplace_back(q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toInt());
        return out;
    });
    if (!rows)
        return QStringLiteral("the reader thread did not answer");
    const QDir keys(dir + QStringLiteral("/keys"));
    for (const QString &name :
         keys.entryList({ QStringLiteral("person-*.key"), QStringLiteral("admin.key"),
                          QStringLiteral("secretary.key") },
                        QDir::Files)) {
        auto key = crypto::KeyFile::load(keys.filePath(name), QString());
        if (!key)
            continue;
        for (const auto &[k, display, roles] : *rows) {
            if (k == key->publicKey().toByteArray())
                m_people.push_back({ *key, display, std::uint8_t(roles) });
        }
    }
    if (m_people.empty())
        return QStringLiteral("no person of organization 1 has a key file");
    return {};
}

const DemoLedger::Person *DemoLedger::personWith(std::uint8_t roles) const
{
    for (const auto &p : m_people) {
        if ((p.roles & roles) == roles)
            return &p;
    }
    return nullptr;
}

::ui::AppContext &DemoLedger::signIn(const Person &person)
{
    m_signedIn.emplace(::ui::SignedInPerson { person.key, person.name, 1, person.roles });
    m_context.ledger = m_service.get();
    m_context.person = &*m_signedIn;
    m_context.navigator = &m_navigator;
    return m_context;
}

} // namespace tests::ui
