#include "ui/kiosk/KioskWindow.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/queries/KioskQueries.h"
#include "ui/kiosk/ActivitiesScreen.h"
#include "ui/kiosk/FeedbackScreen.h"
#include "ui/kiosk/KioskSettings.h"
#include "ui/kiosk/NoticesScreen.h"
#include "ui/kiosk/PinGuard.h"
#include "ui/kiosk/PointsScreen.h"
#include "ui/kiosk/RankingScreen.h"
#include "ui/kiosk/ReadAloud.h"
#include "ui/kiosk/ResidentGate.h"
#include "ui/kiosk/StaffScreen.h"
#include "ui/kiosk/TrackingScreen.h"
#include "ui/kiosk/input/HandwritingRecognizer.h"
#include "ui/kiosk/input/OnScreenKeyboard.h"
#include "ui/kiosk/input/PinyinEngine.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>

namespace ui::kiosk {

using ledger::service::QueryContext;

namespace {

// English is the source language: a translator that answers every lookup
// with the source text hides any Chinese translator installed before it.
class SourceTextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

constexpr int HiddenTaps = 5;
constexpr qint64 HiddenTapWindowMs = 4000;

struct StartupData {
    std::optional<ledger::crypto::KeyPair> nodeKey;
    std::map<std::uint32_t, QString> orgNames;
    ledger::state::kiosk::LocalCopy local;
};

} // namespace

struct KioskWindow::Services {
    KioskSettings settings;
    PinGuard pinGuard;
    ResidentGate residents;
    ReadAloud readAloud;
    PinyinEngine pinyin;
    std::shared_ptr<HandwritingRecognizer> handwriting;
    KioskContext context;

    Services(ledger::service::LedgerService &ledger, const QString &dataDir, std::uint32_t orgId,
             const QString &rimeDir)
        : settings(dataDir)
        , pinGuard(settings)
        , residents(dataDir, orgId)
        , pinyin(rimeDir)
        , context { ledger,  settings,     pinGuard, residents, readAloud, pinyin,
                    nullptr, std::nullopt, orgId,    {},        {},        0 }
    {
    }
};

KioskWindow::KioskWindow(ledger::service::LedgerService &ledger, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
    QString rimeDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (rimeDir.isEmpty())
        rimeDir = ledger.dataDir() + QStringLiteral("/kiosk-cache");
    d = std::make_unique<Services>(ledger, ledger.dataDir(), ledger.config().orgId,
                                   rimeDir + QStringLiteral("/rime"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildTopBar();
    layout->addWidget(m_topBar);
    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("offlineBannerLabel"));
    m_offline->setProperty("role", QStringLiteral("banner"));
    m_offline->setWordWrap(true);
    m_offline->hide();
    layout->addWidget(m_offline);
    auto *host = new QWidget(this);
    m_host = new QVBoxLayout(host);
    layout->addWidget(host, 1);
    applyStyle();

    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] {
        const bool atRest = qobject_cast<HomeScreen *>(m_screen.data()) && !m_bigText && !m_english;
        if (!atRest)
            resetSession();
    });
    qApp->installEventFilter(this);

    connect(&d->readAloud, &ReadAloud::availabilityChanged, this, &KioskWindow::updateReadAloud);
    connect(&d->readAloud, &ReadAloud::speakingChanged, this, &KioskWindow::updateReadAloud);
    connect(&ledger, &ledger::service::LedgerService::statusChanged, this,
            &KioskWindow::statusChanged);
    connect(&ledger, &ledger::service::LedgerService::blockCommitted, this,
            &KioskWindow::refreshLocalCopy);

    const QString nodeKeyPath = ledger.dataDir() + QStringLiteral("/node.key");
    ledger.query<StartupData>(
        this,
        [nodeKeyPath](const QueryContext &c) {
            StartupData s;
            // An unattended node key (docs: KeyFile "protection none").
            if (auto key = ledger::crypto::KeyFile::load(nodeKeyPath, QString()))
                s.nodeKey = *key;
            if (auto names = ledger::state::kiosk::organizationNames(c.state))
                s.orgNames = std::move(*names);
            if (auto local = ledger::state::kiosk::localCopy(c.state))
                s.local = *local;
            return s;
        },
        [this](StartupData s) {
            d->context.nodeKey = s.nodeKey;
            d->context.orgNames = std::move(s.orgNames);
            m_lastBlockMs = s.local.lastBlockMs;
            if (!s.local.communityName.isEmpty())
                m_title->setText(s.local.communityName);
            m_ready = true;
            if (qobject_cast<HomeScreen *>(m_screen.data()))
                goHome();
            Q_EMIT ready();
        });

    d->pinyin.start();
    QPointer<KioskWindow> self(this);
    QThread *loader = QThread::create([self] {
        std::shared_ptr<HandwritingRecognizer> r(HandwritingRecognizer::open().release());
        QMetaObject::invokeMethod(
            qApp,
            [self, r] {
                if (!self || !r)
                    return;
                self->d->handwriting = r;
                self->d->context.handwriting = r.get();
                for (auto *keyboard : self->findChildren<OnScreenKeyboard *>())
                    keyboard->setRecognizer(r.get());
                Q_EMIT self->handwritingReady();
            },
            Qt::QueuedConnection);
    });
    connect(loader, &QThread::finished, loader, &QObject::deleteLater);
    loader->start();
    QTimer::singleShot(0, &d->readAloud, &ReadAloud::start);
    statusChanged(ledger.status());
    goHome();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    delete m_screen;
    if (m_english)
        QCoreApplication::removeTranslator(m_english);
}

void KioskWindow::showKiosk()
{
    showFullScreen();
    restartIdleTimer();
}

KioskSettings &KioskWindow::settings()
{
    return d->settings;
}

PinGuard &KioskWindow::pinGuard()
{
    return d->pinGuard;
}

PinyinEngine &KioskWindow::pinyin()
{
    return d->pinyin;
}

const HandwritingRecognizer *KioskWindow::handwriting() const
{
    return d->handwriting.get();
}

void KioskWindow::setClockOverride(std::int64_t ms)
{
    d->context.clockOverrideMs = ms;
}

void KioskWindow::buildTopBar()
{
    m_topBar = new QFrame(this);
    m_topBar->setObjectName(QStringLiteral("topBarFrame"));
    m_topBar->setProperty("role", QStringLiteral("topBar"));
    auto *bar = new QHBoxLayout(m_topBar);
    m_home = new QPushButton(m_topBar);
    m_home->setObjectName(QStringLiteral("homeButton"));
    m_home->setIcon(QIcon(QStringLiteral(":/kiosk/home.svg")));
    m_title = new QLabel(m_topBar);
    m_title->setObjectName(QStringLiteral("kioskTitleLabel"));
    m_title->installEventFilter(this);
    m_bigger = new QPushButton(m_topBar);
    m_bigger->setObjectName(QStringLiteral("biggerTextButton"));
    m_bigger->setCheckable(true);
    m_readAloud = new QPushButton(m_topBar);
    m_readAloud->setObjectName(QStringLiteral("readAloudButton"));
    m_readAloud->setIcon(QIcon(QStringLiteral(":/kiosk/speaker.svg")));
    m_language = new QPushButton(m_topBar);
    m_language->setObjectName(QStringLiteral("languageButton"));
    for (QPushButton *b : { m_home, m_bigger, m_readAloud, m_language }) {
        b->setProperty("role", QStringLiteral("topBar"));
        b->setFocusPolicy(Qt::NoFocus);
    }
    bar->addWidget(m_home);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_bigger);
    bar->addWidget(m_readAloud);
    bar->addWidget(m_language);
    connect(m_home, &QPushButton::clicked, this, &KioskWindow::goHome);
    connect(m_bigger, &QPushButton::clicked, this, [this](bool on) { setBiggerText(on); });
    connect(m_readAloud, &QPushButton::clicked, this, [this] {
        if (d->readAloud.isSpeaking())
            d->readAloud.stop();
        else if (m_screen)
            d->readAloud.say(m_screen->readAloudText());
    });
    connect(m_language, &QPushButton::clicked, this, [this] { setEnglish(!isEnglish()); });
    m_readAloud->hide();
    retranslateTopBar();
}

void KioskWindow::retranslateTopBar()
{
    m_home->setText(tr("Home"));
    if (m_title->text().isEmpty())
        m_title->setText(tr("Community self-service"));
    m_bigger->setText(m_bigText ? tr("Normal text") : tr("Bigger text"));
    m_readAloud->setText(d->readAloud.isSpeaking() ? tr("Stop reading") : tr("Read aloud"));
    // The button names the language it switches to, in that language.
    m_language->setText(isEnglish() ? QStringLiteral("中文") : QStringLiteral("English"));
    statusChanged(m_ledger.status());
}

void KioskWindow::applyStyle()
{
    // Sizes follow the screen the kiosk fills, never the window itself: a
    // screen whose content needs more room must not grow its own metrics.
    QSize basis = m_designSize;
    if (!basis.isValid())
        basis = screen() ? screen()->size() : QSize(1920, 1080);
    const KioskMetrics m = computeMetrics(screen(), basis, m_bigText ? BiggerTextScale : 1.0);
    d->context.metrics = m;
    setStyleSheet(kioskStyleSheet(m));
    const int icon = m.touchPx / 2;
    for (QPushButton *b : { m_home, m_readAloud })
        b->setIconSize(QSize(icon, icon));
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
}

void KioskWindow::setDesignSize(QSize size)
{
    m_designSize = size;
    resize(size);
    applyStyle();
    goHome();
}

void KioskWindow::setBiggerText(bool bigger)
{
    m_bigText = bigger;
    m_bigger->setChecked(bigger);
    applyStyle();
    retranslateTopBar();
}

void KioskWindow::setEnglish(bool english)
{
    if (english == isEnglish())
        return;
    if (english) {
        m_english = new SourceTextTranslator(this);
        QCoreApplication::installTranslator(m_english);
    } else {
        QCoreApplication::removeTranslator(m_english);
        delete m_english;
        m_english = nullptr;
    }
    retranslateTopBar();
    // Screens take their words when built: start again from home.
    goHome();
}

void KioskWindow::setScreen(KioskScreen *screen)
{
    d->readAloud.stop();
    if (m_screen) {
        // Deleted on return to the event loop: this may run inside one of
        // its own signals. Hidden and detached at once, so nothing shows it.
        m_screen->hide();
        m_screen->deleteLater();
    }
    m_screen = screen;
    m_host->addWidget(screen);
    connect(screen, &KioskScreen::homeRequested, this, &KioskWindow::goHome);
    connect(screen, &KioskScreen::readAloudTextChanged, this, &KioskWindow::updateReadAloud);
    screen->show();
    m_home->setVisible(!qobject_cast<HomeScreen *>(screen));
    updateReadAloud();
    restartIdleTimer();
}

void KioskWindow::goHome()
{
    auto *home = new HomeScreen(d->context, this);
    home->setObjectName(QStringLiteral("homeScreen"));
    connect(home, &HomeScreen::open, this, &KioskWindow::openScreen);
    setScreen(home);
}

KioskScreen *KioskWindow::openScreen(HomeScreen::Target target)
{
    KioskScreen *screen = nullptr;
    switch (target) {
    case HomeScreen::Target::Notices:
        screen = new NoticesScreen(d->context, this);
        screen->setObjectName(QStringLiteral("noticesScreen"));
        break;
    case HomeScreen::Target::MyPoints:
        screen = new PointsScreen(d->context, this);
        screen->setObjectName(QStringLiteral("pointsScreen"));
        break;
    case HomeScreen::Target::Ranking:
        screen = new RankingScreen(d->context, this);
        screen->setObjectName(QStringLiteral("rankingScreen"));
        break;
    case HomeScreen::Target::Feedback:
        screen = new FeedbackScreen(d->context, this);
        screen->setObjectName(QStringLiteral("feedbackScreen"));
        break;
    case HomeScreen::Target::Tracking:
        screen = new TrackingScreen(d->context, this);
        screen->setObjectName(QStringLiteral("trackingScreen"));
        break;
    case HomeScreen::Target::Activities:
        screen = new ActivitiesScreen(d->context, this);
        screen->setObjectName(QStringLiteral("activitiesScreen"));
        break;
    }
    setScreen(screen);
    return screen;
}

KioskScreen *KioskWindow::openStaffScreen()
{
    auto *staff = new StaffScreen(d->context, this);
    staff->setObjectName(QStringLiteral("staffScreen"));
    connect(staff, &StaffScreen::settingsChanged, this, &KioskWindow::restartIdleTimer);
    connect(staff, &StaffScreen::leaveKioskRequested, this, [this] {
        m_leaving = true;
        Q_EMIT leaveRequested();
        close();
    });
    setScreen(staff);
    return staff;
}

void KioskWindow::resetSession()
{
    d->readAloud.stop();
    d->pinyin.clear();
    m_hiddenTaps.clear();
    if (m_bigText)
        setBiggerText(false);
    setEnglish(false);
    goHome();
    Q_EMIT sessionReset();
}

void KioskWindow::updateReadAloud()
{
    const bool available
        = d->readAloud.isAvailable() && m_screen && !m_screen->readAloudText().isEmpty();
    m_readAloud->setVisible(available);
    m_readAloud->setText(d->readAloud.isSpeaking() ? tr("Stop reading") : tr("Read aloud"));
}

void KioskWindow::hiddenTap()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_hiddenTaps.append(now);
    while (!m_hiddenTaps.isEmpty() && now - m_hiddenTaps.first() > HiddenTapWindowMs)
        m_hiddenTaps.removeFirst();
    if (m_hiddenTaps.size() >= HiddenTaps) {
        m_hiddenTaps.clear();
        openStaffScreen();
    }
}

void KioskWindow::statusChanged(const ledger::node::NodeStatus &status)
{
    // A learner kiosk is connected while it hears from the leader; it then
    // receives blocks and its submissions go out.
    m_online = status.leaderReachable();
    if (!m_offline)
        return; // still building the window
    if (m_online) {
        m_offline->hide();
        return;
    }
    m_offline->setText(
        tr("The community network cannot be reached. You are seeing this kiosk's own copy, last "
           "updated %1. Feedback you leave is kept here and sent later.")
            .arg(m_lastBlockMs ? KioskText::dateTime(m_lastBlockMs) : tr("never")));
    m_offline->show();
}

void KioskWindow::refreshLocalCopy()
{
    m_ledger.query<ledger::state::kiosk::LocalCopy>(
        this,
        [](const QueryContext &c) {
            auto local = ledger::state::kiosk::localCopy(c.state);
            return local ? *local : ledger::state::kiosk::LocalCopy();
        },
        [this](ledger::state::kiosk::LocalCopy local) {
            m_lastBlockMs = local.lastBlockMs;
            if (!m_online)
                statusChanged(m_ledger.status());
        });
}

void KioskWindow::restartIdleTimer()
{
    if (m_touring)
        return;
    m_idle->start(d->settings.idleTimeoutSeconds() * 1000);
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        restartIdleTimer();
        if (watched == m_title && event->type() == QEvent::MouseButtonPress)
            hiddenTap();
        break;
    case QEvent::MouseMove:
    case QEvent::TouchUpdate: restartIdleTimer(); break;
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4 and the window manager cannot end kiosk mode: only staff can.
    if (m_leaving)
        event->accept();
    else
        event->ignore();
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    // No shortcut does anything here (Escape, F11, Ctrl+Q …).
    event->accept();
}

} // namespace ui::kiosk
