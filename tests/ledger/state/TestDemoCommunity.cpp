#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/domain/DemoCommunity.h"
#include "ledger/domain/Rejection.h"
#include "ledger/state/Sql.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/StateQueries.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace ledger;

// The demo community is valid ledger data (every transaction applies), is
// deterministic, and keeps residents' personal data out of blocks and state.
class TestDemoCommunity : public QObject
{
    Q_OBJECT

    domain::demo::Community m_demo;
    std::vector<chain::Block> m_blocks;
    tests::TempDir m_dir;
    std::unique_ptr<state::StateMachine> m_state;

private slots:
    void initTestCase()
    {
        domain::demo::Options o;
        o.seed = 7;
        m_demo = domain::demo::generate(o);
        m_blocks = domain::demo::sealBlocks(m_demo);
        m_state = std::move(*state::StateMachine::open(m_dir.file(QStringLiteral("state.db")),
                                                       state::StateMachine::Durability::Fast));
        for (const auto &b : m_blocks)
            QVERIFY(m_state->apply(b).has_value());
    }

    void scaleOne_isAboutTenThousandTransactions()
    {
        const auto n = m_demo.transactionCount();
        QVERIFY2(n > 9000 && n < 13000, qPrintable(QString::number(n)));
        QCOMPARE(m_demo.residents.size(), std::size_t(2000));
        QCOMPARE(m_demo.genesis.organizations.size(), std::size_t(6));
        QVERIFY(m_demo.people.size() >= 36 && m_demo.people.size() <= 48);
    }

    void everyTransaction_applies()
    {
        QSqlQuery q(m_state->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT type, reason, detail FROM tx_results WHERE outcome = 3 LIMIT 5")));
        QStringList rejected;
        while (q.next()) {
            rejected << QStringLiteral("%1 %2 %3")
                            .arg(QString::fromLatin1(
                                     chain::txTypeName(chain::TxType(q.value(0).toInt()))),
                                 QString::fromLatin1(domain::rejectReasonName(
                                     domain::RejectReason(q.value(1).toInt()))),
                                 q.value(2).toString());
        }
        QVERIFY2(rejected.isEmpty(), qPrintable(rejected.join(QLatin1Char('\n'))));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pending WHERE status = 0")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const auto d
            = state::StateQueries(*m_state).dashboard(m_blocks.back().header().timestampMs).value();
        QVERIFY(d.recordsPublished > 100);
        QVERIFY(d.feedbackEscalated > 0);
        QCOMPARE(d.residents, std::int64_t(2000));
        QVERIFY(!state::StateQueries(*m_state).ranking(0, {}).value().empty());
    }

    void batchedApply_givesTheSameDigest()
    {
        // Catch-up in SQL transactions of 64 blocks ends in the same state as
        // one block per transaction (the block boundary is invisible in state).
        tests::TempDir dir;
        auto batched = std::move(*state::StateMachine::open(dir.file(QStringLiteral("b.db")),
                                                            state::StateMachine::Durability::Fast));
        for (std::size_t i = 0; i < m_blocks.size(); i += 64) {
            const std::size_t n = qMin<std::size_t>(64, m_blocks.size() - i);
            QVERIFY(batched->applyBatch(std::span<const chain::Block>(m_blocks.data() + i, n))
                        .has_value());
        }
        QCOMPARE(batched->appliedHeight(), m_state->appliedHeight());
        QCOMPARE(batched->digest().value(), m_state->digest().value());
    }

    void sameSeed_sameChain_otherSeed_otherChain()
    {
        domain::demo::Options o;
        o.seed = 7;
        const auto again = domain::demo::sealBlocks(domain::demo::generate(o));
        QCOMPARE(again.size(), m_blocks.size());
        QCOMPARE(again.back().hash(), m_blocks.back().hash());
        o.seed = 8;
        QVERIFY(domain::demo::sealBlocks(domain::demo::generate(o)).back().hash()
                != m_blocks.back().hash());
    }

    void registryData_neverReachesTheLedgerOrState()
    {
        QByteArray ledgerBytes;
        for (const auto &b : m_blocks)
            ledgerBytes += b.encode();
        QByteArray stateBytes;
        const QDir dir(m_dir.path());
        for (const QString &f : dir.entryList({ QStringLiteral("state.db*") }, QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            stateBytes += file.readAll();
        }
        QVERIFY(stateBytes.size() > 100000);
        QSet<QString> publicNames; // staff sign with their names: those may coincide
        for (const auto &p : m_demo.people)
            publicNames.insert(p.displayName);
        // ID numbers, phones and resident codes are runs of 10+ ASCII digits:
        // collect every such run once instead of scanning 15 MB per resident.
        QList<QByteArray> runs;
        for (const QByteArray *hay : { &ledgerBytes, &stateBytes }) {
            qsizetype start = -1;
            for (qsizetype i = 0; i <= hay->size(); ++i) {
                const bool digit = i < hay->size() && ((*hay)[i] >= '0' && (*hay)[i] <= '9');
                if (digit && start < 0)
                    start = i;
                if (!digit && start >= 0) {
                    if (i - start >= 10)
                        runs << hay->mid(start, i - start);
                    start = -1;
                }
            }
        }
        int checked = 0;
        for (std::size_t k = 0; k < m_demo.residents.size(); ++k) {
            const auto &r = m_demo.residents[k];
            for (const QString &digits : { r.idNumber.left(17), r.phone, r.residentCode }) {
                for (const QByteArray &run : std::as_const(runs))
                    QVERIFY2(!run.contains(digits.toLatin1()), qPrintable(digits));
                ++checked;
            }
            if (k < 300) { // names and addresses: full scans of both byte sets
                QByteArrayList texts { r.address.toUtf8() };
                if (!publicNames.contains(r.name) && r.name.size() >= 3)
                    texts << r.name.toUtf8();
                for (const QByteArray &t : texts) {
                    QVERIFY2(!ledgerBytes.contains(t) && !stateBytes.contains(t),
                             qPrintable(QString::fromUtf8(t)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 6000);
        // The check would catch a leak: a consented masked name is present.
        QVERIFY(std::any_of(m_demo.residents.begin(), m_demo.residents.end(), [&](const auto &r) {
            return r.consent && ledgerBytes.contains(domain::maskName(r.name).toUtf8());
        }));
    }
};

QTEST_GUILESS_MAIN(TestDemoCommunity)
#include "TestDemoCommunity.moc"
