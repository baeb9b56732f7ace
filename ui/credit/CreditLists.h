#pragma once

#include "ledger/domain/CreditPayloads.h"
#include "ledger/state/StateQueries.h"
#include "ui/credit/LazyTableModel.h"

#include <QCoreApplication>

#include <map>

namespace ui {

// The credit page's lists as LazyFetch functions (reader thread), shared by
// the on-screen models and the CSV export so both show the same columns.
class CreditLists
{
    Q_DECLARE_TR_FUNCTIONS(ui::CreditLists)
public:
    using OrgNames = std::map<std::uint32_t, QString>;

    // Time, resident, rule, points, organization, note, state. Resident column 1.
    static QStringList scoreEventHeaders();
    static LazyFetch scoreEvents(ledger::state::ScoreFilter filter, OrgNames orgs);

    // Time, resident, item, quantity, points, organization. Resident column 1.
    static QStringList redemptionHeaders();
    static LazyFetch redemptions(QByteArray pseudonym, OrgNames orgs);

    // Rank, resident, points, level. Resident column 1. `period`: yyyymm, yyyy or 0.
    static QStringList rankingHeaders();
    static LazyFetch ranking(int period, std::vector<ledger::domain::Level> levels);

    static QString orgName(const OrgNames &orgs, std::uint32_t orgId);
};

} // namespace ui
