#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace ui {

// A readable line diff for the approval dialog (what an amendment or a new
// handbook version changes). Longest common subsequence over lines: fine for
// notices and rule lists of a few hundred lines.
struct DiffLine {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
};

std::vector<DiffLine> diffLines(const QStringList &before, const QStringList &after);

// HTML: removed lines struck through on red, added lines on green, unchanged
// lines grey; runs of more than `context` unchanged lines are folded to "…".
QString diffHtml(const QStringList &before, const QStringList &after, int context = 2);

} // namespace ui
