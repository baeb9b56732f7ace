// gongzhi-test-appender DB SEED: appends blocks of fresh signed transactions
// to the BlockStore at DB (whose genesis ChainBuilder(SEED) made) until it is
// killed, printing "appended H" after each append() returns. ledger.BlockStore
// kills it with SIGKILL at random moments and checks what survived.
#include "ledger/crypto/Ed25519.h"
#include "tests/support/ChainBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: gongzhi-test-appender DB SEED\n", stderr);
        return 2;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    tests::ChainBuilder builder(args[2].toULongLong(), 1);
    auto store = ledger::store::BlockStore::open(args[1]);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    // A key of its own for this run, so (author, sequence) never repeats across runs.
    const auto author = ledger::crypto::KeyPair::generate();
    std::uint64_t sequence = 0;
    QElapsedTimer alive;
    alive.start();
    while (alive.elapsed() < 60000) { // never outlives a test that forgot it
        std::vector<ledger::chain::Transaction> txs;
        for (int i = 0; i < 3; ++i)
            txs.push_back(builder.transaction(author, ++sequence));
        auto block = builder.blockAfter(**store, std::move(txs));
        if (!block) {
            std::fprintf(stderr, "seal: %s\n", qPrintable(block.error().toString()));
            return 1;
        }
        if (auto st = (*store)->append(*block); !st) {
            std::fprintf(stderr, "append: %s\n", qPrintable(st.error().toString()));
            return 1;
        }
        std::printf("appended %llu\n", static_cast<unsigned long long>(block->height()));
    }
    return 0;
}
