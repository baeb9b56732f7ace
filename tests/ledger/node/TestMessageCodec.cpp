#include "ledger/node/MessageCodec.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ledger;

class TestMessageCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendWithEntries_roundTrips()
    {
        raft::Message m;
        m.type = raft::MessageType::Append;
        m.from = 0x1122334455667788ULL;
        m.to = 42;
        m.term = 7;
        m.logTerm = 6;
        m.index = 100;
        m.commit = 99;
        m.context = QByteArray("read-1");
        for (raft::Index i = 101; i <= 103; ++i)
            m.entries.push_back({ 7, i,
                                  i == 102 ? raft::EntryType::ConfChange : raft::EntryType::Normal,
                                  QByteArray(int(i), 'x') });
        const QByteArray bytes = node::MessageCodec::encode(m);
        auto back = node::MessageCodec::decode(bytes);
        QVERIFY(back.has_value());
        QCOMPARE(back->from, m.from);
        QCOMPARE(back->entries, m.entries);
        QCOMPARE(back->context, m.context);
        QCOMPARE(node::MessageCodec::encode(*back), bytes);
    }

    void everyTruncation_isRejected()
    {
        raft::Message m;
        m.type = raft::MessageType::Append;
        m.entries.push_back({ 1, 1, raft::EntryType::Normal, QByteArray(50, 'b') });
        const QByteArray bytes = node::MessageCodec::encode(m);
        for (int n = 0; n < bytes.size(); ++n)
            QVERIFY(!node::MessageCodec::decode(bytes.left(n)).has_value());
        QCOMPARE(node::MessageCodec::decode(QByteArray(bytes + 'x')).error().code,
                 core::ErrorCode::TrailingBytes);
    }

    void badTypes_andNonConsecutiveEntries_areRejected()
    {
        raft::Message m;
        m.entries.push_back({ 1, 5, raft::EntryType::Normal, {} });
        m.entries.push_back({ 1, 7, raft::EntryType::Normal, {} });
        QCOMPARE(node::MessageCodec::decode(node::MessageCodec::encode(m)).error().code,
                 core::ErrorCode::BadValue);
        QByteArray bytes = node::MessageCodec::encode(raft::Message {});
        bytes[1] = char(99);
        QCOMPARE(node::MessageCodec::decode(bytes).error().code, core::ErrorCode::BadType);
    }

    void randomBytes_neverCrash()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 5000; ++i) {
            QByteArray junk(int(rng.bounded(200)), Qt::Uninitialized);
            for (auto &ch : junk)
                ch = char(rng.bounded(256));
            if (!junk.isEmpty() && rng.bounded(2))
                junk[0] = 1; // get past the version byte more often
            (void)node::MessageCodec::decode(junk);
        }
    }
};

QTEST_GUILESS_MAIN(TestMessageCodec)
#include "TestMessageCodec.moc"
