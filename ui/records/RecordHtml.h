#pragma once

#include "ledger/state/queries/RecordQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ui {

// A record's content as HTML, for the detail view, the approval dialog and
// the printed public notice (公示). Every value is escaped.
class RecordHtml
{
    Q_DECLARE_TR_FUNCTIONS(ui::RecordHtml)
public:
    using Organizations = QHash<std::uint32_t, QString>;
    // Title line, facts (kind, organization, status, task/activity fields),
    // text, financial lines with totals, attachments.
    static QString content(const ledger::state::RecordDetail &d, const Organizations &orgs);
    // The financial lines as a table with income, expense and balance rows.
    static QString lines(const std::vector<ledger::domain::FinancialLine> &lines);
    // A printable notice of a published record: heading, issuing organization,
    // date, text, lines, and where the ledger keeps it (number, block height).
    static QString publicNotice(const ledger::state::RecordDetail &d, const Organizations &orgs,
                                std::int64_t publishedHeight);
    static QString paragraphs(const QString &text); // escaped, blank lines = paragraphs
};

} // namespace ui
