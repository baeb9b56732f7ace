#include "ui/people/PersonKeyDialog.h"

#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/service/PersonKeys.h"
#include "ui/common/DomainText.h"
#include "ui/people/SubmissionStage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace ledger;
using service::Submission;

namespace ui {

namespace {
constexpr int MinPasswordLength = 8; // as the first-run wizard asks (ui/shell/SetupWizard)
constexpr chain::Role AllRoleBits[]
    = { chain::Role::Staff, chain::Role::Secretary, chain::Role::Auditor, chain::Role::Admin };

QLineEdit *passwordEdit(const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

PersonKeyDialog::PersonKeyDialog(AppContext &context, const state::AuditNames &names,
                                 QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_names(names)
{
    setObjectName(QStringLiteral("addPersonDialog"));
    setWindowTitle(tr("Add a person"));
    buildUi();
}

PersonKeyDialog::PersonKeyDialog(AppContext &context, const state::AuditNames &names,
                                 const state::PersonRecord &person, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_names(names)
    , m_replacing(person)
{
    setObjectName(QStringLiteral("newKeyDialog"));
    setWindowTitle(tr("New key for %1").arg(person.displayName));
    buildUi();
}

bool PersonKeyDialog::signerIsPartySecretary() const
{
    const SignedInPerson *p = m_context.person;
    return p && chain::hasRole(p->roles, chain::Role::Secretary)
        && m_names.orgs.value(p->orgId).kind == chain::OrgKind::PartyCommittee;
}

void PersonKeyDialog::buildUi()
{
    setMinimumWidth(560);
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    if (m_replacing) {
        intro->setText(tr("%1 gets a new signing key with a new password; their name, "
                          "organization and roles stay. The old key can sign nothing "
                          "afterwards. Let %1 type the new password themselves.")
                           .arg(m_replacing->displayName));
    } else {
        intro->setText(tr("The new person gets their own signing key on this PC. Let them type "
                          "their password themselves: they sign in with it here. Nobody can "
                          "recover a forgotten password; an administrator can give them a new "
                          "key."));
        m_name = new QLineEdit;
        m_name->setObjectName(QStringLiteral("personNameEdit"));
        m_name->setMaxLength(50);
        m_org = new QComboBox;
        m_org->setObjectName(QStringLiteral("personOrgCombo"));
        // A person is enrolled into the signer's own organization; a party
        // committee secretary may enrol into any active one (a newly admitted
        // organization's first administrator).
        const bool any = signerIsPartySecretary();
        QList<std::uint32_t> ids = m_names.orgs.keys();
        std::sort(ids.begin(), ids.end());
        for (std::uint32_t id : ids) {
            const auto &org = m_names.orgs.value(id);
            if (org.active && (any || id == m_context.person->orgId))
                m_org->addItem(org.name, id);
        }
        setOrganization(m_context.person->orgId);
        auto *roles = new QHBoxLayout;
        for (chain::Role role : AllRoleBits) {
            auto *box = new QCheckBox(DomainText::roles(std::uint8_t(role)));
            box->setObjectName(QStringLiteral("role%1Check").arg(int(role)));
            box->setProperty("role", int(role));
            box->setChecked(role == chain::Role::Staff);
            connect(box, &QCheckBox::toggled, this, &PersonKeyDialog::updateState);
            m_roles.push_back(box);
            roles->addWidget(box);
        }
        roles->addStretch();
        form->addRow(tr("Name:"), m_name);
        form->addRow(tr("Organization:"), m_org);
        form->addRow(tr("Roles:"), roles);
        connect(m_name, &QLineEdit::textChanged, this, &PersonKeyDialog::updateState);
        connect(m_org, &QComboBox::currentIndexChanged, this, &PersonKeyDialog::updateState);
    }
    m_password = passwordEdit(QStringLiteral("personPasswordEdit"));
    m_confirm = passwordEdit(QStringLiteral("personConfirmEdit"));
    form->addRow(tr("Their password:"), m_password);
    form->addRow(tr("Password again:"), m_confirm);
    connect(m_password, &QLineEdit::textChanged, this, &PersonKeyDialog::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &PersonKeyDialog::updateState);

    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("personHintLabel"));
    m_hint->setWordWrap(true);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_stage = new QLabel;
    m_stage->setObjectName(QStringLiteral("personStageLabel"));
    m_stage->setWordWrap(true);
    m_ok = new QPushButton(m_replacing ? tr("Make the new key") : tr("Enrol"));
    m_ok->setObjectName(QStringLiteral("personOkButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &PersonKeyDialog::start);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_busy);
    layout->addWidget(m_stage);
    layout->addStretch();
    layout->addWidget(buttons);
    updateState();
}

void PersonKeyDialog::fill(const QString &name, std::uint8_t roles, const QString &password)
{
    if (m_name)
        m_name->setText(name);
    for (QCheckBox *box : m_roles)
        box->setChecked(roles & box->property("role").toInt());
    m_password->setText(password);
    m_confirm->setText(password);
}

void PersonKeyDialog::setOrganization(std::uint32_t orgId)
{
    if (m_org)
        m_org->setCurrentIndex(qMax(0, m_org->findData(orgId)));
}

std::uint8_t PersonKeyDialog::checkedRoles() const
{
    std::uint8_t bits = 0;
    for (QCheckBox *box : m_roles)
        bits |= box->isChecked() ? std::uint8_t(box->property("role").toInt()) : 0;
    return bits;
}

QString PersonKeyDialog::problem() const
{
    const SignedInPerson *p = m_context.person;
    if (!p
        || !(chain::hasRole(p->roles, chain::Role::Admin)
             || chain::hasRole(p->roles, chain::Role::Secretary)))
        return tr("Only an administrator or a secretary can do this.");
    if (m_name) {
        if (m_name->text().trimmed().isEmpty())
            return tr("Enter the person's name.");
        if (m_org->currentIndex() < 0)
            return tr("There is no organization you may enrol into.");
        if (checkedRoles() == 0)
            return tr("Tick at least one role.");
    }
    if (m_password->text().size() < MinPasswordLength)
        return tr("Passwords need at least %1 characters.").arg(MinPasswordLength);
    if (m_password->text() != m_confirm->text())
        return tr("The passwords typed twice do not match.");
    return {};
}

void PersonKeyDialog::updateState()
{
    const QString why = problem();
    m_ok->setEnabled(why.isEmpty() && !m_started);
    if (m_started)
        return;
    if (!why.isEmpty()) {
        m_hint->setText(why);
        return;
    }
    if (m_replacing) {
        m_hint->setText(tr("The new key is saved on this PC; %1 signs in here with the new "
                           "password.")
                            .arg(m_replacing->displayName));
        return;
    }
    const std::uint32_t orgId = m_org->currentData().toUInt();
    QString text = tr("%1 (%2) will be enrolled in %3, signed by you (%4).")
                       .arg(m_name->text().trimmed(), DomainText::roles(checkedRoles()),
                            m_names.orgName(orgId), m_context.person->displayName);
    if (orgId != m_context.person->orgId)
        text += QLatin1Char(' ')
            + tr("Their key file is saved on this PC; they sign in at a PC of their own "
                 "organization, so copy the file from the keys folder to that PC's.");
    m_hint->setText(text);
}

QString PersonKeyDialog::keyFilePath(const crypto::PublicKey &key) const
{
    const service::PersonKeys keys(m_context.ledger->dataDir());
    return QDir(keys.keysDir()).filePath(service::PersonKeys::fileNameFor(key));
}

std::optional<crypto::PublicKey> PersonKeyDialog::newKey() const
{
    return m_key ? std::optional(m_key->publicKey()) : std::nullopt;
}

bool PersonKeyDialog::start()
{
    if (m_started || !problem().isEmpty())
        return false;
    m_started = true;
    m_ok->setEnabled(false);
    for (QWidget *w : std::initializer_list<QWidget *> { m_name, m_org, m_password, m_confirm })
        if (w)
            w->setEnabled(false);
    for (QCheckBox *box : m_roles)
        box->setEnabled(false);
    m_key = crypto::KeyPair::generate();
    m_busy->show();
    m_hint->setText(tr("Protecting the key with the password (a few seconds)…"));
    // Argon2id takes about a second and 256 MiB: never on the UI thread.
    QPointer<PersonKeyDialog> self(this);
    const QString dataDir = m_context.ledger->dataDir();
    const crypto::KeyPair key = *m_key;
    const QString password = m_password->text();
    QThreadPool::globalInstance()->start([self, dataDir, key, password] {
        const core::Status saved = service::PersonKeys(dataDir).save(key, password);
        QMetaObject::invokeMethod(qApp, [self, saved] {
            if (self)
                self->onSaved(saved);
        });
    });
    return true;
}

void PersonKeyDialog::onSaved(const core::Status &saved)
{
    m_busy->hide();
    if (!saved) {
        m_hint->setText(tr("The key could not be saved: %1").arg(saved.error().toString()));
        m_hint->setStyleSheet(QStringLiteral("color: #c62828"));
        return;
    }
    m_hint->setText(tr("Key saved on this PC (%1).").arg(crypto::fingerprint(m_key->publicKey())));
    chain::TxType type;
    QByteArray payload;
    if (m_replacing) {
        domain::PersonKeyRotated p;
        p.oldKey = m_replacing->key;
        p.newKey = m_key->publicKey();
        p.reason = QStringLiteral("forgotten password: new key made by %1")
                       .arg(m_context.person->displayName);
        type = chain::TxType::PersonKeyRotated;
        payload = domain::encodePayload(p);
    } else {
        domain::PersonEnrolled p;
        p.key = m_key->publicKey();
        p.orgId = m_org->currentData().toUInt();
        p.displayName = m_name->text().trimmed();
        p.roles = checkedRoles();
        type = chain::TxType::PersonEnrolled;
        payload = domain::encodePayload(p);
    }
    const chain::TxId id = m_context.ledger->submit(type, payload, m_context.person->key, this,
                                                    [this](const Submission &s) { onStage(s); });
    onStage(SubmissionStage::queued(id, type));
}

void PersonKeyDialog::onStage(const Submission &s)
{
    m_submission = s;
    SubmissionStage::show(m_stage, s,
                          m_replacing ? tr("✓ New key in effect since block %1.")
                                      : tr("✓ Enrolled in block %1; they can sign in now."));
    if (s.stage == Submission::Stage::Rejected && m_key) {
        // The ledger does not know this key: remove its file so no account
        // appears at sign-in that can sign nothing.
        QFile::remove(keyFilePath(m_key->publicKey()));
        m_hint->setText(tr("The key file was deleted again."));
    } else if (s.stage == Submission::Stage::Applied && m_replacing) {
        QFile::remove(keyFilePath(m_replacing->key)); // the old key signs nothing now
    }
    Q_EMIT submissionChanged(s);
}

} // namespace ui
