// The feedback inbox on the demo community through the real LedgerService:
// replying through the detail dialog puts the reply in the item's thread and
// the item in status Replied; the badge counts what waits for this
// organization; activate() filters; intake refuses personal numbers; the CSV
// export holds every matching item.
#include "ledger/chain/Genesis.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/queries/FeedbackQueries.h"
#include "tests/support/TempDir.h"
#include "tests/ui/credit/UiFixture.h"
#include "ui/common/DomainText.h"
#include "ui/credit/CsvExport.h"
#include "ui/credit/LazyTableModel.h"
#include "ui/feedback/FeedbackDetailDialog.h"
#include "ui/feedback/FeedbackIntakeDialog.h"
#include "ui/feedback/FeedbackLists.h"
#include "ui/feedback/FeedbackPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace ledger;
using ledger::domain::FeedbackStatus;
using ui::FeedbackPage;

namespace {
constexpr int SlowMs = 60000;

template<class R>
std::optional<R> await(service::LedgerService &ledger,
                       std::function<R(const service::QueryContext &)> fn)
{
    std::optional<R> out;
    QObject receiver;
    ledger.query<R>(&receiver, std::move(fn), [&](R r) { out = std::move(r); });
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < SlowMs)
        QTest::qWait(10);
    return out;
}

qint64 count(service::LedgerService &ledger, const QString &sql)
{
    return await<qint64>(ledger,
                         [sql](const service::QueryContext &c) {
                             QSqlQuery q(c.state.database());
                             return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
                         })
        .value_or(-1);
}
} // namespace

class TestFeedbackPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badge_countsItemsWaitingForThisOrganization();
    void reply_inDetailDialog_threadShowsItAndStatusReplied();
    void activate_overdue_showsOnlyOverdueItems();
    void csvExport_allPublicItems_bomQuotingChinese();
    void personalNumbers_data();
    void personalNumbers();
    void intake_phoneNumberRefused_thenAnonymousItemFiled();
    void screenshots_whenAsked();

private:
    tests::TempDir m_tmp;
    tests::UiFixture m_f;
};

void TestFeedbackPage::initTestCase()
{
    const QString error
        = m_f.setUp(m_tmp.file(QStringLiteral("demo")), std::uint8_t(chain::Role::Staff));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFeedbackPage::badge_countsItemsWaitingForThisOrganization()
{
    const qint64 waiting
        = count(*m_f.ledger,
                QStringLiteral("SELECT COUNT(*) FROM feedback WHERE org_id = %1 AND (status "
                               "IN (1, 2) OR (overdue = 1 AND status < 4))")
                    .arg(m_f.person->orgId));
    QVERIFY(waiting >= 0);
    FeedbackPage page(m_f.context);
    QSignalSpy badge(&page, &ui::Page::badgeChanged);
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), SlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(page.badge(), int(waiting), SlowMs);
}

void TestFeedbackPage::reply_inDetailDialog_threadShowsItAndStatusReplied()
{
    FeedbackPage page(m_f.context);
    page.resize(1366, 768);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), SlowMs);
    // An item still waiting for an answer; the party committee may answer any.
    const auto items = await<core::Result<std::vector<state::FeedbackItem>>>(
        *m_f.ledger, [](const service::QueryContext &c) {
            state::InboxFilter f;
            f.status = FeedbackStatus::Open;
            return state::inboxBefore(c.state, f, 0, 1);
        });
    QVERIFY(items && *items && !(*items)->empty());
    const QByteArray id = (*items)->front().row.feedbackId;

    std::unique_ptr<ui::FeedbackDetailDialog> dialog(page.createDetailDialog(id));
    QSignalSpy loaded(dialog.get(), &ui::FeedbackDetailDialog::loaded);
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, SlowMs);
    QCOMPARE(dialog->item()->row.status, FeedbackStatus::Open);
    const QString reply = QStringLiteral("感谢您的反映，已安排物业本周五前修好，\"3号楼\"路灯。");
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("replyEdit"))->setPlainText(reply);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replyButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->threadText().contains(reply), SlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->item()->row.status, FeedbackStatus::Replied, SlowMs);
    QVERIFY(m_f.ledger->outbox().empty());
}

void TestFeedbackPage::activate_overdue_showsOnlyOverdueItems()
{
    const qint64 overdue = count(
        *m_f.ledger,
        QStringLiteral(
            "SELECT COUNT(*) FROM feedback WHERE overdue = 1 AND status < 4 AND hidden = 0"));
    QVERIFY(overdue > 0);
    FeedbackPage page(m_f.context);
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), SlowMs);
    page.activate({ { QStringLiteral("overdue"), true } });
    QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("overdueCheck"))->isChecked());
    auto *model = page.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(qMin<qint64>(overdue, 200)), SlowMs);
    for (int i = 0; i < model->rowCount(); ++i)
        QCOMPARE(model->rowAt(i)->tone, ui::LazyRow::Tone::Overdue);

    page.activate({ { QStringLiteral("status"), int(FeedbackStatus::Closed) } });
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, SlowMs);
    const QString closed = ui::DomainText::feedbackStatus(FeedbackStatus::Closed);
    for (int i = 0; i < model->rowCount(); ++i)
        QVERIFY(model->rowAt(i)->cells[ui::FeedbackLists::Status].startsWith(closed));
}

void TestFeedbackPage::csvExport_allPublicItems_bomQuotingChinese()
{
    const qint64 publicItems
        = count(*m_f.ledger, QStringLiteral("SELECT COUNT(*) FROM feedback WHERE hidden = 0"));
    QVERIFY(publicItems > 200); // more than one page of the on-screen list
    state::InboxFilter filter;
    filter.includeHidden = false;
    const QString path = m_tmp.file(QStringLiteral("feedback.csv"));
    std::optional<QString> error;
    QObject receiver;
    ui::exportCsv(m_f.ledger.get(), &receiver, path, ui::FeedbackLists::headers(),
                  ui::FeedbackLists::inbox(filter, { { 2, QStringLiteral("幸福里居委会, 一组") } },
                                           {}, QDateTime::currentMSecsSinceEpoch()),
                  -1, {}, [&](const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), SlowMs);
    QVERIFY2(error->isEmpty(), qPrintable(*error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), int(publicItems) + 2); // header + rows + empty tail
    QCOMPARE(lines.first(), ui::FeedbackLists::headers().join(u','));
    QVERIFY(text.contains(QStringLiteral("\"幸福里居委会, 一组\"")));
    // Feedback text is Chinese and survives the round trip.
    const auto sample = await<QString>(*m_f.ledger, [](const service::QueryContext &c) {
        QSqlQuery q(c.state.database());
        q.exec(QStringLiteral("SELECT text FROM feedback WHERE hidden = 0 AND length(text) < 60"
                              " AND instr(text, '\"') = 0 ORDER BY feedback_no DESC LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    });
    QVERIFY(sample && !sample->isEmpty());
    QVERIFY2(text.contains(sample->simplified()), qPrintable(*sample));
}

void TestFeedbackPage::personalNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("personal");
    QTest::newRow("mobile") << QStringLiteral("请打我电话13812345678") << true;
    QTest::newRow("mobile spaced") << QStringLiteral("电话 138 1234 5678") << true;
    QTest::newRow("id number") << QStringLiteral("身份证11010519491231002X") << true;
    QTest::newRow("address numbers") << QStringLiteral("3号楼2单元501室门口路灯坏了") << false;
    QTest::newRow("date") << QStringLiteral("2026年5月3日起一直没修") << false;
}

void TestFeedbackPage::personalNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, personal);
    QCOMPARE(ui::FeedbackIntakeDialog::looksLikePersonalNumber(text), personal);
}

void TestFeedbackPage::intake_phoneNumberRefused_thenAnonymousItemFiled()
{
    FeedbackPage page(m_f.context);
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), SlowMs);
    const qint64 before = count(*m_f.ledger, QStringLiteral("SELECT COUNT(*) FROM feedback"));
    std::unique_ptr<ui::FeedbackIntakeDialog> dialog(page.createIntakeDialog());
    dialog->show();
    QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("categoryCombo"))->count() > 0);
    dialog->findChild<QCheckBox *>(QStringLiteral("anonymousCheck"))->setChecked(true);
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("feedbackTextEdit"));
    text->setPlainText(QStringLiteral("小区东门垃圾桶满了没人清，我电话13812345678"));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitFeedbackButton"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(dialog->message().contains(QStringLiteral("phone")));
    QVERIFY(m_f.ledger->outbox().empty());
    QVERIFY(dialog->isVisible());

    text->setPlainText(QStringLiteral("小区东门垃圾桶满了没人清。"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QTRY_COMPARE_WITH_TIMEOUT(count(*m_f.ledger, QStringLiteral("SELECT COUNT(*) FROM feedback")),
                              before + 1, SlowMs);
}

// For looking, not asserting: GONGZHI_UI_SHOTS=DIR saves the page and its dialogs.
void TestFeedbackPage::screenshots_whenAsked()
{
    const QString dir = qEnvironmentVariable("GONGZHI_UI_SHOTS");
    if (dir.isEmpty())
        QSKIP("set GONGZHI_UI_SHOTS=DIR to save screenshots");
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // GONGZHI_UI_QM=FILE: a translation to look at before it is merged.
    QTranslator translator;
    if (translator.load(qEnvironmentVariable("GONGZHI_UI_QM")))
        QCoreApplication::installTranslator(&translator);
    FeedbackPage page(m_f.context);
    page.resize(1366, 768);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), SlowMs);
    auto *scope = page.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    scope->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, SlowMs);
    QTest::qWait(500);
    page.grab().save(dir + QStringLiteral("/feedback-page.png"));
    for (const auto &[name, widget] : page.createTourDialogs()) {
        widget->show();
        QTest::qWait(1000);
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        delete widget;
    }
}

QTEST_MAIN(TestFeedbackPage)
#include "TestFeedbackPage.moc"
