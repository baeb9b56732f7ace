#pragma once

// The demo community generator's internals (DemoCommunity.cpp: consortium,
// residents, scores, signing; DemoActivity.cpp: records, activities,
// feedback). Not part of the public API: use DemoCommunity.h.
#include "ledger/crypto/Sha256.h"
#include "ledger/domain/BlockTime.h"
#include "ledger/domain/DemoCommunity.h"
#include "ledger/domain/Payloads.h"

#include <QHash>

#include <functional>

namespace ledger::domain::demo::detail {

using chain::TxType;

constexpr std::int64_t HourMs = 3600 * 1000;

// SplitMix64: fully specified, so the same seed gives the same community on
// every platform (std:: distributions are implementation-defined).
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_s(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<class C>
    const auto &pick(const C &c)
    {
        return c[below(int(c.size()))];
    }

private:
    std::uint64_t m_s;
};

inline QByteArray derive(std::uint64_t seed, const QString &label)
{
    QByteArray in = QByteArray::number(qulonglong(seed)) + '/' + label.toUtf8();
    return crypto::Sha256::hash(in).toByteArray();
}

struct Intent {
    std::int64_t ts = 0;
    int signer = 0; // index into Generator::m_keys
    TxType type = TxType::Genesis;
    std::vector<int> deps; // intents whose transaction ids the payload names
    std::function<QByteArray(const std::vector<chain::TxId> &)> payload;
};

class Generator
{
public:
    explicit Generator(const Options &o)
        : m_o(o)
        , m_rng(o.seed)
    {
    }
    Community run();

private:
    template<class P>
    int add(std::int64_t ts, int signer, TxType type, P payload)
    {
        m_intents.push_back({ ts, signer, type, {}, [p = std::move(payload)](const auto &) {
                                 return encodePayload(p);
                             } });
        return int(m_intents.size()) - 1;
    }
    int addDep(std::int64_t ts, int signer, TxType type, std::vector<int> deps,
               std::function<QByteArray(const std::vector<chain::TxId> &)> fn)
    {
        m_intents.push_back({ ts, signer, type, std::move(deps), std::move(fn) });
        return int(m_intents.size()) - 1;
    }
    void buildConsortium();
    void setup();
    void residents();
    void scoreEvents();
    void records();
    void activities();
    void feedback();
    void finish();

    QString personName();
    int secretaryOf(std::uint32_t org) const { return m_secretary.value(org); }
    int staffOf(std::uint32_t org) { return m_rng.pick(m_staff[org]); }
    int nodeOf(std::uint32_t org) const { return m_nodeSigner.value(org); }
    std::int64_t dayStart(int day) const { return m_o.startMs + std::int64_t(day) * DayMs; }
    // 08:30-17:30 local on `day`; 08:00-08:30 is kept for the points store.
    std::int64_t officeTime(int day)
    {
        return dayStart(day) + 30 * 60'000LL + m_rng.below(9 * 60) * 60'000LL;
    }
    void flushRedemptions(int day);
    int days() const { return m_o.months * 30; }

    Options m_o;
    Rng m_rng;
    Community m_c;
    std::vector<crypto::KeyPair> m_keys; // every signer: people then nodes
    QHash<std::uint32_t, int> m_secretary;
    QHash<std::uint32_t, std::vector<int>> m_staff;
    QHash<std::uint32_t, int> m_nodeSigner;
    std::vector<Intent> m_intents;
    std::vector<std::int64_t> m_balance; // conservative: never above the real balance
    QHash<QString, std::int64_t> m_capUse; // "resident|rule|period" -> |points|
    std::vector<int> m_scoreIntents; // deductions, for appeals
    std::vector<int> m_scoreResident;
    std::vector<std::pair<int, int>> m_wantsToRedeem; // resident, item index
};

} // namespace ledger::domain::demo::detail
