#include "ledger/domain/DemoCommunity.h"

#include "ledger/core/Enforce.h"
#include "ledger/crypto/Sha256.h"
#include "ledger/domain/BlockTime.h"
#include "ledger/domain/DemoContent.h"
#include "ledger/domain/Payloads.h"
#include "ledger/domain/PinVerifier.h"
#include "ledger/merkle/CompactRange.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace ledger::domain::demo {

using chain::TxType;
namespace text = content;

namespace {
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
    const auto &pick(const C &c) { return c[below(int(c.size()))]; }

private:
    std::uint64_t m_s;
};

QByteArray derive(std::uint64_t seed, const QString &label)
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
        m_intents.push_back({ts, signer, type, {}, [p = std::move(payload)](const auto &) { return encodePayload(p); }});
        return int(m_intents.size()) - 1;
    }
    int addDep(std::int64_t ts, int signer, TxType type, std::vector<int> deps,
               std::function<QByteArray(const std::vector<chain::TxId> &)> fn)
    {
        m_intents.push_back({ts, signer, type, std::move(deps), std::move(fn)});
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
    std::int64_t officeTime(int day) { return dayStart(day) + 30 * 60'000LL + m_rng.below(9 * 60) * 60'000LL; }
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
    std::vector<std::int64_t> m_balance;      // conservative: never above the real balance
    QHash<QString, std::int64_t> m_capUse;    // "resident|rule|period" -> |points|
    std::vector<int> m_scoreIntents;          // deductions, for appeals
    std::vector<int> m_scoreResident;
    std::vector<std::pair<int, int>> m_wantsToRedeem; // resident, item index
};

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
        m_c.consortium.data()[i] = std::uint8_t(derive(m_o.seed, QStringLiteral("consortium")).at(i));
    m_c.genesis.name = QStringLiteral("城关镇幸福里社区共治联盟");
    std::uint32_t orgId = 1;
    for (const auto &spec : text::Organizations) {
        const auto seed = crypto::SecretSeed::fromBytes(derive(m_o.seed, QStringLiteral("node%1").arg(orgId)));
        m_c.nodeKeys.push_back(crypto::KeyPair::fromSeed(*seed));
        m_c.peppers.push_back(derive(m_o.seed, QStringLiteral("pepper%1").arg(orgId)));
        m_c.genesis.organizations.push_back({orgId, spec.kind, QString::fromUtf16(spec.name), m_c.nodeKeys.back().publicKey()});
        auto person = [&](std::uint8_t roles) {
            const int n = int(m_c.people.size());
            const auto s = crypto::SecretSeed::fromBytes(derive(m_o.seed, QStringLiteral("person%1").arg(n)));
            m_c.people.push_back({personName(), orgId, roles, crypto::KeyPair::fromSeed(*s)});
            m_c.genesis.persons.push_back({m_c.people.back().key.publicKey(), orgId, m_c.people.back().displayName, roles});
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
    add(t, party, TxType::PolicySet, PolicySet{10, 7});
    add(t + 60'000, party, TxType::FeedbackCategoriesSet, text::feedbackCategories());
    const int proposal = add(t + 120'000, staffOf(1), TxType::HandbookProposed, text::handbook());
    addDep(t + HourMs, party, TxType::ApprovalGranted, {proposal}, [](const auto &ids) {
        return encodePayload(ApprovalDecision{ids[0], QStringLiteral("经社区党委会议审议通过")});
    });
    for (const auto &item : text::StoreItems) {
        add(t + 2 * HourMs, secretaryOf(2), TxType::StoreItemListed,
            StoreItemListed{QString::fromLatin1(item.code), QString::fromUtf16(item.name), item.cost, true});
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
        static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; ++k)
            sum += (id[k].unicode() - u'0') * weights[k];
        r.idNumber = id + QChar(u"10X98765432"[sum % 11]); // GB 11643 check character
        static const char *prefixes[] = {"133", "135", "137", "138", "139", "150", "158", "177", "186", "189"};
        r.phone = QString::fromLatin1(prefixes[m_rng.below(10)]) + QStringLiteral("%1").arg(m_rng.below(100'000'000), 8, 10, QLatin1Char('0'));
        r.address = QStringLiteral("城关镇%1%2号楼%3单元%4室")
                        .arg(m_rng.pick(text::Buildings))
                        .arg(1 + m_rng.below(24))
                        .arg(1 + m_rng.below(4))
                        .arg((1 + m_rng.below(6)) * 100 + 1 + m_rng.below(4));
        r.residentCode = QStringLiteral("%1%2").arg(r.orgId, 2, 10, QLatin1Char('0')).arg(m_rng.below(100'000'000), 8, 10, QLatin1Char('0'));
        r.pin = QStringLiteral("%1").arg(m_rng.below(1'000'000), 6, 10, QLatin1Char('0'));
        r.consent = m_rng.chance(35);
        const std::int64_t ts = officeTime(m_rng.below(30));
        add(ts, nodeOf(r.orgId), TxType::ResidentEnrolled,
            ResidentPin{r.pseudonym, makePinVerifier(m_c.peppers[r.orgId - 1], r.pseudonym, r.pin)});
        if (r.consent)
            add(ts + HourMs, nodeOf(r.orgId), TxType::ResidentConsentSet, ResidentConsentSet{r.pseudonym, true, maskName(r.name)});
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
            std::int64_t &used = m_capUse[QStringLiteral("%1|%2|%3").arg(who).arg(rule.code).arg(monthPeriod(ts))];
            if (used + qAbs(rule.points) > rule.capPerPeriod)
                continue;
            used += qAbs(rule.points);
        }
        const std::uint32_t org = m_rng.chance(60) ? 2 : std::uint32_t(m_rng.pick(std::vector<int>{1, 4, 5}));
        const int author = staffOf(org);
        crypto::Digest evidence;
        if (rule.evidenceRequired)
            evidence = crypto::Sha256::hash(derive(m_o.seed, QStringLiteral("evidence%1").arg(i)));
        const int id = add(ts, author, TxType::ScoreEventRecorded,
                           ScoreEventRecorded{m_c.residents[std::size_t(who)].pseudonym, rule.code, 1, evidence, m_rng.pick(text::ScoreNotes)});
        m_balance[std::size_t(who)] += qMin<std::int64_t>(rule.points, 0); // awards count once surely applied (below)
        if (rule.points < -10) { // above the policy threshold: the secretary approves
            addDep(ts + 2 * HourMs, secretaryOf(org), TxType::ApprovalGranted, {id}, [](const auto &ids) {
                return encodePayload(ApprovalDecision{ids[0], QStringLiteral("经核实属实")});
            });
        }
        if (rule.points > 0 && m_rng.chance(1)) { // a mistaken award, reversed the next day
            addDep(ts + DayMs, secretaryOf(org), TxType::ScoreReversed, {id}, [](const auto &ids) {
                return encodePayload(ScoreReversed{ids[0], QStringLiteral("录入对象有误，予以冲正")});
            });
        } else if (rule.points > 0) {
            m_balance[std::size_t(who)] += rule.points;
        }
        if (rule.points < 0) {
            m_scoreIntents.push_back(id);
            m_scoreResident.push_back(who);
        }
        if (m_rng.chance(13))
            m_wantsToRedeem.push_back({m_rng.below(int(m_c.residents.size())), m_rng.below(int(text::StoreItems.size()))});
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
        add(dayStart(day + 1) + (k++ % 25) * 60'000LL, m_rng.chance(50) ? nodeOf(2) : staffOf(2), TxType::PointsRedeemed,
            PointsRedeemed{m_c.residents[std::size_t(r)].pseudonym, QString::fromLatin1(item.code), 1});
    }
    m_wantsToRedeem.clear();
}

void Generator::records()
{
    const int count = 260 * m_o.scale;
    for (int i = 0; i < count; ++i) {
        const int day = 3 + m_rng.below(days() - 14);
        const std::int64_t t0 = officeTime(day);
        const auto kind = RecordKind(1 + m_rng.below(5));
        std::uint32_t org = 2;
        if (kind == RecordKind::PartyAffairs || (kind != RecordKind::ResidentsAffairs && m_rng.chance(30)))
            org = 1;
        const auto &tpl = m_rng.pick(text::recordTemplates(std::uint8_t(kind)));
        RecordSubmitted p;
        p.kind = kind;
        p.content.title = QString::fromUtf16(tpl.title);
        if (p.content.title.contains(QLatin1String("%1")))
            p.content.title = p.content.title.arg(chinaDate(t0).month);
        p.content.body = QString::fromUtf16(tpl.body);
        if (kind == RecordKind::Financial) {
            const int incomes = 1 + m_rng.below(2);
            const int expenses = 1 + m_rng.below(4);
            for (int k = 0; k < incomes + expenses; ++k) {
                const auto &[item, fen] = k < incomes ? m_rng.pick(text::IncomeItems) : m_rng.pick(text::ExpenseItems);
                p.content.lines.push_back({k < incomes ? LineDirection::Income : LineDirection::Expense, QString::fromUtf16(item),
                                           fen / 2 + std::int64_t(m_rng.next() % std::uint64_t(fen))});
            }
        }
        if (kind == RecordKind::Task) {
            p.assigneeOrgId = m_rng.chance(70) ? 4 : 3;
            p.deadlineMs = t0 + 7 * DayMs;
        }
        if (m_rng.chance(20)) {
            p.content.attachments.push_back({crypto::Sha256::hash(derive(m_o.seed, QStringLiteral("attachment%1").arg(i))),
                                             std::uint64_t(20'000 + m_rng.below(2'000'000)),
                                             kind == RecordKind::Financial ? QStringLiteral("票据扫描件.pdf") : QStringLiteral("会议纪要.pdf")});
        }
        const bool bySecretary = m_rng.chance(30);
        const int author = bySecretary ? secretaryOf(org) : staffOf(org);
        const int rec = add(t0, author, TxType::RecordSubmitted, p);
        std::int64_t t = t0 + DayMs;
        if (!bySecretary) {
            if (m_rng.chance(5)) {
                addDep(t, secretaryOf(org), TxType::RecordRejected, {rec}, [](const auto &ids) {
                    return encodePayload(RecordDecision{ids[0], QStringLiteral("材料不全，请补充后重新提交")});
                });
                continue;
            }
            addDep(t, secretaryOf(org), TxType::RecordApproved, {rec},
                   [](const auto &ids) { return encodePayload(RecordDecision{ids[0], QStringLiteral("同意")}); });
        }
        if (m_rng.chance(3)) {
            addDep(t + HourMs, secretaryOf(org), TxType::RecordWithdrawn, {rec}, [](const auto &ids) {
                return encodePayload(RecordDecision{ids[0], QStringLiteral("内容需重新研究，暂不公开")});
            });
            continue;
        }
        addDep(t + 2 * HourMs, staffOf(org), TxType::RecordPublished, {rec},
               [](const auto &ids) { return encodePayload(RecordRef{ids[0]}); });
        if (kind == RecordKind::Financial && m_rng.chance(15)) {
            RecordContent fixed = p.content;
            fixed.lines.back().amountFen += 100 * (1 + m_rng.below(50));
            const int amend = addDep(t0 + 2 * DayMs, staffOf(org), TxType::RecordAmended, {rec}, [fixed](const auto &ids) {
                return encodePayload(RecordAmended{ids[0], QStringLiteral("更正支出金额笔误"), fixed});
            });
            addDep(t0 + 2 * DayMs + HourMs, secretaryOf(org), TxType::ApprovalGranted, {amend}, [](const auto &ids) {
                return encodePayload(ApprovalDecision{ids[0], QStringLiteral("已核对票据")});
            });
        }
        if (kind == RecordKind::Task || kind == RecordKind::Decision) {
            const std::uint32_t worker = kind == RecordKind::Task ? p.assigneeOrgId : org;
            const QString note = m_rng.pick(text::ProgressNotes);
            addDep(t0 + 3 * DayMs, staffOf(worker), TxType::RecordProgress, {rec},
                   [note](const auto &ids) { return encodePayload(RecordProgress{ids[0], 50, note, {}}); });
            if (m_rng.chance(90)) {
                addDep(t0 + 5 * DayMs, staffOf(worker), TxType::RecordCompleted, {rec}, [](const auto &ids) {
                    return encodePayload(RecordProgress{ids[0], 100, QStringLiteral("已全部完成，欢迎居民监督"), {}});
                });
            }
        }
    }
}

void Generator::activities()
{
    const int count = 30 * m_o.scale;
    const int residents = int(m_c.residents.size());
    for (int i = 0; i < count; ++i) {
        const int day = 35 + m_rng.below(days() - 42);
        const std::int64_t t0 = officeTime(day);
        const std::uint32_t org = m_rng.chance(60) ? 5 : 2;
        const auto &tpl = m_rng.pick(text::recordTemplates(std::uint8_t(RecordKind::Activity)));
        RecordSubmitted p;
        p.kind = RecordKind::Activity;
        p.content.title = QString::fromUtf16(tpl.title).arg(chinaDate(t0).month);
        p.content.body = QString::fromUtf16(tpl.body);
        p.activityStartMs = dayStart(day + 3) + HourMs;
        p.activityEndMs = p.activityStartMs + 3 * HourMs;
        p.capacity = 30;
        p.awardRuleCode = QStringLiteral("ACT");
        const int rec = add(t0, secretaryOf(org), TxType::RecordSubmitted, p);
        addDep(t0 + HourMs, staffOf(org), TxType::RecordPublished, {rec}, [](const auto &ids) { return encodePayload(RecordRef{ids[0]}); });
        QSet<int> chosen;
        const int signups = 15 + m_rng.below(11);
        while (chosen.size() < signups)
            chosen.insert(m_rng.below(residents));
        QList<int> people = chosen.values();
        std::sort(people.begin(), people.end());
        for (int who : people) {
            const Pseudonym ps = m_c.residents[std::size_t(who)].pseudonym;
            const int signer = m_rng.chance(60) ? nodeOf(2) : staffOf(org);
            addDep(t0 + 2 * HourMs + m_rng.below(40) * HourMs, signer, TxType::ActivitySignedUp, {rec},
                   [ps](const auto &ids) { return encodePayload(ActivityParticipation{ids[0], ps}); });
            if (m_rng.chance(80)) {
                addDep(p.activityStartMs + HourMs, staffOf(org), TxType::ActivityAttended, {rec},
                       [ps](const auto &ids) { return encodePayload(ActivityParticipation{ids[0], ps}); });
            }
        }
        addDep(p.activityEndMs + HourMs, staffOf(org), TxType::RecordCompleted, {rec}, [](const auto &ids) {
            return encodePayload(RecordProgress{ids[0], 100, QStringLiteral("活动圆满结束，感谢居民参与"), {}});
        });
    }
}

void Generator::feedback()
{
    const auto categories = text::feedbackCategories().categories;
    const int count = 380 * m_o.scale;
    auto personKey = [this](int signer) { return m_keys[std::size_t(signer)].publicKey(); };
    for (int i = 0; i < count; ++i) {
        const int day = 32 + m_rng.below(days() - 33);
        const std::int64_t t0 = officeTime(day);
        const auto &cat = m_rng.pick(categories);
        const bool appeal = i % 20 == 0 && !m_scoreIntents.empty();
        const int scoreIndex = appeal ? m_rng.below(int(m_scoreIntents.size())) : 0;
        FeedbackSubmitted p;
        p.kind = appeal ? FeedbackKind::Complaint : FeedbackKind(1 + m_rng.below(3));
        p.categoryCode = appeal ? QStringLiteral("policy") : cat.code;
        const QStringList texts = text::feedbackTexts(p.categoryCode);
        p.text = appeal ? texts.front() : m_rng.pick(texts);
        if (appeal)
            p.pseudonym = m_c.residents[std::size_t(m_scoreResident[std::size_t(scoreIndex)])].pseudonym;
        else if (m_rng.chance(80))
            p.pseudonym = m_c.residents[std::size_t(m_rng.below(int(m_c.residents.size())))].pseudonym;
        // An appeal comes a day after the latest possible approval of its deduction.
        const std::int64_t submitted = appeal ? qMax(t0, m_intents[std::size_t(m_scoreIntents[std::size_t(scoreIndex)])].ts + DayMs) : t0;
        const int signer = m_rng.chance(60) ? nodeOf(std::uint32_t(m_rng.pick(std::vector<int>{1, 2, 4}))) : staffOf(2);
        const int fb = add(submitted, signer, TxType::FeedbackSubmitted, p);
        std::uint32_t org = 2;
        for (const auto &c : categories) {
            if (c.code == p.categoryCode)
                org = c.routeOrgId;
        }
        if (appeal) {
            addDep(submitted + HourMs, signer, TxType::ScoreAppealed, {m_scoreIntents[std::size_t(scoreIndex)], fb},
                   [](const auto &ids) { return encodePayload(ScoreAppealed{ids[0], ids[1]}); });
        }
        if (m_rng.chance(1)) {
            addDep(submitted + HourMs, secretaryOf(1), TxType::FeedbackHidden, {fb}, [](const auto &ids) {
                return encodePayload(FeedbackNote{ids[0], QStringLiteral("含有他人隐私信息，不予公开显示")});
            });
        }
        if (!appeal && m_rng.chance(8))
            continue; // never handled: becomes overdue and escalates
        std::int64_t t = submitted;
        if (!appeal && m_rng.chance(10)) {
            addDep(t + 3 * HourMs, staffOf(org), TxType::FeedbackRefused, {fb}, [](const auto &ids) {
                return encodePayload(FeedbackTransfer{ids[0], 0, QStringLiteral("不属本单位职责范围")});
            });
            const std::uint32_t to = org == 2 ? 3 : 2;
            addDep(t + 5 * HourMs, staffOf(1), TxType::FeedbackForwarded, {fb}, [to](const auto &ids) {
                return encodePayload(FeedbackTransfer{ids[0], to, QStringLiteral("请按职责办理")});
            });
            org = to;
            t += 5 * HourMs;
        }
        const int handler = staffOf(org);
        const auto handlerKey = personKey(handler);
        addDep(t + HourMs, secretaryOf(org), TxType::FeedbackAssigned, {fb},
               [handlerKey](const auto &ids) { return encodePayload(FeedbackAssigned{ids[0], handlerKey}); });
        const QString reply = m_rng.pick(text::Replies);
        addDep(t + 6 * HourMs, handler, TxType::FeedbackReplied, {fb},
               [reply](const auto &ids) { return encodePayload(FeedbackNote{ids[0], reply}); });
        const QString resolution = m_rng.pick(text::Resolutions);
        addDep(t + DayMs, handler, TxType::FeedbackResolved, {fb},
               [resolution](const auto &ids) { return encodePayload(FeedbackNote{ids[0], resolution}); });
        const int kiosk = nodeOf(std::uint32_t(1 + m_rng.below(6)));
        const int roll = m_rng.below(100);
        if (roll < 8) {
            const auto unhappy = std::uint8_t(1 + m_rng.below(2));
            addDep(t + 2 * DayMs, kiosk, TxType::FeedbackConfirmed, {fb},
                   [unhappy](const auto &ids) { return encodePayload(FeedbackConfirmed{ids[0], false, unhappy}); });
            addDep(t + 3 * DayMs, handler, TxType::FeedbackResolved, {fb}, [](const auto &ids) {
                return encodePayload(FeedbackNote{ids[0], QStringLiteral("已再次上门处理")});
            });
            addDep(t + 4 * DayMs, kiosk, TxType::FeedbackConfirmed, {fb},
                   [](const auto &ids) { return encodePayload(FeedbackConfirmed{ids[0], true, 4}); });
        } else if (roll < 75) {
            const auto happy = std::uint8_t(3 + m_rng.below(3));
            addDep(t + 2 * DayMs, kiosk, TxType::FeedbackConfirmed, {fb},
                   [happy](const auto &ids) { return encodePayload(FeedbackConfirmed{ids[0], true, happy}); });
        } // else: closes by itself after the policy's days
    }
}

void Generator::finish()
{
    std::vector<int> order(m_intents.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_intents[std::size_t(a)].ts < m_intents[std::size_t(b)].ts; });
    std::vector<chain::TxId> ids(m_intents.size());
    std::vector<bool> signedYet(m_intents.size(), false);
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
    std::int64_t bucket = -1;
    for (int index : order) {
        Intent &in = m_intents[std::size_t(index)];
        std::vector<chain::TxId> depIds;
        for (int d : in.deps) {
            GONGZHI_ENFORCE(signedYet[std::size_t(d)], "demo intents must follow what they name");
            depIds.push_back(ids[std::size_t(d)]);
        }
        chain::TxBody body;
        body.type = in.type;
        body.consortium = m_c.consortium;
        body.sequence = ++sequence[std::size_t(in.signer)];
        body.timestampMs = in.ts;
        body.payload = in.payload(depIds);
        chain::Transaction tx = chain::Transaction::sign(std::move(body), m_keys[std::size_t(in.signer)]);
        ids[std::size_t(index)] = tx.id();
        signedYet[std::size_t(index)] = true;
        in.payload = nullptr;
        const std::int64_t b = in.ts / HourMs;
        if (b != bucket || m_c.batches.back().transactions.size() >= 2000) {
            m_c.batches.push_back({});
            bucket = b;
        }
        m_c.batches.back().timestampMs = in.ts;
        m_c.batches.back().transactions.push_back(std::move(tx));
    }
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
} // namespace

std::size_t Community::transactionCount() const
{
    std::size_t n = 1;
    for (const auto &b : batches)
        n += b.transactions.size();
    return n;
}

Community generate(const Options &options)
{
    GONGZHI_ENFORCE(options.scale >= 1 && options.scale <= 1000 && options.months >= 1, "demo options out of range");
    return Generator(options).run();
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
    auto genesis = chain::makeGenesisBlock(c.consortium, c.genesis, *founder, c.nodeKeys.front(), c.genesisMs);
    GONGZHI_ENFORCE(genesis.has_value(), "demo genesis is valid");
    blocks.push_back(std::move(*genesis));
    merkle::CompactRange history;
    GONGZHI_ENFORCE(history.append(merkle::leafHash(blocks.back().hash().view())).has_value(), "history");
    for (const auto &batch : c.batches) {
        chain::BlockHeader h;
        h.consortium = c.consortium;
        h.height = blocks.size();
        h.prevHash = blocks.back().hash();
        h.historyRoot = history.root();
        h.timestampMs = batch.timestampMs;
        blocks.push_back(chain::Block::seal(h, batch.transactions, c.nodeKeys.front()));
        GONGZHI_ENFORCE(history.append(merkle::leafHash(blocks.back().hash().view())).has_value(), "history");
    }
    return blocks;
}

} // namespace ledger::domain::demo
