#pragma once

#include "ledger/domain/FeedbackPayloads.h"

#include <QDialog>

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ui {

struct AppContext;
class PendingList;
class ResidentDirectory;
class ResidentPicker;

// Feedback received by phone or in person, entered by staff on the resident's
// behalf (signed with the staff member's key). The text goes on the ledger
// for good, so it must not carry ID or phone numbers: runs of 11 or more
// digits are refused here (docs/privacy.md). objectNames: kindCombo,
// categoryCombo, targetOrgCombo, anonymousCheck, feedbackTextEdit,
// intakeMessage, submitFeedbackButton.
class FeedbackIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    FeedbackIntakeDialog(AppContext &context, PendingList &pending, ResidentDirectory &residents,
                         std::vector<ledger::domain::FeedbackCategory> categories,
                         std::map<std::uint32_t, QString> orgNames, QWidget *parent = nullptr);
    ResidentPicker *picker() const { return m_picker; }
    QString message() const;
    bool submit();
    // True if `text` contains something that looks like a phone or ID number.
    static bool looksLikePersonalNumber(const QString &text);

private:
    PendingList &m_pending;
    ResidentDirectory &m_residents;
    QComboBox *m_kind;
    QComboBox *m_category;
    QComboBox *m_target;
    QCheckBox *m_anonymous;
    ResidentPicker *m_picker;
    QPlainTextEdit *m_text;
    QLabel *m_message;
};

} // namespace ui
