// Scratch (not committed): renders the records and approvals pages and dialogs.
#include "ledger/service/LedgerService.h"
#include "tests/service/facade/ServiceFixtures.h"
#include "tests/ui/records/DemoPeople.h"
#include "ui/approvals/ApprovalDialog.h"
#include "ui/approvals/ApprovalQueueModel.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/records/RecordEditorDialog.h"
#include "ui/records/RecordHtml.h"
#include "ui/records/PublicNoticePrinter.h"
#include "ui/records/RecordsPage.h"

#include "ledger/domain/CreditPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace ledger;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString dir = QStringLiteral("/tmp/rec/demo");
    if (!QFile::exists(dir))
        tests::runCli({ QStringLiteral("demo-data"), QStringLiteral("--data-dir"), dir }, 240000);
    auto svc = std::move(*service::LedgerService::open(dir));
    auto people = tests::demoPeople(*svc, dir);
    ui::Navigator nav;
    ui::AppContext staff { svc.get(), &people->staff, &nav };
    ui::AppContext sec { svc.get(), &people->secretary, &nav };
    ui::RecordsPage records(staff);
    records.resize(1180, 700);
    records.show();
    (void)QTest::qWaitFor([&] { return records.model()->ledgerRowCount() > 0; }, 30000);
    // a pending record for the approval dialog
    (void)QTest::qWaitFor([&] { return svc->status().role == raft::Role::Leader; }, 30000);
    if (argc > 1) {
        auto *ed = records.newRecord();
        ed->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->setText(QStringLiteral("关于幸福里小区3号楼加装电梯的决定"));
        ed->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"))->setPlainText(QStringLiteral("经3号楼全体业主投票，同意率超过三分之二，决定加装电梯。\n费用由业主按楼层分摊，街道给予补贴。"));
        QTest::mouseClick(ed->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
        for (int row = 0; row < records.model()->rowCount(); ++row) {
            auto *it = records.model()->item(row);
            if (it->origin == ui::RecordListItem::Origin::Ledger && it->row.orgId == 1 && it->row.status == domain::RecordStatus::Published) {
                domain::RecordAmended a { *chain::TxId::fromBytes(it->row.recordId), QStringLiteral("原公示中的时间有误，予以更正"), {} };
                a.content.title = it->row.title + QStringLiteral("（更正）");
                a.content.body = it->row.body + QStringLiteral("\n更正：活动时间改为周六上午9点。");
                QTest::qWait(1500);
                svc->submit(chain::TxType::RecordAmended, domain::encodePayload(a), people->staff.key);
                break;
            }
        }
        domain::ScoreEventRecorded e;
        e.pseudonym = *domain::Pseudonym::fromHex(QStringLiteral("1E764FF88221CD2D6A5167E118C79E22"));
        e.ruleCode = QStringLiteral("FIRE");
        e.handbookVersion = 1;
        e.evidence = *crypto::Digest::fromHex(QString(64, u'7'));
        e.note = QStringLiteral("5号楼一单元楼道内私拉电线充电，已劝阻");
        QTest::qWait(1500);
        svc->submit(chain::TxType::ScoreEventRecorded, domain::encodePayload(e), people->staff.key);
        QTest::qWait(3000);
    }
    QTest::qWait(1500);
    records.grab().save(QStringLiteral("/tmp/rec/shots/records.png"));
    for (auto &[name, w] : records.createTourDialogs()) {
        w->show();
        QTest::qWait(1500);
        w->grab().save(QStringLiteral("/tmp/rec/shots/") + name + QStringLiteral(".png"));
        delete w;
    }
    ui::ApprovalsPage approvals(sec);
    approvals.resize(1180, 700);
    approvals.show();
    QTest::qWait(2000);
    approvals.grab().save(QStringLiteral("/tmp/rec/shots/approvals.png"));
    for (int row = 0; row < approvals.model()->rowCount(); ++row) {
        auto *d = approvals.review({ row });
        QTest::qWait(1500);
        d->grab().save(QStringLiteral("/tmp/rec/shots/approval-%1.png").arg(row));
        d->close();
    }
    for (auto &[name, w] : approvals.createTourDialogs()) {
        w->show();
        QTest::qWait(1500);
        w->grab().save(QStringLiteral("/tmp/rec/shots/") + name + QStringLiteral(".png"));
        delete w;
    }
    // A published record's notice as PDF
    for (int row = 0; row < records.model()->rowCount(); ++row) {
        auto *it = records.model()->item(row);
        if (it->origin == ui::RecordListItem::Origin::Ledger && it->row.kind == domain::RecordKind::Financial && it->row.status == domain::RecordStatus::Published) {
            auto *d = records.openRecord(it->row.recordId);
            QTest::qWait(2000);
            d->grab().save(QStringLiteral("/tmp/rec/shots/detail-financial.png"));
            (void)ui::PublicNoticePrinter::savePdf(ui::RecordHtml::publicNotice(*d->data().detail, d->data().organizations, d->publishedHeight()), QStringLiteral("/tmp/rec/shots/notice.pdf"));
            break;
        }
    }
    return 0;
}
