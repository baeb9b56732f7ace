#include "ui/shell/AttentionNotifier.h"

#include "ledger/chain/Genesis.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/OverviewQueries.h"
#include "ledger/state/queries/ShellQueries.h"

#include <QSystemTrayIcon>

#include <memory>

using namespace ledger;

namespace ui {

AttentionNotifier::AttentionNotifier(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/gongzhi.svg")), this);
        m_tray->setToolTip(tr("Gongzhi"));
        m_tray->show();
    }
    connect(context.ledger, &service::LedgerService::blockCommitted, this,
            &AttentionNotifier::refresh);
    // Its counts feed only tray messages: the first count waits until the
    // window's pages have what they show. On a large ledger it reads every open
    // feedback item's row (no index on the assignee): 0.5-2.7 s on a cold disk
    // at 100,000 items, which held up the first page when it ran beside it.
    auto *ledger = context.ledger;
    if (ledger->pendingQueries() == 0) {
        refresh();
    } else {
        auto first = std::make_shared<QMetaObject::Connection>();
        *first = connect(ledger, &service::LedgerService::queriesIdle, this, [this, first] {
            disconnect(*first);
            if (m_approvals < 0 && !m_loading)
                refresh();
        });
    }
}

AttentionNotifier::~AttentionNotifier() = default;

void AttentionNotifier::refresh()
{
    if (m_loading) {
        m_stale = true;
        return;
    }
    m_loading = true;
    const QByteArray key = m_context.person->key.publicKey().toByteArray();
    const std::uint32_t orgId = m_context.person->orgId;
    m_context.ledger->query<core::Result<state::Attention>>(
        this,
        [key, orgId](const service::QueryContext &c) -> core::Result<state::Attention> {
            const auto kind = state::organizationKind(c.state, orgId);
            if (!kind)
                return core::fail(kind.error());
            return state::attention(c.state, key, orgId,
                                    *kind == int(chain::OrgKind::PartyCommittee));
        },
        [this](core::Result<state::Attention> a) {
            m_loading = false;
            if (a)
                update(int(a->pendingApprovals), int(a->assignedFeedback));
            if (std::exchange(m_stale, false))
                refresh();
        });
}

void AttentionNotifier::update(int approvals, int feedback)
{
    const bool secretary = chain::hasRole(m_context.person->roles, chain::Role::Secretary);
    if (!secretary)
        approvals = 0;
    if (m_tray && m_approvals >= 0) {
        if (approvals > m_approvals)
            m_tray->showMessage(tr("New approval request"),
                                tr("%n items wait for your approval.", nullptr, approvals));
        if (feedback > m_feedback)
            m_tray->showMessage(tr("Feedback assigned to you"),
                                tr("%n feedback items are assigned to you.", nullptr, feedback));
    }
    const bool changed = approvals != m_approvals || feedback != m_feedback;
    m_approvals = approvals;
    m_feedback = feedback;
    if (changed)
        Q_EMIT countsChanged(approvals, feedback);
}

} // namespace ui
