#include "ledger/service/ConsortiumCreator.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/node/NodeConfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

namespace ledger::service {

using core::ErrorCode;
using core::fail;

namespace {
core::Status checkRequest(const ConsortiumRequest &r)
{
    const std::pair<const QString *, const char *> required[] = {
        { &r.dataDir, "dataDir" },
        { &r.communityName, "communityName" },
        { &r.orgName, "orgName" },
        { &r.adminName, "adminName" },
        { &r.adminPassword, "adminPassword" },
        { &r.secretaryName, "secretaryName" },
        { &r.secretaryPassword, "secretaryPassword" },
    };
    for (const auto &[value, field] : required) {
        if (value->trimmed().isEmpty())
            return fail(ErrorCode::BadValue, QStringLiteral("must not be empty"),
                        QString::fromLatin1(field));
    }
    if (r.listenPort == 0)
        return fail(ErrorCode::BadValue, QStringLiteral("must be a port number"),
                    QStringLiteral("listenPort"));
    return {};
}
} // namespace

core::Result<node::ClusterInfo> ConsortiumCreator::createNow(const ConsortiumRequest &request)
{
    GONGZHI_CHECK(checkRequest(request));
    node::ClusterPlan plan;
    plan.communityName = request.communityName.trimmed();
    plan.adminName = request.adminName.trimmed();
    plan.secretaryName = request.secretaryName.trimmed();
    plan.adminPassphrase = request.adminPassword;
    plan.secretaryPassphrase = request.secretaryPassword;
    plan.timestampMs = QDateTime::currentMSecsSinceEpoch();
    node::FoundingNode n;
    n.dataDir = request.dataDir;
    n.orgName = request.orgName.trimmed();
    n.kind = request.orgKind;
    n.host = request.listenHost;
    n.port = request.listenPort;
    plan.nodes.push_back(n);
    return node::createCluster(plan);
}

void ConsortiumCreator::create(const ConsortiumRequest &request, QObject *receiver, Done done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([request, guard, done = std::move(done)] {
        auto created = std::make_shared<core::Result<node::ClusterInfo>>(createNow(request));
        if (!guard)
            return;
        QMetaObject::invokeMethod(guard.data(), [request, guard, done, created] {
            if (!guard)
                return;
            if (!*created) {
                done(tl::unexpected(created->error()));
                return;
            }
            const node::ClusterInfo info = **created;
            if (!request.nodeKeyToKeychain) {
                done(ConsortiumCreated { info, NodeKeyStore::Location::File });
                return;
            }
            moveNodeKey(request.dataDir, info, guard.data(), done);
        });
    });
}

void ConsortiumCreator::moveNodeKey(const QString &dataDir, const node::ClusterInfo &info,
                                    QObject *receiver, const Done &done)
{
    const QDir dir(dataDir);
    auto config = node::NodeConfig::load(dir.filePath(QStringLiteral("node.json")));
    const QString keyPath = dir.filePath(QStringLiteral("node.key"));
    auto key = crypto::KeyFile::load(keyPath, QString());
    if (!config || !key) {
        done(tl::unexpected(config ? key.error() : config.error()));
        return;
    }
    NodeKeyStore::save(dataDir, *config, *key, receiver,
                       [info, keyPath, done](core::Result<NodeKeyStore::Location> where) {
                           if (!where) {
                               done(tl::unexpected(where.error()));
                               return;
                           }
                           // In the keychain now: the file would be a second, weaker copy.
                           if (*where == NodeKeyStore::Location::Keychain
                               && !QFile::remove(keyPath)) {
                               done(fail(core::Error(ErrorCode::Io,
                                                     QStringLiteral("cannot remove the node key "
                                                                    "file after moving it"))
                                             .inFile(keyPath)));
                               return;
                           }
                           done(ConsortiumCreated { info, *where });
                       });
}

} // namespace ledger::service
