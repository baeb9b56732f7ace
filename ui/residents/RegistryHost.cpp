#include "ui/residents/RegistryHost.h"

#include "ledger/service/LedgerService.h"
#include "ledger/state/ResidentRegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace ui {

using ledger::service::RegistryKeyStore;
using ledger::state::ResidentRegistry;

// Lives on the host's thread; owns the registry there.
struct RegistryHost::Worker : QObject {
    std::unique_ptr<ResidentRegistry> registry;
};

namespace {
QString registryPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("residents.db"));
}
} // namespace

RegistryHost::RegistryHost(ledger::service::LedgerService &ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("resident-registry"));
    m_worker = new Worker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

RegistryHost::~RegistryHost()
{
    m_thread->quit();
    m_thread->wait();
}

void RegistryHost::start()
{
    setState(State::Loading);
    RegistryKeyStore::load(m_ledger.dataDir(), m_ledger.config(), this,
                           [this](ledger::core::Result<QByteArray> key, KeyLocation where) {
                               m_location = where;
                               if (key) {
                                   openWith(*key, where);
                               } else if (RegistryKeyStore::isNeedsPassphrase(key.error())) {
                                   setState(State::NeedsPassphrase);
                               } else if (key.error().code == ledger::core::ErrorCode::NotFound) {
                                   setState(State::NoKey, key.error().detail);
                               } else {
                                   setState(State::Failed, key.error().toString());
                               }
                           });
}

bool RegistryHost::canCreate() const
{
    return m_state == State::NoKey && !QFileInfo::exists(registryPath(m_ledger.dataDir()));
}

void RegistryHost::createInKeychain(int timeoutMs)
{
    if (!canCreate())
        return;
    const QByteArray key = RegistryKeyStore::generate();
    RegistryKeyStore::saveToKeychain(
        m_ledger.config(), key, this,
        [this, key](ledger::core::Status saved) {
            if (saved)
                openWith(key, KeyLocation::Keychain);
            else
                Q_EMIT keychainFailed(saved.error().detail);
        },
        timeoutMs);
}

void RegistryHost::createInProtectedFile(const QString &passphrase)
{
    if (!canCreate() || passphrase.isEmpty())
        return;
    openWith(RegistryKeyStore::generate(), KeyLocation::ProtectedFile, passphrase);
}

void RegistryHost::unlock(const QString &passphrase)
{
    const QString dir = m_ledger.dataDir();
    using Loaded = ledger::core::Result<QByteArray>;
    run<Loaded>(
        this,
        [dir, passphrase](Registry *) {
            return RegistryKeyStore::loadProtectedFile(dir, passphrase);
        },
        [this](Loaded key) {
            if (!key) {
                Q_EMIT unlockFailed(key.error().detail);
                return;
            }
            // So the credit page's directory finds it too, for this session.
            RegistryKeyStore::rememberUnlocked(m_ledger.dataDir(), *key);
            openWith(*key, KeyLocation::ProtectedFile);
        });
}

void RegistryHost::openWith(QByteArray key, KeyLocation location, QString newPassphrase)
{
    m_location = location;
    const QString dir = m_ledger.dataDir();
    const std::uint32_t orgId = m_ledger.config().orgId;
    QPointer<RegistryHost> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, self, dir, orgId, key, newPassphrase]() mutable {
            QString problem;
            if (!newPassphrase.isEmpty()) {
                if (auto saved = RegistryKeyStore::saveProtectedFile(dir, key, newPassphrase);
                    !saved)
                    problem = saved.error().toString();
                newPassphrase.fill(u'0');
            }
            if (problem.isEmpty()) {
                auto opened = ResidentRegistry::open(registryPath(dir), key, orgId);
                if (opened)
                    worker->registry = std::move(*opened);
                else
                    problem = opened.error().toString();
            }
            const bool created = !newPassphrase.isNull() && problem.isEmpty();
            if (!self) {
                key.fill('\0');
                return;
            }
            QMetaObject::invokeMethod(
                self.data(),
                [self, problem, key, created, dir] {
                    if (!self)
                        return;
                    if (created)
                        RegistryKeyStore::rememberUnlocked(dir, key);
                    self->setState(problem.isEmpty() ? State::Ready : State::Failed, problem);
                },
                Qt::QueuedConnection);
            key.fill('\0');
        },
        Qt::QueuedConnection);
}

void RegistryHost::post(std::function<std::function<void()>(Registry *)> job)
{
    QPointer<RegistryHost> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, self, job = std::move(job)] {
            std::function<void()> deliver = job(worker->registry.get());
            if (!self)
                return;
            QMetaObject::invokeMethod(self.data(), std::move(deliver), Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void RegistryHost::setState(State state, const QString &problem)
{
    m_state = state;
    m_problem = problem;
    Q_EMIT stateChanged();
}

} // namespace ui
