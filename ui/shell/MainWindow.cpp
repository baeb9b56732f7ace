#include "ui/shell/MainWindow.h"

#include "ledger/service/LedgerService.h"
#include "ui/common/DomainText.h"
#include "ui/common/Page.h"
#include "ui/shell/AttentionNotifier.h"
#include "ui/shell/PageCatalog.h"
#include "ui/shell/ShellStatusBar.h"
#include "ui/shell/Sidebar.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

// Debug: how long each page takes to build (start-up, issue 6).
Q_LOGGING_CATEGORY(lcWindow, "gongzhi.shell.window", QtWarningMsg)

MainWindow::MainWindow(ledger::service::LedgerService &ledger, SignedInPerson person,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_person(std::move(person))
    , m_context { &ledger, &m_person, &m_navigator }
    , m_sidebar(new Sidebar(this))
    , m_stack(new QStackedWidget(this))
    , m_statusBar(new ShellStatusBar(ledger, this))
    , m_attention(nullptr)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gongzhi — %1").arg(m_person.displayName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gongzhi.svg")));
    m_stack->setObjectName(QStringLiteral("pageStack"));

    for (PageId id : PageCatalog::visiblePages(m_person.roles)) {
        QElapsedTimer building;
        building.start();
        Page *page = PageCatalog::create(id, m_context, m_stack);
        if (!page)
            continue;
        qCDebug(lcWindow).noquote()
            << PageCatalog::slug(id) << "built in" << building.elapsed() << "ms";
        m_pages[id] = page;
        m_stack->addWidget(page);
        m_sidebar->addPage(id, page->icon(), page->title());
        m_sidebar->setBadge(id, page->badge());
        connect(page, &Page::badgeChanged, this, [this, id](int n) { m_sidebar->setBadge(id, n); });
    }

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeSidebarPanel());
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);
    m_attention = new AttentionNotifier(m_context, this);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_sidebar->pageAt(row) != m_current)
            showPage(m_sidebar->pageAt(row));
    });
    connect(&m_navigator, &Navigator::navigate, this, &MainWindow::showPage);
    if (!m_pages.empty())
        showPage(m_pages.begin()->first);
    resize(1366, 768);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::makeSidebarPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("sidebarPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setStyleSheet(QStringLiteral("#sidebarPanel { background: #f3f5f8;"
                                        " border-right: 1px solid #dde3ea; }"));
    panel->setFixedWidth(216);

    auto *logo = new QLabel(panel);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/gongzhi.svg")).pixmap(32, 32));
    auto *product = new QLabel(tr("Gongzhi"), panel);
    product->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600; color: #1f2d3d;"));
    auto *brand = new QHBoxLayout;
    brand->setSpacing(8);
    brand->addWidget(logo);
    brand->addWidget(product, 1);

    auto *who = new QLabel(panel);
    who->setObjectName(QStringLiteral("personLabel"));
    who->setWordWrap(true);
    who->setText(QStringLiteral("<b>%1</b><br><span style='color:#52606d'>%2</span>")
                     .arg(m_person.displayName.toHtmlEscaped(),
                          DomainText::roles(m_person.roles).toHtmlEscaped()));

    auto tool = [panel](const QString &name, const QString &icon, const QString &text) {
        auto *b = new QToolButton(panel);
        b->setObjectName(name);
        b->setIcon(QIcon(icon));
        b->setText(text);
        b->setToolTip(text);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return b;
    };
    auto *settings = tool(QStringLiteral("settingsButton"), QStringLiteral(":/icons/settings.svg"),
                          tr("Settings"));
    auto *lock = tool(QStringLiteral("lockButton"), QStringLiteral(":/icons/lock.svg"), tr("Lock"));
    auto *signOut = tool(QStringLiteral("signOutButton"), QStringLiteral(":/icons/signout.svg"),
                         tr("Sign out"));
    connect(settings, &QToolButton::clicked, this, &MainWindow::settingsRequested);
    connect(lock, &QToolButton::clicked, this, &MainWindow::lockRequested);
    connect(signOut, &QToolButton::clicked, this, &MainWindow::signOutRequested);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(12, 16, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(brand);
    layout->addSpacing(6);
    layout->addWidget(m_sidebar, 1);
    layout->addWidget(who);
    layout->addWidget(settings);
    layout->addWidget(lock);
    layout->addWidget(signOut);
    return panel;
}

std::vector<std::pair<PageId, Page *>> MainWindow::pages() const
{
    std::vector<std::pair<PageId, Page *>> out;
    for (int row = 0; row < m_sidebar->count(); ++row) {
        const PageId id = m_sidebar->pageAt(row);
        out.emplace_back(id, m_pages.at(id));
    }
    return out;
}

Page *MainWindow::page(PageId id) const
{
    const auto it = m_pages.find(id);
    return it == m_pages.end() ? nullptr : it->second;
}

void MainWindow::showPage(PageId id, const QVariantMap &filter)
{
    Page *target = page(id);
    if (!target)
        return;
    m_current = id;
    m_stack->setCurrentWidget(target);
    {
        const QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(m_sidebar->rowOf(id));
    }
    target->activate(filter);
}

} // namespace ui
