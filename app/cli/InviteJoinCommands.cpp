// gongzhi-cli invite / join: the two halves of a new node's joining
// (docs/raft.md §Joining). invite runs on a member's PC; join on the new PC,
// which it prepares from an invitation file, or from a code whose invitation it
// fetches from the inviting PC's invitation desk and delivers the request to.
#include "app/cli/Command.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"
#include "ledger/crypto/KeyFile.h"
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/net/DeskClient.h"
#include "ledger/node/DeskProtocol.h"
#include "ledger/node/Invitation.h"
#include "ledger/node/NodeConfig.h"
#include "ledger/service/JoinPreparation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace ledger;

namespace app::cli {

namespace {
std::optional<chain::OrgKind> orgKindNamed(const QString &name)
{
    for (std::uint8_t k = 1; chain::isKnownOrgKind(k); ++k) {
        if (name == QLatin1String(chain::orgKindName(chain::OrgKind(k))))
            return chain::OrgKind(k);
    }
    return std::nullopt;
}
} // namespace

// Where `invite` keeps a copy of each invitation it made, so that `admit`
// can check that a join request answers one of them, once.
QString invitationsDir(const DataDir &dir);

class InviteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InviteCommand)
public:
    QString summary() const override
    {
        return tr("Invite a new organization's node (or another node of one) to the cluster");
    }
    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOptions({
            { QStringLiteral("org-name"), tr("Name of the organization."), tr("NAME") },
            { QStringLiteral("org-kind"), tr("Kind: party_committee, residents_committee, ..."),
              tr("KIND") },
            { QStringLiteral("org-id"),
              tr("An existing organization's id: invite another node of it (NodeAdded)."),
              tr("ID") },
            { QStringLiteral("learner"), tr("The node never votes (a kiosk PC).") },
            { QStringLiteral("out"), tr("The invitation file to write."), tr("FILE") },
        });
    }
    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        const auto kind = orgKindNamed(p.value(QStringLiteral("org-kind")));
        const QString name = p.value(QStringLiteral("org-name")).trimmed();
        bool idOk = true;
        const uint orgId = p.isSet(QStringLiteral("org-id"))
            ? p.value(QStringLiteral("org-id")).toUInt(&idOk)
            : 0;
        if (name.isEmpty() || !kind || !idOk || !p.isSet(QStringLiteral("out"))) {
            out.error(
                tr("give --org-name, a known --org-kind, --out and a numeric --org-id if any"));
            return ExitUsage;
        }
        auto config = node::NodeConfig::load(dir->configPath());
        if (!config) {
            out.error(config.error());
            return ExitUsage;
        }
        auto store = dir->openStore(true);
        auto genesis
            = store ? (*store)->block(0) : core::Result<chain::Block>(core::fail(store.error()));
        auto payload = genesis ? chain::readGenesis(*genesis)
                               : core::Result<chain::GenesisPayload>(core::fail(genesis.error()));
        if (!payload) {
            out.error(payload.error());
            return ExitCheckFailed;
        }
        node::Invitation inv;
        inv.community = payload->name;
        inv.consortium = config->consortium;
        inv.genesisHash = genesis->hash();
        inv.genesisBlock = genesis->encode();
        inv.orgId = orgId;
        inv.orgName = name;
        inv.orgKind = *kind;
        inv.learner = p.isSet(QStringLiteral("learner"));
        inv.code = node::Invitation::randomCode();
        inv.token.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(inv.token.data()), 4);
        inv.inviterOrg = config->orgId;
        inv.peers.push_back({ config->nodeKey, config->listenHost, config->listenPort });
        for (const auto &peer : config->peers)
            inv.peers.push_back(peer);
        inv.createdMs = QDateTime::currentMSecsSinceEpoch();
        QDir(dir->path()).mkpath(QStringLiteral("invitations"));
        const QString kept
            = QDir(invitationsDir(*dir)).filePath(inv.code + QStringLiteral(".json"));
        for (const QString &path : { p.value(QStringLiteral("out")), kept }) {
            if (auto s = node::writeJsonFile(path, inv.toJson()); !s) {
                out.error(s.error());
                return ExitCheckFailed;
            }
        }
        out.line(tr("invitation written to %1").arg(p.value(QStringLiteral("out"))));
        out.line(tr("code: %1").arg(inv.code));
        return ExitOk;
    }
};
GONGZHI_REGISTER_COMMAND("invite", InviteCommand);

namespace {
// The invitation desk's refusals, as the person at the new PC reads them.
QString deskRefusal(const node::DeskReply &reply)
{
    switch (reply.status) {
    case node::DeskStatus::Ok: break;
    case node::DeskStatus::NoSuchInvitation:
        return QCoreApplication::translate("JoinCommand",
                                           "no such invitation: check the code and the address");
    case node::DeskStatus::Expired:
        return QCoreApplication::translate("JoinCommand",
                                           "the invitation has expired: ask for a new one");
    case node::DeskStatus::AlreadyUsed:
        return QCoreApplication::translate("JoinCommand", "the invitation was already used");
    case node::DeskStatus::TooManyWrongCodes:
        return QCoreApplication::translate("JoinCommand", "too many wrong codes, try later");
    case node::DeskStatus::BadRequest:
    case node::DeskStatus::RequestRefused:
        return QCoreApplication::translate("JoinCommand", "refused by the inviting PC: %1")
            .arg(QString::fromUtf8(reply.body));
    }
    return QString();
}

// One exchange with the desk at `from`: the reply, or an error line already printed.
std::optional<node::DeskReply> askDesk(const net::PeerAddress &from, const node::DeskRequest &req,
                                       std::optional<net::DeskServer> *server, Output &out)
{
    auto response = net::DeskClient::exchangeBlocking(from, node::encodeDeskRequest(req));
    if (!response) {
        out.error(QCoreApplication::translate("JoinCommand", "cannot reach the inviting PC: %1")
                      .arg(describe(response.error())));
        return std::nullopt;
    }
    auto reply = node::decodeDeskReply(response->body);
    if (!reply) {
        out.error(reply.error());
        return std::nullopt;
    }
    if (reply->status != node::DeskStatus::Ok) {
        out.error(deskRefusal(*reply));
        return std::nullopt;
    }
    if (server)
        *server = response->server;
    return *reply;
}
} // namespace

class JoinCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(JoinCommand)
public:
    QString summary() const override
    {
        return tr("Prepare this PC's node from an invitation (a file, or a code fetched from the "
                  "inviting PC) and write or deliver its join request");
    }
    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOptions({
            { QStringLiteral("invitation"), tr("The invitation file."), tr("FILE") },
            { QStringLiteral("code"), tr("The invitation code read out on the phone."),
              tr("ABCD-EFGH") },
            { QStringLiteral("from"), tr("The inviting PC's address (with --code)."),
              tr("HOST:PORT") },
            { QStringLiteral("listen"), tr("Address the other nodes dial, HOST:PORT."),
              tr("HOST:PORT") },
            { QStringLiteral("out"),
              tr("The join request file to write (required with --invitation)."), tr("FILE") },
        });
    }
    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        const QString listen = p.value(QStringLiteral("listen"));
        const bool byCode = p.isSet(QStringLiteral("code"));
        if (!domain::isNodeAddress(listen) || (!byCode && !p.isSet(QStringLiteral("out")))) {
            out.error(tr("give --listen HOST:PORT and --out FILE (or --code and --from)"));
            return ExitUsage;
        }
        const auto code = node::normalizeInvitationCode(p.value(QStringLiteral("code")));
        const auto from = node::parseDeskAddress(p.value(QStringLiteral("from")));
        if (byCode && (!code || !from)) {
            out.error(tr("give --code ABCD-EFGH and --from HOST:PORT"));
            return ExitUsage;
        }
        core::Result<node::Invitation> inv = core::fail(core::ErrorCode::NotFound, QString());
        if (byCode) {
            std::optional<net::DeskServer> server;
            const auto reply
                = askDesk(*from, { node::DeskKind::FetchInvitation, *code, {} }, &server, out);
            if (!reply)
                return ExitCheckFailed;
            inv = node::checkFetchedInvitation(*reply, server, *code);
            if (!inv) {
                out.error(inv.error());
                return ExitCheckFailed;
            }
            out.line(tr("invitation %1 from %2 for \"%3\"; consortium fingerprint %4 (compare it "
                        "on the phone)")
                         .arg(inv->code, inv->community, inv->orgName,
                              node::consortiumFingerprint(inv->genesisHash)));
        } else {
            auto json = node::readJsonFile(p.value(QStringLiteral("invitation")));
            inv = json ? node::Invitation::fromJson(*json)
                       : core::Result<node::Invitation>(core::fail(json.error()));
        }
        if (!inv || !inv->isV2()) {
            out.error(inv ? tr("this invitation has no genesis block; ask for a new one")
                          : describe(inv.error()));
            return ExitUsage;
        }
        // The same preparation as the desktop wizard's (ledger/service/JoinPreparation).
        auto prepared = service::prepareJoin(dir->path(), *inv, listen);
        if (!prepared) {
            out.error(prepared.error());
            const auto errorCode = prepared.error().code;
            return errorCode == core::ErrorCode::Conflict || errorCode == core::ErrorCode::BadValue
                ? ExitUsage
                : ExitCheckFailed;
        }
        const crypto::KeyPair &key = prepared->nodeKey;
        // node.json last: with it, gongzhi-node finds a complete directory.
        core::Status saved = crypto::KeyFile::save(dir->nodeKeyPath(), key, QString());
        if (saved)
            saved = prepared->config.save(dir->configPath());
        if (!saved) {
            out.error(saved.error());
            return ExitCheckFailed;
        }
        out.line(tr("node prepared in %1 (node key %2)").arg(dir->path(), key.publicKey().toHex()));
        const node::JoinRequest &request = prepared->request;
        const QString outPath = p.isSet(QStringLiteral("out"))
            ? p.value(QStringLiteral("out"))
            : QDir(dir->path()).filePath(QStringLiteral("join-request.json"));
        if (auto s = node::writeJsonFile(outPath, request.toJson()); !s) {
            out.error(s.error());
            return ExitCheckFailed;
        }
        if (!byCode) {
            out.line(tr("join request written to %1; start gongzhi-node: it waits to be admitted")
                         .arg(outPath));
            return ExitOk;
        }
        const QByteArray json = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
        if (!askDesk(*from, { node::DeskKind::DeliverJoinRequest, *code, json }, nullptr, out)) {
            out.line(tr("the join request is saved in %1: carry it to the inviting PC instead")
                         .arg(outPath));
            return ExitCheckFailed;
        }
        out.line(tr("join request delivered to %1 (a copy is in %2); start gongzhi-node: it "
                    "waits to be admitted")
                     .arg(p.value(QStringLiteral("from")), outPath));
        return ExitOk;
    }
};
GONGZHI_REGISTER_COMMAND("join", JoinCommand);

} // namespace app::cli
