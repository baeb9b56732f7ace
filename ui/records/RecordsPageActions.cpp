// RecordsPage: local drafts and queued submissions, the editor, the detail
// view's actions and what is sent to the ledger.
#include "ledger/domain/PayloadCodec.h"
#include "ledger/store/BlockStore.h"
#include "ui/records/PublicNoticePrinter.h"
#include "ui/records/RecordEditorDialog.h"
#include "ui/records/RecordHtml.h"
#include "ui/records/RecordProgressDialog.h"
#include "ui/records/RecordsPage.h"

#include <QFileDialog>
#include <QStandardPaths>
#include <QTableView>

using namespace ledger;
using chain::TxType;

namespace ui {

namespace {

bool isRecordType(TxType t)
{
    const auto v = std::uint16_t(t);
    return v >= std::uint16_t(TxType::RecordSubmitted)
        && v <= std::uint16_t(TxType::RecordWithdrawn);
}

} // namespace

void RecordsPage::reloadLocalItems()
{
    const SignedInPerson *person = context().person;
    if (!person || !context().ledger || !drafts())
        return;
    auto list = drafts()->drafts(person->key.publicKey().toByteArray());
    if (!list) {
        showMessage(tr("Drafts cannot be read: %1").arg(list.error().detail), true);
        return;
    }
    const auto outbox = context().ledger->outbox();
    settleSubmittedDrafts(*list, outbox);

    const state::RecordListQuery &q = m_model->query();
    const auto matches = [&q](const state::RecordRow &r) {
        if (q.filter.status || (q.filter.kind && *q.filter.kind != r.kind))
            return false; // a status filter is about the ledger's statuses
        return q.text.isEmpty() || r.title.contains(q.text, Qt::CaseInsensitive)
            || r.body.contains(q.text, Qt::CaseInsensitive);
    };
    std::vector<RecordListItem> items;
    int waiting = 0;
    for (const auto &s : outbox) {
        if (!isRecordType(s.type))
            continue;
        RecordListItem item { RecordListItem::Origin::Queued, {}, 0, s.txId.toByteArray() };
        item.row.orgId = person->orgId;
        item.row.updatedMs = s.createdMs;
        item.row.title = queuedActionText(s.type);
        for (const auto &d : *list) {
            if (d.submittedTx == item.txId) {
                item.draftId = d.id;
                item.row.kind = d.record.kind;
                item.row.title = d.record.content.title;
                item.row.body = d.record.content.body;
            }
        }
        if (matches(item.row) || s.type != TxType::RecordSubmitted)
            items.push_back(std::move(item));
    }
    for (const auto &d : *list) {
        if (!d.submittedTx.isEmpty())
            continue;
        ++waiting;
        RecordListItem item { RecordListItem::Origin::Draft, {}, d.id, {} };
        item.row.kind = d.record.kind;
        item.row.title = d.record.content.title;
        item.row.body = d.record.content.body;
        item.row.orgId = person->orgId;
        item.row.updatedMs = d.updatedMs;
        if (matches(item.row))
            items.push_back(std::move(item));
    }
    m_model->setLocalItems(std::move(items));
    setBadge(waiting);
    Q_EMIT localItemsChanged();
}

QString RecordsPage::queuedActionText(TxType type) const
{
    switch (type) {
    case TxType::RecordSubmitted: return tr("New record");
    case TxType::RecordApproved: return tr("Approval of a record");
    case TxType::RecordRejected: return tr("Rejection of a record");
    case TxType::RecordPublished: return tr("Publishing a record");
    case TxType::RecordProgress: return tr("Progress update");
    case TxType::RecordCompleted: return tr("Completion of a record");
    case TxType::RecordAmended: return tr("Amendment of a record");
    case TxType::RecordWithdrawn: return tr("Withdrawal of a record");
    default: return tr("Record action");
    }
}

void RecordsPage::settleSubmittedDrafts(const std::vector<RecordDraft> &list,
                                        const std::vector<service::Submission> &outbox)
{
    // A submitted draft is kept until its submission is final: then it is
    // dropped if the ledger took it, or becomes a draft again if rejected.
    for (const auto &d : list) {
        if (d.submittedTx.isEmpty())
            continue;
        const bool pending = std::any_of(outbox.begin(), outbox.end(), [&d](const auto &s) {
            return s.txId.toByteArray() == d.submittedTx;
        });
        if (pending)
            continue;
        const auto txId = chain::TxId::fromBytes(d.submittedTx);
        if (!txId)
            continue;
        const qint64 draftId = d.id;
        context().ledger->query<std::optional<state::TxOutcome>>(
            this,
            [id = *txId](const service::QueryContext &c) -> std::optional<state::TxOutcome> {
                const auto height = c.blocks.transactionHeight(id);
                if (!height)
                    return std::nullopt; // not on the chain (yet)
                return c.queries.txOutcome(id, *height);
            },
            [this, draftId](std::optional<state::TxOutcome> outcome) {
                if (!outcome || !drafts())
                    return;
                if (outcome->outcome == state::TxOutcome::Rejected)
                    (void)drafts()->markSubmitted(draftId, QByteArray());
                else
                    (void)drafts()->remove(draftId);
                reloadLocalItems();
            });
    }
}

void RecordsPage::openRow(int row)
{
    const RecordListItem *item = m_model->item(row);
    if (!item)
        return;
    switch (item->origin) {
    case RecordListItem::Origin::Draft:
        if (drafts()) {
            auto list = drafts()->drafts(context().person->key.publicKey().toByteArray());
            for (const auto &d : list ? *list : std::vector<RecordDraft>()) {
                if (d.id == item->draftId)
                    editDraft(d);
            }
        }
        break;
    case RecordListItem::Origin::Queued:
        showMessage(tr("This submission is waiting to be sent: it is saved on this PC and goes to "
                       "the ledger as soon as enough organizations can be reached."));
        break;
    case RecordListItem::Origin::Ledger: openRecord(item->row.recordId); break;
    }
}

RecordEditorDialog *RecordsPage::newRecord()
{
    editDraft(RecordDraft {});
    return findChildren<RecordEditorDialog *>().isEmpty()
        ? nullptr
        : findChildren<RecordEditorDialog *>().last();
}

void RecordsPage::editDraft(const RecordDraft &draft)
{
    if (!context().person) {
        showMessage(tr("Sign in to write records."), true);
        return;
    }
    auto *editor = new RecordEditorDialog(RecordEditorDialog::Mode::Draft, m_organizations,
                                          attachmentRoot(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (draft.id != 0)
        editor->setRecord(draft.record);
    const qint64 draftId = draft.id;
    connect(editor, &QDialog::accepted, this,
            [this, editor, draftId] { editorFinished(editor, draftId); });
    editor->open();
}

void RecordsPage::editorFinished(RecordEditorDialog *editor, qint64 draftId)
{
    if (!drafts())
        return;
    RecordDraft draft;
    draft.id = draftId;
    draft.record = editor->record();
    auto saved = drafts()->save(context().person->key.publicKey().toByteArray(), draft);
    if (!saved) {
        showMessage(tr("The draft cannot be saved: %1").arg(saved.error().detail), true);
        return;
    }
    if (editor->action() == RecordEditorDialog::Action::Submit)
        submitDraft(*saved, draft.record);
    else
        showMessage(tr("Draft saved on this PC. It is not on the ledger until you submit it."));
    reloadLocalItems();
}

void RecordsPage::submitDraft(qint64 draftId, const domain::RecordSubmitted &record)
{
    const auto txId = context().ledger->submit(
        TxType::RecordSubmitted, domain::encodePayload(record), context().person->key, this,
        [this](const service::Submission &s) {
            if (s.stage == service::Submission::Stage::Rejected)
                showMessage(tr("The record was not accepted: %1").arg(s.reason), true);
            else if (s.stage == service::Submission::Stage::Applied)
                showMessage(tr("The record is on the ledger (block %1).").arg(s.height));
            reloadLocalItems();
        });
    if (auto marked = drafts()->markSubmitted(draftId, txId.toByteArray()); !marked)
        showMessage(tr("The draft cannot be updated: %1").arg(marked.error().detail), true);
    else
        showMessage(tr("Submitted. It is listed as queued until the ledger has it."));
    reloadLocalItems();
}

RecordDetailDialog *RecordsPage::openRecord(const QByteArray &recordId)
{
    auto *dialog = new RecordDetailDialog(context(), recordId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDetails.removeAll(nullptr); // closed ones
    m_openDetails.append(dialog);
    connect(dialog, &RecordDetailDialog::actionRequested, this,
            [this, dialog](RecordDetailDialog::Action a) { detailAction(dialog, a); });
    dialog->open();
    return dialog;
}

void RecordsPage::send(TxType type, const QByteArray &payload, const QString &what,
                       std::function<void(const service::Submission &)> onFinal)
{
    context().ledger->submit(
        type, payload, context().person->key, this,
        [this, what, onFinal](const service::Submission &s) {
            using Stage = service::Submission::Stage;
            switch (s.stage) {
            case Stage::Queued: showMessage(tr("%1: queued, waiting to be sent.").arg(what)); break;
            case Stage::Sent: showMessage(tr("%1: sent, waiting for the ledger.").arg(what)); break;
            case Stage::Applied:
                showMessage(tr("%1: done (block %2).").arg(what).arg(s.height));
                break;
            case Stage::HeldForApproval:
                showMessage(tr("%1: waiting for a secretary's approval.").arg(what));
                break;
            case Stage::Rejected:
                showMessage(tr("%1: not accepted: %2").arg(what, s.reason), true);
                break;
            }
            if (onFinal && s.stage != Stage::Queued && s.stage != Stage::Sent)
                onFinal(s);
        });
    showMessage(tr("%1: queued, waiting to be sent.").arg(what));
    reloadLocalItems();
}

void RecordsPage::detailAction(RecordDetailDialog *dialog, RecordDetailDialog::Action action)
{
    if (!dialog->data().detail || !context().person)
        return;
    const auto recordId = chain::TxId::fromBytes(dialog->recordId());
    if (!recordId)
        return;
    using A = RecordDetailDialog::Action;
    switch (action) {
    case A::Publish:
        send(TxType::RecordPublished, domain::encodePayload(domain::RecordRef { *recordId }),
             tr("Publishing"));
        break;
    case A::Progress:
    case A::Complete:
    case A::Withdraw: {
        const auto mode = action == A::Progress ? RecordProgressDialog::Mode::Progress
            : action == A::Complete             ? RecordProgressDialog::Mode::Complete
                                                : RecordProgressDialog::Mode::Withdraw;
        auto *input = new RecordProgressDialog(mode, dialog->data().detail->row.percent, dialog);
        input->setAttribute(Qt::WA_DeleteOnClose);
        connect(input, &QDialog::accepted, this, [this, input, id = *recordId] {
            if (input->mode() == RecordProgressDialog::Mode::Withdraw) {
                send(TxType::RecordWithdrawn,
                     domain::encodePayload(domain::RecordDecision { id, input->text() }),
                     tr("Withdrawal"));
                return;
            }
            const bool complete = input->mode() == RecordProgressDialog::Mode::Complete;
            domain::RecordProgress p { id, std::uint8_t(input->percent()), input->text(), {} };
            send(complete ? TxType::RecordCompleted : TxType::RecordProgress,
                 domain::encodePayload(p), complete ? tr("Completion") : tr("Progress update"));
        });
        input->open();
        break;
    }
    case A::Amend: amend(dialog); break;
    case A::PrintNotice: noticeAction(dialog, false); break;
    case A::SaveNoticePdf: noticeAction(dialog, true); break;
    }
}

void RecordsPage::amend(RecordDetailDialog *dialog)
{
    const state::RecordDetail &d = *dialog->data().detail;
    auto *editor = new RecordEditorDialog(RecordEditorDialog::Mode::Amendment, m_organizations,
                                          attachmentRoot(), dialog);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    domain::RecordSubmitted current;
    current.kind = d.row.kind;
    current.content.title = d.row.title;
    current.content.body = d.row.body;
    current.content.lines = d.lines;
    for (const auto &a : d.attachments)
        current.content.attachments.push_back(a.ref);
    editor->setRecord(current);
    const auto recordId = *chain::TxId::fromBytes(d.row.recordId);
    connect(editor, &QDialog::accepted, this, [this, editor, recordId] {
        domain::RecordAmended p { recordId, editor->amendmentReason(), editor->record().content };
        send(TxType::RecordAmended, domain::encodePayload(p), tr("Amendment"));
    });
    editor->open();
}

void RecordsPage::noticeAction(RecordDetailDialog *dialog, bool pdf)
{
    const QString html = RecordHtml::publicNotice(
        *dialog->data().detail, dialog->data().organizations, dialog->publishedHeight());
    if (!pdf) {
        PublicNoticePrinter::preview(html, dialog);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        dialog, tr("Save public notice"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
            + dialog->data().detail->row.title + QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto saved = PublicNoticePrinter::savePdf(html, path); !saved)
        showMessage(tr("The PDF cannot be written: %1").arg(saved.error().detail), true);
    else
        showMessage(tr("Public notice saved to %1.").arg(path));
}

QList<QPair<QString, QWidget *>> RecordsPage::createTourDialogs()
{
    QList<QPair<QString, QWidget *>> out;
    auto *editor = new RecordEditorDialog(RecordEditorDialog::Mode::Draft, m_organizations,
                                          context().ledger ? attachmentRoot() : QString(), this);
    domain::RecordSubmitted sample;
    sample.kind = domain::RecordKind::Financial;
    sample.content.title = tr("Community garden renovation: costs");
    sample.content.body = tr("Costs of renovating the community garden, for residents to review.");
    sample.content.lines = { { domain::LineDirection::Income, tr("Street office grant"), 1500000 },
                             { domain::LineDirection::Expense, tr("Plants and soil"), 623050 } };
    editor->setRecord(sample);
    out.append({ QStringLiteral("record-editor"), editor });
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RecordListItem *item = m_model->item(row);
        if (item && item->origin == RecordListItem::Origin::Ledger) {
            auto *detail = new RecordDetailDialog(context(), item->row.recordId, this);
            out.append({ QStringLiteral("record-detail"), detail });
            break;
        }
    }
    return out;
}

} // namespace ui
