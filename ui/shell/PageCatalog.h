#pragma once

#include "ui/common/AppContext.h"

#include <functional>
#include <vector>

class QWidget;

namespace ui {

class Page;

// Which sidebar pages a person sees, and how each is made. The roles decide
// (docs/permissions.md): approvals need a secretary; the audit explorer
// serves secretaries, auditors and administrators; the working lists serve
// staff, secretaries and auditors; everyone sees the overview and the network.
namespace PageCatalog {
using Factory = std::function<Page *(PageId, AppContext &, QWidget *)>;

std::vector<PageId> visiblePages(std::uint8_t roles);
// The executable installs the factory of every page area it links; until
// then only the overview is made. A factory returns nullptr for an area it
// does not have.
void setFactory(Factory factory);
Page *create(PageId id, AppContext &context, QWidget *parent);
// English page name for file names of the screenshot tour ("overview", ...).
QString slug(PageId id);
} // namespace PageCatalog

} // namespace ui
