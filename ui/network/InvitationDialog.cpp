#include "ui/network/InvitationDialog.h"

#include "ledger/node/DeskProtocol.h"
#include "ledger/node/InvitationDesk.h"
#include "ledger/service/JoinPreparation.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/MembershipQueries.h"
#include "ledger/store/BlockStore.h"
#include "ui/network/Invitation.h"
#include "ui/network/OrgKindCombo.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <algorithm>

using namespace ledger;

namespace ui {

std::vector<node::PeerAddress> InvitationDialog::ledgerPeers(const state::StateMachine &state)
{
    std::vector<node::PeerAddress> out;
    auto nodes = state::ledgerNodes(state);
    if (!nodes)
        return out; // the invitation still names this node and node.json's peers
    for (const auto &n : *nodes) {
        // Current voting members only: a kiosk PC (learner) is often off.
        if (!n.current || !n.hasEndpoint || n.learner)
            continue;
        const int colon = n.address.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = n.address.mid(colon + 1).toUInt(&ok);
        if (colon <= 0 || !ok || port == 0 || port > 65535)
            continue;
        QString host = n.address.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2); // "[::1]:7400"
        out.push_back({ n.key, host, quint16(port) });
    }
    return out;
}

InvitationDialog::InvitationDialog(AppContext &context, const state::AuditNames &names,
                                   QString community, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_names(names)
    , m_community(std::move(community))
    , m_name(new QLineEdit)
    , m_kind(new OrgKindCombo)
    , m_kiosk(new QCheckBox(tr("A kiosk PC of our organization (self-service screen: keeps a copy "
                               "of the ledger, never votes)")))
    , m_create(new QPushButton(tr("Create invitation file…")))
    , m_createCode(new QPushButton(tr("Invite by code only")))
    , m_codeLabel(new QLabel)
    , m_result(new QLabel)
    , m_deskInfo(new QLabel)
{
    setObjectName(QStringLiteral("invitationDialog"));
    setWindowTitle(tr("Invite an organization"));
    setMinimumWidth(560);

    auto *intro = new QLabel(
        tr("The invited organization installs Gongzhi on its office PC. There it fetches the "
           "invitation from this PC with the code shown here (read it out on the phone), or "
           "opens the invitation file. Its PC then sends back a join request, which a party "
           "secretary approves on the Network page."));
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("orgNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Xingfuli Seniors' Association"));
    m_name->setMaxLength(100);
    m_kind->setObjectName(QStringLiteral("orgKindCombo"));
    auto *form = new QFormLayout;
    form->addRow(tr("Organization name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    m_kiosk->setObjectName(QStringLiteral("kioskInvitationCheck"));
    form->addRow(QString(), m_kiosk);
    connect(m_kiosk, &QCheckBox::toggled, this, [this](bool kiosk) {
        const SignedInPerson *p = m_context.person;
        if (kiosk && p) {
            m_name->setText(m_names.orgName(p->orgId));
            m_kind->setKind(m_names.orgs.value(p->orgId).kind);
        } else if (!kiosk) {
            m_name->clear();
        }
        m_name->setEnabled(!kiosk);
        m_kind->setEnabled(!kiosk);
        updateButton();
    });
    // The invitation carries the consortium's first block, so that the new PC
    // starts from the real chain, and every member node's address; read them
    // on the reader thread.
    struct Loaded {
        core::Result<QByteArray> genesis;
        std::vector<node::PeerAddress> peers;
    };
    m_context.ledger->query<Loaded>(
        this,
        [](const service::QueryContext &c) {
            Loaded out;
            if (auto block = c.blocks.block(0))
                out.genesis = block->encode();
            else
                out.genesis = core::fail(block.error());
            out.peers = ledgerPeers(c.state);
            return out;
        },
        [this](Loaded loaded) {
            if (loaded.genesis)
                m_genesis = *loaded.genesis;
            else
                m_result->setText(tr("Cannot read the ledger's first block: %1")
                                      .arg(loaded.genesis.error().toString()));
            m_ledgerPeers = std::move(loaded.peers);
            updateButton();
        });

    m_codeLabel->setObjectName(QStringLiteral("invitationCodeLabel"));
    QFont big = m_codeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_codeLabel->setFont(big);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->hide();
    m_result->setObjectName(QStringLiteral("invitationResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_deskInfo->setObjectName(QStringLiteral("deskAddressLabel"));
    m_deskInfo->setWordWrap(true);
    m_deskInfo->setTextFormat(Qt::RichText);
    m_deskInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deskInfo->hide();

    m_create->setObjectName(QStringLiteral("createInvitationButton"));
    m_createCode->setObjectName(QStringLiteral("createCodeButton"));
    m_createCode->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_createCode, QDialogButtonBox::ActionRole);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    connect(m_createCode, &QPushButton::clicked, this, [this] { createInvitation(QString()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &InvitationDialog::askAndCreate);
    connect(m_name, &QLineEdit::textChanged, this, &InvitationDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_deskInfo);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    updateButton();
}

void InvitationDialog::updateButton()
{
    const bool ready = !m_name->text().trimmed().isEmpty() && isReady();
    m_create->setEnabled(ready);
    m_createCode->setEnabled(ready);
}

void InvitationDialog::askAndCreate()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save invitation"),
        QDir::home().filePath(tr("invitation-%1.json").arg(m_name->text().trimmed())),
        tr("Gongzhi invitations (*.json)"));
    if (!path.isEmpty())
        createInvitation(path);
}

bool InvitationDialog::createInvitation(const QString &path)
{
    const QString name = m_name->text().trimmed();
    const bool kiosk = m_kiosk->isChecked();
    if (name.isEmpty() || !isReady())
        return false;
    for (const auto &org : m_names.orgs) {
        if (!kiosk && org.active && org.name == name) {
            m_result->setText(tr("%1 is already a member.").arg(name));
            return false;
        }
    }
    const node::NodeConfig &config = m_context.ledger->config();
    Invitation inv;
    inv.community = m_community;
    inv.consortium = config.consortium;
    inv.genesisHash = config.genesisHash;
    inv.genesisBlock = m_genesis;
    // 0: a new organization (the admission gives it the next number); a kiosk
    // joins as another node of this organization.
    inv.orgId = kiosk ? config.orgId : 0;
    inv.orgName = name;
    inv.orgKind = m_kind->kind();
    inv.learner = kiosk;
    inv.code = Invitation::randomCode();
    inv.token.resize(16);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(inv.token.data()), 4);
    inv.inviterOrg = config.orgId;
    // The address other PCs can dial, not the wildcard this node listens on.
    inv.peers.push_back(
        { config.nodeKey, service::advertisedHost(config.listenHost), config.listenPort });
    auto listed = [&inv](const crypto::PublicKey &key) {
        return std::any_of(inv.peers.begin(), inv.peers.end(),
                           [&key](const node::PeerAddress &p) { return p.nodeKey == key; });
    };
    for (const auto &peer : config.peers) {
        if (!listed(peer.nodeKey))
            inv.peers.push_back(peer);
    }
    // Members that joined after this PC's node.json was written are known
    // only to the ledger (node_endpoints).
    for (const auto &peer : m_ledgerPeers) {
        if (!listed(peer.nodeKey))
            inv.peers.push_back(peer);
    }
    inv.createdMs = QDateTime::currentMSecsSinceEpoch();
    // The kept copy is what the invitation desk hands out for the code and
    // what a join request is checked against (as `gongzhi-cli invite` keeps).
    const QString keptDir = node::InvitationDesk::invitationsDir(m_context.ledger->dataDir());
    QDir().mkpath(keptDir);
    const QString kept = QDir(keptDir).filePath(inv.code + QStringLiteral(".json"));
    for (const QString &target : { kept, path }) {
        if (target.isEmpty())
            continue;
        if (auto st = writeJsonFile(target, inv.toJson()); !st) {
            m_result->setText(tr("Cannot save the invitation: %1").arg(st.error().toString()));
            m_result->setStyleSheet(QStringLiteral("color: #c62828"));
            return false;
        }
    }
    m_code = inv.code;
    m_codeLabel->setText(m_code);
    m_codeLabel->show();
    m_address = QStringLiteral("%1:%2").arg(inv.peers.front().host).arg(inv.peers.front().port);
    m_deskInfo->setText(
        tr("On the new PC, choose <i>Fetch invitation</i> and enter this PC's address "
           "<b>%1</b> and the code. Consortium fingerprint: <b>%2</b> — the new PC shows the "
           "same; compare it on the phone. The code is valid for 7 days, once.")
            .arg(m_address.toHtmlEscaped(), node::consortiumFingerprint(inv.genesisHash)));
    m_deskInfo->show();
    m_result->setStyleSheet(QString());
    m_result->setText(
        path.isEmpty()
            ? tr("Invitation for %1 created. Read them the code above on the phone; their join "
                 "request will arrive on the Network page.")
                  .arg(name)
            : tr("Saved the invitation for %1 to %2. Give them the file and read them the code "
                 "above on the phone; their join request will show the same code.")
                  .arg(name, QDir::toNativeSeparators(path)));
    return true;
}

} // namespace ui
