#pragma once

#include "ui/common/AppContext.h"
#include "ui/records/RecordDetailLoader.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace ui {

// A record with its full history: the content, the attachments (open one),
// and every step of its timeline with who, when, in which block and whether
// its signature verifies. Buttons for what the signed-in person may do next
// (docs/permissions.md scope rule 5); the page carries the actions out.
class RecordDetailDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { Publish, Progress, Complete, Amend, Withdraw, PrintNotice, SaveNoticePdf };

    RecordDetailDialog(AppContext &context, QByteArray recordId, QWidget *parent = nullptr);

    const QByteArray &recordId() const { return m_recordId; }
    // The last loaded data (empty until loaded() is emitted).
    const RecordDetailData &data() const { return m_data; }
    void reload(); // after a block commit
    // The height of the block that published the record (0 if not published).
    std::int64_t publishedHeight() const;
    // Shows the data directly (scripts/screenshots, tests).
    void setData(RecordDetailData data);

Q_SIGNALS:
    void loaded();
    void actionRequested(ui::RecordDetailDialog::Action action);

private:
    void openAttachment();
    void updateButtons();
    QString actionText(const QString &action) const;

    AppContext &m_context;
    QByteArray m_recordId;
    RecordDetailData m_data;
    QTextBrowser *m_content = nullptr;
    QListWidget *m_attachments = nullptr;
    QLabel *m_attachmentsLabel = nullptr;
    QPushButton *m_openAttachment = nullptr;
    QTableWidget *m_timeline = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_progress = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_amend = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
};

} // namespace ui
