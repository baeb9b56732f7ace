#include "ui/kiosk/ResidentGate.h"

#include "ledger/service/RegistryKeyStore.h"
#include "ledger/state/ResidentRegistry.h"

#include <QDateTime>
#include <QFile>
#include <QPointer>
#include <QThread>

namespace ui::kiosk {

using ledger::service::RegistryKeyStore;
using ledger::state::ResidentRegistry;

// Lives on the gate's thread; owns the registry there.
struct ResidentGate::Worker : QObject {
    QString registryPath;
    QString dataDir;
    std::uint32_t orgId = 0;
    std::unique_ptr<ResidentRegistry> registry;
    bool openFailed = false;

    ResidentRegistry *open()
    {
        if (registry || openFailed)
            return registry.get();
        // Only the plain key file (RegistryKeyStore's first place): the kiosk
        // starts unattended, so neither a keychain prompt nor a passphrase
        // can be answered (docs/kiosk.md, provisioning).
        QByteArray key = RegistryKeyStore::readPlainFile(dataDir).value_or(QByteArray());
        auto opened = ResidentRegistry::open(registryPath, key, orgId);
        key.fill('\0');
        if (!opened) {
            openFailed = true;
            return nullptr;
        }
        registry = std::move(*opened);
        return registry.get();
    }
};

ResidentGate::ResidentGate(const QString &dataDir, std::uint32_t orgId, QObject *parent)
    : QObject(parent)
{
    const QString registryPath = dataDir + QStringLiteral("/residents.db");
    m_available
        = QFile::exists(registryPath) && QFile::exists(RegistryKeyStore::plainKeyPath(dataDir));
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kiosk-registry"));
    m_worker = new Worker;
    m_worker->registryPath = registryPath;
    m_worker->dataDir = dataDir;
    m_worker->orgId = orgId;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

ResidentGate::~ResidentGate()
{
    m_thread->quit();
    m_thread->wait();
}

void ResidentGate::verify(const QString &residentCode, const QString &pin, QObject *receiver,
                          std::function<void(Outcome, ledger::domain::Pseudonym)> done)
{
    QPointer<QObject> guard(receiver);
    QPointer<ResidentGate> self(this);
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, self, guard, done = std::move(done), code = residentCode,
         pin = QString(pin), nowMs]() mutable {
            Outcome outcome = Outcome::Unavailable;
            ledger::domain::Pseudonym pseudonym;
            if (ResidentRegistry *registry = worker->open()) {
                auto verified = registry->verifyPin(code, pin, nowMs);
                if (verified) {
                    outcome = Outcome::Verified;
                    pseudonym = *verified;
                } else if (verified.error().code == ledger::core::ErrorCode::NotFound) {
                    outcome = Outcome::Wrong;
                } else if (verified.error().code == ledger::core::ErrorCode::Unavailable) {
                    outcome = Outcome::Locked;
                }
            }
            pin.fill(u'0');
            code.fill(u'0');
            if (!self)
                return;
            // Back on the gate's (UI) thread, where `guard` can be checked safely.
            QMetaObject::invokeMethod(
                self.data(),
                [guard, done = std::move(done), outcome, pseudonym] {
                    if (guard)
                        done(outcome, pseudonym);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ResidentGate::countLocked(QObject *receiver, std::function<void(int)> done)
{
    runCount(
        [](ResidentRegistry &registry, std::int64_t nowMs) {
            const auto n = registry.lockedCodes(nowMs);
            return n ? int(*n) : -1;
        },
        receiver, std::move(done));
}

void ResidentGate::unlockAll(QObject *receiver, std::function<void(int)> done)
{
    runCount(
        [](ResidentRegistry &registry, std::int64_t nowMs) {
            const auto n = registry.unlockAll(nowMs);
            return n ? int(*n) : -1;
        },
        receiver, std::move(done));
}

void ResidentGate::runCount(std::function<int(ResidentRegistry &, std::int64_t)> work,
                            QObject *receiver, std::function<void(int)> done)
{
    QPointer<QObject> guard(receiver);
    QPointer<ResidentGate> self(this);
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, self, guard, work = std::move(work), done = std::move(done),
         nowMs]() mutable {
            ResidentRegistry *registry = worker->open();
            const int count = registry ? work(*registry, nowMs) : -1;
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [guard, done = std::move(done), count] {
                    if (guard)
                        done(count);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace ui::kiosk
