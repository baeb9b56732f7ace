#include "ui/shell/JoinProgressDialog.h"

#include "ledger/crypto/Ed25519.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/PeopleQueries.h"
#include "ui/common/HaltReason.h"
#include "ui/shell/SetupWizard.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

namespace {
// A learner (a kiosk) is never promoted; it has caught up once its applied
// height held still for this many status snapshots (500 ms each) while its
// log was fully committed.
constexpr int StableSnapshots = 4;
} // namespace

JoinProgressDialog::JoinProgressDialog(service::LedgerService &ledger, QString dataDir,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_dataDir(std::move(dataDir))
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_progress(new QProgressBar)
    , m_continue(new QPushButton(tr("Continue to sign-in")))
{
    setObjectName(QStringLiteral("joinProgressDialog"));
    setWindowTitle(tr("Joining the consortium"));
    setMinimumWidth(560);
    if (auto json = node::readJsonFile(SetupWizard::pendingJoinFile(m_dataDir))) {
        if (auto request = node::JoinRequest::fromJson(*json))
            m_request = *request;
    }
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("joinStageTitle"));
    m_text->setObjectName(QStringLiteral("joinStageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_progress->setRange(0, 0); // busy until there is something to count
    m_progress->setTextVisible(false);
    m_continue->setObjectName(QStringLiteral("joinContinueButton"));
    m_continue->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, &JoinProgressDialog::finish);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(&m_ledger, &service::LedgerService::statusChanged, this, &JoinProgressDialog::onStatus);
    onStatus(m_ledger.status());
}

void JoinProgressDialog::setStage(Stage stage, const QString &text)
{
    m_stage = stage;
    switch (stage) {
    case Stage::WaitingForAdmission: m_title->setText(tr("1. Waiting to be admitted")); break;
    case Stage::CopyingLedger: m_title->setText(tr("2. Copying the ledger")); break;
    case Stage::WaitingForAdministrator:
        m_title->setText(tr("3. Waiting for the administrator's enrolment"));
        break;
    case Stage::Ready: m_title->setText(tr("Joined")); break;
    }
    m_text->setText(text);
    const bool ready = stage == Stage::Ready;
    m_continue->setEnabled(ready);
    if (ready) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    }
}

void JoinProgressDialog::onStatus(const node::NodeStatus &status)
{
    if (m_stage == Stage::Ready)
        return;
    if (status.halted) {
        m_progress->setRange(0, 1);
        const QString reason = m_ledger.haltReason();
        HaltReason::describe(m_text, reason,
                             QStringLiteral("<span style='color:#c0392b'><b>%1</b></span><br>%2")
                                 .arg(HaltReason::headline(reason).toHtmlEscaped(),
                                      HaltReason::explanation(reason).toHtmlEscaped()));
        return;
    }
    const QString code = m_request ? m_request->code : QString();
    if (!status.member) {
        setStage(Stage::WaitingForAdmission,
                 tr("Give the join request file to the organization that invited you and "
                    "confirm the code <b>%1</b> with them on the phone. A party secretary "
                    "approves it there; this PC then receives the ledger by itself.<br>This "
                    "PC's node key fingerprint: <b>%2</b>.")
                     .arg(code.toHtmlEscaped(),
                          m_request ? crypto::fingerprint(m_request->nodeKey) : QString()));
        return;
    }
    const std::uint64_t height = status.appliedHeight;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_firstMs == 0) {
        m_firstMs = now;
        m_firstHeight = height;
    }
    // Caught up: a voter once promoted (the leader promotes only a caught-up
    // learner); a learner once its log is committed and its height holds still.
    m_stableTicks
        = height == m_stableHeight && status.commitIndex == status.lastIndex && status.leader != 0
        ? m_stableTicks + 1
        : 0;
    m_stableHeight = height;
    const bool learner = m_request && m_request->learner;
    const bool caughtUp = learner ? m_stableTicks >= StableSnapshots : status.voter;
    if (!caughtUp) {
        const double seconds = double(now - m_firstMs) / 1000.0;
        const QString rate = seconds > 1.0
            ? tr(" (%1 blocks per second)").arg(double(height - m_firstHeight) / seconds, 0, 'f', 0)
            : QString();
        setStage(Stage::CopyingLedger,
                 tr("The members admitted this PC. It is copying the ledger and checking every "
                    "signature: block %1 so far%2.")
                     .arg(height)
                     .arg(rate));
        return;
    }
    if (m_request && m_request->adminKey) {
        checkAdministrator();
        return;
    }
    setStage(Stage::Ready, tr("This PC holds the whole ledger and takes part in the network."));
}

void JoinProgressDialog::checkAdministrator()
{
    if (m_checkingAdmin)
        return;
    m_checkingAdmin = true;
    const crypto::PublicKey key = *m_request->adminKey;
    m_ledger.query<core::Result<bool>>(
        this,
        [key](const service::QueryContext &c) -> core::Result<bool> {
            const auto person = GONGZHI_TRY(state::PeopleQueries(c.state).person(key));
            return person.has_value() && !person->removed();
        },
        [this](core::Result<bool> enrolled) {
            m_checkingAdmin = false;
            if (enrolled && *enrolled) {
                setStage(Stage::Ready,
                         tr("This PC holds the whole ledger and takes part in the network. %1 "
                            "can now sign in as your organization's administrator.")
                             .arg(m_request->adminName.toHtmlEscaped()));
                return;
            }
            setStage(Stage::WaitingForAdministrator,
                     tr("This PC holds the whole ledger. The party committee's secretary still "
                        "has to enrol <b>%1</b> as your organization's administrator (Network "
                        "page → Approve a join, with the same join request).")
                         .arg(m_request->adminName.toHtmlEscaped()));
        });
}

void JoinProgressDialog::finish()
{
    if (m_stage != Stage::Ready)
        return;
    // The join is complete: the next start goes straight to the sign-in.
    const QString pending = SetupWizard::pendingJoinFile(m_dataDir);
    QFile::remove(pending + QStringLiteral(".done"));
    QFile::rename(pending, pending + QStringLiteral(".done"));
    accept();
}

} // namespace ui
