#pragma once

#include <QStringList>

#include <optional>
#include <vector>

namespace ledger::state {

// The state database's tables and indexes (docs/domain.md §State tables).
// Bump SchemaVersion when they change. A state file of an older version is
// rebuilt from genesis (state is derived data), unless upgradeStatements()
// knows how to bring it up to date: a rebuild at 2.6 M transactions takes
// ten minutes, an added index seconds.
// 2: node_endpoints; 3: category_totals, WITHOUT ROWID running totals, score_events keyed
// by event_no; 4: inbox, overview and published-records indexes; 5: records_updated;
// 6: timeline_key_rotations, feedback_assignee; 7: tx_results keyed by (height, tx_index).
constexpr int SchemaVersion = 7;

QStringList schemaStatements();
// The statements that bring a state file of `fromVersion` to SchemaVersion
// without changing a row (so its digest stays), or nullopt: rebuild it.
std::optional<QStringList> upgradeStatements(int fromVersion);

// A table as the state digest sees it: every row in `orderBy` order.
struct DigestTable {
    const char *name;
    const char *orderBy;
};
// Every table, in the digest's defined order.
const std::vector<DigestTable> &digestTables();

} // namespace ledger::state
