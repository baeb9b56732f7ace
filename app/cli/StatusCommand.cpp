// gongzhi-cli status: asks the running node of a data directory how it is doing.
#include "app/cli/Command.h"
#include "app/cli/ControlClient.h"
#include "app/cli/DataDir.h"
#include "app/cli/Output.h"

#include <QJsonArray>

namespace app::cli {

class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
public:
    QString summary() const override
    {
        return tr("Show the running node's role, term, leader, heights and peers.");
    }

    void addOptions(QCommandLineParser &p) override
    {
        addDataDirOption(p);
        p.addOption({ QStringLiteral("json"), tr("Print the status as one JSON object.") });
    }

    int run(const QCommandLineParser &p, Output &out) override
    {
        auto dir = dataDirFrom(p);
        if (!dir) {
            out.error(dir.error());
            return ExitUsage;
        }
        ControlClient client(dir->path());
        if (!client.connectToNode()) {
            out.error(tr("no node is running for %1 (%2)").arg(dir->path(), client.errorString()));
            return ExitCheckFailed;
        }
        const auto status = client.call({ { QStringLiteral("cmd"), QStringLiteral("status") } });
        if (!status || status->contains(QStringLiteral("error"))) {
            out.error(tr("the node did not answer the status request"));
            return ExitCheckFailed;
        }
        if (p.isSet(QStringLiteral("json")))
            out.line(QString::fromUtf8(QJsonDocument(*status).toJson(QJsonDocument::Compact)));
        else
            print(*status, out);
        return ExitOk;
    }

private:
    static QString roleText(const QString &role)
    {
        if (role == QLatin1String("leader"))
            return tr("leader");
        if (role == QLatin1String("follower"))
            return tr("follower");
        if (role == QLatin1String("candidate") || role == QLatin1String("pre-candidate"))
            return tr("candidate (election in progress)");
        return role;
    }

    static void print(const QJsonObject &s, Output &out)
    {
        const auto number = [&s](const char *key) {
            return QString::number(s.value(QLatin1String(key)).toInteger());
        };
        const QString leader = s.value(QStringLiteral("leader")).toString();
        out.line(tr("Node:            %1").arg(s.value(QStringLiteral("id")).toString()));
        out.line(
            tr("Role:            %1").arg(roleText(s.value(QStringLiteral("role")).toString())));
        out.line(tr("Term:            %1").arg(number("term")));
        out.line(tr("Leader:          %1").arg(leader.isEmpty() ? tr("none known") : leader));
        out.line(tr("Committed height: %1").arg(number("commit_height")));
        out.line(tr("Applied height:  %1").arg(number("applied_height")));
        if (s.value(QStringLiteral("halted")).toBool())
            out.line(tr("The node has halted and no longer serves; see its log."));
        // A joined node learns its membership from the leader's log; until the
        // cluster has admitted it (OrgAdmitted/NodeAdded approved) it is none.
        if (s.contains(QStringLiteral("member")) && !s.value(QStringLiteral("member")).toBool())
            out.line(tr("Membership:      waiting to be admitted"));
        else if (s.contains(QStringLiteral("voter")))
            out.line(tr("Membership:      %1")
                         .arg(s.value(QStringLiteral("voter")).toBool()
                                  ? tr("voter")
                                  : tr("learner (receives the chain, does not vote)")));
        for (const QJsonValue &v : s.value(QStringLiteral("peers")).toArray()) {
            const QJsonObject peer = v.toObject();
            const qint64 contact = peer.value(QStringLiteral("last_contact_ms")).toInteger();
            out.line(
                tr("Peer %1 (%2): %3, match index %4, lag %5, last contact %6")
                    .arg(peer.value(QStringLiteral("id")).toString(),
                         peer.value(QStringLiteral("voter")).toBool() ? tr("voter") : tr("learner"),
                         // Raft contact (the leader hears everyone) or a live link
                         // (a follower's only news of another follower).
                         peer.value(QStringLiteral("connected")).toBool()
                                 || peer.value(QStringLiteral("linked")).toBool()
                             ? tr("connected")
                             : tr("not connected"))
                    .arg(peer.value(QStringLiteral("match_index")).toInteger())
                    .arg(peer.value(QStringLiteral("lag")).toInteger())
                    .arg(contact < 0 ? tr("never") : tr("%1 ms ago").arg(contact)));
        }
    }
};

GONGZHI_REGISTER_COMMAND("status", StatusCommand);

} // namespace app::cli
