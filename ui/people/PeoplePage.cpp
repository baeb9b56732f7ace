#include "ui/people/PeoplePage.h"

#include "ledger/service/LedgerService.h"
#include "ledger/service/PersonKeys.h"
#include "ui/common/DomainText.h"
#include "ui/people/PersonChangeDialog.h"
#include "ui/people/PersonKeyDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace ledger;
using state::PersonRecord;

namespace ui {

namespace {
enum Column { Name, Organization, Roles, Since, Key, ThisPc, Status, ColumnCount };

struct Loaded {
    core::Result<std::vector<PersonRecord>> people;
    core::Result<state::AuditNames> names;
    QSet<crypto::PublicKey> onThisPc;
};
} // namespace

PeoplePage::PeoplePage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_orgFilter(new QComboBox)
    , m_table(new QTableWidget)
    , m_message(new QLabel)
    , m_add(new QPushButton(tr("Add a person…")))
    , m_roles(new QPushButton(tr("Change roles…")))
    , m_newKey(new QPushButton(tr("New key (forgotten password)…")))
    , m_remove(new QPushButton(tr("Remove…")))
{
    setObjectName(QStringLiteral("peoplePage"));
    buildUi();
    connect(context.ledger, &service::LedgerService::blockCommitted, this, [this] {
        if (isVisible())
            reload();
    });
}

QString PeoplePage::title() const
{
    return tr("People");
}

QIcon PeoplePage::icon() const
{
    return QIcon(QStringLiteral(":/people/people.svg"));
}

void PeoplePage::buildUi()
{
    auto *heading = new QLabel(tr("People who sign for the organizations"));
    heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold"));
    m_orgFilter->setObjectName(QStringLiteral("peopleOrgFilter"));
    m_orgFilter->setMinimumWidth(220);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(new QLabel(tr("Organization:")));
    top->addWidget(m_orgFilter);

    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Organization"), tr("Roles"), tr("Since"),
                                         tr("Key"), tr("Signs in on this PC"), tr("Status") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_message->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_roles->setObjectName(QStringLiteral("changeRolesButton"));
    m_newKey->setObjectName(QStringLiteral("newKeyButton"));
    m_remove->setObjectName(QStringLiteral("removePersonButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_add, m_roles, m_newKey, m_remove })
        buttons->addWidget(b);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_orgFilter, &QComboBox::currentIndexChanged, this, &PeoplePage::showRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeoplePage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(createAddDialog()); });
    connect(m_roles, &QPushButton::clicked, this, [this] { openDialog(createRolesDialog()); });
    connect(m_newKey, &QPushButton::clicked, this, [this] { openDialog(createNewKeyDialog()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { openDialog(createRemoveDialog()); });
    updateButtons();
}

void PeoplePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    reload();
}

void PeoplePage::activate(const QVariantMap &filter)
{
    Q_UNUSED(filter);
    reload();
}

void PeoplePage::reload()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    const QString dataDir = context().ledger->dataDir();
    context().ledger->query<Loaded>(
        this,
        [dataDir](const service::QueryContext &c) {
            Loaded out { state::personRecords(c.state, std::nullopt),
                         state::auditNames(c.state),
                         {} };
            // Reading keys/ is file I/O: here on the reader thread, not the UI's.
            for (const auto &entry : service::PersonKeys(dataDir).list())
                out.onThisPc.insert(entry.key);
            return out;
        },
        [this](Loaded result) {
            m_inFlight = false;
            if (!result.people || !result.names) {
                const auto &error = !result.people ? result.people.error() : result.names.error();
                m_message->setText(
                    tr("The people could not be read from the ledger: %1").arg(error.detail));
            } else {
                m_all = std::move(*result.people);
                m_names = std::move(*result.names);
                m_onThisPc = std::move(result.onThisPc);
                const QVariant wanted = m_orgFilter->count() > 0
                    ? m_orgFilter->currentData()
                    : QVariant(context().person ? context().person->orgId : 0u);
                const QSignalBlocker block(m_orgFilter);
                m_orgFilter->clear();
                m_orgFilter->addItem(tr("All organizations"), 0u);
                QList<std::uint32_t> ids = m_names.orgs.keys();
                std::sort(ids.begin(), ids.end());
                for (std::uint32_t id : ids)
                    m_orgFilter->addItem(m_names.orgName(id), id);
                m_orgFilter->setCurrentIndex(qMax(0, m_orgFilter->findData(wanted)));
                m_loaded = true;
                showRows();
            }
            if (std::exchange(m_again, false))
                reload();
            else
                Q_EMIT loaded();
        });
}

void PeoplePage::showRows()
{
    const std::optional<PersonRecord> before = selected();
    const std::uint32_t org = m_orgFilter->currentData().toUInt();
    m_shown.clear();
    for (const auto &p : m_all)
        if (org == 0 || p.orgId == org)
            m_shown.push_back(p);
    m_table->setRowCount(int(m_shown.size()));
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < int(m_shown.size()); ++row) {
        const PersonRecord &p = m_shown[std::size_t(row)];
        QString status;
        switch (p.ended) {
        case PersonRecord::Ended::No: status = tr("Enrolled"); break;
        case PersonRecord::Ended::Removed:
            status = tr("Removed %1: %2").arg(DomainText::date(p.endedMs), p.endReason);
            break;
        case PersonRecord::Ended::KeyReplaced:
            status = tr("Key replaced %1").arg(DomainText::date(p.endedMs));
            break;
        case PersonRecord::Ended::OrgRemoved: status = tr("Organization removed"); break;
        }
        const QString cells[ColumnCount] = {
            p.displayName,
            m_names.orgName(p.orgId),
            DomainText::roles(p.roles),
            p.sinceMs > 0 ? DomainText::date(p.sinceMs) : tr("founder"),
            crypto::fingerprint(p.key),
            m_onThisPc.contains(p.key) ? (p.current() ? tr("Yes") : tr("Key file left"))
                                       : QString(),
            status,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (!p.current())
                item->setForeground(grey);
            if (column == Key)
                item->setFont(QFont(QStringLiteral("monospace")));
            m_table->setItem(row, column, item);
        }
        if (before && before->key == p.key)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    const qsizetype current
        = std::count_if(m_shown.begin(), m_shown.end(), [](const auto &p) { return p.current(); });
    m_message->setText(tr("%1 enrolled, %2 removed or replaced. Greyed rows can sign nothing.")
                           .arg(current)
                           .arg(qsizetype(m_shown.size()) - current));
    updateButtons();
}

void PeoplePage::selectRow(int row)
{
    m_table->selectRow(row);
}

void PeoplePage::setOrganizationFilter(std::uint32_t orgId)
{
    m_orgFilter->setCurrentIndex(qMax(0, m_orgFilter->findData(orgId)));
}

std::optional<PersonRecord> PeoplePage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= int(m_shown.size()))
        return std::nullopt;
    return m_shown[std::size_t(rows.first().row())];
}

bool PeoplePage::signerIsPartySecretary() const
{
    const SignedInPerson *p = context().person;
    return p && chain::hasRole(p->roles, chain::Role::Secretary)
        && m_names.orgs.value(p->orgId).kind == chain::OrgKind::PartyCommittee;
}

bool PeoplePage::mayManage(const PersonRecord &person) const
{
    const SignedInPerson *p = context().person;
    const bool manager = p
        && (chain::hasRole(p->roles, chain::Role::Admin)
            || chain::hasRole(p->roles, chain::Role::Secretary));
    return manager && person.current() && (person.orgId == p->orgId || signerIsPartySecretary());
}

void PeoplePage::updateButtons()
{
    const SignedInPerson *p = context().person;
    m_add->setEnabled(m_loaded && p
                      && (chain::hasRole(p->roles, chain::Role::Admin)
                          || chain::hasRole(p->roles, chain::Role::Secretary)));
    const auto person = selected();
    const bool manage = person && mayManage(*person);
    m_roles->setEnabled(manage);
    m_remove->setEnabled(manage && person->key != p->key.publicKey());
    // Enabled for anyone manageable; for another organization's person the
    // click explains the way that works (remove, enrol again).
    m_newKey->setEnabled(manage);
}

PersonKeyDialog *PeoplePage::createAddDialog()
{
    return m_loaded ? new PersonKeyDialog(context(), m_names, this) : nullptr;
}

PersonKeyDialog *PeoplePage::createNewKeyDialog()
{
    const auto person = selected();
    if (!person || !mayManage(*person))
        return nullptr;
    // PersonKeyRotated: the person themselves or their own organization's
    // administrator or secretary (ledger/state/ApplyConsortium.cpp).
    if (person->orgId != context().person->orgId) {
        m_message->setText(
            tr("Only %1's own organization (an administrator or secretary of %2) can give them "
               "a new key. You can instead remove %1 and enrol them again: they then get a new "
               "key and password, with the roles you tick.")
                .arg(person->displayName, m_names.orgName(person->orgId)));
        return nullptr;
    }
    return new PersonKeyDialog(context(), m_names, *person, this);
}

PersonChangeDialog *PeoplePage::createRolesDialog()
{
    const auto person = selected();
    if (!person || !mayManage(*person))
        return nullptr;
    return new PersonChangeDialog(PersonChangeDialog::Kind::Roles, context(), m_names, *person,
                                  this);
}

PersonChangeDialog *PeoplePage::createRemoveDialog()
{
    const auto person = selected();
    if (!person || !mayManage(*person))
        return nullptr;
    return new PersonChangeDialog(PersonChangeDialog::Kind::Remove, context(), m_names, *person,
                                  this);
}

void PeoplePage::openDialog(QDialog *dialog)
{
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &PeoplePage::reload);
    dialog->open();
}

QList<QPair<QString, QWidget *>> PeoplePage::createTourDialogs()
{
    QList<QPair<QString, QWidget *>> out;
    if (auto *add = createAddDialog()) {
        add->fill(tr("Wang Fang"), std::uint8_t(chain::Role::Staff), QStringLiteral("********"));
        out.append({ QStringLiteral("people-add"), add });
    }
    for (int row = 0; row < int(m_shown.size()); ++row) {
        if (m_shown[std::size_t(row)].current()
            && m_shown[std::size_t(row)].key != context().person->key.publicKey()) {
            selectRow(row);
            break;
        }
    }
    if (auto *roles = createRolesDialog())
        out.append({ QStringLiteral("people-roles"), roles });
    if (auto *remove = createRemoveDialog()) {
        remove->setReason(tr("Left the community office"));
        out.append({ QStringLiteral("people-remove"), remove });
    }
    if (auto *newKey = createNewKeyDialog())
        out.append({ QStringLiteral("people-new-key"), newKey });
    return out;
}

} // namespace ui
