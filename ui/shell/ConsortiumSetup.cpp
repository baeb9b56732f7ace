#include "ui/shell/ConsortiumSetup.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/node/ClusterSetup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QThreadPool>

using namespace ledger;

namespace ui {

namespace {
core::Result<SignedInPerson> found(const ConsortiumPlan &plan)
{
    node::ClusterPlan cluster;
    cluster.communityName = plan.communityName;
    cluster.adminName = plan.adminName;
    cluster.secretaryName = plan.secretaryName;
    // Both keys are written under the administrator's password first; the
    // secretary's is re-protected with their own below.
    cluster.keyPassphrase = plan.adminPassword;
    cluster.timestampMs = QDateTime::currentMSecsSinceEpoch();
    cluster.nodes.push_back(
        { plan.dataDir, plan.organizationName, plan.kind, QStringLiteral("0.0.0.0"), plan.port });
    if (auto created = node::createCluster(cluster); !created)
        return core::fail(created.error());
    const QDir keys(QDir(plan.dataDir).filePath(QStringLiteral("keys")));
    const QString secretaryPath = keys.filePath(QStringLiteral("secretary.key"));
    const auto secretary = GONGZHI_TRY(crypto::KeyFile::load(secretaryPath, plan.adminPassword));
    GONGZHI_CHECK(crypto::KeyFile::save(secretaryPath, secretary, plan.secretaryPassword));
    auto admin = GONGZHI_TRY(
        crypto::KeyFile::load(keys.filePath(QStringLiteral("admin.key")), plan.adminPassword));
    return SignedInPerson { std::move(admin), plan.adminName, 1, std::uint8_t(chain::Role::Admin) };
}
} // namespace

void foundConsortium(const ConsortiumPlan &plan, QObject *receiver,
                     std::function<void(core::Result<SignedInPerson>)> done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([plan, guard, done = std::move(done)]() mutable {
        auto result = found(plan);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace ui
