#pragma once

#include "ledger/core/Result.h"

#include <QString>

class QWidget;

namespace ui {

// Prints or saves a public notice (公示) given as HTML (RecordHtml::publicNotice)
// on A4 with margins suitable for a notice board.
namespace PublicNoticePrinter {
// Opens a print preview (QPrintPreviewDialog) from which the user prints.
void preview(const QString &html, QWidget *parent);
// Writes a PDF file; errors name the file.
ledger::core::Status savePdf(const QString &html, const QString &path);
} // namespace PublicNoticePrinter

} // namespace ui
