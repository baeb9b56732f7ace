#include "ui/records/RecordListModel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ledger;
using ui::RecordListItem;
using ui::RecordListModel;

// The records list pages lazily: it asks for one page at a time, only when
// the view asks for more, in the sort order of the clicked column.
class TestRecordListModel : public QObject
{
    Q_OBJECT

    struct FakeLedger {
        int total = 0;
        std::vector<std::pair<state::RecordListQuery, state::Page>> requests;
        bool fail = false;
        RecordListModel::Fetcher fetcher()
        {
            return [this](const state::RecordListQuery &q, state::Page page,
                          std::function<void(RecordListModel::PageResult)> done) {
                requests.emplace_back(q, page);
                // Answers arrive later, like the reader thread's.
                QTimer::singleShot(0, [this, page, done] {
                    if (fail) {
                        done(core::fail(core::ErrorCode::Io, QStringLiteral("disk gone")));
                        return;
                    }
                    std::vector<state::RecordRow> rows;
                    for (int i = page.offset; i < qMin(total, page.offset + page.limit); ++i) {
                        state::RecordRow r;
                        r.recordNo = total - i;
                        r.title = QStringLiteral("记录 %1").arg(r.recordNo);
                        rows.push_back(r);
                    }
                    done(rows);
                });
            };
        }
    };

private Q_SLOTS:
    void firstPage_onlyPageSizeRows()
    {
        FakeLedger ledger { 100000, {}, false };
        RecordListModel model(ledger.fetcher());
        QSignalSpy loaded(&model, &RecordListModel::pageLoaded);
        model.setQuery({});
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(model.rowCount(), RecordListModel::PageSize);
        QCOMPARE(ledger.requests.size(), size_t(1));
        QCOMPARE(ledger.requests[0].second.limit, RecordListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
    }

    void fetchMore_growsByOnePage_andNotWhileFetching()
    {
        FakeLedger ledger { 250, {}, false };
        RecordListModel model(ledger.fetcher());
        QSignalSpy loaded(&model, &RecordListModel::pageLoaded);
        model.setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one request at a time
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(ledger.requests.size(), size_t(2));
        QCOMPARE(ledger.requests[1].second.offset, 100);
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 10000);
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({})); // a short page ends the list
        QCOMPARE(model.item(249)->row.recordNo, 1);
    }

    void sortByColumn_reloadsFromFirstPageInThatOrder()
    {
        FakeLedger ledger { 1000, {}, false };
        RecordListModel model(ledger.fetcher());
        QSignalSpy loaded(&model, &RecordListModel::pageLoaded);
        model.setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
        model.sort(RecordListModel::Title, Qt::AscendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 10000);
        QCOMPARE(model.rowCount(), RecordListModel::PageSize);
        const auto &last = ledger.requests.back();
        QCOMPARE(last.first.sort, state::RecordSort::Title);
        QVERIFY(last.first.ascending);
        QCOMPARE(last.second.offset, 0);
    }

    void staleAnswer_afterNewQuery_isDropped()
    {
        FakeLedger ledger { 1000, {}, false };
        RecordListModel model(ledger.fetcher());
        QSignalSpy loaded(&model, &RecordListModel::pageLoaded);
        state::RecordListQuery a;
        a.text = QStringLiteral("旧");
        model.setQuery(a);
        state::RecordListQuery b;
        b.text = QStringLiteral("新");
        model.setQuery(b); // before the first answer arrives
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), RecordListModel::PageSize);
    }

    void localItems_comeFirst_andAreMarked()
    {
        FakeLedger ledger { 10, {}, false };
        RecordListModel model(ledger.fetcher());
        QSignalSpy loaded(&model, &RecordListModel::pageLoaded);
        model.setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        RecordListItem draft { RecordListItem::Origin::Draft, {}, 7, {} };
        draft.row.title = QStringLiteral("草稿：楼道清理");
        RecordListItem queued { RecordListItem::Origin::Queued, {}, 0, QByteArray(32, 'q') };
        queued.row.title = QStringLiteral("待发送：电梯维修");
        model.setLocalItems({ queued, draft });
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.data(model.index(0, RecordListModel::Number), Qt::DisplayRole).toString(),
                 QStringLiteral("Queued"));
        QCOMPARE(model.data(model.index(1, RecordListModel::Number), Qt::DisplayRole).toString(),
                 QStringLiteral("Draft"));
        QCOMPARE(model.item(2)->origin, RecordListItem::Origin::Ledger);
        model.setLocalItems({});
        QCOMPARE(model.rowCount(), 10);
    }

    void failedPage_reportsError_andCanRetry()
    {
        FakeLedger ledger { 1000, {}, true };
        RecordListModel model(ledger.fetcher());
        QSignalSpy failed(&model, &RecordListModel::loadFailed);
        model.setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("disk gone"));
        QCOMPARE(model.rowCount(), 0);
        ledger.fail = false;
        QVERIFY(model.canFetchMore({}));
    }
};

QTEST_MAIN(TestRecordListModel)
#include "TestRecordListModel.moc"
