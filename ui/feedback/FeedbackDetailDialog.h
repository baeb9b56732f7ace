#pragma once

#include "ledger/state/queries/FeedbackQueries.h"

#include <QDialog>

#include <map>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace ui {

struct AppContext;
class PendingList;
class ResidentDirectory;

// One feedback item: what the resident said, the thread of replies, the full
// timeline (who, when, block), and the handling organization's actions:
// assign, forward, reply, resolve. Actions queued in the outbox are shown as
// such until the ledger applies them. Reloads on every committed block.
// objectNames: feedbackHeader, feedbackText, threadView, timelineTable,
// queuedLabel, assigneeCombo, assignButton, forwardOrgCombo, forwardNoteEdit,
// forwardButton, replyEdit, replyButton, resolveButton, actionMessage.
class FeedbackDetailDialog : public QDialog
{
    Q_OBJECT
public:
    FeedbackDetailDialog(AppContext &context, PendingList &pending, ResidentDirectory &residents,
                         std::map<std::uint32_t, QString> orgNames,
                         std::map<QString, QString> categoryNames, QByteArray feedbackId,
                         QWidget *parent = nullptr);
    void reload();
    QString threadText() const;
    const std::optional<ledger::state::FeedbackItem> &item() const { return m_item; }

Q_SIGNALS:
    void loaded();

private:
    struct Loaded;
    void display(const Loaded &loaded);
    void showQueued();
    void assign();
    void forward();
    void answer(bool resolve);

    AppContext &m_context;
    PendingList &m_pending;
    ResidentDirectory &m_residents;
    std::map<std::uint32_t, QString> m_orgNames;
    std::map<QString, QString> m_categoryNames;
    QByteArray m_feedbackId;
    std::optional<ledger::state::FeedbackItem> m_item;
    QLabel *m_header;
    QTextBrowser *m_text;
    QTextBrowser *m_thread;
    QTableWidget *m_timeline;
    QLabel *m_queued;
    QComboBox *m_assignee;
    QComboBox *m_forwardOrg;
    QLineEdit *m_forwardNote;
    QPlainTextEdit *m_reply;
    QPushButton *m_replyButton;
    QPushButton *m_resolveButton;
    QLabel *m_message;
};

} // namespace ui
