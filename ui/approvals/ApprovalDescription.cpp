#include "ui/approvals/ApprovalDescription.h"

#include "ledger/chain/Transaction.h"
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/domain/FeedbackPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include "ui/approvals/TextDiff.h"
#include "ui/common/DomainText.h"
#include "ui/records/RecordHtml.h"

using namespace ledger;
using chain::TxType;
using state::ApprovalItem;

namespace ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

template<class P>
std::optional<P> payloadOf(const ApprovalItem &item)
{
    auto tx = chain::Transaction::decode(item.tx);
    if (!tx)
        return std::nullopt;
    auto p = domain::decodePayload<P>(tx->payload());
    return p ? std::optional<P>(*p) : std::nullopt;
}

QString section(const QString &heading, const QString &body)
{
    return QStringLiteral("<h3 style='margin-top:14px'>") + esc(heading) + QStringLiteral("</h3>")
        + body;
}

QString para(const QString &text)
{
    return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
}

QStringList contentLines(const QString &title, const QString &body,
                         const std::vector<domain::FinancialLine> &lines)
{
    QStringList out { title, QString() };
    out += body.split(u'\n');
    for (const auto &l : lines) {
        out << QStringLiteral("%1 · %2 · %3")
                   .arg(l.direction == domain::LineDirection::Income ? QStringLiteral("+")
                                                                     : QStringLiteral("−"),
                        l.item, DomainText::money(l.amountFen));
    }
    return out;
}

QString ruleLine(const domain::ScoringRule &r)
{
    return QStringLiteral("%1 · %2 · %3 · %4")
        .arg(r.code, r.title, DomainText::points(r.points),
             r.capPerPeriod ? QString::number(r.capPerPeriod) : QStringLiteral("—"));
}

} // namespace

QString ApprovalDescription::typeName(std::uint16_t type)
{
    switch (TxType(type)) {
    case TxType::RecordSubmitted: return tr("New record");
    case TxType::RecordAmended: return tr("Record amendment");
    case TxType::RecordWithdrawn: return tr("Record withdrawal");
    case TxType::HandbookProposed: return tr("New scoring handbook");
    case TxType::ScoreEventRecorded: return tr("Large deduction");
    case TxType::ScoreReversed: return tr("Score reversal");
    case TxType::StoreItemListed: return tr("Points store item");
    case TxType::FeedbackHidden: return tr("Hide feedback");
    case TxType::OrgAdmitted: return tr("Admit organization");
    case TxType::OrgRemoved: return tr("Remove organization");
    case TxType::RoleGranted: return tr("Grant role");
    case TxType::RoleRevoked: return tr("Revoke role");
    case TxType::PolicySet: return tr("Policy change");
    case TxType::FeedbackCategoriesSet: return tr("Feedback categories");
    default: return tr("Transaction type %1").arg(type);
    }
}

bool ApprovalDescription::isRoutine(const ApprovalItem &item)
{
    switch (TxType(item.type)) {
    case TxType::RecordSubmitted:
    case TxType::RecordAmended:
    case TxType::StoreItemListed: return true;
    default: return false;
    }
}

QString ApprovalDescription::summary(const ApprovalItem &item)
{
    if (!item.subject.isEmpty())
        return item.subject;
    switch (TxType(item.type)) {
    case TxType::HandbookProposed:
        if (auto p = payloadOf<domain::ScoringHandbook>(item))
            return tr("Version %1: %2").arg(p->version).arg(p->title);
        break;
    case TxType::ScoreEventRecorded:
        if (auto p = payloadOf<domain::ScoreEventRecorded>(item))
            return tr("Rule %1, resident %2")
                .arg(p->ruleCode, DomainText::fingerprint(p->pseudonym.toByteArray()));
        break;
    case TxType::ScoreReversed:
        if (auto p = payloadOf<domain::ScoreReversed>(item))
            return p->reason;
        break;
    case TxType::StoreItemListed:
        if (auto p = payloadOf<domain::StoreItemListed>(item))
            return tr("%1, %2 points").arg(p->name).arg(p->cost);
        break;
    case TxType::FeedbackHidden:
        if (auto p = payloadOf<domain::FeedbackNote>(item))
            return p->text;
        break;
    case TxType::OrgAdmitted:
        if (auto p = payloadOf<domain::OrgAdmitted>(item))
            return p->name;
        break;
    default: break;
    }
    return {};
}

QString ApprovalDescription::html(const state::ApprovalContext &c, const Organizations &orgs)
{
    const ApprovalItem &item = c.item;
    QString html = QStringLiteral("<h2>") + esc(typeName(item.type)) + QStringLiteral("</h2>");
    html += para(
        tr("Submitted by %1 (%2) on %3, block %4.")
            .arg(item.authorName.isEmpty() ? DomainText::fingerprint(item.author) : item.authorName,
                 orgs.value(item.orgId), DomainText::dateTime(item.tsMs))
            .arg(item.height));
    if (item.source == ApprovalItem::Source::RecordSubmission)
        return html + recordSection(c, orgs);
    return html + heldSection(c, orgs);
}

QString ApprovalDescription::recordSection(const state::ApprovalContext &c,
                                           const Organizations &orgs)
{
    if (!c.record)
        return para(tr("The record is no longer on the ledger."));
    return section(tr("Content"), RecordHtml::content(*c.record, orgs))
        + section(tr("If you approve"),
                  para(tr("The record is approved in your name. With “publish at once” it becomes "
                          "a public notice residents see at the kiosk and on printed notices.")));
}

QString ApprovalDescription::heldSection(const state::ApprovalContext &c, const Organizations &orgs)
{
    const ApprovalItem &item = c.item;
    switch (TxType(item.type)) {
    case TxType::RecordAmended: {
        auto p = payloadOf<domain::RecordAmended>(item);
        if (!p || !c.record)
            break;
        const auto &now = *c.record;
        return section(tr("Reason"), para(p->reason))
            + section(tr("Changes against the current version (revision %1)").arg(now.row.revision),
                      diffHtml(contentLines(now.row.title, now.row.body, now.lines),
                               contentLines(p->content.title, p->content.body, p->content.lines)))
            + section(tr("If you approve"),
                      para(tr("The record shows the new content. The current version stays in the "
                              "record's history.")));
    }
    case TxType::RecordWithdrawn: {
        auto p = payloadOf<domain::RecordDecision>(item);
        if (!p || !c.record)
            break;
        return section(tr("Reason"), para(p->comment))
            + section(tr("Record"), RecordHtml::content(*c.record, orgs))
            + section(tr("If you approve"),
                      para(tr("The record is marked withdrawn; residents see that it was "
                              "withdrawn and why.")));
    }
    case TxType::HandbookProposed: return handbookSection(c);
    case TxType::ScoreEventRecorded:
    case TxType::ScoreReversed: return scoreSection(c);
    case TxType::StoreItemListed: {
        auto p = payloadOf<domain::StoreItemListed>(item);
        if (!p)
            break;
        QString now = c.storeItem ? tr("Now: %1, %2 points, %3")
                                        .arg(c.storeItem->name)
                                        .arg(c.storeItem->cost)
                                        .arg(c.storeItem->active ? tr("listed") : tr("not listed"))
                                  : tr("Now: not in the store");
        return section(tr("Points store"),
                       para(tr("Item %1: %2, %3 points, %4")
                                .arg(p->itemCode, p->name)
                                .arg(p->cost)
                                .arg(p->active ? tr("listed") : tr("delisted")))
                           + para(now));
    }
    case TxType::FeedbackHidden: {
        auto p = payloadOf<domain::FeedbackNote>(item);
        if (!p)
            break;
        return section(tr("Feedback text"), para(c.feedbackText))
            + section(tr("Reason for hiding"), para(p->text))
            + section(tr("If you approve"),
                      para(tr("The text is no longer shown publicly; the resident can still read "
                              "it and the reason by tracking code. Nothing is deleted.")));
    }
    case TxType::RoleGranted:
    case TxType::RoleRevoked: {
        auto p = payloadOf<domain::RoleChange>(item);
        if (!p)
            break;
        const bool grant = TxType(item.type) == TxType::RoleGranted;
        return section(
            tr("If you approve"),
            para((grant ? tr("%1 (now: %2) gets the role %3.")
                        : tr("%1 (now: %2) loses the role %3."))
                     .arg(c.personName.isEmpty() ? DomainText::fingerprint(p->key.toByteArray())
                                                 : c.personName,
                          DomainText::roles(c.personRoles),
                          DomainText::roles(std::uint8_t(p->role)))));
    }
    case TxType::PolicySet: {
        auto p = payloadOf<domain::PolicySet>(item);
        if (!p)
            break;
        return section(
            tr("Changes"),
            diffHtml(
                { tr("Deductions above %1 points need approval").arg(c.deductionThreshold),
                  tr("Resolved feedback closes after %n day(s)", nullptr, int(c.autoCloseDays)) },
                { tr("Deductions above %1 points need approval").arg(p->deductionApprovalThreshold),
                  tr("Resolved feedback closes after %n day(s)", nullptr,
                     int(p->feedbackAutoCloseDays)) }));
    }
    case TxType::OrgAdmitted: {
        auto p = payloadOf<domain::OrgAdmitted>(item);
        if (!p)
            break;
        return section(tr("If you approve"),
                       para(tr("%1 (%2) joins the consortium as organization %3 with node key %4.")
                                .arg(p->name, DomainText::orgKind(p->kind))
                                .arg(p->orgId)
                                .arg(crypto::fingerprint(p->nodeKey))));
    }
    case TxType::OrgRemoved: {
        auto p = payloadOf<domain::OrgRemoved>(item);
        if (!p)
            break;
        return section(tr("If you approve"),
                       para(tr("%1 leaves the consortium; its node and people can sign nothing "
                               "more. Reason: %2")
                                .arg(orgs.value(p->orgId), p->reason)));
    }
    default: break;
    }
    return para(tr("This item cannot be described in detail; approve it only if you know what "
                   "it is."));
}

QString ApprovalDescription::handbookSection(const state::ApprovalContext &c)
{
    auto p = payloadOf<domain::ScoringHandbook>(c.item);
    if (!p)
        return para(tr("The proposal cannot be read."));
    QStringList before;
    QStringList after;
    if (c.currentHandbook) {
        before << tr("Title: %1").arg(c.currentHandbook->title);
        for (const auto &r : c.currentHandbook->rules)
            before << ruleLine(r);
        for (const auto &l : c.currentHandbook->levels)
            before << tr("Level %1 from %2 points").arg(l.name).arg(l.minPoints);
    }
    after << tr("Title: %1").arg(p->title);
    auto rules = p->rules;
    std::sort(rules.begin(), rules.end(),
              [](const auto &a, const auto &b) { return a.code < b.code; });
    for (const auto &r : rules)
        after << ruleLine(r);
    for (const auto &l : p->levels)
        after << tr("Level %1 from %2 points").arg(l.name).arg(l.minPoints);
    const QString current = c.currentHandbook
        ? tr("Changes against version %1 (rule code · title · points · monthly cap)")
              .arg(c.currentHandbook->version)
        : tr("The first handbook (rule code · title · points · monthly cap)");
    return section(current, diffHtml(before, after, 1))
        + section(tr("If you approve"),
                  para(tr("Version %1 takes effect at once for every organization: new score "
                          "events use its rules and points; levels are recomputed from it.")
                           .arg(p->version)));
}

QString ApprovalDescription::scoreSection(const state::ApprovalContext &c)
{
    if (!c.score)
        return para(tr("The score event is no longer on the ledger."));
    const auto &s = *c.score;
    const QString who = s.maskedName.isEmpty()
        ? tr("Resident %1").arg(DomainText::fingerprint(s.pseudonym))
        : tr("Resident %1").arg(s.maskedName);
    QString body;
    if (TxType(c.item.type) == TxType::ScoreReversed) {
        auto p = payloadOf<domain::ScoreReversed>(c.item);
        body += para(tr("Reason: %1").arg(p ? p->reason : QString()));
        if (!s.eventNote.isEmpty())
            body += para(tr("The event reversed: %1 (%2)").arg(s.ruleTitle, s.eventNote));
    } else {
        auto p = payloadOf<domain::ScoreEventRecorded>(c.item);
        body += para(tr("Rule: %1 %2").arg(s.ruleCode, s.ruleTitle));
        if (p && !p->note.isEmpty())
            body += para(tr("Note: %1").arg(p->note));
        body += para(tr("Deductions of more than %1 points need a secretary's approval.")
                         .arg(c.deductionThreshold));
    }
    const QString change = s.points < 0 ? tr("%1 loses %2 points.").arg(who).arg(-s.points)
                                        : tr("%1 gets %2 points.").arg(who).arg(s.points);
    body += QStringLiteral("<p style='font-size:13pt'><b>") + esc(change)
        + QStringLiteral("</b><br>")
        + esc(tr("Balance: %1 → %2").arg(s.balance).arg(s.balance + s.points))
        + QStringLiteral("</p>");
    return section(tr("If you approve"), body);
}

} // namespace ui
