#include "ui/approvals/TextDiff.h"

namespace ui {

std::vector<DiffLine> diffLines(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j] = length of the LCS of a[i..] and b[j..]
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] = a[i] == b[j]
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    std::vector<DiffLine> out;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            out.push_back({ DiffLine::Kind::Same, a[i] });
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            out.push_back({ DiffLine::Kind::Removed, a[i++] });
        } else {
            out.push_back({ DiffLine::Kind::Added, b[j++] });
        }
    }
    while (i < n)
        out.push_back({ DiffLine::Kind::Removed, a[i++] });
    while (j < m)
        out.push_back({ DiffLine::Kind::Added, b[j++] });
    return out;
}

QString diffHtml(const QStringList &before, const QStringList &after, int context)
{
    const auto lines = diffLines(before, after);
    const auto changedNear = [&lines, context](size_t k) {
        const size_t from = k >= size_t(context) ? k - size_t(context) : 0;
        const size_t to = std::min(lines.size(), k + size_t(context) + 1);
        for (size_t x = from; x < to; ++x) {
            if (lines[x].kind != DiffLine::Kind::Same)
                return true;
        }
        return false;
    };
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'>");
    bool folded = false;
    for (size_t k = 0; k < lines.size(); ++k) {
        const DiffLine &l = lines[k];
        if (l.kind == DiffLine::Kind::Same && !changedNear(k)) {
            if (!folded)
                html += QStringLiteral("<tr><td style='color:#999'>…</td></tr>");
            folded = true;
            continue;
        }
        folded = false;
        const QString text = l.text.isEmpty() ? QStringLiteral("&nbsp;") : l.text.toHtmlEscaped();
        switch (l.kind) {
        case DiffLine::Kind::Same:
            html += QStringLiteral("<tr><td style='color:#666'>&nbsp;&nbsp;") + text
                + QStringLiteral("</td></tr>");
            break;
        case DiffLine::Kind::Removed:
            html += QStringLiteral("<tr><td style='background:#fde2e2;color:#8a1010'>−&nbsp;<s>")
                + text + QStringLiteral("</s></td></tr>");
            break;
        case DiffLine::Kind::Added:
            html += QStringLiteral("<tr><td style='background:#dcf5e0;color:#0f5f24'>+&nbsp;")
                + text + QStringLiteral("</td></tr>");
            break;
        }
    }
    return html + QStringLiteral("</table>");
}

} // namespace ui
