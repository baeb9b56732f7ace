#pragma once

#include "ledger/chain/Block.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace tests::cli {

// Runs the real gongzhi-cli binary (the one CMake built) with GONGZHI_LANG=en.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString text() const { return QString::fromUtf8(out); }
    QString errorText() const { return QString::fromUtf8(err); }
};
CliRun runCli(const QStringList &args, const QByteArray &input = {});

// The community the test chains are founded with (Chinese on purpose).
inline const QString CommunityName = QStringLiteral("幸福里社区");
inline const QString OrgName = QStringLiteral("幸福里社区党委");
inline const QString AdminName = QStringLiteral("张三");
inline const QString SecretaryName = QStringLiteral("李四");

// A small chain built in `dir`: `gongzhi-cli init`, then blocks with
// BlockTxCounts transactions each (one empty block among them), appended
// straight through the BlockStore and sealed with the node's key. Transactions
// are signed by a few random authors; payloads are arbitrary bytes
// ("payload h.i"), since the chain layer does not decode them.
struct TestChain {
    static constexpr int BlockTxCounts[] = { 1, 2, 3, 0, 5, 7, 4 };
    QString dir;
    std::vector<ledger::chain::Block> blocks; // blocks[h] is block h, genesis included
    std::uint64_t head() const { return blocks.size() - 1; }
    std::vector<ledger::chain::Transaction> transactions() const;
};
TestChain buildChain(const QString &dir);

// Flips the last bit of the hex digit at `index` (keeps it valid hex).
QString flipHexDigit(const QString &hex, qsizetype index);
QJsonObject parseObject(const QByteArray &json);

} // namespace tests::cli
