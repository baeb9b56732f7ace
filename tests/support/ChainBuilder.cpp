#include "tests/support/ChainBuilder.h"

#include "ledger/core/ByteWriter.h"
#include "ledger/core/Enforce.h"
#include "ledger/merkle/TreeHash.h"

#include <algorithm>

namespace tests {

using namespace ledger;
using chain::Block;
using chain::Transaction;

namespace {
// 2026-03-01 08:00 Beijing time: the first block of every built chain.
constexpr std::int64_t StartMs = 1772323200000;
constexpr std::int64_t BlockIntervalMs = 5000;

const char16_t *const Titles[] = {
    u"3号楼电梯维修资金使用公示",  u"幸福里社区老年食堂九月账目", u"垃圾分类督导志愿者排班",
    u"东门停车位改造方案征求意见", u"困难家庭临时救助审批",       u"社区卫生服务站义诊活动",
    u"小区绿化带补种及养护费用",   u"物业服务质量季度评议结果",
};
const char16_t *const Places[] = { u"1号楼", u"2号楼", u"3号楼", u"5号楼", u"东门", u"活动中心" };
} // namespace

ChainBuilder::ChainBuilder(quint64 seed, int authors)
    : m_rng(seed)
    , m_founder(makeKey())
    , m_node(makeKey())
    , m_node2(makeKey())
{
    GONGZHI_ENFORCE(authors >= 1, "a chain needs at least one author");
    std::array<std::uint8_t, 16> id {};
    for (auto &b : id)
        b = std::uint8_t(m_rng.bounded(256));
    m_consortium = chain::ConsortiumId(id);
    for (int i = 0; i < authors; ++i)
        m_authors.push_back(makeKey());
    m_sequences.assign(std::size_t(authors), 0);

    m_payload.name = QStringLiteral("城关镇幸福里社区共治联盟");
    m_payload.organizations = {
        { 1, chain::OrgKind::PartyCommittee, QStringLiteral("幸福里社区党委"), m_node.publicKey() },
        { 2, chain::OrgKind::ResidentsCommittee, QStringLiteral("幸福里社区居委会"),
          m_node2.publicKey() },
    };
    m_payload.persons.push_back(
        { m_founder.publicKey(), 1, QStringLiteral("王建国"),
          std::uint8_t(std::uint8_t(chain::Role::Secretary) | std::uint8_t(chain::Role::Admin)) });
    for (int i = 0; i < authors; ++i) {
        m_payload.persons.push_back(
            { m_authors[std::size_t(i)].publicKey(), std::uint32_t(1 + i % 2),
              QStringLiteral("工作人员%1").arg(i + 1), std::uint8_t(chain::Role::Staff) });
    }
    auto genesis = chain::makeGenesisBlock(m_consortium, m_payload, m_founder, m_node, StartMs);
    GONGZHI_ENFORCE(genesis.has_value(), "the builder's genesis block is invalid");
    addSealed(std::move(*genesis));
}

crypto::KeyPair ChainBuilder::makeKey()
{
    QByteArray seed(32, Qt::Uninitialized);
    for (auto &c : seed)
        c = char(m_rng.bounded(256));
    return crypto::KeyPair::fromSeed(*crypto::SecretSeed::fromBytes(seed));
}

crypto::KeyPair ChainBuilder::freshKey()
{
    return makeKey();
}

// A RecordSubmitted-like canonical structure: u8 version | u32 record number |
// string title | string place | i64 amount in fen | string note (filler).
QByteArray ChainBuilder::payload(qsizetype size)
{
    core::ByteWriter w(size);
    w.u8(1)
        .u32(m_rng.bounded(1000000u))
        .string(QString::fromUtf16(Titles[m_rng.bounded(quint32(std::size(Titles)))]))
        .string(QString::fromUtf16(Places[m_rng.bounded(quint32(std::size(Places)))]))
        .i64(std::int64_t(m_rng.bounded(5000000u)));
    QString note = QStringLiteral("经居民议事会讨论通过，");
    while (w.size() + 4 + note.toUtf8().size() + 3 <= size)
        note += QChar(char16_t(u'一' + m_rng.bounded(200u)));
    while (w.size() + 4 + note.toUtf8().size() < size)
        note += QChar(char16_t(u'0' + m_rng.bounded(10u)));
    w.string(note);
    return w.take();
}

Transaction ChainBuilder::transaction(const crypto::KeyPair &key, std::uint64_t sequence,
                                      chain::TxType type)
{
    const qsizetype size = TargetTxSize - Transaction::MinSize - 10 + qsizetype(m_rng.bounded(21u));
    chain::TxBody body;
    body.type = type;
    body.consortium = m_consortium;
    body.sequence = sequence;
    body.timestampMs = tip().header().timestampMs + qint64(m_rng.bounded(quint32(BlockIntervalMs)));
    body.payload = payload(size);
    return Transaction::sign(std::move(body), key);
}

Transaction ChainBuilder::nextTransaction()
{
    const std::size_t i = std::size_t(m_nextAuthor);
    m_nextAuthor = (m_nextAuthor + 1) % authorCount();
    return transaction(m_authors[i], ++m_sequences[i]);
}

std::vector<Transaction> ChainBuilder::nextTransactions(int n)
{
    std::vector<Transaction> out;
    out.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        out.push_back(nextTransaction());
    return out;
}

chain::BlockHeader ChainBuilder::nextHeader() const
{
    chain::BlockHeader h;
    h.consortium = m_consortium;
    h.height = tip().height() + 1;
    h.prevHash = tip().hash();
    h.historyRoot = m_history.root();
    h.timestampMs = tip().header().timestampMs + BlockIntervalMs;
    return h;
}

const Block &ChainBuilder::addBlock(int n)
{
    return addBlock(nextTransactions(n));
}

const Block &ChainBuilder::addBlock(std::vector<Transaction> transactions)
{
    return addSealed(Block::seal(nextHeader(), std::move(transactions), m_node));
}

const Block &ChainBuilder::addSealed(Block block)
{
    GONGZHI_ENFORCE(m_history.append(merkle::leafHash(block.hash().view())).has_value(),
                    "history tree overflow");
    m_blocks.push_back(std::move(block));
    return m_blocks.back();
}

std::vector<chain::RawBlock> ChainBuilder::rawBlocks() const
{
    std::vector<chain::RawBlock> out;
    out.reserve(m_blocks.size());
    for (const auto &b : m_blocks)
        out.push_back(toRaw(b));
    return out;
}

core::Result<std::unique_ptr<store::BlockStore>>
ChainBuilder::createStore(const QString &path) const
{
    auto s = GONGZHI_TRY(store::BlockStore::create(path, genesis()));
    GONGZHI_CHECK(appendTo(*s));
    return s;
}

core::Status ChainBuilder::appendTo(store::BlockStore &store) const
{
    for (std::size_t h = std::size_t(store.head().height) + 1; h < m_blocks.size(); ++h)
        GONGZHI_CHECK(store.append(m_blocks[h]));
    return {};
}

core::Result<Block> ChainBuilder::blockAfter(store::BlockStore &store,
                                             std::vector<Transaction> transactions) const
{
    const auto head = GONGZHI_TRY(store.header(store.head().height));
    chain::BlockHeader h;
    h.consortium = m_consortium;
    h.height = head.height + 1;
    h.prevHash = store.head().hash;
    h.historyRoot = store.nextHistoryRoot();
    h.timestampMs = head.timestampMs + BlockIntervalMs;
    return Block::seal(h, std::move(transactions), m_node);
}

chain::RawBlock toRaw(const Block &block)
{
    chain::RawBlock raw;
    raw.height = block.height();
    raw.hash = block.hash().toByteArray();
    raw.header = block.headerBytes();
    raw.signature = block.signature().toByteArray();
    raw.txCount = qint64(block.transactions().size());
    for (const auto &tx : block.transactions()) {
        raw.transactions.push_back({ tx.id().toByteArray(), int(tx.type()),
                                     tx.author().toByteArray(), qint64(tx.sequence()),
                                     tx.encoded() });
    }
    return raw;
}

core::Result<std::vector<chain::RawBlock>> MemoryBlockSource::readRaw(std::uint64_t from,
                                                                      std::uint32_t maxBlocks)
{
    std::vector<chain::RawBlock> out;
    for (const auto &b : blocks) {
        if (b.height >= from && b.height - from < maxBlocks)
            out.push_back(b);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.height < b.height; });
    return out;
}

} // namespace tests
