#pragma once

#include "ledger/state/queries/CreditQueries.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ui {

class CreditContext;

// Records the same rule for many residents at once: pick an activity, its
// attendees are listed (all ticked), pick the rule; one score event per ticked
// resident. The node applies each on its own (caps, approvals), so a partial
// outcome is shown per resident in the page's pending list.
// objectNames: activityCombo, attendeeList, batchRuleCombo, batchRecordButton.
class BatchEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BatchEntryDialog(CreditContext &credit, QWidget *parent = nullptr);
    // Number of events submitted by the last successful submit().
    int submitted() const { return m_submitted; }
    bool submit();

private:
    void loadActivities();
    void loadAttendees();
    void fillRules();
    void updateSummary();

    CreditContext &m_credit;
    QComboBox *m_activity;
    QListWidget *m_attendees;
    QComboBox *m_rule;
    QLineEdit *m_note;
    QLabel *m_summary;
    QLabel *m_message;
    std::vector<ledger::state::ActivityRow> m_activities;
    QString m_awardRule; // of the chosen activity, already paid on attendance
    int m_submitted = 0;
};

} // namespace ui
