#include "ledger/domain/BlockTime.h"
#include "ledger/domain/DemoContent.h"
#include "ledger/domain/DemoGenerator.h"

#include <QSet>

#include <algorithm>

// Governance records, community activities and feedback of the demo
// community, each with its follow-up steps scheduled later in block time.
namespace ledger::domain::demo::detail {

namespace text = content;

void Generator::records()
{
    const int count = 260 * m_o.scale;
    for (int i = 0; i < count; ++i) {
        const int day = 3 + m_rng.below(days() - 14);
        const std::int64_t t0 = officeTime(day);
        const auto kind = RecordKind(1 + m_rng.below(5));
        std::uint32_t org = 2;
        if (kind == RecordKind::PartyAffairs
            || (kind != RecordKind::ResidentsAffairs && m_rng.chance(30)))
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
                const auto &[item, fen]
                    = k < incomes ? m_rng.pick(text::IncomeItems) : m_rng.pick(text::ExpenseItems);
                p.content.lines.push_back(
                    { k < incomes ? LineDirection::Income : LineDirection::Expense,
                      QString::fromUtf16(item),
                      fen / 2 + std::int64_t(m_rng.next() % std::uint64_t(fen)) });
            }
        }
        if (kind == RecordKind::Task) {
            p.assigneeOrgId = m_rng.chance(70) ? 4 : 3;
            p.deadlineMs = t0 + 7 * DayMs;
        }
        if (m_rng.chance(20)) {
            p.content.attachments.push_back(
                { crypto::Sha256::hash(derive(m_o.seed, QStringLiteral("attachment%1").arg(i))),
                  std::uint64_t(20'000 + m_rng.below(2'000'000)),
                  kind == RecordKind::Financial ? QStringLiteral("票据扫描件.pdf")
                                                : QStringLiteral("会议纪要.pdf") });
        }
        const bool bySecretary = m_rng.chance(30);
        const int author = bySecretary ? secretaryOf(org) : staffOf(org);
        const int rec = add(t0, author, TxType::RecordSubmitted, p);
        std::int64_t t = t0 + DayMs;
        if (!bySecretary) {
            if (m_rng.chance(5)) {
                addDep(t, secretaryOf(org), TxType::RecordRejected, { rec }, [](const auto &ids) {
                    return encodePayload(
                        RecordDecision { ids[0], QStringLiteral("材料不全，请补充后重新提交") });
                });
                continue;
            }
            addDep(t, secretaryOf(org), TxType::RecordApproved, { rec }, [](const auto &ids) {
                return encodePayload(RecordDecision { ids[0], QStringLiteral("同意") });
            });
        }
        if (m_rng.chance(3)) {
            addDep(t + HourMs, secretaryOf(org), TxType::RecordWithdrawn, { rec },
                   [](const auto &ids) {
                       return encodePayload(
                           RecordDecision { ids[0], QStringLiteral("内容需重新研究，暂不公开") });
                   });
            continue;
        }
        addDep(t + 2 * HourMs, staffOf(org), TxType::RecordPublished, { rec },
               [](const auto &ids) { return encodePayload(RecordRef { ids[0] }); });
        if (kind == RecordKind::Financial && m_rng.chance(15)) {
            RecordContent fixed = p.content;
            fixed.lines.back().amountFen += 100 * (1 + m_rng.below(50));
            const int amend = addDep(t0 + 2 * DayMs, staffOf(org), TxType::RecordAmended, { rec },
                                     [fixed](const auto &ids) {
                                         return encodePayload(RecordAmended {
                                             ids[0], QStringLiteral("更正支出金额笔误"), fixed });
                                     });
            addDep(
                t0 + 2 * DayMs + HourMs, secretaryOf(org), TxType::ApprovalGranted, { amend },
                [](const auto &ids) {
                    return encodePayload(ApprovalDecision { ids[0], QStringLiteral("已核对票据") });
                });
        }
        if (kind == RecordKind::Task || kind == RecordKind::Decision) {
            const std::uint32_t worker = kind == RecordKind::Task ? p.assigneeOrgId : org;
            const QString note = m_rng.pick(text::ProgressNotes);
            addDep(t0 + 3 * DayMs, staffOf(worker), TxType::RecordProgress, { rec },
                   [note](const auto &ids) {
                       return encodePayload(RecordProgress { ids[0], 50, note, {} });
                   });
            if (m_rng.chance(90)) {
                addDep(t0 + 5 * DayMs, staffOf(worker), TxType::RecordCompleted, { rec },
                       [](const auto &ids) {
                           return encodePayload(RecordProgress {
                               ids[0], 100, QStringLiteral("已全部完成，欢迎居民监督"), {} });
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
        addDep(t0 + HourMs, staffOf(org), TxType::RecordPublished, { rec },
               [](const auto &ids) { return encodePayload(RecordRef { ids[0] }); });
        QSet<int> chosen;
        const int signups = 15 + m_rng.below(11);
        while (chosen.size() < signups)
            chosen.insert(m_rng.below(residents));
        QList<int> people = chosen.values();
        std::sort(people.begin(), people.end());
        for (int who : people) {
            const Pseudonym ps = m_c.residents[std::size_t(who)].pseudonym;
            const int signer = m_rng.chance(60) ? nodeOf(2) : staffOf(org);
            addDep(t0 + 2 * HourMs + m_rng.below(40) * HourMs, signer, TxType::ActivitySignedUp,
                   { rec }, [ps](const auto &ids) {
                       return encodePayload(ActivityParticipation { ids[0], ps });
                   });
            if (m_rng.chance(80)) {
                addDep(p.activityStartMs + HourMs, staffOf(org), TxType::ActivityAttended, { rec },
                       [ps](const auto &ids) {
                           return encodePayload(ActivityParticipation { ids[0], ps });
                       });
            }
        }
        addDep(p.activityEndMs + HourMs, staffOf(org), TxType::RecordCompleted, { rec },
               [](const auto &ids) {
                   return encodePayload(RecordProgress {
                       ids[0], 100, QStringLiteral("活动圆满结束，感谢居民参与"), {} });
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
            p.pseudonym
                = m_c.residents[std::size_t(m_scoreResident[std::size_t(scoreIndex)])].pseudonym;
        else if (m_rng.chance(80))
            p.pseudonym
                = m_c.residents[std::size_t(m_rng.below(int(m_c.residents.size())))].pseudonym;
        // An appeal comes a day after the latest possible approval of its deduction.
        const std::int64_t submitted = appeal
            ? qMax(t0, m_intents[std::size_t(m_scoreIntents[std::size_t(scoreIndex)])].ts + DayMs)
            : t0;
        const int signer = m_rng.chance(60)
            ? nodeOf(std::uint32_t(m_rng.pick(std::vector<int> { 1, 2, 4 })))
            : staffOf(2);
        const int fb = add(submitted, signer, TxType::FeedbackSubmitted, p);
        std::uint32_t org = 2;
        for (const auto &c : categories) {
            if (c.code == p.categoryCode)
                org = c.routeOrgId;
        }
        if (appeal) {
            addDep(submitted + HourMs, signer, TxType::ScoreAppealed,
                   { m_scoreIntents[std::size_t(scoreIndex)], fb }, [](const auto &ids) {
                       return encodePayload(ScoreAppealed { ids[0], ids[1] });
                   });
        }
        if (m_rng.chance(1)) {
            addDep(submitted + HourMs, secretaryOf(1), TxType::FeedbackHidden, { fb },
                   [](const auto &ids) {
                       return encodePayload(FeedbackNote {
                           ids[0], QStringLiteral("含有他人隐私信息，不予公开显示") });
                   });
        }
        if (!appeal && m_rng.chance(8))
            continue; // never handled: becomes overdue and escalates
        std::int64_t t = submitted;
        if (!appeal && m_rng.chance(10)) {
            addDep(t + 3 * HourMs, staffOf(org), TxType::FeedbackRefused, { fb },
                   [](const auto &ids) {
                       return encodePayload(
                           FeedbackTransfer { ids[0], 0, QStringLiteral("不属本单位职责范围") });
                   });
            const std::uint32_t to = org == 2 ? 3 : 2;
            addDep(t + 5 * HourMs, staffOf(1), TxType::FeedbackForwarded, { fb },
                   [to](const auto &ids) {
                       return encodePayload(
                           FeedbackTransfer { ids[0], to, QStringLiteral("请按职责办理") });
                   });
            org = to;
            t += 5 * HourMs;
        }
        const int handler = staffOf(org);
        const auto handlerKey = personKey(handler);
        addDep(t + HourMs, secretaryOf(org), TxType::FeedbackAssigned, { fb },
               [handlerKey](const auto &ids) {
                   return encodePayload(FeedbackAssigned { ids[0], handlerKey });
               });
        const QString reply = m_rng.pick(text::Replies);
        addDep(t + 6 * HourMs, handler, TxType::FeedbackReplied, { fb }, [reply](const auto &ids) {
            return encodePayload(FeedbackNote { ids[0], reply });
        });
        const QString resolution = m_rng.pick(text::Resolutions);
        addDep(t + DayMs, handler, TxType::FeedbackResolved, { fb }, [resolution](const auto &ids) {
            return encodePayload(FeedbackNote { ids[0], resolution });
        });
        const int kiosk = nodeOf(std::uint32_t(1 + m_rng.below(6)));
        const int roll = m_rng.below(100);
        if (roll < 8) {
            const auto unhappy = std::uint8_t(1 + m_rng.below(2));
            addDep(t + 2 * DayMs, kiosk, TxType::FeedbackConfirmed, { fb },
                   [unhappy](const auto &ids) {
                       return encodePayload(FeedbackConfirmed { ids[0], false, unhappy });
                   });
            addDep(t + 3 * DayMs, handler, TxType::FeedbackResolved, { fb }, [](const auto &ids) {
                return encodePayload(FeedbackNote { ids[0], QStringLiteral("已再次上门处理") });
            });
            addDep(t + 4 * DayMs, kiosk, TxType::FeedbackConfirmed, { fb }, [](const auto &ids) {
                return encodePayload(FeedbackConfirmed { ids[0], true, 4 });
            });
        } else if (roll < 75) {
            const auto happy = std::uint8_t(3 + m_rng.below(3));
            addDep(t + 2 * DayMs, kiosk, TxType::FeedbackConfirmed, { fb },
                   [happy](const auto &ids) {
                       return encodePayload(FeedbackConfirmed { ids[0], true, happy });
                   });
        } // else: closes by itself after the policy's days
    }
}

} // namespace ledger::domain::demo::detail
