#include "ui/residents/ResidentsPage.h"

#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/ResidentListQueries.h"
#include "ledger/store/BlockStore.h"
#include "ui/common/CsvWriter.h"
#include "ui/common/DomainText.h"
#include "ui/credit/PendingList.h"
#include "ui/residents/RegisterResidentDialog.h"
#include "ui/residents/RegistryHost.h"
#include "ui/residents/RegistryKeyDialog.h"
#include "ui/residents/ResidentIdNumber.h"
#include "ui/residents/ResidentListModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <map>

namespace ui {

using ledger::service::QueryContext;

namespace {
constexpr int RefreshDelayMs = 300;
constexpr int SearchDelayMs = 250;
} // namespace

ResidentsPage::ResidentsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_registry(new RegistryHost(*context.ledger, this))
    , m_model(new ResidentListModel(this))
    , m_pending(new PendingList(context, this))
    , m_warning(new QLabel(this))
    , m_keyButton(new QPushButton(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_register(new QPushButton(tr("Register a resident…"), this))
    , m_changePin(new QPushButton(tr("Change PIN…"), this))
    , m_consent(new QPushButton(tr("Name on rankings…"), this))
    , m_remove(new QPushButton(tr("Remove from registry…"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_refreshTimer(new QTimer(this))
{
    m_warning->setObjectName(QStringLiteral("registryWarningLabel"));
    m_keyButton->setObjectName(QStringLiteral("registryKeyButton"));
    m_search->setObjectName(QStringLiteral("residentSearchEdit"));
    m_table->setObjectName(QStringLiteral("residentsTable"));
    m_count->setObjectName(QStringLiteral("residentCountLabel"));
    m_register->setObjectName(QStringLiteral("registerResidentButton"));
    m_changePin->setObjectName(QStringLiteral("changePinButton"));
    m_consent->setObjectName(QStringLiteral("consentButton"));
    m_remove->setObjectName(QStringLiteral("removeResidentButton"));
    m_export->setObjectName(QStringLiteral("exportResidentsButton"));

    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #f0c36d; padding: 8px; }"));
    m_warning->hide();
    m_keyButton->hide();
    m_search->setPlaceholderText(tr("Search by name, phone, resident number or ID number"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ResidentListModel::NameColumn, 160);
    m_table->setColumnWidth(ResidentListModel::NumberColumn, 110);
    m_table->setColumnWidth(ResidentListModel::MaskedColumn, 160);
    m_table->setColumnWidth(ResidentListModel::BalanceColumn, 110);

    auto *title = new QLabel(tr("Residents registered by this organization"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    auto *privacy = new QLabel(tr("Names, ID numbers and phones are kept only in this PC's "
                                  "encrypted registry; the ledger knows residents by number."),
                               this);
    privacy->setWordWrap(true);
    privacy->setStyleSheet(QStringLiteral("color: #555;"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_register);
    top->addWidget(m_export);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_changePin);
    actions->addWidget(m_consent);
    actions->addWidget(m_remove);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warning, 1);
    warningRow->addWidget(m_keyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(privacy);
    layout->addLayout(warningRow);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_pending);

    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(SearchDelayMs);
    connect(searchTimer, &QTimer::timeout, this, &ResidentsPage::search);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ResidentsPage::search);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResidentsPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResidentsPage::updateState);
    connect(m_register, &QPushButton::clicked, this, [this] {
        auto *dialog = createRegisterDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_changePin, &QPushButton::clicked, this, &ResidentsPage::changePinOfSelected);
    connect(m_consent, &QPushButton::clicked, this, &ResidentsPage::changeConsentOfSelected);
    connect(m_remove, &QPushButton::clicked, this, &ResidentsPage::removeSelected);
    connect(m_export, &QPushButton::clicked, this, &ResidentsPage::exportWithDialog);
    connect(m_keyButton, &QPushButton::clicked, this, &ResidentsPage::setUpKey);
    connect(m_registry, &RegistryHost::unlockFailed, this, [this] {
        QMessageBox::warning(this, tr("Unlock the resident registry"),
                             tr("That passphrase does not unlock the registry key."));
    });
    connect(m_registry, &RegistryHost::stateChanged, this, [this] {
        updateState();
        loadNames();
    });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ResidentsPage::reload);
    connect(context.ledger, &ledger::service::LedgerService::blockCommitted, m_refreshTimer,
            qOverload<>(&QTimer::start));
    m_pending->adoptOutbox({ ledger::chain::TxType::ResidentEnrolled,
                             ledger::chain::TxType::ResidentPinChanged,
                             ledger::chain::TxType::ResidentConsentSet });
    m_registry->start();
    reload();
    updateState();
}

ResidentsPage::~ResidentsPage() = default;

QString ResidentsPage::title() const
{
    return tr("Residents");
}

QIcon ResidentsPage::icon() const
{
    return QIcon(QStringLiteral(":/residents/residents.svg"));
}

void ResidentsPage::activate(const QVariantMap &filter)
{
    Q_UNUSED(filter);
    m_search->setFocus();
}

void ResidentsPage::reload()
{
    struct Loaded {
        std::vector<ResidentListModel::Row> rows;
        QString community;
    };
    using Result = ledger::core::Result<Loaded>;
    const std::uint32_t orgId = context().ledger->config().orgId;
    context().ledger->query<Result>(
        this,
        [orgId](const QueryContext &c) -> Result {
            auto rows = GONGZHI_TRY(ledger::state::residentList(c.state, orgId));
            Loaded out;
            out.community = GONGZHI_TRY(ledger::state::organizationName(c.state, orgId));
            // Residents are enrolled in few blocks: one header read per height.
            std::map<std::uint64_t, std::int64_t> times;
            out.rows.reserve(rows.size());
            for (auto &r : rows) {
                auto [at, fresh] = times.try_emplace(r.enrolledHeight, 0);
                if (fresh) {
                    if (auto header = c.blocks.header(r.enrolledHeight))
                        at->second = header->timestampMs;
                }
                out.rows.push_back({ std::move(r), at->second });
            }
            return out;
        },
        [this](Result loaded) {
            if (!loaded) {
                m_count->setText(
                    tr("The residents could not be read: %1").arg(loaded.error().detail));
                return;
            }
            m_community = loaded->community;
            const QByteArray selected = selectedPseudonym();
            m_model->setRows(std::move(loaded->rows));
            for (int row = 0; row < m_model->rowCount() && !selected.isEmpty(); ++row) {
                if (m_model->rowAt(row)->ledger.pseudonym == selected)
                    m_table->selectRow(row);
            }
            loadNames();
            updateState();
            Q_EMIT listLoaded();
        });
}

void ResidentsPage::loadNames()
{
    if (m_loadingNames || m_registry->state() != RegistryHost::State::Ready)
        return;
    const QList<QByteArray> missing = m_model->pseudonymsWithoutName();
    if (missing.isEmpty())
        return;
    m_loadingNames = true;
    using Names = QHash<QByteArray, ResidentListModel::Private>;
    m_registry->run<Names>(
        this,
        [missing](RegistryHost::Registry *registry) {
            Names names;
            for (const QByteArray &p : missing) {
                const auto pseudonym = ledger::domain::Pseudonym::fromBytes(p);
                if (!registry || !pseudonym)
                    continue;
                // Other fields are decrypted too but dropped here: only the name
                // is shown and the phone searched.
                if (auto d = registry->details(*pseudonym))
                    names.insert(p, { d->name, d->phone });
                else
                    names.insert(p, {}); // removed: not asked again
            }
            return names;
        },
        [this](Names names) {
            m_loadingNames = false;
            m_model->setPrivate(std::move(names));
            loadNames(); // rows that arrived meanwhile
        });
}

void ResidentsPage::search()
{
    const QString text = m_search->text().trimmed();
    if (!ResidentIdNumber::isValid(text)) {
        m_model->setFilter(text);
        return;
    }
    // An ID number: exact, through the registry's blind index.
    using Found = ledger::core::Result<ledger::domain::Pseudonym>;
    const QString id = ResidentIdNumber::normalize(text);
    m_registry->run<Found>(
        this,
        [id](RegistryHost::Registry *registry) -> Found {
            if (!registry)
                return ledger::core::fail(ledger::core::ErrorCode::Unavailable,
                                          QStringLiteral("registry not open"));
            return registry->findByIdNumber(id);
        },
        [this, text](Found found) {
            if (m_search->text().trimmed() != text)
                return; // typed on meanwhile
            m_model->setFilter(text, found ? found->toByteArray() : QByteArray(1, '\0'));
        });
}

void ResidentsPage::updateState()
{
    using State = RegistryHost::State;
    using Location = RegistryHost::KeyLocation;
    const State state = m_registry->state();
    const bool ready = state == State::Ready;
    QString warning;
    QString keyAction;
    switch (state) {
    case State::Loading: warning = tr("Opening the resident registry…"); break;
    case State::NoKey:
        if (m_registry->canCreate()) {
            warning = tr("This PC has no resident registry yet. Create it to register residents.");
            keyAction = tr("Create the registry…");
        } else {
            warning = tr("The resident registry's key is not on this PC (neither in keys/ nor in "
                         "the system keychain), so names cannot be shown and nobody can be "
                         "registered. Restore the key from your backup.");
        }
        break;
    case State::NeedsPassphrase:
        warning = tr("The resident registry is locked: its key is protected by a passphrase.");
        keyAction = tr("Unlock…");
        break;
    case State::Failed:
        warning = tr("The resident registry could not be opened: %1").arg(m_registry->problem());
        break;
    case State::Ready:
        if (m_registry->keyLocation() == Location::ProtectedFile
            || m_registry->keyLocation() == Location::Memory)
            warning = tr("No system keychain is available: the registry key is kept in a file "
                         "protected only by its passphrase (keys/registry-key.json). Keep the "
                         "passphrase safe and back the file up.");
        else if (m_registry->keyLocation() == Location::PlainFile)
            warning = tr("The registry key is stored unprotected in keys/registry.key (demo or "
                         "kiosk set-up): anyone who can read this PC's files can read residents' "
                         "details.");
        break;
    }
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_keyButton->setText(keyAction);
    m_keyButton->setVisible(!keyAction.isEmpty());

    const bool selected = !selectedPseudonym().isEmpty();
    const bool named = selected && !m_model->nameOf(selectedPseudonym()).isEmpty();
    m_register->setEnabled(ready);
    m_changePin->setEnabled(ready && named);
    m_consent->setEnabled(ready && named);
    m_remove->setEnabled(ready && named);
    m_export->setEnabled(m_model->totalCount() > 0);
    m_count->setText(
        m_model->rowCount() == m_model->totalCount()
            ? tr("%n resident(s)", nullptr, m_model->totalCount())
            : tr("%1 of %2 residents").arg(m_model->rowCount()).arg(m_model->totalCount()));
}

void ResidentsPage::setUpKey()
{
    if (m_registry->state() == RegistryHost::State::NeedsPassphrase) {
        auto *dialog = new RegistryKeyDialog(RegistryKeyDialog::Mode::Unlock, QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { m_registry->unlock(dialog->passphrase()); });
        dialog->open();
        return;
    }
    if (!m_registry->canCreate())
        return;
    m_keyButton->setEnabled(false);
    // The keychain first; only when it does not answer, a passphrase file.
    connect(
        m_registry, &RegistryHost::keychainFailed, this,
        [this](const QString &why) {
            m_keyButton->setEnabled(true);
            auto *dialog = new RegistryKeyDialog(RegistryKeyDialog::Mode::Create, why, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this,
                    [this, dialog] { m_registry->createInProtectedFile(dialog->passphrase()); });
            dialog->open();
        },
        Qt::SingleShotConnection);
    m_registry->createInKeychain();
}

QByteArray ResidentsPage::selectedPseudonym() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const auto *row = m_model->rowAt(rows.first().row());
    return row ? row->ledger.pseudonym : QByteArray();
}

ledger::core::Status ResidentsPage::exportCsv(const QString &path) const
{
    // Privacy (docs/privacy.md): names are for this organization's staff, who
    // may see them here anyway; the ID number and phone never leave the
    // registry, so they are not even read into this page's rows.
    CsvWriter csv(path);
    if (auto opened = csv.open(); !opened)
        return opened;
    csv.writeRow({ tr("Resident no."), tr("Name"), tr("Name on rankings"), tr("Points balance"),
                   tr("Registered") });
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto *r = m_model->rowAt(row);
        csv.writeRow({ QString::number(r->ledger.residentNo), m_model->nameOf(r->ledger.pseudonym),
                       r->ledger.maskedName, QString::number(r->ledger.balance),
                       r->enrolledMs > 0 ? DomainText::date(r->enrolledMs) : QString() });
    }
    return csv.finish();
}

void ResidentsPage::exportWithDialog()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u'/' + tr("residents.csv");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export residents"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = exportCsv(path); !saved)
        QMessageBox::warning(this, tr("Export residents"),
                             tr("The file could not be written: %1").arg(saved.error().detail));
}

} // namespace ui
