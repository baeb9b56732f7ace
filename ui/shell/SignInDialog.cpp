#include "ui/shell/SignInDialog.h"

#include "ledger/chain/Genesis.h"
#include "ledger/service/LedgerService.h"
#include "ui/common/DomainText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

namespace {
struct Loaded {
    core::Result<std::vector<state::PersonEntry>> people;
    QString organization;
};
} // namespace

SignInDialog::SignInDialog(service::LedgerService &ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_organization(new QLabel(this))
    , m_personCombo(new QComboBox(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_signInButton(new QPushButton(tr("Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Gongzhi"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gongzhi.svg")));
    setMinimumWidth(440);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/gongzhi.svg")).pixmap(56, 56));
    auto *heading = new QLabel(tr("Sign in"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_organization->setObjectName(QStringLiteral("organizationLabel"));
    m_organization->setStyleSheet(QStringLiteral("color: #52606d;"));
    m_personCombo->setObjectName(QStringLiteral("personCombo"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setStyleSheet(QStringLiteral("color: #7b8794;"));
    m_hint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_busy->setObjectName(QStringLiteral("unlockingBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_signInButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->addRow(tr("Person:"), m_personCombo);
    form->addRow(tr("Password:"), m_passwordEdit);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signInButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);
    layout->addWidget(logo);
    layout->addWidget(heading);
    layout->addWidget(m_organization);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_personCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::updateHint);
    load();
}

void SignInDialog::load()
{
    const std::uint32_t orgId = m_ledger.config().orgId;
    m_organization->setText(tr("Loading the people of this organization…"));
    m_ledger.query<Loaded>(
        this,
        [orgId](const service::QueryContext &c) {
            Loaded loaded { state::currentPeople(c.state, orgId), QString() };
            if (auto orgs = state::organizations(c.state)) {
                for (const auto &org : *orgs) {
                    if (org.orgId == orgId)
                        loaded.organization = org.name;
                }
            }
            return loaded;
        },
        [this](Loaded loaded) {
            m_organization->setText(loaded.organization);
            if (!loaded.people) {
                m_error->setText(tr("The list of people could not be read from the ledger: %1")
                                     .arg(loaded.people.error().detail));
                m_error->show();
                return;
            }
            showCandidates(std::move(*loaded.people));
        });
}

void SignInDialog::showCandidates(std::vector<state::PersonEntry> people)
{
    const auto files = service::PersonKeys(m_ledger.dataDir()).list();
    m_candidates.clear();
    m_personCombo->clear();
    for (auto &person : people) {
        for (const auto &file : files) {
            if (file.key.toByteArray() != person.key)
                continue;
            m_personCombo->addItem(
                QStringLiteral("%1 · %2").arg(person.displayName, DomainText::roles(person.roles)));
            m_candidates.push_back({ std::move(person), file });
            break;
        }
    }
    m_loaded = true;
    m_signInButton->setEnabled(!m_candidates.empty());
    if (m_candidates.empty()) {
        m_error->setText(tr("Nobody of this organization has a signing key on this PC. An "
                            "administrator can enrol you and create your key."));
        m_error->show();
    }
    updateHint();
    m_passwordEdit->setFocus();
    Q_EMIT loaded(int(m_candidates.size()));
    if (auto after = std::exchange(m_afterLoad, {}))
        after();
}

bool SignInDialog::selectPerson(const std::function<bool(std::uint8_t)> &wanted)
{
    for (std::size_t i = 0; i < m_candidates.size(); ++i) {
        if (wanted(m_candidates[i].person.roles)) {
            m_personCombo->setCurrentIndex(int(i));
            return true;
        }
    }
    return false;
}

void SignInDialog::signInAutomatically(chain::Role role, const QString &password)
{
    auto go = [this, role, password] {
        const bool found = selectPerson([role](std::uint8_t roles) {
            if (role == chain::Role::Staff)
                return chain::hasRole(roles, role)
                    && !chain::hasRole(roles, chain::Role::Secretary);
            return chain::hasRole(roles, role);
        });
        if (!found) {
            m_error->setText(tr("Nobody with that role has a key on this PC."));
            m_error->show();
            return;
        }
        m_passwordEdit->setText(password);
        signIn();
    };
    if (m_loaded)
        go();
    else
        m_afterLoad = go;
}

void SignInDialog::updateHint()
{
    const int i = m_personCombo->currentIndex();
    if (i < 0 || std::size_t(i) >= m_candidates.size()) {
        m_hint->clear();
        return;
    }
    m_hint->setText(m_candidates[std::size_t(i)].keyFile.encrypted
                        ? QString()
                        : tr("This key has no password (demonstration data): any password "
                             "signs in."));
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void SignInDialog::signIn()
{
    const int i = m_personCombo->currentIndex();
    if (i < 0 || std::size_t(i) >= m_candidates.size())
        return;
    const Candidate candidate = m_candidates[std::size_t(i)];
    if (candidate.keyFile.encrypted && m_passwordEdit->text().isEmpty()) {
        m_error->setText(tr("Type your password."));
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
    service::PersonKeys(m_ledger.dataDir())
        .unlockAsync(
            candidate.keyFile.key, m_passwordEdit->text(), this,
            [this, candidate](core::Result<crypto::KeyPair> key) {
                setBusy(false);
                if (!key) {
                    const bool wrong = key.error().code == core::ErrorCode::BadKey;
                    m_error->setText(
                        wrong ? tr("Wrong password. Try again.")
                              : tr("Your key could not be read: %1").arg(key.error().detail));
                    m_error->show();
                    m_passwordEdit->selectAll();
                    m_passwordEdit->setFocus();
                    return;
                }
                m_passwordEdit->clear();
                m_person.emplace(SignedInPerson { *key, candidate.person.displayName,
                                                  candidate.person.orgId, candidate.person.roles });
                accept();
            });
}

void SignInDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_signInButton->setEnabled(!busy);
    m_personCombo->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
}

} // namespace ui
