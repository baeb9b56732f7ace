// The governance payloads (records, credit, feedback) for the audit page.
#include "ledger/domain/CreditPayloads.h"
#include "ledger/domain/FeedbackPayloads.h"
#include "ledger/domain/RecordPayloads.h"
#include "ui/audit/PayloadDescriber.h"
#include "ui/common/DomainText.h"

#include <QLocale>

using namespace ledger;
using chain::TxType;

namespace ui {

void PayloadDescriber::addContent(Fields &f, const domain::RecordContent &content) const
{
    f.append({ tr("Title"), content.title });
    f.append({ tr("Text"), content.body });
    for (const auto &line : content.lines) {
        f.append({ line.direction == domain::LineDirection::Income ? tr("Income") : tr("Expense"),
                   tr("%1: %2").arg(line.item, DomainText::money(line.amountFen)) });
    }
    addAttachments(f, content.attachments);
}

void PayloadDescriber::addAttachments(Fields &f,
                                      const std::vector<domain::AttachmentRef> &refs) const
{
    for (const auto &a : refs) {
        f.append(
            { tr("Attachment"),
              tr("%1 (%2), SHA-256 %3")
                  .arg(a.name, QLocale().formattedDataSize(qint64(a.size)), a.sha256.toHex()) });
    }
}

PayloadDescriber::Fields PayloadDescriber::records(const chain::Transaction &tx) const
{
    using namespace domain;
    const QByteArray &bytes = tx.payload();
    switch (tx.type()) {
    case TxType::RecordSubmitted:
        return decoded<RecordSubmitted>(bytes, [&](Fields &f, const RecordSubmitted &p) {
            f.append({ tr("Kind"), DomainText::recordKind(p.kind) });
            addContent(f, p.content);
            if (p.kind == RecordKind::Task) {
                f.append({ tr("Assigned to"), organization(p.assigneeOrgId) });
                f.append({ tr("Deadline"), DomainText::dateTime(p.deadlineMs) });
            }
            if (p.kind == RecordKind::Activity) {
                f.append({ tr("Starts"), DomainText::dateTime(p.activityStartMs) });
                f.append({ tr("Ends"), DomainText::dateTime(p.activityEndMs) });
                f.append({ tr("Places"),
                           p.capacity == 0 ? tr("Unlimited") : QString::number(p.capacity) });
                if (!p.awardRuleCode.isEmpty())
                    f.append({ tr("Attendance earns points by rule"), p.awardRuleCode });
            }
        });
    case TxType::RecordApproved:
    case TxType::RecordRejected:
    case TxType::RecordWithdrawn:
        return decoded<RecordDecision>(bytes, [&](Fields &f, const RecordDecision &p) {
            f = { { tr("Record"), id(p.recordId) }, { tr("Comment"), p.comment } };
        });
    case TxType::RecordPublished:
        return decoded<RecordRef>(bytes, [&](Fields &f, const RecordRef &p) {
            f = { { tr("Record"), id(p.recordId) } };
        });
    case TxType::RecordProgress:
    case TxType::RecordCompleted:
        return decoded<RecordProgress>(bytes, [&](Fields &f, const RecordProgress &p) {
            f = { { tr("Record"), id(p.recordId) },
                  { tr("Progress"), QStringLiteral("%1%").arg(p.percent) },
                  { tr("Text"), p.text } };
            addAttachments(f, p.attachments);
        });
    case TxType::RecordAmended:
        return decoded<RecordAmended>(bytes, [&](Fields &f, const RecordAmended &p) {
            f = { { tr("Record"), id(p.recordId) }, { tr("Reason"), p.reason } };
            addContent(f, p.content);
        });
    case TxType::ActivitySignedUp:
    case TxType::ActivityAttended:
        return decoded<ActivityParticipation>(
            bytes, [&](Fields &f, const ActivityParticipation &p) {
                f = { { tr("Activity"), id(p.recordId) },
                      { tr("Resident (pseudonym)"), resident(p.pseudonym) } };
            });
    default: break;
    }
    return undecodable(bytes, tr("no decoder for this type"));
}

PayloadDescriber::Fields PayloadDescriber::credit(const chain::Transaction &tx) const
{
    using namespace domain;
    const QByteArray &bytes = tx.payload();
    switch (tx.type()) {
    case TxType::HandbookProposed:
        return decoded<ScoringHandbook>(bytes, [&](Fields &f, const ScoringHandbook &p) {
            f = { { tr("Version"), QString::number(p.version) }, { tr("Title"), p.title } };
            for (const auto &c : p.categories)
                f.append({ tr("Category"), tr("%1 (%2)").arg(c.name, c.code) });
            for (const auto &r : p.rules) {
                f.append({ tr("Rule %1").arg(r.code),
                           tr("%1: %2 points").arg(r.title, DomainText::points(r.points)) });
            }
            for (const auto &l : p.levels)
                f.append({ tr("Level"), tr("%1 from %2 points").arg(l.name).arg(l.minPoints) });
        });
    case TxType::ScoreEventRecorded:
        return decoded<ScoreEventRecorded>(bytes, [&](Fields &f, const ScoreEventRecorded &p) {
            f = { { tr("Resident (pseudonym)"), resident(p.pseudonym) },
                  { tr("Rule"), p.ruleCode },
                  { tr("Handbook version"), QString::number(p.handbookVersion) },
                  { tr("Note"), p.note } };
            if (!p.evidence.isZero())
                f.append({ tr("Evidence (SHA-256)"), p.evidence.toHex() });
        });
    case TxType::ScoreReversed:
        return decoded<ScoreReversed>(bytes, [&](Fields &f, const ScoreReversed &p) {
            f = { { tr("Points entry"), id(p.eventId) }, { tr("Reason"), p.reason } };
        });
    case TxType::ScoreAppealed:
        return decoded<ScoreAppealed>(bytes, [&](Fields &f, const ScoreAppealed &p) {
            f = { { tr("Points entry"), id(p.eventId) }, { tr("Feedback"), id(p.feedbackId) } };
        });
    case TxType::StoreItemListed:
        return decoded<StoreItemListed>(bytes, [&](Fields &f, const StoreItemListed &p) {
            f = { { tr("Item code"), p.itemCode },
                  { tr("Name"), p.name },
                  { tr("Cost"), tr("%n points", nullptr, int(p.cost)) },
                  { tr("Listed"), p.active ? tr("Yes") : tr("No, delisted") } };
        });
    case TxType::PointsRedeemed:
        return decoded<PointsRedeemed>(bytes, [&](Fields &f, const PointsRedeemed &p) {
            f = { { tr("Resident (pseudonym)"), resident(p.pseudonym) },
                  { tr("Item code"), p.itemCode },
                  { tr("Quantity"), QString::number(p.quantity) } };
        });
    default: break;
    }
    return undecodable(bytes, tr("no decoder for this type"));
}

PayloadDescriber::Fields PayloadDescriber::feedback(const chain::Transaction &tx) const
{
    using namespace domain;
    const QByteArray &bytes = tx.payload();
    switch (tx.type()) {
    case TxType::FeedbackSubmitted:
        return decoded<FeedbackSubmitted>(bytes, [&](Fields &f, const FeedbackSubmitted &p) {
            f = { { tr("Kind"), DomainText::feedbackKind(p.kind) },
                  { tr("Category"), p.categoryCode },
                  { tr("Text"), p.text },
                  { tr("For"),
                    p.targetOrgId == 0 ? tr("Routed by category") : organization(p.targetOrgId) },
                  { tr("Resident (pseudonym)"),
                    p.anonymous() ? tr("Anonymous") : resident(p.pseudonym) } };
        });
    case TxType::FeedbackAssigned:
        return decoded<FeedbackAssigned>(bytes, [&](Fields &f, const FeedbackAssigned &p) {
            f = { { tr("Feedback"), id(p.feedbackId) }, { tr("Assigned to"), person(p.assignee) } };
        });
    case TxType::FeedbackForwarded:
    case TxType::FeedbackRefused:
        return decoded<FeedbackTransfer>(bytes, [&](Fields &f, const FeedbackTransfer &p) {
            f = { { tr("Feedback"), id(p.feedbackId) },
                  { tr("Sent to"),
                    p.toOrgId == 0 ? tr("The party committee") : organization(p.toOrgId) },
                  { tr("Note"), p.note } };
        });
    case TxType::FeedbackReplied:
    case TxType::FeedbackResolved:
    case TxType::FeedbackReopened:
    case TxType::FeedbackHidden:
        return decoded<FeedbackNote>(bytes, [&](Fields &f, const FeedbackNote &p) {
            f = { { tr("Feedback"), id(p.feedbackId) }, { tr("Text"), p.text } };
        });
    case TxType::FeedbackConfirmed:
        return decoded<FeedbackConfirmed>(bytes, [&](Fields &f, const FeedbackConfirmed &p) {
            f = { { tr("Feedback"), id(p.feedbackId) },
                  { tr("Solved"), p.solved ? tr("Yes") : tr("No, reopened") },
                  { tr("Satisfaction"),
                    p.satisfaction == 0 ? tr("Not rated") : tr("%1 of 5").arg(p.satisfaction) } };
        });
    case TxType::FeedbackCategoriesSet:
        return decoded<FeedbackCategoriesSet>(
            bytes, [&](Fields &f, const FeedbackCategoriesSet &p) {
                for (const auto &c : p.categories) {
                    f.append({ tr("Category %1").arg(c.code),
                               tr("%1 → %2, answer within %n days", nullptr, int(c.deadlineDays))
                                   .arg(c.name, organization(c.routeOrgId)) });
                }
            });
    default: break;
    }
    return undecodable(bytes, tr("no decoder for this type"));
}

} // namespace ui
