#include "tests/cli/CliHarness.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/store/BlockStore.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace tests::cli {

using namespace ledger;

CliRun runCli(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GONGZHI_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GONGZHI_CLI), args);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

std::vector<chain::Transaction> TestChain::transactions() const
{
    std::vector<chain::Transaction> out;
    for (const auto &b : blocks)
        out.insert(out.end(), b.transactions().begin(), b.transactions().end());
    return out;
}

TestChain buildChain(const QString &dir)
{
    TestChain chain;
    chain.dir = dir;
    const auto init = runCli(
        { QStringLiteral("init"), QStringLiteral("--data-dir"), dir, QStringLiteral("--name"),
          CommunityName, QStringLiteral("--org"), OrgName, QStringLiteral("--admin"), AdminName,
          QStringLiteral("--secretary"), SecretaryName, QStringLiteral("--no-passphrase") });
    if (init.exitCode != 0)
        qFatal("gongzhi-cli init failed: %s", init.err.constData());
    auto node = crypto::KeyFile::load(dir + QStringLiteral("/node.key"), QString());
    auto store = store::BlockStore::open(dir + QStringLiteral("/ledger.db"));
    if (!node || !store)
        qFatal("cannot open the test chain");
    chain.blocks.push_back(*(*store)->block(0));
    const std::vector<crypto::KeyPair> authors { crypto::KeyPair::generate(),
                                                 crypto::KeyPair::generate(),
                                                 crypto::KeyPair::generate() };
    const chain::TxType types[]
        = { chain::TxType::RecordSubmitted, chain::TxType::FeedbackSubmitted,
            chain::TxType::ScoreEventRecorded };
    std::uint64_t sequence = 0;
    std::int64_t time = chain.blocks[0].header().timestampMs;
    for (int count : TestChain::BlockTxCounts) {
        const std::uint64_t height = (*store)->head().height + 1;
        std::vector<chain::Transaction> txs;
        for (int i = 0; i < count; ++i) {
            chain::TxBody body;
            body.type = types[i % 3];
            body.consortium = (*store)->consortium();
            body.sequence = ++sequence; // one counter: unique for every author
            body.timestampMs = time;
            body.payload = QByteArray("payload ") + QByteArray::number(qulonglong(height)) + '.'
                + QByteArray::number(i);
            txs.push_back(chain::Transaction::sign(body, authors[std::size_t(i) % authors.size()]));
        }
        chain::BlockHeader header;
        header.consortium = (*store)->consortium();
        header.height = height;
        header.prevHash = (*store)->head().hash;
        header.historyRoot = (*store)->nextHistoryRoot();
        header.timestampMs = time += 60000;
        auto block = chain::Block::seal(header, std::move(txs), *node);
        if (auto st = (*store)->append(block); !st)
            qFatal("append failed: %s", qPrintable(st.error().toString()));
        chain.blocks.push_back(std::move(block));
    }
    return chain;
}

QString flipHexDigit(const QString &hex, qsizetype index)
{
    QString out = hex;
    const int value = QStringView(hex).mid(index, 1).toInt(nullptr, 16) ^ 1;
    out[index] = QChar::fromLatin1("0123456789abcdef"[value]);
    return out;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object: %s", json.constData());
    return doc.object();
}

} // namespace tests::cli
