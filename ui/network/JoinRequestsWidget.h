#pragma once

#include "ui/common/AppContext.h"

#include <QFileSystemWatcher>
#include <QGroupBox>
#include <QTimer>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace ui {

// The join requests new PCs delivered to this node's invitation desk
// (DATA_DIR/join-requests/CODE.json, docs/transport.md §Invitation desk) that
// are not admitted yet: their invitation is unspent and their node key is not
// on the ledger. "Review and approve…" hands the chosen one to
// JoinApprovalDialog. Learns of new files from a QFileSystemWatcher on the
// folder and of admissions from committed blocks; the files and the ledger
// are read on the reader thread, never on the UI thread. Hidden while empty.
class JoinRequestsWidget : public QGroupBox
{
    Q_OBJECT
public:
    struct Entry {
        QString path;
        QString code;
        QString orgName;
        QString address;
        QString nodeFingerprint;
        QString adminName;
        bool learner = false;
    };

    explicit JoinRequestsWidget(AppContext &context, QWidget *parent = nullptr);

    // Reads the folder again (coalesced; a read in flight is followed by one more).
    void refresh();
    const std::vector<Entry> &entries() const { return m_entries; }

Q_SIGNALS:
    void reviewRequested(const QString &path);
    void entriesLoaded();

private:
    void display(std::vector<Entry> entries);

    AppContext &m_context;
    QString m_dataDir;
    QFileSystemWatcher m_watcher;
    QTimer m_coalesce;
    QListWidget *m_list;
    QPushButton *m_review;
    std::vector<Entry> m_entries;
    bool m_inFlight = false;
    bool m_stale = false;
};

} // namespace ui
