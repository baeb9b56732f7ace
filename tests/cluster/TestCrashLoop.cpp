// Single-node crash loop: a one-node cluster under sustained writes is killed
// with SIGKILL at a random moment, again and again. After each crash: SQLite's
// integrity check passes on ledger.db, raft.db and state.db, `verify` passes,
// no acknowledged transaction is missing; after the restart the node serves
// again within 2 s and its applied height equals its chain height.
//
// CI: 10 crashes. `scripts/soak cluster --crashes N [--seed S]` runs more
// (GONGZHI_SOAK_CRASHES, GONGZHI_SOAK_SEED). The seed is printed.
#include "tests/cluster/ClusterProcesses.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace tests;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

constexpr int LivenessMs = 60000;
constexpr int ServingAgainMs = 2000;

// `PRAGMA integrity_check` through the sqlite3 command-line tool; "ok" or the problem.
QString integrity(const QString &db)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), { db, QStringLiteral("PRAGMA integrity_check;") });
    if (!p.waitForFinished(60000))
        return QStringLiteral("sqlite3 did not finish");
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

} // namespace

class TestCrashLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QSKIP("the sqlite3 command-line tool is not installed");
    }

    void crashAtRandomMoments_recoverWholeAndServeAgain()
    {
        const int crashes = envInt("GONGZHI_SOAK_CRASHES", 10);
        const quint32 seed = quint32(
            envInt("GONGZHI_SOAK_SEED", int(QRandomGenerator::system()->bounded(1 << 30))));
        qInfo("crash loop: %d crashes, seed %u (GONGZHI_SOAK_SEED=%u replays the moments)", crashes,
              seed, seed);
        QRandomGenerator rng(seed);

        ClusterProcesses c(1);
        QVERIFY(c.init());
        QVERIFY(c.start(0));
        QVERIFY2(ClusterProcesses::waitFor([&] { return c.agreedLeader() == 0; }, LivenessMs),
                 qPrintable(c.nodeLog(0)));
        const QDir dir(c.dataDir(0));

        for (int k = 0; k < crashes; ++k) {
            QVERIFY(c.startLoadRound(0, 20000));
            const qint64 before = c.headHeight(0);
            QVERIFY2(
                ClusterProcesses::waitFor([&] { return c.headHeight(0) > before; }, LivenessMs),
                qPrintable(c.nodeLog(0)));
            // Fault injection, not a wait for a result: the moment of the crash.
            QThread::msleep(rng.bounded(1000));
            c.kill(0);
            c.stopLoad(30000); // it sees the connection close and writes its acks

            for (const char *db : { "ledger.db", "raft.db", "state.db" }) {
                const QString result = integrity(dir.filePath(QString::fromLatin1(db)));
                QVERIFY2(result == QLatin1String("ok"),
                         qPrintable(QStringLiteral("crash %1 (seed %2), %3: %4")
                                        .arg(k)
                                        .arg(seed)
                                        .arg(QString::fromLatin1(db), result)));
            }
            const CliRun v = c.cli(
                { QStringLiteral("verify"), QStringLiteral("--data-dir"), c.dataDir(0) }, 300000);
            QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
            qint64 acked = 0;
            const QString acks = c.mergedAcks(&acked);
            const CliRun has = c.cli({ QStringLiteral("has"), QStringLiteral("--data-dir"),
                                       c.dataDir(0), QStringLiteral("--tx-file"), acks });
            QVERIFY2(has.exitCode == 0,
                     qPrintable(QStringLiteral(
                                    "crash %1 (seed %2): has exited with %3 (1: ids missing):\n")
                                    .arg(k)
                                    .arg(seed)
                                    .arg(has.exitCode)
                                + has.out + has.err));

            // Serving again: the status answers as leader, with the state applied
            // up to the chain's height (measured from the process start; the state
            // is applied on its own thread, a moment after the block store).
            const qint64 chainHeight = c.headHeight(0);
            QElapsedTimer sinceStart;
            sinceStart.start();
            QVERIFY(c.start(0));
            QJsonObject s;
            QVERIFY2(ClusterProcesses::waitFor(
                         [&] {
                             s = c.status(0);
                             return s.value(QStringLiteral("role")).toString()
                                 == QLatin1String("leader")
                                 && s.value(QStringLiteral("applied_height")).toInteger()
                                 == s.value(QStringLiteral("commit_height")).toInteger();
                         },
                         LivenessMs),
                     qPrintable(c.nodeLog(0)));
            const qint64 servingMs = sinceStart.elapsed();
            qInfo("crash %d: %lld acknowledged so far, chain at %lld, serving after %lld ms", k,
                  static_cast<long long>(acked), static_cast<long long>(chainHeight),
                  static_cast<long long>(servingMs));
            QVERIFY2(servingMs <= ServingAgainMs,
                     qPrintable(QStringLiteral("serving only after %1 ms").arg(servingMs)));
            QVERIFY(s.value(QStringLiteral("commit_height")).toInteger() >= chainHeight);
            QCOMPARE(s.value(QStringLiteral("applied_height")).toInteger(),
                     s.value(QStringLiteral("commit_height")).toInteger());
            // No load runs now, so the chain stands still: the state is at its head.
            QCOMPARE(s.value(QStringLiteral("applied_height")).toInteger(), c.headHeight(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashLoop)
#include "TestCrashLoop.moc"
