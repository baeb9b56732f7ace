#include "ledger/domain/DemoCommunity.h"

#include "ledger/core/Enforce.h"
#include "ledger/core/ParallelFor.h"
#include "ledger/domain/BlockTime.h"
#include "ledger/domain/DemoContent.h"
#include "ledger/domain/DemoGenerator.h"
#include "ledger/domain/PinVerifier.h"
#include "ledger/merkle/CompactRange.h"

#include <algorithm>
#include <optional>

namespace ledger::domain::demo {

namespace detail {
namespace text = content;

QString Generator::personName()
{
    QString name = m_rng.pick(text::Surnames) + m_rng.pick(text::GivenChars);
    if (m_rng.chance(70))
        name += m_rng.pick(text::GivenChars);
    return name;
}

void Generator::buildConsortium()
{
    for (int i = 0; i < 16; ++i)
        m_c.consortium.data()[i]
            = std::uint8_t(derive(m_o.seed, QStringLiteral("consortium")).at(i));
    m_c.genesis.name = QStringLiteral("城关镇幸福里社区共治联盟");
    std::uint32_t orgId = 1;
    for (const auto &spec : text::Organizations) {
        const auto seed
            = crypto::SecretSeed::fromBytes(derive(m_o.seed, QStringLiteral("node%1").arg(orgId)));
        m_c.nodeKeys.push_back(crypto::KeyPair::fromSeed(*seed));
        m_c.peppers.push_back(derive(m_o.seed, QStringLiteral("pepper%1").arg(orgId)));
        m_c.genesis.organizations.push_back(
            { orgId, spec.kind, QString::fromUtf16(spec.name), m_c.nodeKeys.back().publicKey() });
        auto person = [&](std::uint8_t roles) {
            const int n = int(m_c.people.size());
            const auto s = crypto::SecretSeed::fromBytes(
                derive(m_o.seed, QStringLiteral("person%1").arg(n)));
            m_c.people.push_back({ personName(), orgId, roles, crypto::KeyPair::fromSeed(*s) });
            m_c.genesis.persons.push_back(
                { m_c.people.back().key.publicKey(), orgId, m_c.people.back().displayName, roles });
            m_keys.push_back(m_c.people.back().key);
            return n;
        };
        m_secretary.insert(orgId, person(std::uint8_t(chain::Role::Secretary)));
        if (orgId <= 2)
            person(std::uint8_t(chain::Role::Admin));
        for (int i = 0; i < spec.staff; ++i)
            m_staff[orgId].push_back(person(std::uint8_t(chain::Role::Staff)));
        if (spec.auditors) {
            for (int i = 0; i < 3; ++i)
                person(std::uint8_t(chain::Role::Auditor));
        }
        ++orgId;
    }
    for (std::uint32_t org = 1; org <= m_c.nodeKeys.size(); ++org) {
        m_nodeSigner.insert(org, int(m_keys.size()));
        m_keys.push_back(m_c.nodeKeys[org - 1]);
    }
    m_c.genesisMs = m_o.startMs - DayMs;
}

void Generator::setup()
{
    const std::int64_t t = m_c.genesisMs + 2 * HourMs;
    const int party = secretaryOf(1);
    add(t, party, TxType::PolicySet, PolicySet { 10, 7 });
    add(t + 60'000, party, TxType::FeedbackCategoriesSet, text::feedbackCategories());
    const int proposal = add(t + 120'000, staffOf(1), TxType::HandbookProposed, text::handbook());
    addDep(t + HourMs, party, TxType::ApprovalGranted, { proposal }, [](const auto &ids) {
        return encodePayload(ApprovalDecision { ids[0], QStringLiteral("经社区党委会议审议通过") });
    });
    for (const auto &item : text::StoreItems) {
        add(t + 2 * HourMs, secretaryOf(2), TxType::StoreItemListed,
            StoreItemListed { QString::fromLatin1(item.code), QString::fromUtf16(item.name),
                              item.cost, true });
    }
}

void Generator::residents()
{
    const int count = 2000 * m_o.scale;
    m_balance.assign(std::size_t(count), 0);
    for (int i = 0; i < count; ++i) {
        Resident r;
        const QByteArray p = derive(m_o.seed, QStringLiteral("pseudonym%1").arg(i));
        r.pseudonym = *Pseudonym::fromBytes(QByteArrayView(p).first(16));
        r.orgId = m_rng.chance(80) ? 2 : (m_rng.chance(50) ? 4 : 5);
        r.name = personName();
        const int year = 1940 + m_rng.below(65);
        QString id = QStringLiteral("371724%1%2%3%4")
                         .arg(year)
                         .arg(1 + m_rng.below(12), 2, 10, QLatin1Char('0'))
                         .arg(1 + m_rng.below(28), 2, 10, QLatin1Char('0'))
                         .arg(m_rng.below(1000), 3, 10, QLatin1Char('0'));
        static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int k = 0; k < 17; ++k)
            sum += (id[k].unicode() - u'0') * weights[k];
        r.idNumber = id + QChar(u"10X98765432"[sum % 11]); // GB 11643 check character
        static const char *prefixes[]
            = { "133", "135", "137", "138", "139", "150", "158", "177", "186", "189" };
        r.phone = QString::fromLatin1(prefixes[m_rng.below(10)])
            + QStringLiteral("%1").arg(m_rng.below(100'000'000), 8, 10, QLatin1Char('0'));
        r.address = QStringLiteral("城关镇%1%2号楼%3单元%4室")
                        .arg(m_rng.pick(text::Buildings))
                        .arg(1 + m_rng.below(24))
                        .arg(1 + m_rng.below(4))
                        .arg((1 + m_rng.below(6)) * 100 + 1 + m_rng.below(4));
        r.residentCode = QStringLiteral("%1%2")
                             .arg(r.orgId, 2, 10, QLatin1Char('0'))
                             .arg(m_rng.below(100'000'000), 8, 10, QLatin1Char('0'));
        r.pin = QStringLiteral("%1").arg(m_rng.below(1'000'000), 6, 10, QLatin1Char('0'));
        r.consent = m_rng.chance(35);
        const std::int64_t ts = officeTime(m_rng.below(30));
        add(ts, nodeOf(r.orgId), TxType::ResidentEnrolled,
            ResidentPin { r.pseudonym,
                          makePinVerifier(m_c.peppers[r.orgId - 1], r.pseudonym, r.pin) });
        if (r.consent)
            add(ts + HourMs, nodeOf(r.orgId), TxType::ResidentConsentSet,
                ResidentConsentSet { r.pseudonym, true, maskName(r.name) });
        m_c.residents.push_back(std::move(r));
    }
}

void Generator::scoreEvents()
{
    const ScoringHandbook hb = text::handbook();
    int totalWeight = 0;
    for (const auto &u : text::RuleWeights)
        totalWeight += u.weight;
    const int events = 3300 * m_o.scale;
    const int first = 31; // after enrolment
    for (int i = 0; i < events; ++i) {
        const int day = first + int(std::int64_t(i) * (days() - first) / events);
        const std::int64_t ts = officeTime(day);
        int w = m_rng.below(totalWeight);
        const char *code = text::RuleWeights.back().code;
        for (const auto &u : text::RuleWeights) {
            if ((w -= u.weight) < 0) {
                code = u.code;
                break;
            }
        }
        const ScoringRule &rule = *hb.rule(QString::fromLatin1(code));
        const int who = m_rng.below(int(m_c.residents.size()));
        if (rule.capPerPeriod > 0) {
            std::int64_t &used
                = m_capUse[QStringLiteral("%1|%2|%3").arg(who).arg(rule.code).arg(monthPeriod(ts))];
            if (used + qAbs(rule.points) > rule.capPerPeriod)
                continue;
            used += qAbs(rule.points);
        }
        const std::uint32_t org
            = m_rng.chance(60) ? 2 : std::uint32_t(m_rng.pick(std::vector<int> { 1, 4, 5 }));
        const int author = staffOf(org);
        crypto::Digest evidence;
        if (rule.evidenceRequired)
            evidence = crypto::Sha256::hash(derive(m_o.seed, QStringLiteral("evidence%1").arg(i)));
        const int id
            = add(ts, author, TxType::ScoreEventRecorded,
                  ScoreEventRecorded { m_c.residents[std::size_t(who)].pseudonym, rule.code, 1,
                                       evidence, m_rng.pick(text::ScoreNotes) });
        m_balance[std::size_t(who)]
            += qMin<std::int64_t>(rule.points, 0); // awards count once surely applied (below)
        if (rule.points < -10) { // above the policy threshold: the secretary approves
            addDep(
                ts + 2 * HourMs, secretaryOf(org), TxType::ApprovalGranted, { id },
                [](const auto &ids) {
                    return encodePayload(ApprovalDecision { ids[0], QStringLiteral("经核实属实") });
                });
        }
        if (rule.points > 0 && m_rng.chance(1)) { // a mistaken award, reversed the next day
            addDep(ts + DayMs, secretaryOf(org), TxType::ScoreReversed, { id },
                   [](const auto &ids) {
                       return encodePayload(
                           ScoreReversed { ids[0], QStringLiteral("录入对象有误，予以冲正") });
                   });
        } else if (rule.points > 0) {
            m_balance[std::size_t(who)] += rule.points;
        }
        if (rule.points < 0) {
            m_scoreIntents.push_back(id);
            m_scoreResident.push_back(who);
        }
        if (m_rng.chance(13))
            m_wantsToRedeem.push_back({ m_rng.below(int(m_c.residents.size())),
                                        m_rng.below(int(text::StoreItems.size())) });
        if (i + 1 == events || first + int(std::int64_t(i + 1) * (days() - first) / events) != day)
            flushRedemptions(day);
    }
}

// Redemptions of one day happen at 08:00-08:30 the next morning, after every
// event of that day and before any of the next, and only from balances that
// surely suffice (m_balance never exceeds the real balance).
void Generator::flushRedemptions(int day)
{
    int k = 0;
    for (const auto &[r, itemIndex] : m_wantsToRedeem) {
        const auto &item = text::StoreItems[std::size_t(itemIndex)];
        if (m_balance[std::size_t(r)] < item.cost)
            continue;
        m_balance[std::size_t(r)] -= item.cost;
        add(dayStart(day + 1) + (k++ % 25) * 60'000LL, m_rng.chance(50) ? nodeOf(2) : staffOf(2),
            TxType::PointsRedeemed,
            PointsRedeemed { m_c.residents[std::size_t(r)].pseudonym,
                             QString::fromLatin1(item.code), 1 });
    }
    m_wantsToRedeem.clear();
}

void Generator::finish()
{
    std::vector<int> order(m_intents.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_intents[std::size_t(a)].ts < m_intents[std::size_t(b)].ts;
    });
    std::vector<std::uint64_t> sequence(m_keys.size(), 0);
    for (const auto &p : m_c.genesis.persons) {
        if (chain::hasRole(p.roles, chain::Role::Admin)) {
            for (std::size_t k = 0; k < m_keys.size(); ++k) {
                if (m_keys[k].publicKey() == p.key)
                    sequence[k] = 1; // the genesis transaction
            }
            break;
        }
    }
    // Sequence numbers follow block order; signing is the cost (millions of
    // Ed25519 signatures at large scales), so it runs in parallel, in waves:
    // an intent is signed once every intent it names has its id. The bytes are
    // the same as signing one by one (Ed25519 signatures are deterministic).
    std::vector<int> position(m_intents.size());
    std::vector<std::uint64_t> seqOf(order.size());
    std::vector<int> wave(order.size(), 0);
    int waves = 1;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Intent &in = m_intents[std::size_t(order[k])];
        position[std::size_t(order[k])] = int(k);
        seqOf[k] = ++sequence[std::size_t(in.signer)];
        for (int d : in.deps) {
            const int dk = position[std::size_t(d)];
            GONGZHI_ENFORCE(dk < int(k), "demo intents must follow what they name");
            wave[k] = std::max(wave[k], wave[std::size_t(dk)] + 1);
        }
        waves = std::max(waves, wave[k] + 1);
    }
    std::vector<std::vector<std::size_t>> byWave;
    byWave.resize(std::size_t(waves));
    for (std::size_t k = 0; k < order.size(); ++k)
        byWave[std::size_t(wave[k])].push_back(k);
    std::vector<std::optional<chain::Transaction>> signedTx(order.size());
    for (const auto &members : byWave) {
        core::parallelFor(members.size(), 512, [&](std::size_t from, std::size_t to) {
            for (std::size_t m = from; m < to; ++m) {
                const std::size_t k = members[m];
                const Intent &in = m_intents[std::size_t(order[k])];
                std::vector<chain::TxId> depIds;
                for (int d : in.deps)
                    depIds.push_back(signedTx[std::size_t(position[std::size_t(d)])]->id());
                chain::TxBody body;
                body.type = in.type;
                body.consortium = m_c.consortium;
                body.sequence = seqOf[k];
                body.timestampMs = in.ts;
                body.payload = in.payload(depIds);
                signedTx[k]
                    = chain::Transaction::sign(std::move(body), m_keys[std::size_t(in.signer)]);
            }
        });
    }
    std::int64_t bucket = -1;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::int64_t ts = m_intents[std::size_t(order[k])].ts;
        const std::int64_t b = ts / HourMs;
        if (b != bucket || m_c.batches.back().transactions.size() >= 2000) {
            m_c.batches.push_back({});
            bucket = b;
        }
        m_c.batches.back().timestampMs = ts;
        m_c.batches.back().transactions.push_back(std::move(*signedTx[k]));
    }
    m_intents.clear();
}

Community Generator::run()
{
    buildConsortium();
    setup();
    residents();
    scoreEvents();
    records();
    activities();
    feedback();
    finish();
    return std::move(m_c);
}
} // namespace detail

std::size_t Community::transactionCount() const
{
    std::size_t n = 1;
    for (const auto &b : batches)
        n += b.transactions.size();
    return n;
}

Community generate(const Options &options)
{
    GONGZHI_ENFORCE(options.scale >= 1 && options.scale <= 1000 && options.months >= 1,
                    "demo options out of range");
    return detail::Generator(options).run();
}

std::vector<chain::Block> sealBlocks(const Community &c)
{
    std::vector<chain::Block> blocks;
    blocks.reserve(c.batches.size() + 1);
    const crypto::KeyPair *founder = nullptr;
    for (const auto &p : c.people) {
        if (chain::hasRole(p.roles, chain::Role::Admin)) {
            founder = &p.key;
            break;
        }
    }
    GONGZHI_ENFORCE(founder, "the demo has an administrator");
    auto genesis = chain::makeGenesisBlock(c.consortium, c.genesis, *founder, c.nodeKeys.front(),
                                           c.genesisMs);
    GONGZHI_ENFORCE(genesis.has_value(), "demo genesis is valid");
    blocks.push_back(std::move(*genesis));
    merkle::CompactRange history;
    GONGZHI_ENFORCE(history.append(merkle::leafHash(blocks.back().hash().view())).has_value(),
                    "history");
    for (const auto &batch : c.batches) {
        chain::BlockHeader h;
        h.consortium = c.consortium;
        h.height = blocks.size();
        h.prevHash = blocks.back().hash();
        h.historyRoot = history.root();
        h.timestampMs = batch.timestampMs;
        blocks.push_back(chain::Block::seal(h, batch.transactions, c.nodeKeys.front()));
        GONGZHI_ENFORCE(history.append(merkle::leafHash(blocks.back().hash().view())).has_value(),
                        "history");
    }
    return blocks;
}

} // namespace ledger::domain::demo
