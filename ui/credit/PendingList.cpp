#include "ui/credit/PendingList.h"

#include "ui/common/AppContext.h"

#include <QTimer>

namespace ui {

using Stage = ledger::service::Submission::Stage;

PendingList::PendingList(AppContext &context, QWidget *parent)
    : QListWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("pendingList"));
    setMaximumHeight(90);
    setVisible(false);
    setToolTip(tr("Double-click a refused entry to dismiss it."));
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->item == item && it->stage == Stage::Rejected) {
                delete item;
                m_entries.erase(it);
                break;
            }
        }
        setVisible(count() > 0);
    });
}

QString PendingList::typeText(ledger::chain::TxType type)
{
    using T = ledger::chain::TxType;
    switch (type) {
    case T::ScoreEventRecorded: return tr("Score event");
    case T::PointsRedeemed: return tr("Redemption");
    case T::StoreItemListed: return tr("Store item");
    case T::HandbookProposed: return tr("Handbook version");
    case T::FeedbackSubmitted: return tr("New feedback");
    case T::FeedbackAssigned: return tr("Assignment");
    case T::FeedbackForwarded: return tr("Forwarding");
    case T::FeedbackReplied: return tr("Reply");
    case T::FeedbackResolved: return tr("Resolution");
    default: return tr("Change");
    }
}

void PendingList::adoptOutbox(const QList<ledger::chain::TxType> &types)
{
    connect(m_context.ledger, &ledger::service::LedgerService::submissionChanged, this,
            &PendingList::update, Qt::UniqueConnection);
    for (const auto &s : m_context.ledger->outbox()) {
        const QByteArray key = s.txId.toByteArray();
        if (!types.contains(s.type) || m_entries.contains(key))
            continue;
        auto *item = new QListWidgetItem(this);
        m_entries.insert(key, { typeText(s.type), {}, s.stage, item });
        update(s);
    }
}

QString PendingList::stageText(const ledger::service::Submission &s)
{
    switch (s.stage) {
    case Stage::Queued: return tr("Queued: will be sent when the ledger can be reached");
    case Stage::Sent: return tr("Sending");
    case Stage::Applied: return tr("Saved to the ledger");
    case Stage::HeldForApproval: return tr("Waiting for a secretary's approval");
    case Stage::Rejected: return tr("Refused by the ledger: %1").arg(s.reason);
    }
    return {};
}

ledger::chain::TxId PendingList::submit(ledger::chain::TxType type, const QByteArray &payload,
                                        const QString &description, const QByteArray &subject)
{
    ledger::service::Submission first;
    first.type = type;
    first.stage = Stage::Queued;
    const auto txId
        = m_context.ledger->submit(type, payload, m_context.person->key, this,
                                   [this](const ledger::service::Submission &s) { update(s); });
    first.txId = txId;
    const QByteArray key = txId.toByteArray();
    if (!m_entries.contains(key)) {
        auto *item = new QListWidgetItem(this);
        m_entries.insert(key, { description, subject, Stage::Queued, item });
        update(first);
    }
    return txId;
}

void PendingList::update(const ledger::service::Submission &s)
{
    const QByteArray key = s.txId.toByteArray();
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->stage = s.stage;
    it->item->setText(QStringLiteral("%1 — %2").arg(it->description, stageText(s)));
    const QByteArray subject = it->subject;
    if (s.stage == Stage::Applied || s.stage == Stage::HeldForApproval) {
        delete it->item;
        m_entries.erase(it);
    } else if (s.stage == Stage::Rejected) {
        it->item->setForeground(QColor(0xb0, 0x20, 0x20));
    }
    setVisible(count() > 0);
    Q_EMIT submissionChanged(s, subject);
}

QStringList PendingList::pendingFor(const QByteArray &subject) const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        if (e.subject == subject && (e.stage == Stage::Queued || e.stage == Stage::Sent))
            out << e.description;
    }
    return out;
}

} // namespace ui
