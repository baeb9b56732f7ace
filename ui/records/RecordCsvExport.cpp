#include "ui/records/RecordCsvExport.h"

#include "ui/common/CsvWriter.h"
#include "ui/common/DomainText.h"

using namespace ledger;

namespace ui {

namespace {

// Plain numbers (no currency sign or grouping) so a spreadsheet can sum them.
QString yuan(std::int64_t fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    fen = fen < 0 ? -fen : fen;
    return sign + QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QStringList RecordCsvExport::header()
{
    return { tr("No."),          tr("Title"),         tr("Kind"),
             tr("Status"),       tr("Organization"),  tr("Submitted"),
             tr("Last change"),  tr("Income (yuan)"), tr("Expense (yuan)"),
             tr("Progress (%)"), tr("Deadline"),      tr("Overdue"),
             tr("Text") };
}

QStringList RecordCsvExport::row(const state::RecordRow &r,
                                 const QHash<std::uint32_t, QString> &organizations)
{
    const bool financial = r.kind == domain::RecordKind::Financial;
    const bool task = r.kind == domain::RecordKind::Task;
    return { QString::number(r.recordNo),
             r.title,
             DomainText::recordKind(r.kind),
             DomainText::recordStatus(r.status),
             organizations.value(r.orgId),
             DomainText::dateTime(r.submittedMs),
             DomainText::dateTime(r.updatedMs),
             financial ? yuan(r.incomeFen) : QString(),
             financial ? yuan(r.expenseFen) : QString(),
             task ? QString::number(r.percent) : QString(),
             task ? DomainText::dateTime(r.deadlineMs) : QString(),
             r.overdue ? tr("yes") : QString(),
             r.body };
}

RecordCsvResult RecordCsvExport::write(const state::StateMachine &state,
                                       const state::RecordListQuery &query, const QString &path)
{
    RecordCsvResult result;
    auto organizations = state::organizationNames(state);
    if (!organizations) {
        result.error = organizations.error().detail;
        return result;
    }
    CsvWriter csv(path);
    if (auto opened = csv.open(); !opened) {
        result.error = opened.error().detail;
        return result;
    }
    csv.writeRow(header());
    constexpr int PageRows = 500;
    for (int offset = 0;; offset += PageRows) {
        auto page = state::listRecords(state, query, state::Page { offset, PageRows });
        if (!page) {
            result.error = page.error().detail;
            return result; // the writer removes the partial file
        }
        for (const auto &r : *page)
            csv.writeRow(row(r, *organizations));
        result.rows += qint64(page->size());
        if (int(page->size()) < PageRows)
            break;
    }
    if (auto done = csv.finish(); !done)
        result.error = done.error().detail;
    return result;
}

} // namespace ui
