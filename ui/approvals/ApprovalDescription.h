#pragma once

#include "ledger/state/queries/ApprovalQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ui {

// Words and HTML for items awaiting approval: what it is, its full content,
// what changes against the current version (a diff) and what follows from
// approving it (who loses how many points, what residents will see).
class ApprovalDescription
{
    Q_DECLARE_TR_FUNCTIONS(ui::ApprovalDescription)
public:
    using Organizations = QHash<std::uint32_t, QString>;
    static QString typeName(std::uint16_t type);
    // One line for the queue: the record's title, the rule and resident, ...
    static QString summary(const ledger::state::ApprovalItem &item);
    // Everything the dialog shows for one item.
    static QString html(const ledger::state::ApprovalContext &context, const Organizations &orgs);
    // Items a secretary may approve in a batch without reading each one:
    // records and store listings; not deductions, handbooks, withdrawals or
    // anything that changes people or roles.
    static bool isRoutine(const ledger::state::ApprovalItem &item);

private:
    static QString recordSection(const ledger::state::ApprovalContext &c,
                                 const Organizations &orgs);
    static QString heldSection(const ledger::state::ApprovalContext &c, const Organizations &orgs);
    static QString handbookSection(const ledger::state::ApprovalContext &c);
    static QString scoreSection(const ledger::state::ApprovalContext &c);
};

} // namespace ui
