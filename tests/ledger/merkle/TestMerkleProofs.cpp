#include "ledger/merkle/ConsistencyProof.h"
#include "ledger/merkle/InclusionProof.h"
#include "tests/ledger/merkle/MerkleTestUtil.h"
#include "tests/support/TestVectors.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace ledger::merkle;
using namespace tests::merkle;
using ledger::core::ErrorCode;

namespace {
constexpr std::uint64_t U64Max = std::numeric_limits<std::uint64_t>::max();

std::span<const Digest> firstN(const std::vector<Digest> &v, std::size_t n)
{
    return std::span<const Digest>(v).first(n);
}

// Changes to (index, size) that a verifier must notice, unless the tree shape
// makes them indistinguishable (checked against refPathPattern by the caller).
std::vector<std::pair<std::uint64_t, std::uint64_t>> mutations(std::uint64_t m, std::uint64_t n)
{
    return { { m + 1, n }, { m - 1, n }, { m ^ 1, n }, { m ^ 2, n }, { n, n }, { U64Max, n },
             { m, n + 1 }, { m, n - 1 }, { m, 2 * n }, { m, n / 2 }, { m, 0 }, { m, U64Max } };
}

// Vector numbers are written as JSON numbers, which Qt reads as doubles: a
// value from 2^63 up (the vectors use 2^64-1 for "-1") is beyond every bound
// of ours, so it becomes U64Max and must still be refused.
std::uint64_t u64(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    if (d < 0 || d >= 9223372036854775808.0)
        return U64Max;
    return std::uint64_t(d);
}

// One row per vector file, named by its path under merkle/.
void addVectorRows(const QString &folder)
{
    QTest::addColumn<QString>("file");
    const QString base = tests::sharedTestData(QStringLiteral("merkle/"));
    QStringList files;
    QDirIterator it(base + folder, { QStringLiteral("*.json") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(base.size());
    files.sort();
    QVERIFY2(files.size() > 50, qPrintable(base + folder));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}
} // namespace

class TestMerkleProofs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inclusion_everyLeafOfSizes1to256_verifiesAndMatchesReference()
    {
        const auto all = makeLeafHashes(256);
        for (std::size_t n = 1; n <= 256; ++n) {
            const auto leaves = firstN(all, n);
            const Digest root = refRoot(leaves);
            for (std::size_t m = 0; m < n; ++m) {
                const auto proof = inclusionProof(leaves, m);
                QVERIFY(proof);
                QVERIFY2(*proof == refPath(m, leaves),
                         qPrintable(QStringLiteral("%1/%2").arg(m).arg(n)));
                const auto ok = verifyInclusion(m, n, leaves[m], *proof, root);
                QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
            }
        }
    }

    void inclusion_flippedByte_rejected()
    {
        const auto all = makeLeafHashes(256);
        for (std::size_t n = 1; n <= 256; ++n) {
            const auto leaves = firstN(all, n);
            const Digest root = rootOf(leaves);
            for (std::size_t m = 0; m < n; ++m) {
                const auto proof = *inclusionProof(leaves, m);
                // Every byte of every hash for the small trees, one rotating
                // byte and bit per hash for the others.
                const std::size_t firstByte = n <= 64 ? 0 : (m + n) % 32;
                const std::size_t lastByte = n <= 64 ? 32 : firstByte + 1;
                for (std::size_t b = firstByte; b < lastByte; ++b) {
                    const auto mask = std::uint8_t(1u << ((m + b) % 8));
                    QVERIFY(!verifyInclusion(m, n, flipped(leaves[m], b, mask), proof, root));
                    const auto r = verifyInclusion(m, n, leaves[m], proof, flipped(root, b, mask));
                    QVERIFY(!r);
                    QCOMPARE(r.error().code, ErrorCode::BadHash);
                    for (std::size_t i = 0; i < proof.size(); ++i) {
                        auto bad = proof;
                        bad[i] = flipped(bad[i], b, mask);
                        QVERIFY(!verifyInclusion(m, n, leaves[m], bad, root));
                    }
                }
            }
        }
    }

    void inclusion_changedIndexOrSize_rejectedUnlessSameShape()
    {
        const auto all = makeLeafHashes(256);
        int sameShape = 0;
        for (std::size_t n = 1; n <= 256; ++n) {
            const auto leaves = firstN(all, n);
            const Digest root = rootOf(leaves);
            for (std::size_t m = 0; m < n; ++m) {
                const auto proof = *inclusionProof(leaves, m);
                for (auto [m2, n2] : mutations(m, n)) {
                    if (m2 == m && n2 == n)
                        continue;
                    // RFC 9162 proofs bind the size only through the shape of
                    // the path: leaf 0 of 3 and of 4 have the same proof.
                    const bool indistinguishable
                        = m2 < n2 && n2 <= 512 && refPathPattern(m2, n2) == refPathPattern(m, n);
                    sameShape += indistinguishable;
                    const bool accepted = bool(verifyInclusion(m2, n2, leaves[m], proof, root));
                    QVERIFY2(
                        accepted == indistinguishable,
                        qPrintable(
                            QStringLiteral("m=%1 n=%2 -> %3/%4").arg(m).arg(n).arg(m2).arg(n2)));
                }
            }
        }
        QVERIFY(sameShape > 0); // the caveat above is real, and exercised
    }

    void inclusion_wrongLengthOrBounds_rejected()
    {
        const auto leaves = makeLeafHashes(100);
        const Digest root = rootOf(leaves);
        const auto proof = *inclusionProof(leaves, 37);
        QVERIFY(verifyInclusion(37, 100, leaves[37], proof, root));

        auto shorter = proof;
        shorter.pop_back();
        QCOMPARE(verifyInclusion(37, 100, leaves[37], shorter, root).error().code,
                 ErrorCode::Invalid);
        auto longer = proof;
        longer.push_back(proof.front());
        QCOMPARE(verifyInclusion(37, 100, leaves[37], longer, root).error().code,
                 ErrorCode::Invalid);
        auto preceded = proof;
        preceded.insert(preceded.begin(), root);
        QVERIFY(!verifyInclusion(37, 100, leaves[37], preceded, root));
        QVERIFY(!verifyInclusion(37, 100, leaves[37], {}, root));

        const std::vector<Digest> huge(65, root);
        QCOMPARE(verifyInclusion(0, MaxTreeSize, leaves[0], huge, root).error().code,
                 ErrorCode::TooLarge);
        QCOMPARE(verifyInclusion(0, MaxTreeSize + 1, leaves[0], {}, root).error().code,
                 ErrorCode::TooLarge);
        QCOMPARE(verifyInclusion(5, 5, leaves[0], {}, root).error().code, ErrorCode::BadValue);
        QCOMPARE(verifyInclusion(0, 0, leaves[0], {}, root).error().code, ErrorCode::BadValue);
        // A 63-hash path in the largest allowed tree is well-formed: it fails
        // only on the root comparison.
        const std::vector<Digest> deep(63, root);
        QCOMPARE(verifyInclusion(MaxTreeSize - 1, MaxTreeSize, leaves[0], deep, root).error().code,
                 ErrorCode::BadHash);

        QCOMPARE(inclusionProof(leaves, 100).error().code, ErrorCode::BadValue);
        QCOMPARE(inclusionProof({}, 0).error().code, ErrorCode::BadValue);
        QCOMPARE(*rootFromInclusionProof(37, 100, leaves[37], proof), root);
    }

    void consistency_pairs_verifyAndMatchReference_data()
    {
        QTest::addColumn<int>("size2");
        for (int n = 1; n <= 64; ++n)
            QTest::addRow("size2 %d", n) << n;
        for (int n : { 127, 128, 129, 255, 256, 257, 1000 })
            QTest::addRow("size2 %d", n) << n;
    }
    void consistency_pairs_verifyAndMatchReference()
    {
        QFETCH(int, size2);
        const std::size_t n = std::size_t(size2);
        const auto leaves = makeLeafHashes(n);
        const Digest root2 = rootOf(leaves);
        int sameShape = 0;
        for (std::size_t m = 1; m <= n; ++m) {
            const Digest root1 = rootOf(firstN(leaves, m));
            const auto proof = consistencyProof(leaves, m);
            QVERIFY(proof);
            QVERIFY2(*proof == refSubproof(m, leaves, true), qPrintable(QString::number(m)));
            const auto ok = verifyConsistency(m, n, *proof, root1, root2);
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));

            // Corruptions: each must be rejected.
            const std::size_t b = (m * 7) % 32;
            QVERIFY(!verifyConsistency(m, n, *proof, flipped(root1, b), root2));
            QVERIFY(!verifyConsistency(m, n, *proof, root1, flipped(root2, b)));
            if (m != n)
                QVERIFY(!verifyConsistency(m, n, *proof, root2, root1));
            for (std::size_t i = 0; i < proof->size(); ++i) {
                auto bad = *proof;
                bad[i] = flipped(bad[i], (b + i) % 32, std::uint8_t(1u << (i % 8)));
                QVERIFY(!verifyConsistency(m, n, bad, root1, root2));
                auto removed = *proof;
                removed.erase(removed.begin() + qsizetype(i));
                QVERIFY(!verifyConsistency(m, n, removed, root1, root2));
            }
            auto longer = *proof;
            longer.push_back(root1);
            QVERIFY(!verifyConsistency(m, n, longer, root1, root2));
            auto preceded = *proof;
            preceded.insert(preceded.begin(), root1);
            QVERIFY(!verifyConsistency(m, n, preceded, root1, root2));
            for (auto [m2, n2] : mutations(m, n)) {
                if (m2 == m && n2 == n)
                    continue;
                // As for inclusion, sizes are bound only through the proof's shape
                // (from size 1 the proof is leaf 0's audit path).
                const bool indistinguishable = m2 >= 1 && m2 <= n2 && n2 <= 4096
                    && refConsistencyPattern(m2, n2) == refConsistencyPattern(m, n);
                sameShape += indistinguishable;
                const bool accepted = bool(verifyConsistency(m2, n2, *proof, root1, root2));
                QVERIFY2(
                    accepted == indistinguishable,
                    qPrintable(QStringLiteral("%1/%2 -> %3/%4").arg(m).arg(n).arg(m2).arg(n2)));
            }
        }
        if (n > 2)
            QVERIFY(sameShape > 0);
    }

    void consistency_badSizes_rejected()
    {
        const auto leaves = makeLeafHashes(10);
        const Digest r = rootOf(leaves), r4 = rootOf(firstN(leaves, 4));
        QCOMPARE(verifyConsistency(0, 10, {}, emptyRoot(), r).error().code, ErrorCode::BadValue);
        QCOMPARE(verifyConsistency(0, 0, {}, emptyRoot(), emptyRoot()).error().code,
                 ErrorCode::BadValue);
        QCOMPARE(verifyConsistency(11, 10, {}, r, r).error().code, ErrorCode::BadValue);
        QCOMPARE(verifyConsistency(10, 10, std::vector<Digest> { r }, r, r).error().code,
                 ErrorCode::Invalid);
        QCOMPARE(verifyConsistency(10, 10, {}, r, r4).error().code, ErrorCode::BadHash);
        QVERIFY(verifyConsistency(10, 10, {}, r, r));
        QCOMPARE(verifyConsistency(4, 10, {}, r4, r).error().code, ErrorCode::Invalid);
        QCOMPARE(verifyConsistency(1, MaxTreeSize + 1, {}, r4, r).error().code,
                 ErrorCode::TooLarge);
        QCOMPARE(verifyConsistency(4, 10, std::vector<Digest>(65, r), r4, r).error().code,
                 ErrorCode::TooLarge);
        QCOMPARE(consistencyProof(leaves, 0).error().code, ErrorCode::BadValue);
        QCOMPARE(consistencyProof(leaves, 11).error().code, ErrorCode::BadValue);
        QVERIFY(consistencyProof(leaves, 10)->empty());
    }

    // transparency-dev/merkle's vectors: accept exactly the wantErr=false ones.
    void inclusionVectors_data() { addVectorRows(QStringLiteral("inclusion")); }
    void inclusionVectors()
    {
        QFETCH(QString, file);
        const QJsonObject v
            = tests::readJson(tests::sharedTestData(QStringLiteral("merkle/") + file)).object();
        QVERIFY(v.contains(QStringLiteral("wantErr")));
        const bool wantErr = v.value(QStringLiteral("wantErr")).toBool();
        const auto leaf = digestFromBase64(v.value(QStringLiteral("leafHash")));
        const auto root = digestFromBase64(v.value(QStringLiteral("root")));
        const auto proof = proofFromJson(v.value(QStringLiteral("proof")));
        // Hashes that are not 32 bytes never reach the verifier.
        const bool accepted = leaf && root && proof
            && verifyInclusion(u64(v.value(QStringLiteral("leafIdx"))),
                               u64(v.value(QStringLiteral("treeSize"))), *leaf, *proof, *root);
        QCOMPARE(accepted, !wantErr);
    }

    void consistencyVectors_data() { addVectorRows(QStringLiteral("consistency")); }
    void consistencyVectors()
    {
        QFETCH(QString, file);
        const QJsonObject v
            = tests::readJson(tests::sharedTestData(QStringLiteral("merkle/") + file)).object();
        QVERIFY(v.contains(QStringLiteral("wantErr")));
        const bool wantErr = v.value(QStringLiteral("wantErr")).toBool();
        const auto root1 = digestFromBase64(v.value(QStringLiteral("root1")));
        const auto root2 = digestFromBase64(v.value(QStringLiteral("root2")));
        const auto proof = proofFromJson(v.value(QStringLiteral("proof")));
        const bool accepted = root1 && root2 && proof
            && verifyConsistency(u64(v.value(QStringLiteral("size1"))),
                                 u64(v.value(QStringLiteral("size2"))), *proof, *root1, *root2);
        // This vector's roots are the 12-byte placeholder "don't care 2": its
        // point is that equal sizes with equal roots and an empty proof pass,
        // which consistency_badSizes_rejected checks with real roots. Gongzhi
        // refuses anything but a 32-byte SHA-256 root before verifying.
        QEXPECT_FAIL("consistency/additional/sizes-are-equal-one-and-proof-is-empty.json",
                     "placeholder roots are not SHA-256 digests", Abort);
        QCOMPARE(accepted, !wantErr);
    }
};

QTEST_GUILESS_MAIN(TestMerkleProofs)
#include "TestMerkleProofs.moc"
