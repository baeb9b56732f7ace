#pragma once

#include "ledger/domain/RecordPayloads.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace ui {

// Writes a governance record: a new one or a draft (saved locally, or
// submitted to the ledger), or an amendment of a record already on the
// ledger (new content and a reason; the kind stays). The form shows only the
// fields of the chosen kind: financial lines, a task's assignee and deadline,
// an activity's times, capacity and award rule. Attachments are copied into
// the local content-addressed store when added. Validation uses the ledger's
// own rules before anything is sent.
class RecordEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Draft, Amendment };
    enum class Action { None, SaveDraft, Submit };

    RecordEditorDialog(Mode mode, QHash<std::uint32_t, QString> organizations,
                       QString attachmentRoot, QWidget *parent = nullptr);

    void setRecord(const ledger::domain::RecordSubmitted &record);
    ledger::domain::RecordSubmitted record() const; // only the chosen kind's fields
    QString amendmentReason() const;
    Action action() const { return m_action; }

    // Adds a file to the attachment list (copied into the store); false with
    // a message shown in the dialog if it cannot be read or stored.
    bool addAttachmentFile(const QString &path);

private:
    void buildForm();
    void kindChanged();
    void addLine(const ledger::domain::FinancialLine &line);
    void finish(Action action);
    QString explain(const ledger::core::Error &error) const;
    void refreshAttachments();

    Mode m_mode;
    QHash<std::uint32_t, QString> m_organizations;
    QString m_attachmentRoot;
    Action m_action = Action::None;
    std::vector<ledger::domain::AttachmentRef> m_attachments;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QStackedWidget *m_kindFields = nullptr;
    QTableWidget *m_lines = nullptr;
    QComboBox *m_assignee = nullptr;
    QDateTimeEdit *m_deadline = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_awardRule = nullptr;
    QListWidget *m_attachmentList = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ui
