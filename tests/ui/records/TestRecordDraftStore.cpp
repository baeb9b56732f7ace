#include "tests/support/TempDir.h"
#include "ui/records/RecordDraftStore.h"

#include <QTest>

using namespace ledger;
using ui::RecordDraft;
using ui::RecordDraftStore;

// Drafts stay on this PC, per author, and survive closing the app.
class TestRecordDraftStore : public QObject
{
    Q_OBJECT

    static domain::RecordSubmitted financial()
    {
        domain::RecordSubmitted r;
        r.kind = domain::RecordKind::Financial;
        r.content.title = QStringLiteral("幸福里社区2026年第三季度财务公示");
        r.content.body = QStringLiteral("收支明细如下，请居民监督。");
        r.content.lines = { { domain::LineDirection::Income, QStringLiteral("街道拨款"), 1500000 },
                            { domain::LineDirection::Expense, QStringLiteral("楼道照明, 维修"),
                              10000000000000 } };
        domain::AttachmentRef ref;
        ref.sha256 = *crypto::Digest::fromHex(QString(64, u'a'));
        ref.size = 5000000000ULL;
        ref.name = QStringLiteral("发票.pdf");
        r.content.attachments = { ref };
        return r;
    }

private Q_SLOTS:
    void json_roundTrip_keepsEveryField()
    {
        domain::RecordSubmitted task;
        task.kind = domain::RecordKind::Task;
        task.content.title = QStringLiteral("清理3号楼楼道杂物");
        task.assigneeOrgId = 4;
        task.deadlineMs = 1795000000123;
        QCOMPARE(RecordDraftStore::fromJson(RecordDraftStore::toJson(task)), task);
        domain::RecordSubmitted activity;
        activity.kind = domain::RecordKind::Activity;
        activity.content.title = QStringLiteral("重阳节敬老活动");
        activity.activityStartMs = 1795000000000;
        activity.activityEndMs = 1795007200000;
        activity.capacity = 40;
        activity.awardRuleCode = QStringLiteral("VOL-1");
        QCOMPARE(RecordDraftStore::fromJson(RecordDraftStore::toJson(activity)), activity);
        QCOMPARE(RecordDraftStore::fromJson(RecordDraftStore::toJson(financial())), financial());
    }

    void drafts_surviveReopening_perAuthor()
    {
        tests::TempDir dir;
        const QString path = dir.path() + QStringLiteral("/drafts.db");
        const QByteArray alice(32, 'a');
        const QByteArray bob(32, 'b');
        qint64 id = 0;
        {
            auto store = RecordDraftStore::open(path);
            QVERIFY(store);
            RecordDraft d;
            d.record = financial();
            auto saved = (*store)->save(alice, d);
            QVERIFY(saved);
            id = *saved;
            RecordDraft other;
            other.record.content.title = QStringLiteral("别人的草稿");
            QVERIFY((*store)->save(bob, other));
        }
        auto store = RecordDraftStore::open(path);
        QVERIFY(store);
        auto list = (*store)->drafts(alice);
        QVERIFY(list);
        QCOMPARE(list->size(), size_t(1));
        QCOMPARE(list->front().id, id);
        QCOMPARE(list->front().record, financial());
        QVERIFY(list->front().submittedTx.isEmpty());

        RecordDraft changed = list->front();
        changed.record.content.title = QStringLiteral("改过的标题");
        QCOMPARE(*(*store)->save(alice, changed), id);
        QVERIFY((*store)->markSubmitted(id, QByteArray(32, 't')));
        list = (*store)->drafts(alice);
        QCOMPARE(list->front().record.content.title, QStringLiteral("改过的标题"));
        QCOMPARE(list->front().submittedTx, QByteArray(32, 't'));
        QVERIFY((*store)->remove(id));
        QVERIFY((*store)->drafts(alice)->empty());
        QCOMPARE((*store)->drafts(bob)->size(), size_t(1));
    }

    void unwritablePath_isAnError()
    {
        QVERIFY(!RecordDraftStore::open(QStringLiteral("/proc/no/such/dir/drafts.db")));
    }
};

QTEST_MAIN(TestRecordDraftStore)
#include "TestRecordDraftStore.moc"
