#include "ui/records/RecordHtml.h"

#include "ui/common/DomainText.h"

#include <QStringList>

using namespace ledger;

namespace ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString fact(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>") + esc(label)
        + QStringLiteral("</td><td>") + esc(value) + QStringLiteral("</td></tr>");
}

} // namespace

QString RecordHtml::paragraphs(const QString &text)
{
    QString out;
    for (const QString &p : text.split(u'\n')) {
        if (!p.trimmed().isEmpty())
            out += QStringLiteral("<p>") + esc(p) + QStringLiteral("</p>");
    }
    return out;
}

QString RecordHtml::lines(const std::vector<domain::FinancialLine> &lines)
{
    if (lines.empty())
        return {};
    std::int64_t income = 0;
    std::int64_t expense = 0;
    QString html
        = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%' "
                         "style='border-collapse:collapse;border-color:#999'><tr><th align='left'>")
        + esc(tr("Item")) + QStringLiteral("</th><th>") + esc(tr("Income or expense"))
        + QStringLiteral("</th><th align='right'>") + esc(tr("Amount"))
        + QStringLiteral("</th></tr>");
    for (const auto &l : lines) {
        const bool in = l.direction == domain::LineDirection::Income;
        (in ? income : expense) += l.amountFen;
        html += QStringLiteral("<tr><td>") + esc(l.item)
            + QStringLiteral("</td><td align='center'>") + esc(in ? tr("Income") : tr("Expense"))
            + QStringLiteral("</td><td align='right'>") + esc(DomainText::money(l.amountFen))
            + QStringLiteral("</td></tr>");
    }
    const auto total = [](const QString &label, std::int64_t fen) -> QString {
        return QStringLiteral("<tr><td colspan='2'><b>") + esc(label)
            + QStringLiteral("</b></td><td align='right'><b>") + esc(DomainText::money(fen))
            + QStringLiteral("</b></td></tr>");
    };
    html += total(tr("Total income"), income) + total(tr("Total expense"), expense)
        + total(tr("Balance"), income - expense) + QStringLiteral("</table>");
    return html;
}

QString RecordHtml::content(const state::RecordDetail &d, const Organizations &orgs)
{
    const state::RecordRow &r = d.row;
    QString html = QStringLiteral("<h2>") + esc(r.title) + QStringLiteral("</h2><table>");
    html += fact(tr("Kind"), DomainText::recordKind(r.kind));
    html += fact(tr("Organization"), orgs.value(r.orgId));
    html += fact(tr("Status"),
                 DomainText::recordStatus(r.status) + (r.overdue ? tr(" (overdue)") : QString()));
    if (r.recordNo > 0)
        html += fact(tr("Record No."), QString::number(r.recordNo));
    if (!d.authorName.isEmpty())
        html += fact(tr("Submitted by"), d.authorName);
    if (r.submittedMs > 0)
        html += fact(tr("Submitted"), DomainText::dateTime(r.submittedMs));
    if (r.revision > 1)
        html += fact(tr("Revision"), QString::number(r.revision));
    if (r.kind == domain::RecordKind::Task) {
        html += fact(tr("Assigned to"), orgs.value(r.assigneeOrg));
        html += fact(tr("Deadline"), DomainText::dateTime(r.deadlineMs));
        html += fact(tr("Progress"), tr("%1%").arg(r.percent));
    }
    if (r.kind == domain::RecordKind::Activity) {
        html += fact(tr("Time"),
                     tr("%1 to %2")
                         .arg(DomainText::dateTime(d.activityStartMs),
                              DomainText::dateTime(d.activityEndMs)));
        html += fact(tr("Places"), d.capacity == 0 ? tr("Unlimited") : QString::number(d.capacity));
        html += fact(tr("Signed up / attended"),
                     QStringLiteral("%1 / %2").arg(r.signups).arg(r.attended));
        if (!d.awardRuleCode.isEmpty())
            html += fact(tr("Points rule"), d.awardRuleCode);
    }
    html += QStringLiteral("</table>") + paragraphs(r.body) + lines(d.lines);
    if (!d.attachments.empty()) {
        html += QStringLiteral("<p><b>") + esc(tr("Attachments")) + QStringLiteral("</b></p><ul>");
        for (const auto &a : d.attachments) {
            html += QStringLiteral("<li>") + esc(a.ref.name)
                + QStringLiteral(" <span style='color:#777'>(")
                + esc(tr("SHA-256 %1").arg(DomainText::fingerprint(a.ref.sha256.toByteArray())))
                + QStringLiteral(")</span></li>");
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString RecordHtml::publicNotice(const state::RecordDetail &d, const Organizations &orgs,
                                 std::int64_t publishedHeight)
{
    const state::RecordRow &r = d.row;
    const QString issuer = orgs.value(r.orgId);
    QString html = QStringLiteral("<html><body style='font-size:11pt'>");
    html += QStringLiteral("<h1 align='center'>") + esc(tr("Public notice"))
        + QStringLiteral("</h1><h2 align='center'>") + esc(r.title) + QStringLiteral("</h2>");
    html += QStringLiteral("<p align='center' style='color:#555'>")
        + esc(DomainText::recordKind(r.kind)) + QStringLiteral(" · ") + esc(issuer)
        + QStringLiteral("</p>");
    html += paragraphs(r.body);
    if (r.kind == domain::RecordKind::Task) {
        html += QStringLiteral("<p>")
            + esc(tr("Carried out by %1, due %2, progress %3%.")
                      .arg(orgs.value(r.assigneeOrg), DomainText::date(r.deadlineMs))
                      .arg(r.percent))
            + QStringLiteral("</p>");
    }
    if (r.kind == domain::RecordKind::Activity) {
        html += QStringLiteral("<p>")
            + esc(tr("Time: %1 to %2.")
                      .arg(DomainText::dateTime(d.activityStartMs),
                           DomainText::dateTime(d.activityEndMs)))
            + QStringLiteral("</p>");
    }
    html += lines(d.lines);
    if (!d.attachments.empty()) {
        QStringList names;
        for (const auto &a : d.attachments)
            names << a.ref.name;
        html += QStringLiteral("<p>") + esc(tr("Attachments: %1").arg(names.join(tr(", "))))
            + QStringLiteral("</p>");
    }
    html += QStringLiteral("<p align='right'>") + esc(issuer) + QStringLiteral("<br>")
        + esc(DomainText::date(d.publishedMs > 0 ? d.publishedMs : r.updatedMs))
        + QStringLiteral("</p>");
    html += QStringLiteral("<hr><p style='font-size:8pt;color:#666'>")
        + esc(tr("This notice is kept on the community co-governance ledger as record No. %1, "
                 "published in block %2. Any member organization can check that it has not "
                 "been changed.")
                  .arg(r.recordNo)
                  .arg(publishedHeight))
        + QStringLiteral("</p></body></html>");
    return html;
}

} // namespace ui
