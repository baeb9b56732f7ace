// Joining and leaving across real gongzhi-node processes (docs/raft.md §Joining):
// three founders under light load; invite -> join -> admit (administrator, held)
// -> approve (secretary) -> the new node is added as a learner, catches up and
// is promoted; with one founder killed the four-voter cluster still commits; a
// kiosk PC joins as a learner of an existing organization and stays one; the
// fourth node is removed: dropped from the configuration and refused by the
// transport. Ends with verify and equal heads.
#include "tests/cluster/ClusterProcesses.h"
#include "tests/support/DataDirs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace tests;

namespace {

constexpr int WaitMs = 30000;

// A node that joined: started by the test, outside ClusterProcesses.
class Joiner
{
public:
    Joiner(const ClusterProcesses &c, QString name)
        : m_c(c)
        , m_dir(c.file(name))
    {
    }
    ~Joiner() { kill(); }

    const QString &dir() const { return m_dir; }
    bool start()
    {
        m_process.setProgram(QStringLiteral(GONGZHI_NODE));
        m_process.setArguments({ QStringLiteral("--data-dir"), m_dir });
        m_process.setStandardErrorFile(m_dir + QStringLiteral(".log"));
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start();
        return m_process.waitForStarted(10000);
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    QJsonObject status() const
    {
        const CliRun r = m_c.cli({ QStringLiteral("status"), QStringLiteral("--data-dir"), m_dir,
                                   QStringLiteral("--json") },
                                 10000);
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
    }
    QString head() const
    {
        return m_c.cli({ QStringLiteral("head"), QStringLiteral("--data-dir"), m_dir })
            .out.trimmed();
    }
    QString nodeKeyHex() const
    {
        QFile f(m_dir + QStringLiteral("/node.json"));
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll())
            .object()
            .value(QStringLiteral("node_key"))
            .toString();
    }
    QString log() const
    {
        QFile f(m_dir + QStringLiteral(".log"));
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll().right(3000));
    }

private:
    const ClusterProcesses &m_c;
    QString m_dir;
    QProcess m_process;
};

QString txIdIn(const QString &out)
{
    const auto m = QRegularExpression(QStringLiteral("tx ([0-9a-f]{64})")).match(out);
    return m.hasMatch() ? m.captured(1) : QString();
}

std::vector<const Joiner *> g_joiners; // the joined nodes that may lead

// The status of whichever node is leader now, founder or joined.
QJsonObject leaderStatus(const ClusterProcesses &c)
{
    auto leads = [](const QJsonObject &s) {
        return s.value(QStringLiteral("role")).toString() == QLatin1String("leader");
    };
    for (int i = 0; i < c.size(); ++i) {
        if (!c.isRunning(i))
            continue;
        const QJsonObject s = c.status(i);
        if (leads(s))
            return s;
    }
    for (const Joiner *j : g_joiners) {
        const QJsonObject s = j->status();
        if (leads(s))
            return s;
    }
    return {};
}

// Whether the leader counts `id` as a voter (1), a learner (0) or not a member
// (-1); -2 while nobody leads.
int memberKind(const ClusterProcesses &c, const QString &id)
{
    const QJsonObject s = leaderStatus(c);
    if (s.isEmpty())
        return -2;
    if (s.value(QStringLiteral("id")).toString() == id)
        return 1;
    for (const auto &v : s.value(QStringLiteral("peers")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("id")).toString() == id)
            return p.value(QStringLiteral("voter")).toBool() ? 1 : 0;
    }
    return -1;
}

} // namespace

class TestJoin : public QObject
{
    Q_OBJECT
private:
    // invite -> join -> start -> admit (admin: held) -> approve (secretary).
    // Returns the approval's output ("" on failure, with QVERIFY failures).
    bool admitted(ClusterProcesses &c, Joiner &j, const QStringList &inviteArgs, quint16 port)
    {
        const QString inv = j.dir() + QStringLiteral(".invitation.json");
        const QString req = j.dir() + QStringLiteral(".request.json");
        const QString node1 = c.dataDir(0);
        CliRun r = c.cli(QStringList { QStringLiteral("invite"), QStringLiteral("--data-dir"),
                                       node1, QStringLiteral("--out"), inv }
                         + inviteArgs);
        if (r.exitCode != 0 || !r.out.contains(QStringLiteral("code: ")))
            return qWarning() << "invite:" << r.out << r.err, false;
        r = c.cli({ QStringLiteral("join"), QStringLiteral("--invitation"), inv,
                    QStringLiteral("--data-dir"), j.dir(), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--out"), req });
        if (r.exitCode != 0)
            return qWarning() << "join:" << r.out << r.err, false;
        if (!j.start())
            return false;
        // Not yet admitted: it runs, is no member and waits.
        if (!ClusterProcesses::waitFor([&] { return !j.status().isEmpty(); }, WaitMs)
            || j.status().value(QStringLiteral("member")).toBool())
            return qWarning() << "joiner before admission:" << j.status(), false;
        r = c.cli({ QStringLiteral("admit"), QStringLiteral("--data-dir"), node1,
                    QStringLiteral("--request"), req, QStringLiteral("--key"),
                    node1 + QStringLiteral("/keys/admin.key") });
        const QString held = txIdIn(r.out);
        if (r.exitCode != 0 || held.isEmpty()
            || !r.out.contains(QStringLiteral("held for approval")))
            return qWarning() << "admit:" << r.out << r.err, false;
        // The same request cannot be admitted twice: its invitation is spent.
        const CliRun again = c.cli({ QStringLiteral("admit"), QStringLiteral("--data-dir"), node1,
                                     QStringLiteral("--request"), req, QStringLiteral("--key"),
                                     node1 + QStringLiteral("/keys/admin.key") });
        if (again.exitCode == 0)
            return qWarning() << "second admit succeeded:" << again.out, false;
        r = c.cli({ QStringLiteral("approve"), QStringLiteral("--data-dir"), node1,
                    QStringLiteral("--tx"), held, QStringLiteral("--key"),
                    node1 + QStringLiteral("/keys/secretary.key") });
        if (r.exitCode != 0 || !r.out.contains(QStringLiteral("applied")))
            return qWarning() << "approve:" << r.out << r.err, false;
        return true;
    }

private slots:
    void joinPromoteKioskRemove()
    {
        ClusterProcesses c(3);
        QVERIFY(c.init());
        for (int i = 0; i < 3; ++i)
            QVERIFY(c.start(i));
        QVERIFY(ClusterProcesses::waitFor([&] { return c.agreedLeader() >= 0; }, WaitMs));
        QVERIFY(c.startLoadRound(0, 2000)); // light load while the node joins
        const auto ports = freePorts(2);

        // 1. A new organization's node: learner, catches up, promoted to voter.
        Joiner fourth(c, QStringLiteral("node4"));
        g_joiners = { &fourth };
        QElapsedTimer sinceApproval;
        QVERIFY(admitted(c, fourth,
                         { QStringLiteral("--org-name"), QStringLiteral("幸福里志愿服务队"),
                           QStringLiteral("--org-kind"), QStringLiteral("social_organization") },
                         ports[0]));
        sinceApproval.start();
        const QString id4 = fourth.status().value(QStringLiteral("id")).toString();
        QVERIFY2(ClusterProcesses::waitFor([&] { return memberKind(c, id4) == 1; }, WaitMs),
                 qPrintable(fourth.log()));
        const qint64 promotedMs = sinceApproval.elapsed();
        QVERIFY(c.stopLoad(120000));
        QVERIFY2(ClusterProcesses::waitFor([&] { return fourth.head() == c.head(0); }, WaitMs),
                 qPrintable(fourth.head() + QLatin1Char(' ') + c.head(0)));
        qInfo("joiner: voter %lld ms after the approval; chain of %lld blocks caught up %lld ms "
              "after it",
              promotedMs, c.headHeight(0), sinceApproval.elapsed());
        QVERIFY(fourth.status().value(QStringLiteral("voter")).toBool());

        // 2. Four voters: with one founder down, three of four still commit.
        const int down = c.agreedLeader() == 2 ? 1 : 2;
        c.kill(down);
        const CliRun load
            = c.cli({ QStringLiteral("load"), QStringLiteral("--data-dir"), c.dataDir(0),
                      QStringLiteral("--count"), QStringLiteral("200"),
                      QStringLiteral("--ack-file"), c.file(QStringLiteral("acks-down.txt")) },
                    120000);
        QVERIFY2(load.exitCode == 0 && load.lastLine().startsWith(QStringLiteral("committed=200")),
                 qPrintable(load.out + load.err));
        QVERIFY(c.start(down));

        // 3. A kiosk PC of organization 2: joins as a learner and stays one.
        Joiner kiosk(c, QStringLiteral("kiosk"));
        QVERIFY(admitted(c, kiosk,
                         { QStringLiteral("--org-name"), QStringLiteral("居委会自助终端"),
                           QStringLiteral("--org-kind"), QStringLiteral("residents_committee"),
                           QStringLiteral("--org-id"), QStringLiteral("2"),
                           QStringLiteral("--learner") },
                         ports[1]));
        const QString idKiosk = kiosk.status().value(QStringLiteral("id")).toString();
        QVERIFY(ClusterProcesses::waitFor([&] { return memberKind(c, idKiosk) == 0; }, WaitMs));
        QVERIFY(ClusterProcesses::waitFor([&] { return kiosk.head() == c.head(0); }, WaitMs));
        // Caught up and given time a voter-to-be would have been promoted in.
        QTest::qWait(2000);
        QCOMPARE(memberKind(c, idKiosk), 0);
        QVERIFY(!kiosk.status().value(QStringLiteral("voter")).toBool());

        // 4. The fourth node leaves: out of the configuration, refused by the transport.
        const CliRun removed
            = c.cli({ QStringLiteral("remove-node"), QStringLiteral("--data-dir"), c.dataDir(0),
                      QStringLiteral("--node-key"), fourth.nodeKeyHex(), QStringLiteral("--reason"),
                      QStringLiteral("换新电脑"), QStringLiteral("--key"),
                      c.dataDir(0) + QStringLiteral("/keys/secretary.key") });
        QVERIFY2(removed.exitCode == 0 && removed.out.contains(QStringLiteral("applied")),
                 qPrintable(removed.out + removed.err));
        QVERIFY(ClusterProcesses::waitFor([&] { return memberKind(c, id4) == -1; }, WaitMs));
        g_joiners.clear(); // it no longer leads anyone
        // Disconnected from every member within a keep-alive round or two.
        QVERIFY2(ClusterProcesses::waitFor(
                     [&] {
                         for (const auto &v :
                              fourth.status().value(QStringLiteral("peers")).toArray())
                             if (v.toObject().value(QStringLiteral("connected")).toBool())
                                 return false;
                         return true;
                     },
                     WaitMs),
                 qPrintable(fourth.log()));

        // 5. The cluster goes on; every member agrees and verifies.
        const CliRun after
            = c.cli({ QStringLiteral("load"), QStringLiteral("--data-dir"), c.dataDir(1),
                      QStringLiteral("--count"), QStringLiteral("100"),
                      QStringLiteral("--ack-file"), c.file(QStringLiteral("acks-after.txt")) },
                    120000);
        QVERIFY2(after.exitCode == 0, qPrintable(after.out + after.err));
        const QString acks = c.mergedAcks(
            nullptr,
            { c.file(QStringLiteral("acks-down.txt")), c.file(QStringLiteral("acks-after.txt")) });
        const QString problem = c.convergenceProblem(acks, 60000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(ClusterProcesses::waitFor([&] { return kiosk.head() == c.head(0); }, WaitMs));
        const CliRun verify
            = c.cli({ QStringLiteral("verify"), QStringLiteral("--data-dir"), kiosk.dir() });
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    }
};

QTEST_GUILESS_MAIN(TestJoin)
#include "TestJoin.moc"
