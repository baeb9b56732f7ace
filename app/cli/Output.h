#pragma once

#include "ledger/core/Error.h"

#include <QTextStream>

namespace app::cli {

// stdout for results, stderr for progress and errors, both UTF-8. Progress
// lines are shown only on a terminal, so scripts see only results.
class Output
{
public:
    Output();
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void line(const QString &text);
    // "gongzhi-cli: error: <text>" on stderr.
    void error(const QString &text);
    void error(const ledger::core::Error &e);
    // Rewrites one status line on a terminal; silent otherwise.
    void progress(const QString &text);
    void endProgress();
    bool interactive() const { return m_tty; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_tty = false;
    bool m_progressShown = false;
};

// The sentence shown to a person for a ledger error (translated).
QString describe(const ledger::core::Error &e);

} // namespace app::cli
