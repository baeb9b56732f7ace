// gongzhi-cli admit / approve / remove-node: membership transactions signed
// with a person's key file and submitted through the running node's control
// socket (docs/raft.md §Joining). Each prints the transaction id and what the
// ledger made of it: applied, held for a secretary's approval, or rejected.
#include "app/cli/Command.h"
#include "app/cli/ControlClient.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "ledger/crypto/KeyFile.h"
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/node/Invitation.h"
#include "ledger/node/NodeConfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace ledger;

namespace app::cli {

QString invitationsDir(const DataDir &dir)
{
    return QDir(dir.path()).filePath(QStringLiteral("invitations"));
}

namespace {

const char *const Ctx = "MembershipCommands";

QString trc(const char *text)
{
    return QCoreApplication::translate(Ctx, text);
}

void addSignerOptions(QCommandLineParser &p)
{
    addDataDirOption(p);
    p.addOptions({
        { QStringLiteral("key"), trc("The signer's person key file."), trc("FILE") },
        { QStringLiteral("passphrase-file"), trc("First line: the key file's passphrase."),
          trc("FILE") },
    });
}

std::optional<crypto::KeyPair> signerKey(const QCommandLineParser &p, Output &out)
{
    QString passphrase;
    if (p.isSet(QStringLiteral("passphrase-file"))) {
        QFile f(p.value(QStringLiteral("passphrase-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            out.error(trc("cannot read %1: %2").arg(f.fileName(), f.errorString()));
            return std::nullopt;
        }
        passphrase = QString::fromUtf8(f.readLine(4096)).trimmed();
    }
    auto key = crypto::KeyFile::load(p.value(QStringLiteral("key")), passphrase);
    if (!key) {
        out.error(key.error());
        return std::nullopt;
    }
    return *key;
}

struct Signing {
    std::uint64_t sequence = 0;
    std::uint32_t nextOrgId = 0;
};

// Signs `payload` as the next transaction of `author`, submits it and waits for
// the block; then asks the node's state what became of it. Prints the id and
// the outcome. Exit code: ok when applied or held, check-failed otherwise.
class Submitter
{
public:
    Submitter(const DataDir &dir, Output &out)
        : m_dir(dir)
        , m_out(out)
        , m_client(dir.path())
    {
    }

    std::optional<Signing> connect(const crypto::KeyPair &author)
    {
        m_config = node::NodeConfig::load(m_dir.configPath());
        if (!m_config) {
            m_out.error(m_config.error());
            return std::nullopt;
        }
        if (!m_client.connectToNode()) {
            m_out.error(
                trc("no node is running in %1: %2").arg(m_dir.path(), m_client.errorString()));
            return std::nullopt;
        }
        const auto answer
            = m_client.call({ { QStringLiteral("cmd"), QStringLiteral("sequence") },
                              { QStringLiteral("author"), author.publicKey().toHex() } });
        if (!answer || answer->contains(QStringLiteral("error"))) {
            m_out.error(
                trc("the node did not answer: %1")
                    .arg(answer ? answer->value(QStringLiteral("error")).toString() : QString()));
            return std::nullopt;
        }
        return Signing { std::uint64_t(answer->value(QStringLiteral("last_sequence")).toInteger())
                             + 1,
                         std::uint32_t(answer->value(QStringLiteral("next_org_id")).toInteger()) };
    }

    template<class P>
    int submit(chain::TxType type, const P &payload, std::uint64_t sequence,
               const crypto::KeyPair &author)
    {
        const auto tx = domain::signPayload(type, payload, (*m_config).consortium, sequence,
                                            QDateTime::currentMSecsSinceEpoch(), author);
        const QString id = tx.id().toHex();
        m_out.line(trc("tx %1").arg(id));
        const auto committed
            = m_client.call({ { QStringLiteral("cmd"), QStringLiteral("submit") },
                              { QStringLiteral("id"), 1 },
                              { QStringLiteral("tx"), QString::fromLatin1(tx.encoded().toHex()) } },
                            60000);
        if (!committed
            || committed->value(QStringLiteral("result")) != QLatin1String("committed")) {
            m_out.error(trc("not committed: %1")
                            .arg(committed ? committed->value(QStringLiteral("reason")).toString()
                                         + committed->value(QStringLiteral("error")).toString()
                                           : trc("no answer within 60 s")));
            return ExitCheckFailed;
        }
        const auto outcome = m_client.call(
            { { QStringLiteral("cmd"), QStringLiteral("tx") }, { QStringLiteral("tx_id"), id } });
        const QString kind
            = outcome ? outcome->value(QStringLiteral("outcome")).toString() : QString();
        if (kind == QLatin1String("applied")) {
            m_out.line(trc("applied in block %1")
                           .arg(committed->value(QStringLiteral("height")).toInteger()));
            return ExitOk;
        }
        if (kind == QLatin1String("held")) {
            m_out.line(trc("held for approval: a party committee secretary approves it with "
                           "gongzhi-cli approve --tx %1")
                           .arg(id));
            return ExitOk;
        }
        m_out.error(trc("rejected: %1")
                        .arg(outcome ? outcome->value(QStringLiteral("detail")).toString() : kind));
        return ExitCheckFailed;
    }

private:
    const DataDir &m_dir;
    Output &m_out;
    ControlClient m_client;
    core::Result<node::NodeConfig> m_config = core::fail(core::ErrorCode::NotFound, QString());
};

} // namespace

class AdmitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdmitCommand)
public:
    QString summary() const override
    {
        return tr("Admit a node from its join request (OrgAdmitted or NodeAdded)");
    }
    void addOptions(QCommandLineParser &p) override
    {
        addSignerOptions(p);
        p.addOption({ QStringLiteral("request"), tr("The join request file."), tr("FILE") });
    }
    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        auto json = node::readJsonFile(p.value(QStringLiteral("request")));
        auto request = json ? node::JoinRequest::fromJson(*json)
                            : core::Result<node::JoinRequest>(core::fail(json.error()));
        if (!request || !request->isV2()) {
            out.error(request ? tr("a join request without address and incarnation cannot "
                                   "join the cluster")
                              : describe(request.error()));
            return ExitUsage;
        }
        // The invitation it answers must be one this PC made and not yet used.
        const QString kept
            = QDir(invitationsDir(*dir)).filePath(request->code + QStringLiteral(".json"));
        auto invJson = node::readJsonFile(kept);
        auto inv = invJson ? node::Invitation::fromJson(*invJson)
                           : core::Result<node::Invitation>(core::fail(invJson.error()));
        if (!inv) {
            out.error(tr("no unused invitation with code %1 was made here").arg(request->code));
            return ExitCheckFailed;
        }
        if (auto s = request->matches(*inv); !s) {
            out.error(s.error());
            return ExitCheckFailed;
        }
        const auto key = signerKey(p, out);
        if (!key)
            return ExitUsage;
        Submitter submitter(*dir, out);
        const auto signing = submitter.connect(*key);
        if (!signing)
            return ExitCheckFailed;
        const domain::NodeEndpoint endpoint { request->incarnation, request->address,
                                              request->learner };
        int rc = ExitCheckFailed;
        if (request->orgId == 0) {
            const domain::OrgAdmitted payload { signing->nextOrgId, request->orgKind,
                                                request->orgName, request->nodeKey, endpoint };
            out.line(tr("admitting organization %1 (%2) as %3")
                         .arg(payload.orgId)
                         .arg(payload.name, request->learner ? tr("learner") : tr("voter")));
            rc = submitter.submit(chain::TxType::OrgAdmitted, payload, signing->sequence, *key);
        } else {
            const domain::NodeAdded payload { request->orgId, request->nodeKey, endpoint };
            out.line(tr("adding a node of organization %1 as %2")
                         .arg(payload.orgId)
                         .arg(request->learner ? tr("learner") : tr("voter")));
            rc = submitter.submit(chain::TxType::NodeAdded, payload, signing->sequence, *key);
        }
        if (rc == ExitOk) // one-time: the invitation is spent
            QFile::rename(kept, kept + QStringLiteral(".used"));
        return rc;
    }
};
GONGZHI_REGISTER_COMMAND("admit", AdmitCommand);

class ApproveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ApproveCommand)
public:
    QString summary() const override { return tr("Approve a held transaction (ApprovalGranted)"); }
    void addOptions(QCommandLineParser &p) override
    {
        addSignerOptions(p);
        p.addOption({ QStringLiteral("tx"), tr("The held transaction's id."), tr("ID") });
        p.addOption({ QStringLiteral("comment"), tr("An optional comment."), tr("TEXT") });
    }
    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        const auto txId = chain::TxId::fromHex(p.value(QStringLiteral("tx")));
        if (!dir || !txId) {
            out.error(tr("give --data-dir and --tx with 64 hex digits"));
            return ExitUsage;
        }
        const auto key = signerKey(p, out);
        if (!key)
            return ExitUsage;
        Submitter submitter(*dir, out);
        const auto signing = submitter.connect(*key);
        if (!signing)
            return ExitCheckFailed;
        const domain::ApprovalDecision payload { *txId,
                                                 p.value(QStringLiteral("comment")).trimmed() };
        return submitter.submit(chain::TxType::ApprovalGranted, payload, signing->sequence, *key);
    }
};
GONGZHI_REGISTER_COMMAND("approve", ApproveCommand);

class RemoveNodeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemoveNodeCommand)
public:
    QString summary() const override { return tr("Remove a node from the cluster (NodeRemoved)"); }
    void addOptions(QCommandLineParser &p) override
    {
        addSignerOptions(p);
        p.addOption({ QStringLiteral("node-key"), tr("The node's key (hex)."), tr("HEX") });
        p.addOption({ QStringLiteral("reason"), tr("Why it leaves."), tr("TEXT") });
    }
    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        const auto nodeKey = crypto::PublicKey::fromHex(p.value(QStringLiteral("node-key")));
        const QString reason = p.value(QStringLiteral("reason")).trimmed();
        if (!dir || !nodeKey || reason.isEmpty()) {
            out.error(tr("give --data-dir, --node-key (64 hex digits) and --reason"));
            return ExitUsage;
        }
        const auto key = signerKey(p, out);
        if (!key)
            return ExitUsage;
        Submitter submitter(*dir, out);
        const auto signing = submitter.connect(*key);
        if (!signing)
            return ExitCheckFailed;
        const domain::NodeRemoved payload { *nodeKey, reason };
        return submitter.submit(chain::TxType::NodeRemoved, payload, signing->sequence, *key);
    }
};
GONGZHI_REGISTER_COMMAND("remove-node", RemoveNodeCommand);

} // namespace app::cli
