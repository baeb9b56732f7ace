#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/domain/CreditPayloads.h"
#include "ledger/domain/FeedbackPayloads.h"

#include <QStringList>

// Chinese text of the demo community (DemoCommunity.cpp): names, handbook,
// record titles, feedback texts. Internal to ledger/domain.
namespace ledger::domain::demo::content {

extern const QStringList Surnames;
extern const QStringList GivenChars;
extern const QStringList Buildings;

struct OrgSpec {
    chain::OrgKind kind;
    const char16_t *name;
    int staff; // plain staff members
    bool auditors; // has auditors
};
extern const std::vector<OrgSpec> Organizations;

ScoringHandbook handbook();
// Rules used by direct score events with their relative weights (activities use "ACT").
struct RuleUse {
    const char *code;
    int weight;
};
extern const std::vector<RuleUse> RuleWeights;

struct StoreItem {
    const char *code;
    const char16_t *name;
    std::int64_t cost;
};
extern const std::vector<StoreItem> StoreItems;

FeedbackCategoriesSet feedbackCategories();
// Texts per category code, for submissions, replies and resolutions.
QStringList feedbackTexts(const QString &category);
extern const QStringList Replies;
extern const QStringList Resolutions;

struct RecordTemplate {
    const char16_t *title; // may contain %1 (month)
    const char16_t *body;
};
const std::vector<RecordTemplate> &recordTemplates(std::uint8_t kind);
extern const std::vector<std::pair<const char16_t *, std::int64_t>>
    IncomeItems; // item, typical fen
extern const std::vector<std::pair<const char16_t *, std::int64_t>> ExpenseItems;
extern const QStringList ProgressNotes;
extern const QStringList ScoreNotes;

} // namespace ledger::domain::demo::content
