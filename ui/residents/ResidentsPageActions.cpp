// The residents page's actions on one resident: register (registry, then the
// ledger, then the slip), change PIN, change consent, remove from the registry.
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include "ui/credit/PendingList.h"
#include "ui/residents/ChangePinDialog.h"
#include "ui/residents/RegisterResidentDialog.h"
#include "ui/residents/RegistryHost.h"
#include "ui/residents/RegistryKeyDialog.h"
#include "ui/residents/ResidentListModel.h"
#include "ui/residents/ResidentSlipDialog.h"
#include "ui/residents/ResidentsPage.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

namespace ui {

using ledger::chain::TxType;
using ledger::core::ErrorCode;
using ledger::domain::Pseudonym;
using ledger::state::ResidentRegistry;

namespace {
QString residentLabel(const QString &name, std::int64_t residentNo)
{
    return QCoreApplication::translate("ui::ResidentsPage", "%1 (resident %2)")
        .arg(name)
        .arg(residentNo);
}
} // namespace

RegisterResidentDialog *ResidentsPage::createRegisterDialog()
{
    auto *dialog = new RegisterResidentDialog(this);
    connect(dialog, &RegisterResidentDialog::registerRequested, this,
            [this, dialog] { enrol(dialog); });
    return dialog;
}

void ResidentsPage::enrol(RegisterResidentDialog *dialog)
{
    const ResidentRegistry::Details details = dialog->details();
    const QString pin = dialog->pin();
    const bool consent = dialog->consent();
    QPointer<RegisterResidentDialog> guard(dialog);
    using Enrolled = ledger::core::Result<ResidentRegistry::Enrolment>;
    m_registry->run<Enrolled>(
        this,
        [details, pin](RegistryHost::Registry *registry) -> Enrolled {
            if (!registry)
                return ledger::core::fail(ErrorCode::Unavailable,
                                          QStringLiteral("the registry is not open"));
            return registry->enrol(details, pin);
        },
        [this, guard, details, pin, consent](Enrolled enrolled) {
            if (!enrolled) {
                const QString message = enrolled.error().code == ErrorCode::Conflict
                    ? tr("A resident with this ID number is already registered. Search for the "
                         "ID number to find them.")
                    : tr("The registry did not take the resident: %1").arg(enrolled.error().detail);
                if (guard)
                    guard->showError(message);
                return;
            }
            const QByteArray pseudonym = enrolled->pseudonym.toByteArray();
            m_pending->submit(TxType::ResidentEnrolled,
                              ledger::domain::encodePayload(ledger::domain::ResidentPin {
                                  enrolled->pseudonym, enrolled->pinVerifier }),
                              tr("Register %1").arg(details.name), pseudonym);
            if (consent) {
                m_pending->submit(
                    TxType::ResidentConsentSet,
                    ledger::domain::encodePayload(ledger::domain::ResidentConsentSet {
                        enrolled->pseudonym, true, ledger::domain::maskName(details.name) }),
                    tr("Show %1 on rankings").arg(details.name), pseudonym);
            }
            m_model->setPrivate({ { pseudonym, { details.name, details.phone } } });
            if (guard)
                guard->accept();
            auto *slip = new ResidentSlipDialog(
                { details.name, 0, enrolled->residentCode, pin, m_community }, this);
            slip->setAttribute(Qt::WA_DeleteOnClose);
            slip->open();
            Q_EMIT residentRegistered(pseudonym);
        });
}

void ResidentsPage::changePinOfSelected()
{
    const QByteArray pseudonym = selectedPseudonym();
    const auto *row = m_table ? m_model->rowAt(m_table->currentIndex().row()) : nullptr;
    if (pseudonym.isEmpty() || !row)
        return;
    const QString name = m_model->nameOf(pseudonym);
    const std::int64_t number = row->ledger.residentNo;
    auto *dialog = new ChangePinDialog(residentLabel(name, number), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, pseudonym, name, number] {
        const QString pin = dialog->pin();
        using Changed = ledger::core::Result<ledger::domain::PinVerifier>;
        m_registry->run<Changed>(
            this,
            [pseudonym, pin](RegistryHost::Registry *registry) -> Changed {
                const auto p = Pseudonym::fromBytes(pseudonym);
                if (!registry || !p)
                    return ledger::core::fail(ErrorCode::Unavailable,
                                              QStringLiteral("the registry is not open"));
                return registry->changePin(*p, pin);
            },
            [this, pseudonym, pin, name, number](Changed verifier) {
                if (!verifier) {
                    QMessageBox::warning(
                        this, tr("Change PIN"),
                        tr("The PIN was not changed: %1").arg(verifier.error().detail));
                    return;
                }
                m_pending->submit(TxType::ResidentPinChanged,
                                  ledger::domain::encodePayload(ledger::domain::ResidentPin {
                                      *Pseudonym::fromBytes(pseudonym), *verifier }),
                                  tr("New PIN for %1").arg(name), pseudonym);
                auto *slip
                    = new ResidentSlipDialog({ name, number, QString(), pin, m_community }, this);
                slip->setAttribute(Qt::WA_DeleteOnClose);
                slip->open();
            });
    });
    dialog->open();
}

void ResidentsPage::changeConsentOfSelected()
{
    const QByteArray pseudonym = selectedPseudonym();
    const auto *row = m_model->rowAt(m_table->currentIndex().row());
    if (pseudonym.isEmpty() || !row)
        return;
    const QString name = m_model->nameOf(pseudonym);
    const bool consented = row->ledger.consent;
    const QString masked = ledger::domain::maskName(name);
    const QString question = consented
        ? tr("Rankings now show %1 as %2. Withdraw the consent? Rankings will show the resident "
             "number only.")
              .arg(name, row->ledger.maskedName)
        : tr("Has %1 agreed to appear on public rankings as %2?").arg(name, masked);
    if (QMessageBox::question(this, tr("Name on rankings"), question) != QMessageBox::Yes)
        return;
    setConsent(pseudonym, !consented);
}

void ResidentsPage::setConsent(const QByteArray &pseudonym, bool consent)
{
    const auto p = Pseudonym::fromBytes(pseudonym);
    const QString name = m_model->nameOf(pseudonym);
    if (!p || name.isEmpty())
        return;
    m_pending->submit(TxType::ResidentConsentSet,
                      ledger::domain::encodePayload(ledger::domain::ResidentConsentSet {
                          *p, consent, consent ? ledger::domain::maskName(name) : QString() }),
                      consent ? tr("Show %1 on rankings").arg(name)
                              : tr("Hide %1 from rankings").arg(name),
                      pseudonym);
}

void ResidentsPage::removeSelected()
{
    const QByteArray pseudonym = selectedPseudonym();
    const auto *row = m_model->rowAt(m_table->currentIndex().row());
    if (pseudonym.isEmpty() || !row)
        return;
    const QString name = m_model->nameOf(pseudonym);
    QMessageBox box(QMessageBox::Warning, tr("Remove from registry"),
                    tr("Remove %1 from this PC's registry (for example after moving away)?")
                        .arg(residentLabel(name, row->ledger.residentNo)),
                    QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("The name, ID number, phone, address and PIN are deleted for good and cannot be "
           "restored. The ledger's history stays valid but anonymous: points and feedback remain "
           "under resident number %1, which no one can link to this person any more.")
            .arg(row->ledger.residentNo));
    auto *remove = box.addButton(tr("Remove for good"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(remove))
        removeFromRegistry(pseudonym);
}

void ResidentsPage::removeFromRegistry(const QByteArray &pseudonym)
{
    m_registry->run<ledger::core::Status>(
        this,
        [pseudonym](RegistryHost::Registry *registry) -> ledger::core::Status {
            const auto p = Pseudonym::fromBytes(pseudonym);
            if (!registry || !p)
                return ledger::core::fail(ErrorCode::Unavailable,
                                          QStringLiteral("the registry is not open"));
            return registry->remove(*p);
        },
        [this, pseudonym](ledger::core::Status removed) {
            if (!removed) {
                QMessageBox::warning(
                    this, tr("Remove from registry"),
                    tr("The resident was not removed: %1").arg(removed.error().detail));
                return;
            }
            // Consent on the ledger would still show the masked name: withdraw it.
            if (const auto *row = m_model->find(pseudonym); row && row->ledger.consent)
                setConsent(pseudonym, false);
            // Known and empty: the list shows "not in the registry" and never asks again.
            m_model->setPrivate({ { pseudonym, {} } });
            Q_EMIT residentRemoved(pseudonym);
        });
}

QList<QPair<QString, QWidget *>> ResidentsPage::createTourDialogs()
{
    // The first row's resident where the registry names one; the slip's code
    // and PIN are samples (real ones exist only at registration).
    QString name = QStringLiteral("王建国");
    std::int64_t number = 1024;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto *r = m_model->rowAt(row);
        if (!m_model->nameOf(r->ledger.pseudonym).isEmpty()) {
            name = m_model->nameOf(r->ledger.pseudonym);
            number = r->ledger.residentNo;
            break;
        }
    }
    QList<QPair<QString, QWidget *>> out;
    out.append({ QStringLiteral("residents-register"), createRegisterDialog() });
    out.append({ QStringLiteral("residents-slip"),
                 new ResidentSlipDialog({ name, 0, QStringLiteral("0148302715"),
                                          QStringLiteral("482913"), m_community },
                                        this) });
    out.append({ QStringLiteral("residents-change-pin"),
                 new ChangePinDialog(residentLabel(name, number), this) });
    out.append(
        { QStringLiteral("residents-passphrase"),
          new RegistryKeyDialog(RegistryKeyDialog::Mode::Create,
                                QStringLiteral("no Secret Service on the session bus"), this) });
    return out;
}

} // namespace ui
