#pragma once

#include <QStringList>

#include <vector>

namespace ledger::state {

// The state database's tables and indexes (docs/domain.md §State tables).
// Bump SchemaVersion when they change: a state file of another version is
// rebuilt from genesis rather than migrated (state is derived data).
// 2: node_endpoints; 3: category_totals, WITHOUT ROWID running totals, score_events keyed
// by event_no; 4: inbox, overview and published-records indexes; 5: records_updated.
constexpr int SchemaVersion = 5;

QStringList schemaStatements();

// A table as the state digest sees it: every row in `orderBy` order.
struct DigestTable {
    const char *name;
    const char *orderBy;
};
// Every table, in the digest's defined order.
const std::vector<DigestTable> &digestTables();

} // namespace ledger::state
