#include "ledger/core/Enforce.h"
#include "ledger/merkle/CompactRange.h"
#include "ledger/merkle/TreeHash.h"
#include "tests/ledger/merkle/MerkleTestUtil.h"

#include <QRandomGenerator>
#include <QTest>

#include <bit>

using namespace ledger::merkle;
using namespace tests::merkle;
using ledger::core::ErrorCode;

namespace {
// RFC 6962's reference tree (certificate-transparency merkle_tree_test.cc),
// also the tree of ../shared/testdata/merkle.
const char *const kRfc6962Leaves[8] = {
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f",
};
const char *const kRfc6962Roots[8] = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};

CompactRange rangeOf(std::size_t n)
{
    CompactRange r;
    for (const Digest &h : makeLeafHashes(n))
        GONGZHI_ENFORCE(r.append(h).has_value(), "append failed");
    return r;
}
} // namespace

class TestMerkleTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashes_usePrefixesOfRfc9162()
    {
        const QByteArray leaf("gongzhi");
        QCOMPARE(leafHash(leaf), refLeaf(leaf));
        QCOMPARE(leafHash(leaf), Sha256::hash(QByteArray(QByteArray(1, '\x00') + leaf)));
        const Digest a = leafHash("a"), b = leafHash("b");
        QCOMPARE(nodeHash(a, b), refNode(a, b));
        QVERIFY(nodeHash(a, b) != nodeHash(b, a));
        QCOMPARE(
            emptyRoot().toHex(),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(rootOf({}), emptyRoot());
    }

    void rfc6962ReferenceRoots_data()
    {
        QTest::addColumn<int>("size");
        for (int n = 1; n <= 8; ++n)
            QTest::addRow("size %d", n) << n;
    }
    void rfc6962ReferenceRoots()
    {
        QFETCH(int, size);
        std::vector<Digest> leaves;
        for (int i = 0; i < size; ++i)
            leaves.push_back(leafHash(QByteArray::fromHex(kRfc6962Leaves[i])));
        QCOMPARE(rootOf(leaves).toHex(), QLatin1String(kRfc6962Roots[size - 1]));
        QCOMPARE(refRoot(leaves).toHex(), QLatin1String(kRfc6962Roots[size - 1]));
    }

    void root_matchesRecursiveReference_sizes1to256()
    {
        const auto leaves = makeLeafHashes(256);
        for (std::size_t n = 1; n <= leaves.size(); ++n) {
            const auto prefix = std::span<const Digest>(leaves).first(n);
            QVERIFY2(rootOf(prefix) == refRoot(prefix), qPrintable(QString::number(n)));
        }
    }

    void root_matchesReference_largerTrees()
    {
        for (std::size_t n : { 511u, 512u, 513u, 1000u, 4095u, 4097u }) {
            const auto leaves = makeLeafHashes(n);
            QVERIFY2(rootOf(leaves) == refRoot(leaves), qPrintable(QString::number(n)));
        }
    }

    void root_changesWithAnyLeafOrOrder()
    {
        auto leaves = makeLeafHashes(37);
        const Digest root = rootOf(leaves);
        for (std::size_t i = 0; i < leaves.size(); ++i) {
            auto changed = leaves;
            changed[i] = flipped(changed[i], i % 32);
            QVERIFY(rootOf(changed) != root);
        }
        std::swap(leaves[3], leaves[4]);
        QVERIFY(rootOf(leaves) != root);
    }

    void compactRange_matchesListRootAndRoundTrips_sizes0to1000()
    {
        const auto leaves = makeLeafHashes(1000);
        CompactRange range;
        QCOMPARE(range.root(), emptyRoot());
        for (std::size_t n = 0; n <= leaves.size(); ++n) {
            if (n > 0)
                QVERIFY(range.append(leaves[n - 1]));
            QCOMPARE(range.size(), std::uint64_t(n));
            QCOMPARE(range.hashes().size(), std::size_t(std::popcount(n)));
            QVERIFY2(range.root() == rootOf(std::span<const Digest>(leaves).first(n)),
                     qPrintable(QString::number(n)));
            const QByteArray bytes = range.encode();
            QCOMPARE(bytes.size(), qsizetype(9 + 32 * range.hashes().size()));
            const auto decoded = CompactRange::decode(bytes);
            QVERIFY(decoded);
            QVERIFY(*decoded == range);
            QCOMPARE(decoded->encode(), bytes);
        }
    }

    void compactRange_decodedRangeKeepsGrowing()
    {
        auto decoded = CompactRange::decode(rangeOf(77).encode());
        QVERIFY(decoded);
        const auto leaves = makeLeafHashes(100);
        for (std::size_t i = 77; i < 100; ++i)
            QVERIFY(decoded->append(leaves[i]));
        QCOMPARE(decoded->root(), rootOf(leaves));
    }

    void compactRange_decodeRejectsEveryTruncation()
    {
        for (std::size_t n : { 0u, 1u, 5u, 255u }) {
            const QByteArray bytes = rangeOf(n).encode();
            for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
                const auto r = CompactRange::decode(bytes.left(cut));
                QVERIFY(!r);
                QCOMPARE(r.error().code, ErrorCode::Truncated);
            }
            const auto trailing = CompactRange::decode(QByteArray(bytes + '\0'));
            QVERIFY(!trailing);
            QCOMPARE(trailing.error().code, ErrorCode::TrailingBytes);
        }
    }

    void compactRange_decodeRejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const QByteArray hash(32, '\x5a');
        QTest::newRow("version 0")
            << QByteArray::fromHex("000000000000000000") << int(ErrorCode::BadVersion);
        QTest::newRow("version 2")
            << QByteArray::fromHex("020000000000000000") << int(ErrorCode::BadVersion);
        QTest::newRow("size 2^63+1")
            << QByteArray(QByteArray::fromHex("018000000000000001") + hash + hash)
            << int(ErrorCode::TooLarge);
        QTest::newRow("size 2^64-1")
            << QByteArray::fromHex("01ffffffffffffffff") << int(ErrorCode::TooLarge);
        QTest::newRow("size 3, one hash")
            << QByteArray(QByteArray::fromHex("010000000000000003") + hash)
            << int(ErrorCode::Truncated);
        QTest::newRow("size 4, two hashes")
            << QByteArray(QByteArray::fromHex("010000000000000004") + hash + hash)
            << int(ErrorCode::TrailingBytes);
        QTest::newRow("size 0, one hash")
            << QByteArray(QByteArray::fromHex("010000000000000000") + hash)
            << int(ErrorCode::TrailingBytes);
        QTest::newRow("text") << QByteArray("{\"size\":1}") << int(ErrorCode::BadVersion);
    }
    void compactRange_decodeRejectsGarbage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const auto r = CompactRange::decode(bytes);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
    }

    void compactRange_randomBytes_acceptedOnlyIfCanonical()
    {
        QRandomGenerator rng(9162);
        int accepted = 0;
        for (int i = 0; i < 5000; ++i) {
            QByteArray bytes(qsizetype(rng.bounded(80)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            if (i % 2 == 0 && bytes.size() >= 9) {
                // Make many inputs structurally plausible so the size checks run.
                bytes[0] = char(CompactRange::FormatVersion);
                bytes[1] = char(bytes[1] & 0x80);
            }
            const auto r = CompactRange::decode(bytes);
            if (r) {
                ++accepted;
                QCOMPARE(r->encode(), bytes);
            }
        }
        QVERIFY(accepted < 5000);
    }

    void compactRange_fullTree_refusesAppend()
    {
        const QByteArray bytes = QByteArray::fromHex("018000000000000000") + QByteArray(32, '\x11');
        auto full = CompactRange::decode(bytes);
        QVERIFY(full);
        QCOMPARE(full->size(), MaxTreeSize);
        const auto r = full->append(leafHash("x"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TooLarge);
        QCOMPARE(full->encode(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "TestMerkleTree.moc"
