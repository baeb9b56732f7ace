#include "ledger/crypto/Sha256.h"
#include "ledger/domain/Payloads.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ledger;
using namespace ledger::domain;
using chain::TxType;

namespace {
crypto::PublicKey key(std::uint8_t seed)
{
    crypto::PublicKey k;
    for (std::size_t i = 0; i < k.Size; ++i)
        k.data()[i] = std::uint8_t(seed + i);
    return k;
}

crypto::Digest digest(const char *s)
{
    return crypto::Sha256::hash(QByteArrayView(s));
}

Pseudonym resident(std::uint8_t seed)
{
    Pseudonym p;
    for (std::size_t i = 0; i < p.Size; ++i)
        p.data()[i] = std::uint8_t(seed * 7 + i + 1);
    return p;
}

struct Sample {
    const char *name;
    TxType type;
    QByteArray bytes;
    std::function<bool(QByteArrayView)> roundTrips; // decodes to the sample and re-encodes to b
    std::function<std::optional<QByteArray>(QByteArrayView)> reencode;
};

template<class P>
Sample sample(const char *name, TxType type, const P &p)
{
    return Sample { name, type, encodePayload(p),
                    [p](QByteArrayView b) {
                        auto d = decodePayload<P>(b);
                        return d && *d == p && encodePayload(*d) == b;
                    },
                    [](QByteArrayView b) -> std::optional<QByteArray> {
                        auto d = decodePayload<P>(b);
                        if (!d)
                            return std::nullopt;
                        return encodePayload(*d);
                    } };
}

std::vector<Sample> samples()
{
    RecordContent content { QStringLiteral("2026年3月财务公开"),
                            QStringLiteral("本月收支如下。"),
                            { { LineDirection::Income, QStringLiteral("上级拨款"), 1'500'000 },
                              { LineDirection::Expense, QStringLiteral("路灯维修"), 238'050 } },
                            { { digest("receipt"), 2048, QStringLiteral("发票.jpg") } } };
    RecordSubmitted financial { RecordKind::Financial, content, 0, 0, 0, 0, 0, {} };
    RecordSubmitted task { RecordKind::Task,
                           { QStringLiteral("清理楼道杂物"), {}, {}, {} },
                           3,
                           1'800'000'000'000,
                           0,
                           0,
                           0,
                           {} };
    RecordSubmitted activity {
        RecordKind::Activity,
        { QStringLiteral("重阳节敬老活动"), QStringLiteral("欢迎报名"), {}, {} },
        0,
        0,
        1'790'000'000'000,
        1'790'010'000'000,
        40,
        QStringLiteral("VOL")
    };
    ScoringHandbook hb { 2,
                         QStringLiteral("积分手册"),
                         { { QStringLiteral("civic"), QStringLiteral("文明行为") } },
                         { { QStringLiteral("VOL"), QStringLiteral("civic"),
                             QStringLiteral("志愿服务"), 5, 20, false },
                           { QStringLiteral("MESS"), QStringLiteral("civic"),
                             QStringLiteral("乱堆乱放"), -5, 0, true } },
                         { { QStringLiteral("一星"), 10 }, { QStringLiteral("二星"), 50 } } };
    return {
        sample("org_admitted", TxType::OrgAdmitted,
               OrgAdmitted {
                   4, chain::OrgKind::SocialOrganization, QStringLiteral("志愿队"), key(9), {} }),
        sample("org_admitted_v2", TxType::OrgAdmitted,
               OrgAdmitted { 5, chain::OrgKind::SocialOrganization, QStringLiteral("志愿队"),
                             key(10),
                             NodeEndpoint { 77, QStringLiteral("192.168.1.20:7400"), false } }),
        sample(
            "node_added", TxType::NodeAdded,
            NodeAdded { 2, key(11), NodeEndpoint { 78, QStringLiteral("10.0.0.5:7400"), true } }),
        sample("node_removed", TxType::NodeRemoved,
               NodeRemoved { key(11), QStringLiteral("停用") }),
        sample("org_removed", TxType::OrgRemoved, OrgRemoved { 4, QStringLiteral("合并") }),
        sample("node_key_rotated", TxType::NodeKeyRotated,
               NodeKeyRotated { 2, key(3), QStringLiteral("换电脑") }),
        sample("person_enrolled", TxType::PersonEnrolled,
               PersonEnrolled { key(5), 2, QStringLiteral("王芳"), 1 | 4 }),
        sample("person_removed", TxType::PersonRemoved,
               PersonRemoved { key(5), QStringLiteral("调离") }),
        sample("person_key_rotated", TxType::PersonKeyRotated,
               PersonKeyRotated { key(5), key(6), QStringLiteral("丢失") }),
        sample("role_granted", TxType::RoleGranted, RoleChange { key(5), chain::Role::Auditor }),
        sample("approval_granted", TxType::ApprovalGranted,
               ApprovalDecision { digest("tx"), QStringLiteral("同意") }),
        sample("policy_set", TxType::PolicySet, PolicySet { 20, 10 }),
        sample("resident_enrolled", TxType::ResidentEnrolled,
               ResidentPin { resident(1), PinVerifier(digest("pin").array()) }),
        sample("resident_consent_set", TxType::ResidentConsentSet,
               ResidentConsentSet { resident(1), true, QStringLiteral("张*明") }),
        sample("record_submitted.financial", TxType::RecordSubmitted, financial),
        sample("record_submitted.task", TxType::RecordSubmitted, task),
        sample("record_submitted.activity", TxType::RecordSubmitted, activity),
        sample("record_rejected", TxType::RecordRejected,
               RecordDecision { digest("r"), QStringLiteral("金额有误") }),
        sample("record_published", TxType::RecordPublished, RecordRef { digest("r") }),
        sample("record_progress", TxType::RecordProgress,
               RecordProgress { digest("r"), 40, QStringLiteral("已完成一半"), {} }),
        sample("record_amended", TxType::RecordAmended,
               RecordAmended { digest("r"), QStringLiteral("更正金额"), content }),
        sample("activity_signed_up", TxType::ActivitySignedUp,
               ActivityParticipation { digest("r"), resident(2) }),
        sample("handbook_proposed", TxType::HandbookProposed, hb),
        sample("score_event_recorded", TxType::ScoreEventRecorded,
               ScoreEventRecorded { resident(3), QStringLiteral("VOL"), 2, digest("photo"),
                                    QStringLiteral("清扫") }),
        sample("score_reversed", TxType::ScoreReversed,
               ScoreReversed { digest("e"), QStringLiteral("录错人") }),
        sample("score_appealed", TxType::ScoreAppealed, ScoreAppealed { digest("e"), digest("f") }),
        sample("store_item_listed", TxType::StoreItemListed,
               StoreItemListed { QStringLiteral("OIL"), QStringLiteral("食用油"), 50, true }),
        sample("points_redeemed", TxType::PointsRedeemed,
               PointsRedeemed { resident(3), QStringLiteral("OIL"), 2 }),
        sample("feedback_submitted", TxType::FeedbackSubmitted,
               FeedbackSubmitted { FeedbackKind::Complaint, QStringLiteral("env"),
                                   QStringLiteral("垃圾未清运"), 0, resident(4) }),
        sample("feedback_submitted.anonymous", TxType::FeedbackSubmitted,
               FeedbackSubmitted { FeedbackKind::Suggestion,
                                   QStringLiteral("env"),
                                   QStringLiteral("建议增设垃圾桶"),
                                   3,
                                   {} }),
        sample("feedback_assigned", TxType::FeedbackAssigned,
               FeedbackAssigned { digest("f"), key(7) }),
        sample("feedback_refused", TxType::FeedbackRefused,
               FeedbackTransfer { digest("f"), 0, QStringLiteral("不属本单位职责") }),
        sample("feedback_replied", TxType::FeedbackReplied,
               FeedbackNote { digest("f"), QStringLiteral("已安排清运") }),
        sample("feedback_confirmed", TxType::FeedbackConfirmed,
               FeedbackConfirmed { digest("f"), false, 2 }),
        sample("feedback_categories_set", TxType::FeedbackCategoriesSet,
               FeedbackCategoriesSet {
                   { { QStringLiteral("env"), QStringLiteral("环境卫生"), 3, 3 },
                     { QStringLiteral("safety"), QStringLiteral("治安"), 2, 1 } } }),
    };
}
} // namespace

class TestPayloads : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("index");
        const auto all = samples();
        for (int i = 0; i < int(all.size()); ++i)
            QTest::newRow(all[i].name) << i;
    }
    void roundTrip()
    {
        QFETCH(int, index);
        const Sample s = samples()[index];
        QVERIFY(s.roundTrips(s.bytes));
        QVERIFY(checkPayload(s.type, s.bytes).has_value());
    }

    void everyTruncation_isRejected()
    {
        for (const Sample &s : samples()) {
            for (qsizetype n = 0; n < s.bytes.size(); ++n) {
                const auto r = checkPayload(s.type, QByteArrayView(s.bytes).first(n));
                QVERIFY2(!r, s.name);
            }
        }
    }

    void trailingByte_isRejected()
    {
        for (const Sample &s : samples()) {
            const auto r = checkPayload(s.type, QByteArray(s.bytes + '\0'));
            QVERIFY2(!r && r.error().code == core::ErrorCode::TrailingBytes, s.name);
        }
    }

    void unknownVersion_isRejected()
    {
        for (Sample s : samples()) {
            s.bytes[0] = 9; // unknown to every type (org_admitted has versions 1 and 2)
            const auto r = checkPayload(s.type, s.bytes);
            QVERIFY2(!r && r.error().code == core::ErrorCode::BadVersion, s.name);
        }
    }

    void oversizeString_isRejected()
    {
        // A title one byte over its bound, with the bytes present: TooLarge, not a big allocation.
        RecordSubmitted p {
            RecordKind::Decision, { QString(301, u'x'), {}, {}, {} }, 0, 0, 0, 0, 0, {}
        };
        const auto r = checkPayload(TxType::RecordSubmitted, encodePayload(p));
        QVERIFY(!r);
        QCOMPARE(r.error().code, core::ErrorCode::TooLarge);
        // A hostile count far beyond the bytes that follow.
        QByteArray b = encodePayload(
            FeedbackCategoriesSet { { { QStringLiteral("a"), QStringLiteral("b"), 1, 1 } } });
        b[1] = char(0x7f);
        QVERIFY(!checkPayload(TxType::FeedbackCategoriesSet, b));
    }

    void unknownEnumValues_areRejected()
    {
        auto kindByte = [](TxType t, QByteArray bytes, qsizetype at, char value) {
            bytes[at] = value;
            return checkPayload(t, bytes);
        };
        const QByteArray rec = encodePayload(RecordSubmitted {
            RecordKind::Decision, { QStringLiteral("t"), {}, {}, {} }, 0, 0, 0, 0, 0, {} });
        QVERIFY(kindByte(TxType::RecordSubmitted, rec, 1, 6).has_value()
                == false); // activity without activity fields
        QCOMPARE(kindByte(TxType::RecordSubmitted, rec, 1, 7).error().code,
                 core::ErrorCode::BadValue);
        QCOMPARE(kindByte(TxType::RecordSubmitted, rec, 1, 0).error().code,
                 core::ErrorCode::BadValue);
        const QByteArray fb = encodePayload(FeedbackSubmitted {
            FeedbackKind::Complaint, QStringLiteral("env"), QStringLiteral("t"), 0, {} });
        QCOMPARE(kindByte(TxType::FeedbackSubmitted, fb, 1, 4).error().code,
                 core::ErrorCode::BadValue);
        const QByteArray org = encodePayload(
            OrgAdmitted { 4, chain::OrgKind::StreetOffice, QStringLiteral("街道"), key(1), {} });
        QCOMPARE(kindByte(TxType::OrgAdmitted, org, 5, 7).error().code, core::ErrorCode::BadValue);
        const QByteArray role = encodePayload(RoleChange { key(1), chain::Role::Staff });
        QCOMPARE(kindByte(TxType::RoleGranted, role, 33, 3).error().code,
                 core::ErrorCode::BadValue);
        const QByteArray conf = encodePayload(FeedbackConfirmed { {}, true, 5 });
        QCOMPARE(kindByte(TxType::FeedbackConfirmed, conf, 33, 2).error().code,
                 core::ErrorCode::BadEncoding); // boolean 2
        QVERIFY(!kindByte(TxType::FeedbackConfirmed, conf, 34, 6)); // satisfaction 6
    }

    void statelessRules_areEnforced()
    {
        QVERIFY(!checkPayload(
            TxType::RecordSubmitted,
            encodePayload(RecordSubmitted {
                RecordKind::Financial, { QStringLiteral("t"), {}, {}, {} }, 0, 0, 0, 0, 0, {} })));
        QVERIFY(!checkPayload(TxType::RecordSubmitted,
                              encodePayload(RecordSubmitted {
                                  RecordKind::Financial,
                                  { QStringLiteral("t"),
                                    {},
                                    { { LineDirection::Income, QStringLiteral("x"), -5 } },
                                    {} },
                                  0,
                                  0,
                                  0,
                                  0,
                                  0,
                                  {} })));
        QVERIFY(
            !checkPayload(TxType::RecordSubmitted,
                          encodePayload(RecordSubmitted { RecordKind::Decision,
                                                          { QStringLiteral(" padded"), {}, {}, {} },
                                                          0,
                                                          0,
                                                          0,
                                                          0,
                                                          0,
                                                          {} })));
        QVERIFY(!checkPayload(
            TxType::RecordSubmitted,
            encodePayload(RecordSubmitted {
                RecordKind::Decision, { QStringLiteral("t"), {}, {}, {} }, 2, 5, 0, 0, 0, {} })));
        QVERIFY(!checkPayload(
            TxType::ResidentConsentSet,
            encodePayload(ResidentConsentSet { resident(1), true, QStringLiteral("张三明") })));
        QVERIFY(!checkPayload(
            TxType::ResidentConsentSet,
            encodePayload(ResidentConsentSet { resident(1), false, QStringLiteral("张*明") })));
        ScoringHandbook dup {
            1,
            QStringLiteral("h"),
            { { QStringLiteral("c"), QStringLiteral("c") } },
            { { QStringLiteral("A"), QStringLiteral("c"), QStringLiteral("a"), 5, 0, false },
              { QStringLiteral("A"), QStringLiteral("c"), QStringLiteral("b"), 5, 0, false } },
            {}
        };
        QVERIFY(!checkPayload(TxType::HandbookProposed, encodePayload(dup)));
        ScoringHandbook zero { 1,
                               QStringLiteral("h"),
                               { { QStringLiteral("c"), QStringLiteral("c") } },
                               { { QStringLiteral("A"), QStringLiteral("c"), QStringLiteral("a"), 0,
                                   0, false } },
                               {} };
        QVERIFY(!checkPayload(TxType::HandbookProposed, encodePayload(zero)));
        QVERIFY(
            !checkPayload(TxType::PointsRedeemed,
                          encodePayload(PointsRedeemed { resident(1), QStringLiteral("OIL"), 0 })));
        QVERIFY(!checkPayload(TxType::ScoreEventRecorded,
                              encodePayload(ScoreEventRecorded {
                                  resident(1), QStringLiteral("有 空格"), 1, {}, {} })));
    }

    void randomBytes_neverDecodeToAnotherEncoding()
    {
        // Any accepted input must be the canonical encoding of what it decodes to.
        QRandomGenerator rng(20261127);
        const auto all = samples();
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            const Sample &s = all[rng.bounded(int(all.size()))];
            QByteArray b = s.bytes;
            const int flips = 1 + rng.bounded(3);
            for (int i = 0; i < flips; ++i)
                b[rng.bounded(int(b.size()))] = char(rng.bounded(256));
            if (checkPayload(s.type, b)) {
                ++accepted;
                const auto again = s.reencode(b);
                QVERIFY2(again && *again == b, s.name);
            }
            QByteArray noise(rng.bounded(200), '\0');
            for (auto &c : noise)
                c = char(rng.bounded(256));
            (void)checkPayload(s.type, noise);
        }
        QVERIFY(accepted > 0); // some flips land in free text and stay valid
    }
};

QTEST_GUILESS_MAIN(TestPayloads)
#include "TestPayloads.moc"
