#include "ui/shell/SetupWizard.h"

#include "ledger/crypto/KeyFile.h"
#include "ui/common/DomainText.h"
#ifdef GONGZHI_HAVE_UI_NETWORK
#include "ui/network/Invitation.h"
#endif

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace ledger;

namespace ui {

namespace {
constexpr int MinPasswordLength = 8;

// A page whose completeness is a function of its fields.
class FormPage : public QWizardPage
{
public:
    std::function<bool()> complete = [] { return true; };
    bool isComplete() const override { return complete(); }
    void changed() { Q_EMIT completeChanged(); }
};

QLabel *note(const QString &text, QWidget *parent, const char *colour = "#52606d")
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    return label;
}

QLineEdit *passwordEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

SetupWizard::SetupWizard(const QString &dataDir, QWidget *parent)
    : QWizard(parent)
    , m_dataDir(dataDir)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Gongzhi"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gongzhi.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/gongzhi.svg")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(760, 640); // the join page, filled in, at 1366x768
    setPage(StartPage, makeStartPage());
    setPage(ConsortiumPage, makeConsortiumPage());
    setPage(PeoplePage, makePeoplePage());
    setPage(CreatePage, makeCreatePage());
    setPage(JoinPage, makeJoinPage());
    setStartId(StartPage);
}

int SetupWizard::nextId() const
{
    switch (currentId()) {
    case StartPage: return m_create->isChecked() ? ConsortiumPage : JoinPage;
    case ConsortiumPage: return PeoplePage;
    case PeoplePage: return CreatePage;
    default: return -1;
    }
}

QWizardPage *SetupWizard::makeStartPage()
{
    auto *page = new FormPage;
    page->setTitle(tr("Welcome to Gongzhi"));
    page->setSubTitle(tr("This PC keeps a copy of the community's shared ledger. Choose how to "
                         "start."));
    m_create = new QRadioButton(tr("Found a new consortium for our community"), page);
    m_create->setObjectName(QStringLiteral("createRadio"));
    m_create->setChecked(true);
    auto *join = new QRadioButton(tr("Join an existing consortium with an invitation"), page);
    join->setObjectName(QStringLiteral("joinRadio"));
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(10);
    layout->addWidget(m_create);
    layout->addWidget(note(tr("The community party organization founds the consortium; other "
                              "organizations join it later by invitation."),
                           page));
    layout->addSpacing(8);
    layout->addWidget(join);
    layout->addWidget(
        note(tr("A member of the consortium gave your organization an invitation code "
                "or an invitation file."),
             page));
    layout->addStretch();
    return page;
}

QWizardPage *SetupWizard::makeConsortiumPage()
{
    auto *page = new FormPage;
    page->setTitle(tr("The community and this organization"));
    page->setSubTitle(tr("These names are written into the first block of the ledger and "
                         "cannot be changed later."));
    m_community = new QLineEdit(page);
    m_community->setObjectName(QStringLiteral("communityEdit"));
    m_community->setPlaceholderText(tr("e.g. Xingfuli Community, Chengguan Town"));
    m_organization = new QLineEdit(page);
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (std::uint8_t v = 1; v <= 6; ++v)
        m_kind->addItem(DomainText::orgKind(chain::OrgKind(v)), int(v));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1024, 65535);
    m_port->setValue(7400);
    m_kindNote = note(tr("A consortium is founded by the community party organization: choose "
                         "\"%1\", or join with an invitation instead.")
                          .arg(DomainText::orgKind(chain::OrgKind::PartyCommittee)),
                      page, "#c0392b");
    m_kindNote->hide();
    auto *form = new QFormLayout(page);
    form->setSpacing(10);
    form->addRow(tr("Community:"), m_community);
    form->addRow(tr("This organization:"), m_organization);
    form->addRow(tr("Kind of organization:"), m_kind);
    form->addRow(QString(), m_kindNote);
    form->addRow(tr("Network port:"), m_port);
    form->addRow(QString(), note(tr("Other organizations' PCs connect to this port."), page));
    page->complete = [this] {
        const bool party = m_kind->currentData().toInt() == int(chain::OrgKind::PartyCommittee);
        m_kindNote->setVisible(!party);
        return party && !m_community->text().trimmed().isEmpty()
            && !m_organization->text().trimmed().isEmpty();
    };
    for (QLineEdit *edit : { m_community, m_organization })
        connect(edit, &QLineEdit::textChanged, page, &FormPage::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, page, &FormPage::changed);
    return page;
}

QWizardPage *SetupWizard::makePeoplePage()
{
    auto *page = new FormPage;
    page->setTitle(tr("The first administrator and party secretary"));
    page->setSubTitle(tr("Each gets a personal signing key, protected by their own password. "
                         "Nobody can recover a forgotten password."));
    m_adminName = new QLineEdit(page);
    m_adminName->setObjectName(QStringLiteral("adminNameEdit"));
    m_adminPassword = passwordEdit(QStringLiteral("adminPasswordEdit"), page);
    m_adminConfirm = passwordEdit(QStringLiteral("adminConfirmEdit"), page);
    m_secretaryName = new QLineEdit(page);
    m_secretaryName->setObjectName(QStringLiteral("secretaryNameEdit"));
    m_secretaryPassword = passwordEdit(QStringLiteral("secretaryPasswordEdit"), page);
    m_secretaryConfirm = passwordEdit(QStringLiteral("secretaryConfirmEdit"), page);
    m_peopleProblem = note(QString(), page, "#b9770e");
    m_peopleProblem->setObjectName(QStringLiteral("peopleProblemLabel"));
    auto *form = new QFormLayout(page);
    form->setSpacing(8);
    form->addRow(tr("Administrator's name:"), m_adminName);
    form->addRow(tr("Password:"), m_adminPassword);
    form->addRow(tr("Password again:"), m_adminConfirm);
    form->addItem(new QSpacerItem(0, 10));
    form->addRow(tr("Party secretary's name:"), m_secretaryName);
    form->addRow(tr("Password:"), m_secretaryPassword);
    form->addRow(tr("Password again:"), m_secretaryConfirm);
    form->addRow(QString(), m_peopleProblem);
    page->complete = [this] {
        const QString problem = peopleProblem();
        m_peopleProblem->setText(problem);
        return problem.isEmpty();
    };
    for (QLineEdit *edit : { m_adminName, m_adminPassword, m_adminConfirm, m_secretaryName,
                             m_secretaryPassword, m_secretaryConfirm })
        connect(edit, &QLineEdit::textChanged, page, &FormPage::changed);
    return page;
}

QString SetupWizard::peopleProblem() const
{
    if (m_adminName->text().trimmed().isEmpty() || m_secretaryName->text().trimmed().isEmpty())
        return tr("Type both names.");
    if (m_adminName->text().trimmed() == m_secretaryName->text().trimmed())
        return tr("The administrator and the party secretary are two different people.");
    if (m_adminPassword->text().size() < MinPasswordLength
        || m_secretaryPassword->text().size() < MinPasswordLength)
        return tr("Passwords need at least %1 characters.").arg(MinPasswordLength);
    if (m_adminPassword->text() != m_adminConfirm->text()
        || m_secretaryPassword->text() != m_secretaryConfirm->text())
        return tr("The passwords typed twice do not match.");
    return {};
}

service::ConsortiumRequest SetupWizard::request() const
{
    service::ConsortiumRequest r;
    r.dataDir = m_dataDir;
    r.communityName = m_community->text().trimmed();
    r.orgName = m_organization->text().trimmed();
    r.orgKind = chain::OrgKind(m_kind->currentData().toInt());
    r.listenPort = quint16(m_port->value());
    r.adminName = m_adminName->text().trimmed();
    r.adminPassword = m_adminPassword->text();
    r.secretaryName = m_secretaryName->text().trimmed();
    r.secretaryPassword = m_secretaryPassword->text();
    r.nodeKeyToKeychain = true;
    return r;
}

QWizardPage *SetupWizard::makeCreatePage()
{
    auto *page = new FormPage;
    page->setTitle(tr("Founding the consortium"));
    page->setCommitPage(true);
    page->setFinalPage(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("createProgress"));
    m_progress->setTextVisible(false);
    m_createStatus = note(QString(), page);
    m_createStatus->setObjectName(QStringLiteral("createStatusLabel"));
    m_keychain = note(QString(), page);
    m_keychain->setObjectName(QStringLiteral("keychainLabel"));
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(12);
    layout->addWidget(m_progress);
    layout->addWidget(m_createStatus);
    layout->addWidget(m_keychain);
    layout->addStretch();
    page->complete = [this] { return m_person.has_value(); };
    connect(this, &QWizard::currentIdChanged, page, [this](int id) {
        if (id == CreatePage && !m_person && !m_creating)
            startCreating();
    });
    return page;
}

void SetupWizard::startCreating()
{
    m_creating = true;
    m_progress->setRange(0, 0);
    m_createStatus->setText(tr("Making keys and the first block of the ledger. Protecting the "
                               "keys with the passwords takes a few seconds…"));
    foundConsortium(request(), this, [this](core::Result<FoundedConsortium> founded) {
        m_creating = false;
        m_progress->setRange(0, 1);
        if (!founded) {
            m_progress->setValue(0);
            m_createStatus->setText(
                tr("The consortium could not be founded: %1").arg(founded.error().detail));
            m_createStatus->setStyleSheet(QStringLiteral("color: #c0392b;"));
            return;
        }
        m_progress->setValue(1);
        const bool keychain = founded->nodeKey == service::NodeKeyStore::Location::Keychain;
        m_keychain->setText(
            keychain ? tr("This PC's node key is kept in the system keychain.")
                     : tr("Warning: this PC has no system keychain. The node key is stored in "
                          "a file in the data folder, protected only by file permissions; keep "
                          "the PC's user account private."));
        m_keychain->setStyleSheet(keychain ? QStringLiteral("color: #52606d;")
                                           : QStringLiteral("color: #c0392b;"));
        m_person = std::move(founded->admin);
        m_createStatus->setText(tr("Done. %1 is signed in as the administrator; the party "
                                   "secretary signs in with their own password.")
                                    .arg(m_person->displayName));
        Q_EMIT currentPage()->completeChanged();
    });
}

} // namespace ui
