#include "ui/approvals/ApprovalDialog.h"

#include "ledger/crypto/Ed25519.h"
#include "ledger/domain/Types.h"
#include "ledger/service/LedgerService.h"
#include "ui/approvals/ApprovalDescription.h"
#include "ui/common/DomainText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

namespace {

using Contexts = std::vector<state::ApprovalContext>;
using ContextsResult = core::Result<Contexts>;

} // namespace

ApprovalDialog::ApprovalDialog(AppContext &context, std::vector<state::ApprovalItem> items,
                               QHash<std::uint32_t, QString> organizations, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_items(std::move(items))
    , m_organizations(std::move(organizations))
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(m_items.size() == 1 ? tr("Approval")
                                       : tr("Approve %n item(s)", nullptr, int(m_items.size())));
    resize(860, 680);

    m_content = new QTextBrowser(this);
    m_content->setObjectName(QStringLiteral("contentTextBrowser"));
    m_content->setText(tr("Loading…"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentPlainTextEdit"));
    m_comment->setPlaceholderText(tr("Comment (required to reject; shown in the history)"));
    m_comment->setMaximumHeight(80);
    m_publish = new QCheckBox(tr("Publish approved records at once"), this);
    m_publish->setObjectName(QStringLiteral("publishCheckBox"));
    m_publish->setChecked(true);
    m_publish->setVisible(std::any_of(m_items.begin(), m_items.end(), [](const auto &i) {
        return i.source == state::ApprovalItem::Source::RecordSubmission;
    }));
    m_signer = new QLabel(this);
    if (const SignedInPerson *p = m_context.person) {
        m_signer->setText(tr("Your decision is signed with your own key (%1, %2).")
                              .arg(p->displayName, crypto::fingerprint(p->key.publicKey())));
    }
    m_signer->setStyleSheet(QStringLiteral("color: #555;"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_approve = buttons->addButton(tr("Approve"), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = buttons->addButton(tr("Reject"), QDialogButtonBox::ActionRole);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_content, 1);
    layout->addWidget(new QLabel(tr("Comment"), this));
    layout->addWidget(m_comment);
    layout->addWidget(m_publish);
    layout->addWidget(m_signer);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (!m_context.ledger)
        return;
    const auto wanted = m_items;
    m_context.ledger->query<ContextsResult>(
        this,
        [wanted](const service::QueryContext &c) -> ContextsResult {
            Contexts out;
            for (const auto &i : wanted)
                out.push_back(GONGZHI_TRY(state::approvalContext(c.state, i)));
            return out;
        },
        [this](ContextsResult result) {
            if (!result) {
                m_content->setText(tr("The items cannot be loaded: %1").arg(result.error().detail));
                return;
            }
            setContexts(*result);
        });
}

void ApprovalDialog::setContexts(const std::vector<state::ApprovalContext> &contexts)
{
    QString html;
    if (contexts.size() > 1) {
        html += QStringLiteral("<h2>")
            + tr("%n item(s) in this decision", nullptr, int(contexts.size())).toHtmlEscaped()
            + QStringLiteral("</h2><ol>");
        for (const auto &c : contexts) {
            html += QStringLiteral("<li>")
                + ApprovalDescription::typeName(c.item.type).toHtmlEscaped() + QStringLiteral(": ")
                + ApprovalDescription::summary(c.item).toHtmlEscaped() + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    for (const auto &c : contexts) {
        if (contexts.size() > 1)
            html += QStringLiteral("<hr>");
        html += ApprovalDescription::html(c, m_organizations);
    }
    m_content->setHtml(html);
    m_loaded = true;
    m_approve->setEnabled(m_context.person != nullptr);
    m_reject->setEnabled(m_context.person != nullptr);
    Q_EMIT loaded();
}

QString ApprovalDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

bool ApprovalDialog::publishRecords() const
{
    return m_publish->isChecked();
}

void ApprovalDialog::decide(bool approve)
{
    if (!approve && !domain::isTidyText(comment())) {
        m_error->setText(tr("Please say why you reject it; the submitter reads your comment."));
        m_error->show();
        m_comment->setFocus();
        return;
    }
    Q_EMIT decided(approve);
    accept();
}

} // namespace ui
