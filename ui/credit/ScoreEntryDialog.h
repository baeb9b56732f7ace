#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

class CreditContext;
class ResidentPicker;

// Records one score event: a resident, a rule of the handbook in effect (the
// points are the rule's, shown, never typed), evidence when the rule asks for
// it (the file goes into the local AttachmentStore; the ledger gets its
// SHA-256), an optional note. objectNames: ruleCombo, pointsLabel,
// evidenceButton, noteEdit, recordButton.
class ScoreEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScoreEntryDialog(CreditContext &credit, QWidget *parent = nullptr);
    ResidentPicker *picker() const { return m_picker; }
    // Chooses the evidence file without a file dialog (tests, drag and drop).
    void setEvidenceFile(const QString &path);
    void selectRule(const QString &code);

    // Checks the form and submits; false (with a message shown) if incomplete.
    bool submit();

private:
    void fillRules();
    void updateRule();
    void chooseEvidence();

    CreditContext &m_credit;
    ResidentPicker *m_picker;
    QComboBox *m_rule;
    QLabel *m_points;
    QPushButton *m_evidenceButton;
    QLabel *m_evidence;
    QLineEdit *m_note;
    QLabel *m_message;
    QString m_evidencePath;
};

} // namespace ui
