// The kiosk window end to end on a copy of the demo community, through the
// real LedgerService (a one-member cluster): residents' privacy, PIN lockout,
// idle reset, feedback to the inbox and back by tracking code.
#include "ledger/crypto/KeyFile.h"
#include "ledger/domain/DemoCommunity.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/TrackingCode.h"
#include "ledger/service/LedgerService.h"
#include "ledger/state/ResidentRegistry.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/queries/KioskQueries.h"
#include "tests/support/TempDir.h"
#include "tests/ui/kiosk/KioskFixture.h"
#include "ui/common/DomainText.h"
#include "ui/kiosk/FeedbackScreen.h"
#include "ui/kiosk/KioskSettings.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/kiosk/PagedList.h"
#include "ui/kiosk/PinGuard.h"
#include "ui/kiosk/PointsScreen.h"
#include "ui/kiosk/ReceiptWidget.h"
#include "ui/kiosk/ResidentSignIn.h"
#include "ui/kiosk/StaffScreen.h"
#include "ui/kiosk/TrackingScreen.h"
#include "ui/kiosk/input/PinyinEngine.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <set>

using namespace ui::kiosk;

namespace {
constexpr std::uint32_t RegistryOrg = 2; // where the demo registers its residents
}
using ledger::service::LedgerService;
using ledger::service::QueryContext;
using ledger::service::Submission;
namespace domain = ledger::domain;

class TestKioskWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void statement_showsOnlyTheSignedInResident();
    void wrongPins_lockTheCode_untilStaffUnlocks();
    void ranking_onlyMaskedNamesOfConsentingResidents();
    void idleTimeout_wipesEveryFieldAndModel();
    void feedback_reachesInbox_andTrackingShowsReplyAndConfirmation();
    void escapeAndClose_doNotLeaveKioskMode();
    void screenshotTour_writesEveryScreenAtBothSizes();

private:
    template<class R>
    R ask(std::function<R(const QueryContext &)> fn);
    const domain::demo::Resident &resident(int nth, bool withConsent = false) const;

    tests::TempDir m_tmp;
    QString m_dir;
    std::unique_ptr<LedgerService> m_ledger;
    domain::demo::Community m_demo;
};

template<class R>
R TestKioskWindow::ask(std::function<R(const QueryContext &)> fn)
{
    std::optional<R> out;
    QObject receiver;
    m_ledger->query<R>(&receiver, std::move(fn), [&out](R r) { out = std::move(r); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000); }();
    return out ? std::move(*out) : R();
}

const domain::demo::Resident &TestKioskWindow::resident(int nth, bool withConsent) const
{
    int seen = 0;
    for (const auto &r : m_demo.residents) {
        if (r.orgId == RegistryOrg && (!withConsent || r.consent) && seen++ == nth)
            return r;
    }
    qFatal("the demo has too few residents of organization 2");
}

void TestKioskWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("GONGZHI_KIOSK_NO_SPEECH", "1");
    m_dir = m_tmp.file(QStringLiteral("demo"));
    QString log;
    QVERIFY2(
        tests::kiosk::runCli({ QStringLiteral("demo-data"), QStringLiteral("--data-dir"), m_dir },
                             240000, &log),
        qPrintable(log));
    // The same generator and seed as gongzhi-cli demo-data: the residents'
    // codes and PINs, which exist nowhere else in clear.
    m_demo = domain::demo::generate({});
    // The demo registers its residents at organization 2 (the residents'
    // committee), and gongzhi-cli writes only organization 1's (empty)
    // registry. The kiosk checks codes against the registry in its data
    // directory: put some of organization 2's residents there, with that
    // organization's pepper, as a kiosk provisioned for them would have.
    QFile keyFile(m_dir + QStringLiteral("/keys/registry.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray key = QByteArray::fromHex(keyFile.readAll().trimmed());
    QVERIFY(QFile::remove(m_dir + QStringLiteral("/residents.db")));
    {
        auto registry = ledger::state::ResidentRegistry::open(
            m_dir + QStringLiteral("/residents.db"), key, 2, m_demo.peppers.at(1));
        QVERIFY2(registry, registry ? "" : qPrintable(registry.error().toString()));
        int imported = 0;
        for (const auto &r : m_demo.residents) {
            if (r.orgId != RegistryOrg || imported++ >= 40)
                continue;
            QVERIFY((*registry)->import({ r.name, r.idNumber, r.phone, r.address }, r.pseudonym,
                                        r.residentCode, r.pin));
        }
    }
    // No idle reset in the middle of a test on a slow machine; the idle test
    // sets the minimum (15 s) and waits for it.
    ui::kiosk::KioskSettings(m_dir).setIdleTimeoutSeconds(3600);
    auto opened = LedgerService::open(m_dir);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    m_ledger = std::move(*opened);
}

void TestKioskWindow::cleanupTestCase()
{
    m_ledger.reset();
}

void TestKioskWindow::statement_showsOnlyTheSignedInResident()
{
    const auto &me = resident(3);
    const QByteArray id = me.pseudonym.toByteArray();
    const auto expected = ask<ledger::state::Statement>([id](const QueryContext &c) {
        auto s = c.queries.statement(id, { 0, 200 });
        return s ? *s : ledger::state::Statement();
    });
    QVERIFY(!expected.events.empty());

    KioskWindow w(*m_ledger);
    w.resize(1280, 800);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 30000);
    auto *screen = static_cast<PointsScreen *>(w.openScreen(HomeScreen::Target::MyPoints));
    tests::kiosk::signIn(screen, me.residentCode, me.pin);
    QTRY_VERIFY_WITH_TIMEOUT(screen->isShowingStatement(), 30000);
    auto *balance = screen->findChild<QLabel *>(QStringLiteral("balanceLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(balance->text().contains(QString::number(expected.balance)), 30000);
    auto *history = screen->findChild<PagedList *>(QStringLiteral("historyList"));
    QCOMPARE(history->rowCount(), int(expected.events.size()));
    for (int i = 0; i < history->rowCount(); ++i) {
        const auto &e = expected.events.at(size_t(i));
        QVERIFY(history->rows().at(i).text.startsWith(e.ruleTitle.isEmpty() ? e.ruleCode
                                                                            : e.ruleTitle));
        QCOMPARE(history->rows().at(i).trailing, ui::DomainText::points(e.points));
    }
    // Another resident's masked name never appears on this screen.
    const QString text = tests::kiosk::allText(screen);
    for (const auto &other : m_demo.residents) {
        if (other.consent && other.pseudonym != me.pseudonym && !other.name.isEmpty())
            QVERIFY(!text.contains(other.name));
    }
    QVERIFY(!text.contains(me.name)); // not even their own name: the ledger has none
}

void TestKioskWindow::wrongPins_lockTheCode_untilStaffUnlocks()
{
    const auto &victim = resident(5);
    KioskWindow w(*m_ledger);
    w.resize(1280, 800);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 30000);
    std::int64_t now = 2'000'000'000'000LL;
    w.pinGuard().setClock([&now] { return now; });
    auto *screen = w.openScreen(HomeScreen::Target::MyPoints);
    auto *signIn = screen->findChild<ResidentSignIn *>();
    QString wrong = victim.pin;
    wrong[0] = wrong[0] == u'9' ? u'1' : QChar(wrong[0].unicode() + 1);
    for (int i = 0; i < PinGuard::MaxFailures; ++i) {
        now += 10 * 60 * 1000; // past the throttle
        auto *change = screen->findChild<QPushButton *>(QStringLiteral("changeCodeButton"));
        change->click();
        tests::kiosk::signIn(screen, victim.residentCode, wrong);
        QTRY_VERIFY_WITH_TIMEOUT(!signIn->isBusy() && !signIn->message().isEmpty(), 30000);
    }
    QVERIFY2(signIn->message().contains(QStringLiteral("locked")), qPrintable(signIn->message()));
    QCOMPARE(w.pinGuard().check(victim.residentCode).verdict, PinGuard::Verdict::Locked);

    // The right PIN does not get through a locked code.
    now += 24LL * 3600 * 1000;
    screen->findChild<QPushButton *>(QStringLiteral("changeCodeButton"))->click();
    tests::kiosk::signIn(screen, victim.residentCode, victim.pin);
    QVERIFY(!static_cast<PointsScreen *>(screen)->isShowingStatement());
    QVERIFY(signIn->message().contains(QStringLiteral("ask the staff")));

    // Staff: the hidden gesture (five taps on the title), PIN, unlock.
    w.settings().setStaffPin(QStringLiteral("13572468"));
    auto *title = w.findChild<QLabel *>(QStringLiteral("kioskTitleLabel"));
    for (int i = 0; i < 5; ++i)
        QTest::mouseClick(title, Qt::LeftButton);
    auto *staff = qobject_cast<StaffScreen *>(w.currentScreen());
    QVERIFY(staff);
    tests::kiosk::typeDigits(staff, QStringLiteral("staffPinKeypad"), QStringLiteral("13572468"));
    staff->findChild<QPushButton *>(QStringLiteral("staffPinOkButton"))->click();
    QVERIFY(staff->isUnlocked());
    auto *unlock = staff->findChild<QPushButton *>(QStringLiteral("unlockCodesButton"));
    QVERIFY(unlock->isEnabled());
    unlock->click();
    QCOMPARE(w.pinGuard().check(victim.residentCode).verdict, PinGuard::Verdict::Allowed);
    // The registry's own timed lock (real clock, 15 minutes) is lifted too:
    // the right PIN gets through at once.
    QTRY_VERIFY_WITH_TIMEOUT(!unlock->isEnabled(), 30000);
    auto *again = w.openScreen(HomeScreen::Target::MyPoints);
    auto *points = static_cast<PointsScreen *>(again);
    tests::kiosk::signIn(again, victim.residentCode, victim.pin);
    QTRY_VERIFY_WITH_TIMEOUT(points->isShowingStatement(), 30000);
}

void TestKioskWindow::ranking_onlyMaskedNamesOfConsentingResidents()
{
    const auto consenting = ask<std::set<QString>>([](const QueryContext &c) {
        std::set<QString> names;
        QSqlQuery q(c.state.database());
        q.exec(QStringLiteral("SELECT masked_name FROM residents WHERE consent = 1"));
        while (q.next())
            names.insert(q.value(0).toString());
        return names;
    });
    QVERIFY(consenting.size() > 10);
    KioskWindow w(*m_ledger);
    w.resize(1280, 800);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 30000);
    auto *screen = w.openScreen(HomeScreen::Target::Ranking);
    screen->findChild<QPushButton *>(QStringLiteral("allTimePeriodButton"))->click();
    auto *list = screen->findChild<PagedList *>(QStringLiteral("rankingList"));
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 30000);
    int lastRank = 0;
    for (const auto &row : list->rows()) {
        const QStringList parts = row.text.split(QStringLiteral("  "));
        QCOMPARE(parts.size(), 2);
        const QString name = parts.at(1);
        QVERIFY2(name.contains(u'*'), qPrintable(name));
        QVERIFY2(consenting.count(name) == 1, qPrintable(name));
        const int rank = parts.at(0).section(u' ', -1).toInt();
        QVERIFY(rank >= lastRank);
        lastRank = rank;
    }
    // No full name of any resident anywhere on the screen.
    const QString text = tests::kiosk::allText(screen);
    for (const auto &r : m_demo.residents)
        QVERIFY(!text.contains(r.name));
}

void TestKioskWindow::idleTimeout_wipesEveryFieldAndModel()
{
    KioskWindow w(*m_ledger);
    w.resize(1280, 800);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(w.pinyin().isReady(), 90000);
    w.settings().setIdleTimeoutSeconds(15);

    // A resident's statement on screen.
    const auto &me = resident(7);
    QPointer<KioskScreen> points = w.openScreen(HomeScreen::Target::MyPoints);
    tests::kiosk::signIn(points, me.residentCode, me.pin);
    QTRY_VERIFY_WITH_TIMEOUT(static_cast<PointsScreen *>(points.data())->isShowingStatement(),
                             30000);
    QPointer<PagedList> history = points->findChild<PagedList *>(QStringLiteral("historyList"));
    QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() > 0, 30000);
    const QString balance = points->findChild<QLabel *>(QStringLiteral("balanceLabel"))->text();

    // The next resident starts feedback and leaves mid-word, with big text on.
    QPointer<KioskScreen> feedback = w.openScreen(HomeScreen::Target::Feedback);
    QTRY_VERIFY(points.isNull()); // opening another screen already destroyed the statement
    auto *fb = static_cast<FeedbackScreen *>(feedback.data());
    fb->chooseKind(domain::FeedbackKind::Complaint);
    QTRY_VERIFY_WITH_TIMEOUT(feedback->findChild<QPushButton *>(QStringLiteral("category0Button")),
                             30000);
    fb->chooseCategory(0);
    feedback->findChild<QPushButton *>(QStringLiteral("phrase0Button"))->click();
    for (char c : QByteArrayLiteral("louda"))
        w.pinyin().typeLetter(c);
    QVERIFY(w.pinyin().isComposing());
    w.setBiggerText(true);
    QVERIFY(!feedback->findChild<QPlainTextEdit *>()->toPlainText().isEmpty());

    QSignalSpy reset(&w, &KioskWindow::sessionReset);
    QVERIFY(reset.wait(40000)); // the real timer: 15 s without a touch
    QTRY_VERIFY(feedback.isNull());
    QVERIFY(qobject_cast<HomeScreen *>(w.currentScreen()));
    QVERIFY(!w.pinyin().isComposing());
    QVERIFY(w.pinyin().candidates().isEmpty());
    QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("biggerTextButton"))->isChecked());
    for (auto *edit : w.findChildren<QPlainTextEdit *>())
        QVERIFY(edit->toPlainText().isEmpty());
    for (auto *list : w.findChildren<PagedList *>())
        QCOMPARE(list->rowCount(), 0);
    QVERIFY(!tests::kiosk::allText(&w).contains(balance));
    // There is no way back: "my points" starts again at the resident code.
    auto *again = static_cast<PointsScreen *>(w.openScreen(HomeScreen::Target::MyPoints));
    QVERIFY(!again->isShowingStatement());
}

void TestKioskWindow::feedback_reachesInbox_andTrackingShowsReplyAndConfirmation()
{
    KioskWindow w(*m_ledger);
    w.resize(1280, 800);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 30000);
    auto *fb = static_cast<FeedbackScreen *>(w.openScreen(HomeScreen::Target::Feedback));
    fb->findChild<QPushButton *>(QStringLiteral("helpRequestButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(fb->findChild<QPushButton *>(QStringLiteral("category0Button")),
                             30000);
    fb->findChild<QPushButton *>(QStringLiteral("category0Button"))->click();
    QCOMPARE(fb->step(), FeedbackScreen::Step::Text);
    auto *text = fb->findChild<QPlainTextEdit *>(QStringLiteral("feedbackTextEdit"));
    // A phone number is refused: the text stays on the ledger for ever.
    text->setPlainText(QStringLiteral("请联系我 13912345678"));
    fb->findChild<QPushButton *>(QStringLiteral("textNextButton"))->click();
    QCOMPARE(fb->step(), FeedbackScreen::Step::Text);
    text->setPlainText(QStringLiteral("5号楼电梯停了两天，老人下不了楼。"));
    fb->findChild<QPushButton *>(QStringLiteral("textNextButton"))->click();
    QCOMPARE(fb->step(), FeedbackScreen::Step::Identity);
    fb->findChild<QPushButton *>(QStringLiteral("anonymousButton"))->click();
    QCOMPARE(fb->step(), FeedbackScreen::Step::Confirm);
    fb->findChild<QPushButton *>(QStringLiteral("sendFeedbackButton"))->click();
    QCOMPARE(fb->step(), FeedbackScreen::Step::Receipt);
    ReceiptWidget *receipt = fb->receipt();
    QVERIFY(domain::tracking::parse(receipt->trackingCode()));
    QTRY_VERIFY_WITH_TIMEOUT(receipt->stageText().contains(QStringLiteral("Sent.")), 30000);
    const QString code = receipt->trackingCode();

    // In the handling organization's inbox, as the desktop app lists it.
    const auto inboxed
        = ask<std::optional<ledger::state::FeedbackRow>>([code](const QueryContext &c) {
              auto row = c.queries.feedbackByTrackingCode(code);
              if (!row)
                  return std::optional<ledger::state::FeedbackRow>();
              ledger::state::InboxFilter f;
              f.orgId = row->orgId;
              auto inbox = c.queries.inbox(f, { 0, 20 });
              if (inbox) {
                  for (const auto &r : *inbox) {
                      if (r.trackingCode == code)
                          return std::optional<ledger::state::FeedbackRow>(r);
                  }
              }
              return std::optional<ledger::state::FeedbackRow>();
          });
    QVERIFY(inboxed.has_value());
    QCOMPARE(inboxed->text, QStringLiteral("5号楼电梯停了两天，老人下不了楼。"));
    QVERIFY(inboxed->pseudonym.isEmpty()); // anonymous

    // The party committee replies and resolves it (a staff key of org 1).
    const auto keys = tests::kiosk::demoPersonKeys(m_dir);
    const QByteArray staffKeys = ask<QByteArray>([](const QueryContext &c) {
        QSqlQuery q(c.state.database());
        q.exec(QStringLiteral("SELECT key FROM persons WHERE org_id = 1 AND until_height IS NULL"
                              " AND (roles & 1) != 0"));
        QByteArray all;
        while (q.next())
            all += q.value(0).toByteArray();
        return all;
    });
    const ledger::crypto::KeyPair *staff = nullptr;
    for (const auto &k : keys) {
        if (staffKeys.indexOf(k.publicKey().toByteArray()) >= 0)
            staff = &k;
    }
    QVERIFY(staff);
    const auto id = *domain::FeedbackId::fromBytes(inboxed->feedbackId);
    std::optional<Submission> replied;
    std::optional<Submission> resolved;
    QObject receiver;
    m_ledger->submit(ledger::chain::TxType::FeedbackReplied,
                     domain::encodePayload(domain::FeedbackNote {
                         id, QStringLiteral("物业已派人维修，今天下午恢复运行。") }),
                     *staff, &receiver, [&](const Submission &s) { replied = s; });
    m_ledger->submit(
        ledger::chain::TxType::FeedbackResolved,
        domain::encodePayload(domain::FeedbackNote { id, QStringLiteral("电梯已修好。") }), *staff,
        &receiver, [&](const Submission &s) { resolved = s; });
    QTRY_VERIFY_WITH_TIMEOUT(resolved && resolved->stage == Submission::Stage::Applied, 30000);
    QCOMPARE(replied->stage, Submission::Stage::Applied);

    // The resident comes back with the receipt.
    w.goHome();
    auto *tracking = static_cast<TrackingScreen *>(w.openScreen(HomeScreen::Target::Tracking));
    tests::kiosk::typeDigits(tracking, QStringLiteral("trackingCodeKeypad"), code);
    tracking->findChild<QPushButton *>(QStringLiteral("lookUpButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(tracking->isShowingItem(), 30000);
    QVERIFY(tracking->statusText().contains(
        ui::DomainText::feedbackStatus(domain::FeedbackStatus::Resolved)));
    QVERIFY(tests::kiosk::allText(tracking).contains(QStringLiteral("今天下午恢复运行")));
    tracking->findChild<QPushButton *>(QStringLiteral("solvedButton"))->click();
    tracking->findChild<QPushButton *>(QStringLiteral("satisfaction5Button"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(tracking->statusText().contains(
                                 ui::DomainText::feedbackStatus(domain::FeedbackStatus::Closed)),
                             30000);
    const auto closed = ask<int>([code](const QueryContext &c) {
        auto row = c.queries.feedbackByTrackingCode(code);
        return row ? row->satisfaction : -1;
    });
    QCOMPARE(closed, 5);
}

void TestKioskWindow::escapeAndClose_doNotLeaveKioskMode()
{
    KioskWindow w(*m_ledger);
    w.resize(1280, 800);
    w.show();
    QSignalSpy leave(&w, &KioskWindow::leaveRequested);
    QTest::keyClick(&w, Qt::Key_Escape);
    QTest::keyClick(&w, Qt::Key_F4, Qt::AltModifier);
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    QCOMPARE(leave.count(), 0);
    // The read-aloud button stays hidden without a Mandarin voice.
    QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("readAloudButton"))->isVisible());
}

void TestKioskWindow::screenshotTour_writesEveryScreenAtBothSizes()
{
    // GONGZHI_KIOSK_SHOTS keeps the PNGs for looking at them;
    // GONGZHI_KIOSK_QM names a Chinese .qm to render them in.
    QTranslator chinese;
    if (qEnvironmentVariableIsSet("GONGZHI_KIOSK_QM")
        && chinese.load(qEnvironmentVariable("GONGZHI_KIOSK_QM")))
        QCoreApplication::installTranslator(&chinese);
    const QString out = qEnvironmentVariableIsSet("GONGZHI_KIOSK_SHOTS")
        ? qEnvironmentVariable("GONGZHI_KIOSK_SHOTS")
        : m_tmp.file(QStringLiteral("shots"));
    QCOMPARE(KioskWindow::runScreenshotTour(*m_ledger, out), 0);
    const QStringList shots = QDir(out).entryList({ QStringLiteral("*.png") }, QDir::Files);
    const QStringList expected = { QStringLiteral("01-home"),
                                   QStringLiteral("03-notice-detail"),
                                   QStringLiteral("05-points-statement"),
                                   QStringLiteral("06-ranking"),
                                   QStringLiteral("09-keyboard-pinyin"),
                                   QStringLiteral("10-keyboard-handwriting"),
                                   QStringLiteral("13-feedback-receipt"),
                                   QStringLiteral("15-tracking-status"),
                                   QStringLiteral("16-activities") };
    for (const QString &name : expected) {
        for (const QSize size : { QSize(1920, 1080), QSize(1280, 800) }) {
            const QString file
                = name + QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
            QVERIFY2(shots.contains(file), qPrintable(file));
            QCOMPARE(QImage(out + u'/' + file).size(), size);
        }
    }
}

QTEST_MAIN(TestKioskWindow)
#include "TestKioskWindow.moc"
