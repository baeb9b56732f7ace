#include "ledger/state/Applier.h"

#include "ledger/core/Enforce.h"
#include "ledger/domain/BlockTime.h"
#include "ledger/state/ApplierCaches.h"

namespace ledger::state {

using chain::TxType;
using domain::Permission;

Applier::Applier(QSqlDatabase db)
    : m_db(std::move(db))
    , m_c(std::make_unique<Caches>())
{
    // Applying touches random leaves of a dozen large B-trees per score event
    // (keys are hashes and pseudonyms); at a million events they outgrow the
    // page cache, and a page read through the memory map costs no system call
    // and no copy. Writes still go through the WAL. Not a durability setting.
    execSql(m_db, QStringLiteral("PRAGMA mmap_size=4294967296"));
}

Applier::~Applier()
{
    qDeleteAll(m_statements);
}

Stmt &Applier::sql(const char *text)
{
    Stmt *&s = m_statements[text];
    if (!s)
        s = new Stmt(m_db, QString::fromUtf8(text));
    return *s;
}

void Applier::loadCaches()
{
    m_c = std::make_unique<Caches>();
    Caches &k = *m_c;
    {
        Stmt q(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'consortium'"));
        q.exec();
        if (q.next())
            k.consortium = *chain::ConsortiumId::fromBytes(q.blob(0));
    }
    Stmt orgs(m_db, QStringLiteral("SELECT org_id, kind, active FROM orgs"));
    for (orgs.exec(); orgs.next();) {
        k.orgs.insert(std::uint32_t(orgs.integer(0)),
                      { chain::OrgKind(orgs.integer(1)), orgs.integer(2) != 0 });
        k.maxOrgId = qMax(k.maxOrgId, std::uint32_t(orgs.integer(0)));
    }
    Stmt nodes(m_db,
               QStringLiteral("SELECT key, org_id FROM node_keys WHERE until_height IS NULL"));
    for (nodes.exec(); nodes.next();)
        k.signers.insert(*crypto::PublicKey::fromBytes(nodes.blob(0)),
                         Signer { true, std::uint32_t(nodes.integer(1)), 0, 0 });
    Stmt people(
        m_db,
        QStringLiteral(
            "SELECT key, org_id, roles, person_no FROM persons WHERE until_height IS NULL"));
    for (people.exec(); people.next();) {
        k.signers.insert(*crypto::PublicKey::fromBytes(people.blob(0)),
                         Signer { false, std::uint32_t(people.integer(1)),
                                  std::uint8_t(people.integer(2)), people.integer(3) });
    }
    Stmt pol(
        m_db,
        QStringLiteral("SELECT deduction_threshold, auto_close_days FROM policy WHERE id = 1"));
    pol.exec();
    if (pol.next()) {
        k.policy.deductionApprovalThreshold = pol.integer(0);
        k.policy.feedbackAutoCloseDays = std::uint32_t(pol.integer(1));
    }
    Stmt cats(m_db,
              QStringLiteral("SELECT code, name, route_org, deadline_days FROM feedback_categories "
                             "WHERE active = 1"));
    for (cats.exec(); cats.next();) {
        domain::FeedbackCategory fc { cats.text(0), cats.text(1), std::uint32_t(cats.integer(2)),
                                      std::uint32_t(cats.integer(3)) };
        k.categories.insert(fc.code, fc);
    }
    Stmt res(m_db, QStringLiteral("SELECT pseudonym, org_id FROM residents"));
    for (res.exec(); res.next();)
        k.residents.insert(*domain::Pseudonym::fromBytes(res.blob(0)),
                           std::uint32_t(res.integer(1)));
    Stmt seqs(m_db, QStringLiteral("SELECT author, last_seq FROM author_seq"));
    for (seqs.exec(); seqs.next();)
        k.seq.insert(*crypto::PublicKey::fromBytes(seqs.blob(0)), std::uint64_t(seqs.integer(1)));
    Stmt items(m_db, QStringLiteral("SELECT item_code, cost, active FROM store_items"));
    for (items.exec(); items.next();)
        k.items.insert(items.text(0), { items.integer(1), items.integer(2) != 0 });
    auto next = [this](const char *q) { return Stmt(m_db, QString::fromLatin1(q)).scalar(0) + 1; };
    k.nextPersonNo = next("SELECT MAX(person_no) FROM persons");
    k.nextRecordNo = next("SELECT MAX(record_no) FROM records");
    k.nextEventNo = next("SELECT MAX(event_no) FROM score_events");
    k.nextFeedbackNo = next("SELECT MAX(feedback_no) FROM feedback");
    k.nextPendingNo = next("SELECT MAX(pending_no) FROM pending");
    k.nextRedemptionNo = next("SELECT MAX(redemption_no) FROM redemptions");
    k.nextResidentNo = next("SELECT MAX(resident_no) FROM residents");
    loadHandbook();
}

void Applier::applyGenesis(const chain::Block &block, const chain::GenesisPayload &g)
{
    const chain::Transaction &tx = block.transactions().front();
    sql("INSERT INTO meta (key, value) VALUES ('consortium', ?)")
        .args(tx.body().consortium.toByteArray())
        .exec();
    sql("INSERT INTO meta (key, value) VALUES ('community_name', ?)").args(g.name.toUtf8()).exec();
    sql("INSERT INTO policy (id, deduction_threshold, auto_close_days) VALUES (1, ?, ?)")
        .args(domain::PolicySet::DefaultDeductionThreshold, domain::PolicySet::DefaultAutoCloseDays)
        .exec();
    for (const auto &o : g.organizations) {
        sql("INSERT INTO orgs (org_id, kind, name, active, admitted_height, removed_height) VALUES "
            "(?, ?, ?, 1, 0, NULL)")
            .args(o.orgId, int(o.kind), o.name)
            .exec();
        sql("INSERT INTO node_keys (key, org_id, from_height, until_height) VALUES (?, ?, 0, NULL)")
            .args(o.nodeKey.toByteArray(), o.orgId)
            .exec();
    }
    std::int64_t personNo = 1;
    for (const auto &p : g.persons)
        insertPerson(p.key, personNo++, p.orgId, p.displayName, p.roles, 0);
    sql("INSERT INTO author_seq (author, last_seq) VALUES (?, ?)")
        .args(tx.author().toByteArray(), tx.sequence())
        .exec();
    sql("INSERT INTO tx_results (tx_id, height, tx_index, type, author, outcome, reason, detail)"
        " VALUES (?, 0, 0, ?, ?, 1, 0, '')")
        .args(tx.id().toByteArray(), int(TxType::Genesis), tx.author().toByteArray())
        .exec();
    loadCaches();
}

void Applier::applyTransaction(const chain::Transaction &tx, std::int64_t height, int index,
                               std::int64_t ts)
{
    Ctx c;
    c.tx = &tx;
    c.type = tx.type();
    c.height = height;
    c.ts = ts;
    c.index = index;
    Verdict v = evaluate(c);
    if (v.outcome == Outcome::Pending)
        storePending(c);
    recordResult(c, v);
}

Applier::Verdict Applier::evaluate(Ctx &c)
{
    if (c.type == TxType::Genesis)
        return Verdict::no(RejectReason::MisplacedGenesis,
                           QStringLiteral("genesis outside block 0"));
    if (c.tx->body().consortium != m_c->consortium)
        return Verdict::no(RejectReason::WrongConsortium,
                           QStringLiteral("transaction of another consortium"));
    const auto signer = m_c->signers.constFind(c.tx->author());
    if (signer == m_c->signers.cend())
        return Verdict::no(RejectReason::UnknownSigner,
                           QStringLiteral("author is no current node or person key"));
    c.signer = *signer;
    std::uint64_t &last = m_c->seq[c.tx->author()];
    if (c.tx->sequence() <= last)
        return Verdict::no(
            RejectReason::Replay,
            QStringLiteral("sequence %1 not above %2").arg(c.tx->sequence()).arg(last));
    last = c.tx->sequence();
    m_c->dirtySeq.insert(c.tx->author());
    c.permission = c.signer.node ? domain::permission(c.type, domain::Actor::Node)
                                 : domain::permissionForRoles(c.type, c.signer.roles);
    if (c.permission == Permission::Denied)
        return Verdict::no(
            RejectReason::NotPermitted,
            QStringLiteral("%1 may not sign %2")
                .arg(c.signer.node ? QStringLiteral("a node") : QStringLiteral("these roles"),
                     QString::fromLatin1(chain::txTypeName(c.type))));
    c.hold = c.permission == Permission::NeedsApproval;
    return dispatch(c);
}

Applier::Verdict Applier::dispatch(Ctx &c)
{
    switch (c.type) {
    case TxType::Genesis: break;
    case TxType::OrgAdmitted: return orgAdmitted(c);
    case TxType::OrgRemoved: return orgRemoved(c);
    case TxType::NodeKeyRotated: return nodeKeyRotated(c);
    case TxType::NodeAdded: return nodeAdded(c);
    case TxType::NodeRemoved: return nodeRemoved(c);
    case TxType::PersonEnrolled: return personEnrolled(c);
    case TxType::PersonRemoved: return personRemoved(c);
    case TxType::PersonKeyRotated: return personKeyRotated(c);
    case TxType::RoleGranted: return roleChanged(c, true);
    case TxType::RoleRevoked: return roleChanged(c, false);
    case TxType::ApprovalGranted: return approval(c, true);
    case TxType::ApprovalRefused: return approval(c, false);
    case TxType::PolicySet: return policySet(c);
    case TxType::ResidentEnrolled: return residentPin(c, true);
    case TxType::ResidentPinChanged: return residentPin(c, false);
    case TxType::ResidentConsentSet: return residentConsent(c);
    case TxType::RecordSubmitted: return recordSubmitted(c);
    case TxType::RecordApproved: return recordDecided(c, true);
    case TxType::RecordRejected: return recordDecided(c, false);
    case TxType::RecordPublished: return recordPublished(c);
    case TxType::RecordProgress: return recordProgress(c, false);
    case TxType::RecordCompleted: return recordProgress(c, true);
    case TxType::RecordAmended: return recordAmended(c);
    case TxType::RecordWithdrawn: return recordWithdrawn(c);
    case TxType::ActivitySignedUp: return activity(c, false);
    case TxType::ActivityAttended: return activity(c, true);
    case TxType::HandbookProposed: return handbookProposed(c);
    case TxType::ScoreEventRecorded: return scoreEvent(c);
    case TxType::ScoreReversed: return scoreReversed(c);
    case TxType::ScoreAppealed: return scoreAppealed(c);
    case TxType::StoreItemListed: return storeItem(c);
    case TxType::PointsRedeemed: return redeemed(c);
    case TxType::FeedbackSubmitted: return feedbackSubmitted(c);
    case TxType::FeedbackAssigned: return feedbackAssigned(c);
    case TxType::FeedbackForwarded: return feedbackTransfer(c, false);
    case TxType::FeedbackRefused: return feedbackTransfer(c, true);
    case TxType::FeedbackReplied:
    case TxType::FeedbackResolved:
    case TxType::FeedbackReopened:
    case TxType::FeedbackHidden: return feedbackNote(c);
    case TxType::FeedbackConfirmed: return feedbackConfirmed(c);
    case TxType::FeedbackCategoriesSet: return categoriesSet(c);
    }
    return Verdict::no(RejectReason::MalformedPayload, QStringLiteral("no handler for this type"));
}

void Applier::recordResult(const Ctx &c, const Verdict &v)
{
    // One row per position in the chain (the block store refuses a repeated
    // transaction id, so an id has one position).
    sql("INSERT INTO tx_results (tx_id, height, tx_index, type, author, outcome, reason, "
        "detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .args(c.txId(), c.height, c.index, int(c.type), c.author(), int(v.outcome), int(v.reason),
              v.detail)
        .exec();
}

void Applier::storePending(const Ctx &c)
{
    sql("INSERT INTO pending (tx_id, pending_no, type, author, org_id, tx, height, ts_ms, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
        .args(c.txId(), m_c->nextPendingNo++, int(c.type), c.author(), c.signer.orgId,
              c.tx->encoded(), c.height, c.ts)
        .exec();
}

void Applier::timeline(const Ctx &c, const QByteArray &subject, const char *action,
                       const QString &detail)
{
    sql("INSERT INTO timeline (subject, height, tx_id, ts_ms, actor, actor_org, action, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .args(subject, c.height, c.txId(), c.ts, c.author(), c.signer.orgId,
              QString::fromLatin1(action), detail)
        .exec();
}

bool Applier::orgActive(std::uint32_t orgId) const
{
    const auto it = m_c->orgs.constFind(orgId);
    return it != m_c->orgs.cend() && it->second;
}

bool Applier::isPartyCommitteeMember(const Signer &s) const
{
    const auto it = m_c->orgs.constFind(s.orgId);
    return it != m_c->orgs.cend() && it->first == chain::OrgKind::PartyCommittee && it->second;
}

bool Applier::isPartyCommitteeSecretary(const Signer &s) const
{
    return !s.node && chain::hasRole(s.roles, chain::Role::Secretary) && isPartyCommitteeMember(s);
}

std::uint32_t Applier::firstPartyCommittee() const
{
    std::uint32_t best = 0;
    for (auto it = m_c->orgs.cbegin(); it != m_c->orgs.cend(); ++it) {
        if (it->first == chain::OrgKind::PartyCommittee && it->second
            && (best == 0 || it.key() < best))
            best = it.key();
    }
    return best;
}

Applier::Verdict Applier::approval(Ctx &c, bool grant)
{
    GONGZHI_PAYLOAD(domain::ApprovalDecision, p);
    Stmt &q = sql("SELECT type, author, org_id, tx, status, height FROM pending WHERE tx_id = ?");
    q.args(p.pendingTx.toByteArray()).exec();
    if (!q.next())
        return Verdict::no(RejectReason::NotFound,
                           QStringLiteral("no held transaction with this id"));
    const auto type = TxType(q.integer(0));
    const auto author = *crypto::PublicKey::fromBytes(q.blob(1));
    const auto orgId = std::uint32_t(q.integer(2));
    const QByteArray txBytes = q.blob(3);
    const auto status = q.integer(4);
    const auto heldAt = q.integer(5);
    q.finish();
    if (status != 0)
        return Verdict::no(RejectReason::WrongStatus, QStringLiteral("already decided"));
    if (!grant && p.comment.isEmpty())
        return Verdict::no(RejectReason::InvalidValue, QStringLiteral("a refusal needs a comment"));
    const bool scoped = domain::needsPartyCommitteeApprover(type)
        ? isPartyCommitteeSecretary(c.signer)
        : (c.signer.orgId == orgId || isPartyCommitteeSecretary(c.signer));
    if (!scoped)
        return Verdict::no(RejectReason::OutOfScope,
                           QStringLiteral("not a secretary who may approve this"));
    const std::int64_t authorPersonNo
        = sql("SELECT person_no FROM persons WHERE key = ?").args(author.toByteArray()).scalar(-1);
    if (c.tx->author() == author || (authorPersonNo > 0 && authorPersonNo == c.signer.personNo))
        return Verdict::no(RejectReason::SelfApproval, QStringLiteral("approver is the author"));

    auto held = chain::Transaction::decode(txBytes);
    GONGZHI_ENFORCE(held.has_value(), "a held transaction in state no longer decodes");
    Verdict result = Verdict::no(RejectReason::ApprovalRefused, p.comment);
    if (grant) {
        Ctx h;
        h.tx = &*held;
        h.type = type;
        h.height = c.height;
        h.ts = c.ts;
        h.index = c.index;
        h.approving = true;
        h.permission = Permission::Allowed;
        const auto s = m_c->signers.constFind(author);
        if (s == m_c->signers.cend()) {
            result = Verdict::no(RejectReason::UnknownSigner,
                                 QStringLiteral("the author's key is no longer current"));
        } else {
            h.signer = *s;
            result = dispatch(h);
        }
    }
    const int pendingStatus = !grant ? 3 : (result.outcome == Outcome::Applied ? 1 : 2);
    sql("UPDATE pending SET status = ?, decided_tx = ?, decided_by = ?, decided_height = ?, "
        "comment = ?, reason = ?"
        " WHERE tx_id = ?")
        .args(pendingStatus, c.txId(), c.author(), c.height, p.comment, int(result.reason),
              p.pendingTx.toByteArray())
        .exec();
    // tx_results is keyed by position: the held transaction's block, then its id there.
    sql("UPDATE tx_results SET outcome = ?, reason = ?, detail = ? WHERE height = ? AND tx_id = ?")
        .args(int(result.outcome), int(result.reason), result.detail, heldAt,
              p.pendingTx.toByteArray())
        .exec();
    timeline(c, p.pendingTx.toByteArray(), grant ? "approved" : "refused", p.comment);
    return Verdict::ok();
}

void Applier::sweep(std::int64_t height, std::int64_t ts, const chain::TxId &marker)
{
    const QByteArray zero(32, '\0');
    // Runs once per block: the feedback statements read only their partial
    // index (a few rows). Without INDEXED BY, SQLite walks every feedback item
    // in feedback_no order to avoid sorting the few rows the index would give.
    // (records_task_due would be slower here: it keeps completed tasks.)
    // Each UPDATE changes exactly the rows its timeline INSERT listed, so it
    // runs only when there are some (opening feedback's 15 indexes is not free).
    // Unanswered past the category deadline: flag and escalate to the party committee.
    if (sql("INSERT INTO timeline (subject, height, tx_id, ts_ms, actor, actor_org, action, detail)"
            " SELECT feedback_id, ?, ?, ?, ?, 0, 'overdue', '' FROM feedback INDEXED BY "
            "feedback_due"
            " WHERE overdue = 0 AND status < 4 AND deadline_ms < ? ORDER BY feedback_no")
            .args(height, bytesOf(marker), ts, zero, ts)
            .exec()
            .rowsAffected()
        > 0)
        sql("UPDATE feedback INDEXED BY feedback_due SET overdue = 1, escalated = 1"
            " WHERE overdue = 0 AND status < 4 AND deadline_ms < ?")
            .args(ts)
            .exec();
    const std::int64_t closeBefore
        = ts - std::int64_t(m_c->policy.feedbackAutoCloseDays) * domain::DayMs;
    if (sql("INSERT INTO timeline (subject, height, tx_id, ts_ms, actor, actor_org, action, detail)"
            " SELECT feedback_id, ?, ?, ?, ?, 0, 'auto_closed', '' FROM feedback"
            " INDEXED BY feedback_resolved"
            " WHERE status = 4 AND resolved_ms <= ? ORDER BY feedback_no")
            .args(height, bytesOf(marker), ts, zero, closeBefore)
            .exec()
            .rowsAffected()
        > 0)
        sql("UPDATE feedback INDEXED BY feedback_resolved SET status = 5, closed_ms = ?,"
            " close_reason = 'auto', updated_ms = ?"
            " WHERE status = 4 AND resolved_ms <= ?")
            .args(ts, ts, closeBefore)
            .exec();
    if (sql("INSERT INTO timeline (subject, height, tx_id, ts_ms, actor, actor_org, action, detail)"
            " SELECT record_id, ?, ?, ?, ?, 0, 'overdue', '' FROM records"
            " WHERE kind = 5 AND overdue = 0 AND deadline_ms < ? AND status IN (1, 2, 4, 5)"
            " ORDER BY record_no")
            .args(height, bytesOf(marker), ts, zero, ts)
            .exec()
            .rowsAffected()
        > 0)
        sql("UPDATE records SET overdue = 1"
            " WHERE kind = 5 AND overdue = 0 AND deadline_ms < ? AND status IN (1, 2, 4, 5)")
            .args(ts)
            .exec();
}

void Applier::recordBlock(std::int64_t height, const chain::BlockHash &hash, std::int64_t ts)
{
    Stmt &meta = sql("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    meta.args(QStringLiteral("applied_height"), QByteArray::number(qlonglong(height))).exec();
    meta.args(QStringLiteral("last_block_hash"), hash.toByteArray()).exec();
    meta.args(QStringLiteral("last_block_ms"), QByteArray::number(qlonglong(ts))).exec();
}

void Applier::flushSequences()
{
    for (const auto &key : std::as_const(m_c->dirtySeq)) {
        sql("INSERT OR REPLACE INTO author_seq (author, last_seq) VALUES (?, ?)")
            .args(key.toByteArray(), m_c->seq.value(key))
            .exec();
    }
    m_c->dirtySeq.clear();
}

} // namespace ledger::state
