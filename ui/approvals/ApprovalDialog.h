#pragma once

#include "ledger/state/queries/ApprovalQueries.h"
#include "ui/common/AppContext.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace ui {

// Shows everything being approved, for one item or a batch: the full
// content, what changes against the current version, and the consequences;
// then approve or reject with a comment. The decision is signed with the
// secretary's own key by the page (decided()).
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalDialog(AppContext &context, std::vector<ledger::state::ApprovalItem> items,
                   QHash<std::uint32_t, QString> organizations, QWidget *parent = nullptr);

    const std::vector<ledger::state::ApprovalItem> &items() const { return m_items; }
    QString comment() const;
    bool publishRecords() const; // publish approved records in the same step
    bool isLoaded() const { return m_loaded; }
    // Shows contexts already loaded (scripts/screenshots, tests).
    void setContexts(const std::vector<ledger::state::ApprovalContext> &contexts);

Q_SIGNALS:
    void loaded();
    void decided(bool approve);

private:
    void decide(bool approve);

    AppContext &m_context;
    std::vector<ledger::state::ApprovalItem> m_items;
    QHash<std::uint32_t, QString> m_organizations;
    bool m_loaded = false;
    QTextBrowser *m_content = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QCheckBox *m_publish = nullptr;
    QLabel *m_signer = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace ui
