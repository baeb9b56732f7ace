#include "ui/network/JoinRequestsWidget.h"

#include "ledger/node/Invitation.h"
#include "ledger/node/InvitationDesk.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/MembershipQueries.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace ledger;

namespace ui {

namespace {
// Reader thread: the delivered requests that still wait for an admission.
std::vector<JoinRequestsWidget::Entry> waitingRequests(const QString &dataDir,
                                                       const state::StateMachine &state)
{
    std::vector<JoinRequestsWidget::Entry> out;
    const QDir dir(node::InvitationDesk::joinRequestsDir(dataDir));
    const QDir invitations(node::InvitationDesk::invitationsDir(dataDir));
    const auto onLedger = state::ledgerNodes(state);
    const QFileInfoList files
        = dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &file : files) {
        auto json = node::readJsonFile(file.filePath());
        auto request = json ? node::JoinRequest::fromJson(*json)
                            : core::Result<node::JoinRequest>(core::fail(json.error()));
        if (!request)
            continue;
        // Spent: admitted here (the CLI or JoinApprovalDialog renamed it).
        if (!invitations.exists(request->code + QStringLiteral(".json")))
            continue;
        if (onLedger && std::any_of(onLedger->begin(), onLedger->end(), [&](const auto &n) {
                return n.key == request->nodeKey;
            }))
            continue;
        out.push_back({ file.filePath(), request->code, request->orgName, request->address,
                        crypto::fingerprint(request->nodeKey), request->adminName,
                        request->learner });
    }
    return out;
}
} // namespace

JoinRequestsWidget::JoinRequestsWidget(AppContext &context, QWidget *parent)
    : QGroupBox(tr("Join requests received"), parent)
    , m_context(context)
    , m_dataDir(context.ledger->dataDir())
    , m_list(new QListWidget)
    , m_review(new QPushButton(tr("Review and approve…")))
{
    setObjectName(QStringLiteral("joinRequestsWidget"));
    m_list->setObjectName(QStringLiteral("joinRequestList"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_review->setObjectName(QStringLiteral("reviewJoinRequestButton"));
    m_review->setEnabled(false);
    auto *note = new QLabel(tr("New PCs sent these with an invitation code from this PC. Compare "
                               "the code and the node fingerprint with the caller, then approve."));
    note->setWordWrap(true);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_review, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(listRow);
    QGroupBox::hide();

    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_review->setEnabled(row >= 0); });
    auto review = [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < int(m_entries.size()))
            Q_EMIT reviewRequested(m_entries[std::size_t(row)].path);
    };
    connect(m_review, &QPushButton::clicked, this, review);
    connect(m_list, &QListWidget::itemActivated, this, review);

    // The folders exist before they are watched (the desk creates
    // join-requests/ only with its first request).
    for (const QString &dir : { node::InvitationDesk::joinRequestsDir(m_dataDir),
                                node::InvitationDesk::invitationsDir(m_dataDir) }) {
        QDir().mkpath(dir);
        m_watcher.addPath(dir);
    }
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(200);
    connect(&m_coalesce, &QTimer::timeout, this, &JoinRequestsWidget::refresh);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_coalesce,
            qOverload<>(&QTimer::start));
    // An admission (a block) makes a listed request disappear.
    connect(context.ledger, &service::LedgerService::blockCommitted, this, [this] {
        if (!m_entries.empty())
            m_coalesce.start();
    });
    refresh();
}

void JoinRequestsWidget::refresh()
{
    if (m_inFlight) {
        m_stale = true;
        return;
    }
    m_inFlight = true;
    m_context.ledger->query<std::vector<Entry>>(
        this,
        [dataDir = m_dataDir](const service::QueryContext &c) {
            return waitingRequests(dataDir, c.state);
        },
        [this](std::vector<Entry> entries) {
            m_inFlight = false;
            display(std::move(entries));
            if (std::exchange(m_stale, false))
                refresh();
        });
}

void JoinRequestsWidget::display(std::vector<Entry> entries)
{
    m_entries = std::move(entries);
    m_list->clear();
    for (const Entry &e : m_entries) {
        QString line = tr("%1 — code %2, node %3 at %4")
                           .arg(e.orgName, e.code, e.nodeFingerprint, e.address);
        if (e.learner)
            line += tr(" (kiosk)");
        else if (!e.adminName.isEmpty())
            line += tr(", administrator %1").arg(e.adminName);
        m_list->addItem(line);
    }
    if (!m_entries.empty())
        m_list->setCurrentRow(0);
    setVisible(!m_entries.empty());
    Q_EMIT entriesLoaded();
}

} // namespace ui
