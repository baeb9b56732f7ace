#pragma once

#include "ui/common/AppContext.h"

#include <QMainWindow>

#include <map>

class QLabel;
class QStackedWidget;

namespace ui {

class AttentionNotifier;
class Page;
class ShellStatusBar;
class Sidebar;

// The office window: a sidebar of the pages the signed-in person's roles
// allow (with badges), the current page, and the status bar. Owns the
// AppContext every page refers to, so it outlives the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ledger::service::LedgerService &ledger, SignedInPerson person,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    const SignedInPerson &person() const { return m_person; }
    // Pages in sidebar order (those whose area is part of this build).
    std::vector<std::pair<PageId, Page *>> pages() const;
    Page *page(PageId id) const;
    PageId currentPage() const { return m_current; }
    void showPage(PageId id, const QVariantMap &filter = {});

Q_SIGNALS:
    void signOutRequested();
    void lockRequested();
    void settingsRequested();

private:
    QWidget *makeSidebarPanel();

    SignedInPerson m_person;
    Navigator m_navigator;
    AppContext m_context;
    Sidebar *m_sidebar;
    QStackedWidget *m_stack;
    ShellStatusBar *m_statusBar;
    AttentionNotifier *m_attention;
    std::map<PageId, Page *> m_pages;
    PageId m_current = PageId::Overview;
};

} // namespace ui
