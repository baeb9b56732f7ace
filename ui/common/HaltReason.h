#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QMessageBox;
class QWidget;

namespace ui {

// A node's halt reason (LedgerService::halted; English and technical, e.g.
// "this node's state at block 4000 differs from the majority's: ...") told
// to office staff: what happened and what to do, in one or two plain
// sentences. The technical text stays available as the details (a message
// box's detailed text, a label's tooltip) for technical support.
//
// The node gives no code, only its sentence, so the kind is recognized from
// the sentences ledger/node writes (LedgerNode::halt, StateCheckpoints);
// anything else gets the general explanation.
class HaltReason
{
    Q_DECLARE_TR_FUNCTIONS(ui::HaltReason)
public:
    enum class Kind {
        Diverged, // outvoted at a checkpoint: this PC's state or chain differs
        DiskWrite, // the Raft log or the state could not be written
        ChainMismatch, // a committed block does not fit the stored chain
        Unknown, // another reason, or none known
    };

    static Kind classify(const QString &technical);
    // A few words for a tile or a status bar ("Stopped: this PC's ledger differs").
    static QString headline(const QString &technical);
    // What happened and what to do, for a dialog or a page.
    static QString explanation(const QString &technical);
    // The technical text for the details ("no reason was reported" if empty).
    static QString details(const QString &technical);
    // The explanation and the details, as a rich-text tooltip.
    static QString tooltip(const QString &technical);
    // Shows the headline (or `text`) in `label`, tooltip() as its tooltip.
    static void describe(QLabel *label, const QString &technical, const QString &text = {});
    // A message box announcing the halt (not yet shown; deletes itself when
    // closed): the headline, the explanation and, behind its details
    // button, the node's own words.
    static QMessageBox *messageBox(const QString &technical, QWidget *parent = nullptr);
};

} // namespace ui
