#pragma once

#include "ledger/crypto/Ed25519.h"
#include "ledger/service/LedgerService.h"
#include "tests/support/DataDirs.h"
#include "ui/common/AppContext.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace tests::ui {

// The demo community (`gongzhi-cli demo-data`, a one-member cluster) run
// through the real LedgerService, for the audit and network page tests.
class DemoLedger
{
public:
    // Makes the demo data directory in `dir` and opens it; empty on success,
    // else what went wrong.
    QString open(const QString &dir);
    // Instead: a freshly founded one-member consortium (`gongzhi-cli
    // cluster-init --nodes 1`, its node in PARENT/node1 on `port`), whose every
    // block goes through Raft, so that other nodes can join it.
    QString openFounded(const QString &parent, quint16 port);
    // Or a data directory already made (e.g. `gongzhi-cli demo-data --nodes 1`).
    QString openExisting(const QString &dir)
    {
        m_dir = dir;
        return openMade();
    }
    ledger::service::LedgerService &service() { return *m_service; }
    // Stops the node (as switching the PC off) and opens it again. Widgets and
    // contexts made from signIn() must be gone before close().
    void close() { m_service.reset(); }
    QString reopen();
    QString dataDir() const { return m_dir; }

    // The demo's people of organization 1 whose keys are in DIR/keys.
    struct Person {
        ledger::crypto::KeyPair key;
        QString name;
        std::uint8_t roles = 0;
    };
    const std::vector<Person> &people() const { return m_people; }
    // The first person holding every bit of `roles`, or nullptr.
    const Person *personWith(std::uint8_t roles) const;
    // A context signed in as `person`.
    ::ui::AppContext &signIn(const Person &person);

    // Runs a query and waits for its answer (nullopt after timeoutMs).
    template<class R>
    std::optional<R> queryNow(std::function<R(const ledger::service::QueryContext &)> fn,
                              int timeoutMs = 20000)
    {
        std::optional<R> out;
        QEventLoop loop;
        QObject receiver;
        m_service->query<R>(&receiver, std::move(fn), [&](R r) {
            out.emplace(std::move(r));
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        return out;
    }

private:
    QString openMade();
    QString m_dir;
    std::unique_ptr<ledger::service::LedgerService> m_service;
    std::vector<Person> m_people;
    std::optional<::ui::SignedInPerson> m_signedIn;
    ::ui::Navigator m_navigator;
    ::ui::AppContext m_context;
};

// Runs the real gongzhi-cli; true on exit code 0. `output` gets stdout.
bool runCli(const QStringList &args, QByteArray *output = nullptr, QString *log = nullptr);
using tests::copyTree;

} // namespace tests::ui
