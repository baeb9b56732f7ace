#include "ui/credit/CreditLists.h"

#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/CreditQueries.h"
#include "ui/common/DomainText.h"

namespace ui {

using ledger::service::QueryContext;

QString CreditLists::orgName(const OrgNames &orgs, std::uint32_t orgId)
{
    const auto it = orgs.find(orgId);
    return it == orgs.end() ? QString::number(orgId) : it->second;
}

QStringList CreditLists::scoreEventHeaders()
{
    return { tr("Time"),        tr("Resident"), tr("Rule"), tr("Points"),
             tr("Recorded by"), tr("Note"),     tr("State") };
}

LazyFetch CreditLists::scoreEvents(ledger::state::ScoreFilter filter, OrgNames orgs)
{
    return [filter, orgs](const QueryContext &c, std::int64_t last, int,
                          int limit) -> ledger::core::Result<std::vector<LazyRow>> {
        const auto events
            = GONGZHI_TRY(ledger::state::scoreEventsBefore(c.state, filter, last, limit));
        std::vector<LazyRow> rows;
        rows.reserve(events.size());
        for (const auto &e : events) {
            LazyRow r;
            r.cursor = e.eventNo;
            r.id = e.eventId;
            r.pseudonym = e.pseudonym;
            r.cells = { DomainText::dateTime(e.tsMs),
                        DomainText::fingerprint(e.pseudonym),
                        e.ruleTitle.isEmpty() ? e.ruleCode : e.ruleTitle,
                        DomainText::points(e.points),
                        orgName(orgs, e.orgId),
                        e.note,
                        e.reversed ? tr("Reversed") : tr("In effect") };
            r.tone = e.reversed ? LazyRow::Tone::Muted : LazyRow::Tone::Plain;
            rows.push_back(std::move(r));
        }
        return rows;
    };
}

QStringList CreditLists::redemptionHeaders()
{
    return {
        tr("Time"), tr("Resident"), tr("Item"), tr("Quantity"), tr("Points"), tr("Recorded by")
    };
}

LazyFetch CreditLists::redemptions(QByteArray pseudonym, OrgNames orgs)
{
    return [pseudonym, orgs](const QueryContext &c, std::int64_t last, int,
                             int limit) -> ledger::core::Result<std::vector<LazyRow>> {
        const auto list
            = GONGZHI_TRY(ledger::state::redemptionsBefore(c.state, pseudonym, last, limit));
        std::vector<LazyRow> rows;
        for (const auto &d : list) {
            LazyRow r;
            r.cursor = d.redemptionNo;
            r.id = d.txId;
            r.pseudonym = d.pseudonym;
            r.cells = { DomainText::dateTime(d.tsMs),
                        DomainText::fingerprint(d.pseudonym),
                        d.itemName.isEmpty() ? d.itemCode : d.itemName,
                        QString::number(d.quantity),
                        DomainText::points(-d.points),
                        orgName(orgs, d.orgId) };
            rows.push_back(std::move(r));
        }
        return rows;
    };
}

QStringList CreditLists::rankingHeaders()
{
    return { tr("Rank"), tr("Resident"), tr("Points"), tr("Level") };
}

LazyFetch CreditLists::ranking(int period, std::vector<ledger::domain::Level> levels)
{
    return [period, levels](const QueryContext &c, std::int64_t, int loaded,
                            int limit) -> ledger::core::Result<std::vector<LazyRow>> {
        const auto list = GONGZHI_TRY(c.queries.ranking(period, { loaded, qMin(limit, 500) }));
        std::vector<LazyRow> rows;
        for (const auto &e : list) {
            // The level is the resident's, from all-time earned points.
            const auto balance = GONGZHI_TRY(ledger::state::balanceOf(c.state, e.pseudonym));
            QString level;
            for (const auto &l : levels) {
                if (l.minPoints <= balance.earned)
                    level = l.name;
            }
            LazyRow r;
            r.cursor = e.rank;
            r.pseudonym = e.pseudonym;
            r.cells
                = { QString::number(e.rank),
                    e.maskedName.isEmpty() ? DomainText::fingerprint(e.pseudonym) : e.maskedName,
                    QString::number(e.points), level };
            rows.push_back(std::move(r));
        }
        return rows;
    };
}

} // namespace ui
