#include "ledger/chain/ChainVerifier.h"
#include "ledger/chain/Genesis.h"
#include "ledger/merkle/TreeHash.h"
#include "tests/ledger/chain/AllocationWatch.h"
#include "tests/ledger/chain/CodecChecks.h"
#include "tests/support/ChainBuilder.h"

#include <QTest>

using namespace ledger;
using namespace tests::chain;
using chain::Block;
using chain::BlockHeader;
using chain::GenesisPayload;
using chain::OrgKind;
using chain::Role;
using chain::Transaction;

namespace {
std::optional<ErrorCode> payloadError(const QByteArray &b)
{
    auto g = GenesisPayload::decode(b);
    return g ? std::nullopt : std::optional(g.error().code);
}

ErrorCode payloadErr(const QByteArray &b)
{
    return payloadError(b).value_or(Accepted);
}

std::optional<QByteArray> reencodePayload(const QByteArray &b)
{
    auto g = GenesisPayload::decode(b);
    return g ? std::optional(g->encode()) : std::nullopt;
}

QByteArray u32(std::uint32_t v)
{
    return withU32(QByteArray(4, '\0'), 0, v);
}

std::uint8_t roles(std::initializer_list<Role> rs)
{
    std::uint8_t out = 0;
    for (Role r : rs)
        out |= std::uint8_t(r);
    return out;
}

// Seals a would-be genesis block from parts, bypassing makeGenesisBlock's checks.
Block sealGenesis(BlockHeader h, std::vector<Transaction> txs, const crypto::KeyPair &proposer)
{
    return Block::seal(h, std::move(txs), proposer);
}

BlockHeader genesisHeader(const tests::ChainBuilder &b)
{
    BlockHeader h;
    h.consortium = b.consortium();
    h.historyRoot = merkle::emptyRoot();
    h.timestampMs = b.genesis().header().timestampMs;
    return h;
}

Transaction genesisTx(const tests::ChainBuilder &b, const crypto::KeyPair &signer,
                      QByteArray payload = {}, chain::TxType type = chain::TxType::Genesis,
                      std::optional<chain::ConsortiumId> consortium = std::nullopt)
{
    chain::TxBody body;
    body.type = type;
    body.consortium = consortium ? *consortium : b.consortium();
    body.sequence = 1;
    body.payload = payload.isNull() ? b.genesisPayload().encode() : payload;
    return Transaction::sign(std::move(body), signer);
}

void expectInvalidAtZero(const core::Result<GenesisPayload> &r, const char *why)
{
    QVERIFY2(!r.has_value(), why);
    QVERIFY2(r.error().height == 0, why);
}
} // namespace

class TestGenesis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builderGenesis_isReadBack()
    {
        tests::ChainBuilder b(31);
        auto payload = chain::readGenesis(b.genesis());
        QVERIFY(payload.has_value());
        QVERIFY(*payload == b.genesisPayload());
        QCOMPARE(payload->name, QStringLiteral("城关镇幸福里社区共治联盟"));
        QVERIFY(payload->organizationByNodeKey(b.node().publicKey()) != nullptr);
        QVERIFY(payload->personByKey(b.founder().publicKey()) != nullptr);
        QVERIFY(payload->personByKey(b.node().publicKey()) == nullptr);
    }

    void payload_roundTripsCanonically()
    {
        tests::ChainBuilder b(32, 40);
        const QByteArray bytes = b.genesisPayload().encode();
        auto back = GenesisPayload::decode(bytes);
        QVERIFY(back.has_value());
        QVERIFY(*back == b.genesisPayload());
        QCOMPARE(back->encode(), bytes);
    }

    void payloadTruncationsFlipsAndTrailingBytes_areRejectedOrCanonical()
    {
        tests::ChainBuilder b(33, 3);
        const QByteArray good = b.genesisPayload().encode();
        checkTruncations(good, payloadError);
        QCOMPARE(payloadErr(good + '\0'), ErrorCode::TrailingBytes);
        QCOMPARE(payloadErr(good + good), ErrorCode::TrailingBytes);
        int accepted = 0;
        checkFlips(good, reencodePayload, &accepted);
        QVERIFY(accepted > 0);
    }

    void payloadBadFields_areRejectedWithTheirCodes()
    {
        QCOMPARE(payloadErr(QByteArray()), ErrorCode::Truncated);
        QCOMPARE(payloadErr(QByteArray(1, '\x02') + u32(0) + u32(0) + u32(0)),
                 ErrorCode::BadVersion);
        QCOMPARE(payloadErr(QByteArray(1, '\x01') + u32(0) + u32(0) + u32(0)), Accepted);
        // Invalid UTF-8, a NUL, a byte-order mark in the name.
        QCOMPARE(payloadErr(QByteArray(1, '\x01') + u32(2) + "\xc3\x28" + u32(0) + u32(0)),
                 ErrorCode::BadEncoding);
        QCOMPARE(payloadErr(QByteArray(1, '\x01') + u32(1) + QByteArray(1, '\0') + u32(0) + u32(0)),
                 ErrorCode::BadEncoding);
        QCOMPARE(payloadErr(QByteArray(1, '\x01') + u32(3) + "\xef\xbb\xbf" + u32(0) + u32(0)),
                 ErrorCode::BadEncoding);
        // A name longer than the maximum.
        const QByteArray longName(GenesisPayload::MaxNameBytes + 1, 'a');
        QCOMPARE(payloadErr(QByteArray(1, '\x01') + u32(quint32(longName.size())) + longName
                            + u32(0) + u32(0)),
                 ErrorCode::TooLarge);
        // An unknown organization kind.
        const QByteArray org
            = u32(1) + QByteArray(1, '\x07') + u32(1) + "x" + QByteArray(32, '\x05');
        QCOMPARE(payloadErr(QByteArray(1, '\x01') + u32(1) + "x" + u32(1) + org + u32(0)),
                 ErrorCode::BadValue);
    }

    void payloadHostileLengthsAndCounts_areRejectedWithoutAllocating()
    {
        tests::AllocationWatch watch;
        // 20 bytes claiming a 2^32-1 byte name.
        const QByteArray twenty = QByteArray(1, '\x01') + u32(0xffffffffu) + QByteArray(15, 'a');
        QCOMPARE(twenty.size(), 20);
        QCOMPARE(payloadErr(twenty), ErrorCode::TooLarge);
        // Counts of 2^32-1, of the maximum, and of one more than fits.
        const QByteArray head = QByteArray(1, '\x01') + u32(1) + "x";
        QCOMPARE(payloadErr(head + u32(0xffffffffu) + QByteArray(11, '\0')), ErrorCode::TooLarge);
        QCOMPARE(payloadErr(head + u32(GenesisPayload::MaxOrganizations + 1)), ErrorCode::TooLarge);
        QCOMPARE(payloadErr(head + u32(GenesisPayload::MaxOrganizations) + QByteArray(100, '\0')),
                 ErrorCode::Truncated);
        QCOMPARE(payloadErr(head + u32(0) + u32(0xffffffffu) + QByteArray(11, '\0')),
                 ErrorCode::TooLarge);
        QCOMPARE(
            payloadErr(head + u32(0) + u32(GenesisPayload::MaxPersons) + QByteArray(100, '\0')),
            ErrorCode::Truncated);
        QVERIFY2(watch.largest() < 64 * 1024, qPrintable(QString::number(watch.largest())));
    }

    void validate_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << 0 << QStringLiteral("name");
        QTest::newRow("no organization") << 1 << QStringLiteral("organizations");
        QTest::newRow("org ids out of order") << 2 << QStringLiteral("organizations[1]");
        QTest::newRow("org without name") << 3 << QStringLiteral("organizations[0]");
        QTest::newRow("node key twice") << 4 << QStringLiteral("organizations[1]");
        QTest::newRow("no party committee") << 5 << QStringLiteral("organizations");
        QTest::newRow("person in no org") << 6 << QStringLiteral("persons[0]");
        QTest::newRow("person without role") << 7 << QStringLiteral("persons[1]");
        QTest::newRow("person with unknown role") << 8 << QStringLiteral("persons[1]");
        QTest::newRow("person without name") << 9 << QStringLiteral("persons[0]");
        QTest::newRow("person key is a node key") << 10 << QStringLiteral("persons[1]");
        QTest::newRow("person key twice") << 11 << QStringLiteral("persons[2]");
        QTest::newRow("no secretary") << 12 << QStringLiteral("persons");
        QTest::newRow("no administrator") << 13 << QStringLiteral("persons");
    }

    void validate()
    {
        QFETCH(int, rule);
        QFETCH(QString, field);
        tests::ChainBuilder b(34, 2);
        GenesisPayload g = b.genesisPayload();
        QVERIFY(g.validate().has_value());
        auto &orgs = g.organizations;
        auto &persons = g.persons;
        switch (rule) {
        case 0: g.name = QStringLiteral("  "); break;
        case 1: orgs.clear(); break;
        case 2: orgs[1].orgId = 3; break;
        case 3: orgs[0].name.clear(); break;
        case 4: orgs[1].nodeKey = orgs[0].nodeKey; break;
        case 5:
            for (auto &o : orgs)
                o.kind = OrgKind::StreetOffice;
            break;
        case 6: persons[0].orgId = 3; break;
        case 7: persons[1].roles = 0; break;
        case 8: persons[1].roles = 0x10 | std::uint8_t(Role::Staff); break;
        case 9: persons[0].displayName = QStringLiteral("\t"); break;
        case 10: persons[1].key = orgs[1].nodeKey; break;
        case 11: persons[2].key = persons[0].key; break;
        case 12: persons[0].roles = roles({ Role::Admin }); break;
        case 13: persons[0].roles = roles({ Role::Secretary }); break;
        }
        auto st = g.validate();
        QVERIFY(!st.has_value());
        QCOMPARE(st.error().code, ErrorCode::Invalid);
        QCOMPARE(st.error().field, field);
        // makeGenesisBlock refuses the same payload.
        auto block = chain::makeGenesisBlock(b.consortium(), g, b.founder(), b.node(), 1);
        QVERIFY(!block.has_value());
        QCOMPARE(block.error().code, ErrorCode::Invalid);
    }

    void readGenesis_data()
    {
        QTest::addColumn<int>("rule");
        int rule = 0;
        for (const char *name :
             { "height not zero", "previous hash not zero", "history root not empty",
               "no transaction", "two transactions", "not a genesis transaction",
               "other consortium", "undecodable payload", "invalid payload", "signed by staff",
               "signed by an unknown key", "proposed by a person", "proposed by an unknown key" }) {
            QTest::newRow(name) << rule++;
        }
    }

    void readGenesis()
    {
        QFETCH(int, rule);
        tests::ChainBuilder b(35, 2);
        BlockHeader h = genesisHeader(b);
        std::vector<Transaction> txs { genesisTx(b, b.founder()) };
        const crypto::KeyPair *proposer = &b.node();
        const crypto::KeyPair stranger = b.freshKey();
        GenesisPayload noAdmin = b.genesisPayload();
        noAdmin.persons[0].roles = roles({ Role::Secretary });
        QVERIFY(chain::readGenesis(sealGenesis(h, txs, *proposer)).has_value());
        switch (rule) {
        case 0: h.height = 1; break;
        case 1: h.prevHash = b.genesis().hash(); break;
        case 2: h.historyRoot = merkle::leafHash("x"); break;
        case 3: txs.clear(); break;
        case 4: txs.push_back(genesisTx(b, b.author(0))); break;
        case 5: txs = { genesisTx(b, b.founder(), {}, chain::TxType::RecordSubmitted) }; break;
        case 6:
            txs = { genesisTx(b, b.founder(), {}, chain::TxType::Genesis,
                              *chain::ConsortiumId::fromBytes(QByteArray(16, '\x33'))) };
            break;
        case 7: txs = { genesisTx(b, b.founder(), QByteArray("\x01\x00")) }; break;
        case 8: txs = { genesisTx(b, b.founder(), noAdmin.encode()) }; break;
        case 9: txs = { genesisTx(b, b.author(0)) }; break;
        case 10: txs = { genesisTx(b, stranger) }; break;
        case 11: proposer = &b.founder(); break;
        case 12: proposer = &stranger; break;
        }
        const Block block = sealGenesis(h, txs, *proposer);
        expectInvalidAtZero(chain::readGenesis(block), QTest::currentDataTag());
        // The verifier names block 0 for the same block.
        tests::MemoryBlockSource source({ tests::toRaw(block) });
        auto report = chain::verifyChain(source);
        QVERIFY(!report.has_value());
        QCOMPARE(report.error().height, std::optional<std::int64_t>(0));
    }

    void makeGenesisBlock_refusesAFounderWhoIsNotAdministrator()
    {
        tests::ChainBuilder b(36, 2);
        auto block
            = chain::makeGenesisBlock(b.consortium(), b.genesisPayload(), b.author(0), b.node(), 1);
        QVERIFY(!block.has_value());
        QCOMPARE(block.error().height, std::optional<std::int64_t>(0));
        auto byPerson = chain::makeGenesisBlock(b.consortium(), b.genesisPayload(), b.founder(),
                                                b.founder(), 1);
        QVERIFY(!byPerson.has_value());
    }
};

QTEST_GUILESS_MAIN(TestGenesis)
#include "TestGenesis.moc"
