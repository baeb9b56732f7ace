#pragma once

#include "ui/common/AppContext.h"

#include <QIcon>
#include <QWidget>

namespace ui {

// One page of the main window's sidebar. Pages load their data through
// AppContext::ledger->query(...) (never on the UI thread) and refresh on
// LedgerService::blockCommitted.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(AppContext &context, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_context(context)
    {
    }
    virtual QString title() const = 0; // tr()'d, for the sidebar
    virtual QIcon icon() const = 0; // from resources (:/icons/...)
    // Called when the page is shown; `filter` comes from Navigator::navigate.
    virtual void activate(const QVariantMap &filter) { Q_UNUSED(filter); }
    // Items waiting for the signed-in person (sidebar badge); 0 = none.
    int badge() const { return m_badge; }
    // For scripts/screenshots: the page's dialogs, filled with what the page
    // shows now (e.g. its first row), not yet shown. The caller shows each,
    // lets it settle, saves a PNG named after `first`, and deletes it.
    virtual QList<QPair<QString, QWidget *>> createTourDialogs() { return {}; }

Q_SIGNALS:
    void badgeChanged(int count);

protected:
    void setBadge(int count)
    {
        if (count != m_badge) {
            m_badge = count;
            Q_EMIT badgeChanged(count);
        }
    }
    AppContext &context() const { return m_context; }

private:
    AppContext &m_context;
    int m_badge = 0;
};

} // namespace ui
