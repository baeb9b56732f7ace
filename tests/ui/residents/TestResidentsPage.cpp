// The residents page on the demo community through the real LedgerService:
// a resident registered through the dialog is in the registry and on the
// ledger (ResidentEnrolled, consent with a masked name), found by name in the
// credit page's resident picker, signs in with the slip's code and PIN; a
// duplicate ID number is refused; the CSV holds no ID number or phone; removal
// from the registry severs the name for good.
#include "ledger/chain/Genesis.h"
#include "ledger/state/ResidentRegistry.h"
#include "tests/support/TempDir.h"
#include "tests/ui/credit/UiFixture.h"
#include "ui/credit/ResidentDirectory.h"
#include "ui/credit/ResidentPicker.h"
#include "ui/residents/RegisterResidentDialog.h"
#include "ui/residents/RegistryHost.h"
#include "ui/residents/ResidentListModel.h"
#include "ui/residents/ResidentSlipDialog.h"
#include "ui/residents/ResidentsPage.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace ledger;
using ui::ResidentsPage;

namespace {
constexpr int SlowMs = 60000; // a loaded 2-core machine commits slowly
const QString Name = QStringLiteral("欧阳晓明");
const QString IdNumber = QStringLiteral("440301199001011234");
const QString Phone = QStringLiteral("13912345678");
const QString Pin = QStringLiteral("135790");

template<class R>
std::optional<R> onRegistry(ui::RegistryHost &host,
                            std::function<R(ui::RegistryHost::Registry *)> fn)
{
    std::optional<R> out;
    QObject receiver;
    host.run<R>(&receiver, std::move(fn), [&](R r) { out = std::move(r); });
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < SlowMs)
        QTest::qWait(10);
    return out;
}

void fill(ui::RegisterResidentDialog &dialog, const QString &name, const QString &id)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
    dialog.findChild<QLineEdit *>(QStringLiteral("idNumberEdit"))->setText(id);
    dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->setText(Phone);
    dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"))
        ->setText(QStringLiteral("幸福路 12 号 3 单元 401"));
    dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"))->setText(Pin);
    dialog.findChild<QLineEdit *>(QStringLiteral("pinRepeatEdit"))->setText(Pin);
}
} // namespace

class TestResidentsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyList_saysWhereTheKeyIs();
    void register_endToEnd();
    void register_duplicateIdNumber_refused();
    void idNumberSearch_findsExactly();
    void csv_hasNoIdNumberOrPhone();
    void screenshots_whenAsked();
    void remove_seversTheName();

private:
    tests::TempDir m_dir;
    tests::UiFixture m_fixture;
    std::unique_ptr<ResidentsPage> m_page;
    QByteArray m_registered;
};

void TestResidentsPage::initTestCase()
{
    const QString problem = m_fixture.setUp(m_dir.path(), std::uint8_t(chain::Role::Staff));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_page = std::make_unique<ResidentsPage>(m_fixture.context);
    QSignalSpy loaded(m_page.get(), &ResidentsPage::listLoaded);
    m_page->resize(1366, 768);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->registry()->state() == ui::RegistryHost::State::Ready, SlowMs);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, SlowMs);
}

void TestResidentsPage::emptyList_saysWhereTheKeyIs()
{
    // The demo's single node is the party committee's, which registers no
    // residents (the residents' committee does): the list starts empty.
    QCOMPARE(m_page->model()->totalCount(), 0);
    auto *warning = m_page->findChild<QLabel *>(QStringLiteral("registryWarningLabel"));
    QVERIFY(warning->text().contains(QStringLiteral("registry.key"))); // the demo's plain file
    QVERIFY(
        m_page->findChild<QPushButton *>(QStringLiteral("registerResidentButton"))->isEnabled());
}

void TestResidentsPage::register_endToEnd()
{
    // A directory loaded before the registration (as the credit page's is):
    // a refresh with nothing changed reads no rows; one after it finds them.
    ui::ResidentDirectory before(m_fixture.context);
    QSignalSpy beforeChanged(&before, &ui::ResidentDirectory::changed);
    before.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(before.isLoaded(), SlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.context.ledger->pendingQueries(), 0, SlowMs);
    const auto loads = beforeChanged.size();
    before.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.context.ledger->pendingQueries(), 0, SlowMs);
    QCOMPARE(beforeChanged.size(), loads); // the fingerprint matched: nothing reloaded

    std::unique_ptr<ui::RegisterResidentDialog> dialog(m_page->createRegisterDialog());
    fill(*dialog, Name, IdNumber);
    dialog->findChild<QCheckBox *>(QStringLiteral("consentCheck"))->setChecked(true);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("maskedPreviewLabel"))
                ->text()
                .contains(QStringLiteral("欧**明")));
    QSignalSpy registered(m_page.get(), &ResidentsPage::residentRegistered);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("registerButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(registered.size(), 1, SlowMs);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    m_registered = registered.first().first().toByteArray();

    // The slip: the code and PIN to hand over, shown once.
    auto *slip = m_page->findChild<ui::ResidentSlipDialog *>();
    QVERIFY(slip);
    const QString code = slip->findChild<QLabel *>(QStringLiteral("slipCodeLabel"))->text();
    QCOMPARE(code.size(), 10);
    QCOMPARE(slip->findChild<QLabel *>(QStringLiteral("slipPinLabel"))->text(), Pin);
    tests::TempDir pdfDir;
    QVERIFY(slip->savePdf(pdfDir.file(QStringLiteral("slip.pdf"))));
    QVERIFY(QFile(pdfDir.file(QStringLiteral("slip.pdf"))).size() > 1000);
    slip->close();

    // The registry has the person.
    using Details = core::Result<state::ResidentRegistry::Details>;
    const auto pseudonym = *domain::Pseudonym::fromBytes(m_registered);
    const auto details = onRegistry<Details>(
        *m_page->registry(), [pseudonym](auto *r) { return r->details(pseudonym); });
    QVERIFY(details && *details);
    QCOMPARE((*details)->name, Name);
    QCOMPARE((*details)->idNumber, IdNumber);

    // ResidentEnrolled and the consent committed: the list shows a number and the masked name.
    const ui::ResidentListModel::Row *row = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((row = m_page->model()->find(m_registered)) && row->ledger.consent,
                             SlowMs);
    QVERIFY(row->ledger.residentNo > 0);
    QCOMPARE(row->ledger.maskedName, QStringLiteral("欧**明"));
    QCOMPARE(m_page->model()->nameOf(m_registered), Name);
    QCOMPARE(row->ledger.balance, 0);
    before.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(before.find(m_registered)
                                 && before.find(m_registered)->maskedName
                                     == QStringLiteral("欧**明"),
                             SlowMs);
    QVERIFY(row->enrolledMs > 0);

    // The credit page's resident picker finds the new resident by name.
    ui::ResidentDirectory directory(m_fixture.context);
    ui::ResidentPicker picker(directory);
    directory.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        directory.find(m_registered) && directory.find(m_registered)->name == Name, SlowMs);
    picker.findChild<QLineEdit *>(QStringLiteral("residentSearchEdit"))->setText(Name);
    auto *matches = picker.findChild<QListWidget *>(QStringLiteral("residentList"));
    QTRY_VERIFY_WITH_TIMEOUT(matches->count() == 1, 5000);
    QVERIFY(matches->item(0)->text().contains(Name));

    // The kiosk's check: the slip's code and PIN sign in; a wrong PIN does not.
    using Verified = core::Result<domain::Pseudonym>;
    const auto now = QDateTime::currentMSecsSinceEpoch();
    const auto ok = onRegistry<Verified>(
        *m_page->registry(), [code, now](auto *r) { return r->verifyPin(code, Pin, now); });
    QVERIFY(ok && *ok);
    QCOMPARE(**ok, pseudonym);
    const auto wrong = onRegistry<Verified>(*m_page->registry(), [code, now](auto *r) {
        return r->verifyPin(code, QStringLiteral("000000"), now);
    });
    QVERIFY(wrong && !*wrong);
}

void TestResidentsPage::register_duplicateIdNumber_refused()
{
    QVERIFY(!m_registered.isEmpty());
    std::unique_ptr<ui::RegisterResidentDialog> dialog(m_page->createRegisterDialog());
    fill(*dialog, QStringLiteral("张三"), IdNumber.toLower()); // same number
    QSignalSpy registered(m_page.get(), &ResidentsPage::residentRegistered);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("registerErrorLabel"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("registerButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("already registered")), SlowMs);
    QCOMPARE(registered.size(), 0);
    QCOMPARE(dialog->result(), 0); // still open for a correction

    // A wrong check character is refused before anything is asked.
    dialog->findChild<QLineEdit *>(QStringLiteral("idNumberEdit"))
        ->setText(QStringLiteral("440301199001011235"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("registerButton")),
                      Qt::LeftButton);
    QVERIFY(error->text().contains(QStringLiteral("not a valid")));
}

void TestResidentsPage::idNumberSearch_findsExactly()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("residentSearchEdit"));
    search->setText(IdNumber);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() == 1, SlowMs);
    QCOMPARE(m_page->model()->rowAt(0)->ledger.pseudonym, m_registered);
    search->setText(QStringLiteral("440301199001011242")); // valid, not registered
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, SlowMs);
    search->setText(Phone.right(8));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 5000);
    search->setText(QStringLiteral("晓明"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 5000);
    search->setText(QStringLiteral("55555555"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, 5000);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), m_page->model()->totalCount(), 5000);
}

void TestResidentsPage::csv_hasNoIdNumberOrPhone()
{
    tests::TempDir out;
    const QString path = out.file(QStringLiteral("residents.csv"));
    QVERIFY(m_page->exportCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(Name));
    QVERIFY(!text.contains(IdNumber));
    QVERIFY(!text.contains(Phone));
    QVERIFY(!text.contains(QStringLiteral("幸福路")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), m_page->model()->totalCount() + 1);
}

void TestResidentsPage::screenshots_whenAsked()
{
    const QString dir = qEnvironmentVariable("GONGZHI_UI_SHOTS");
    if (dir.isEmpty())
        QSKIP("set GONGZHI_UI_SHOTS=DIR to save screenshots");
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // GONGZHI_UI_QM=FILE: a translation to look at before it is merged.
    QTranslator translator;
    if (translator.load(qEnvironmentVariable("GONGZHI_UI_QM")))
        QCoreApplication::installTranslator(&translator);
    // A few more residents, so the list looks like a working day's.
    const QStringList names { QStringLiteral("王建国"), QStringLiteral("李秀英"),
                              QStringLiteral("张伟") };
    const QStringList ids { QStringLiteral("11010519491231002X"),
                            QStringLiteral("320102198506152343"),
                            QStringLiteral("440301199001011242") };
    for (int i = 0; i < names.size(); ++i) {
        std::unique_ptr<ui::RegisterResidentDialog> dialog(m_page->createRegisterDialog());
        const QString id = ids[i];
        fill(*dialog, names[i], id);
        dialog->findChild<QCheckBox *>(QStringLiteral("consentCheck"))->setChecked(i != 1);
        QSignalSpy registered(m_page.get(), &ResidentsPage::residentRegistered);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("registerButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(registered.size(), 1, SlowMs);
        for (auto *slip : m_page->findChildren<ui::ResidentSlipDialog *>())
            slip->close();
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->totalCount() == 4, SlowMs);
    m_page->show();
    QTest::qWait(1000);
    m_page->grab().save(dir + QStringLiteral("/residents.png"));
    for (const auto &[name, widget] : m_page->createTourDialogs()) {
        widget->show();
        QTest::qWait(800);
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        delete widget;
    }
    m_page->hide();
}

void TestResidentsPage::remove_seversTheName()
{
    QSignalSpy removed(m_page.get(), &ResidentsPage::residentRemoved);
    m_page->removeFromRegistry(m_registered);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, SlowMs);
    QVERIFY(m_page->model()->nameOf(m_registered).isEmpty());

    const auto pseudonym = *domain::Pseudonym::fromBytes(m_registered);
    using Details = core::Result<state::ResidentRegistry::Details>;
    const auto details = onRegistry<Details>(
        *m_page->registry(), [pseudonym](auto *r) { return r->details(pseudonym); });
    QVERIFY(details && !*details);
    QCOMPARE(details->error().code, core::ErrorCode::NotFound);
    using Found = core::Result<domain::Pseudonym>;
    const auto found = onRegistry<Found>(*m_page->registry(),
                                         [](auto *r) { return r->findByIdNumber(IdNumber); });
    QVERIFY(found && !*found);

    // The ledger keeps the resident as a number; the consent is withdrawn too.
    const ui::ResidentListModel::Row *row = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((row = m_page->model()->find(m_registered)) && !row->ledger.consent,
                             SlowMs);
    ui::ResidentDirectory directory(m_fixture.context);
    QSignalSpy changed(&directory, &ui::ResidentDirectory::changed);
    directory.refresh();
    // Once for the ledger's rows, once more when the registry's names arrive.
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, SlowMs);
    QVERIFY(directory.find(m_registered));
    QVERIFY(directory.registryProblem().isEmpty());
    QVERIFY(directory.find(m_registered)->name.isEmpty());
    QCOMPARE(directory.label(m_registered),
             ui::ResidentDirectory::tr("Resident %1").arg(row->ledger.residentNo));
}

QTEST_MAIN(TestResidentsPage)
#include "TestResidentsPage.moc"
