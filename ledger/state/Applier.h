#pragma once

#include "ledger/chain/Block.h"
#include "ledger/domain/Payloads.h"
#include "ledger/domain/Permissions.h"
#include "ledger/domain/Rejection.h"
#include "ledger/state/Sql.h"

#include <QHash>

#include <memory>
#include <optional>

namespace ledger::state {

// Internal to ledger/state: turns committed transactions into rows. Owned by
// StateMachine, which wraps every block in one SQL transaction and catches
// SqlFailure. All checks read only state and the block (height, timestamp),
// so every node reaches the same verdict.
class Applier
{
public:
    explicit Applier(QSqlDatabase db);
    ~Applier();

    // Reloads the caches from the tables (after open and after a rollback).
    void loadCaches();
    void applyGenesis(const chain::Block &block, const chain::GenesisPayload &genesis);
    void applyTransaction(const chain::Transaction &tx, std::int64_t height, int index,
                          std::int64_t ts);
    // Block-time consequences: overdue flags, escalation, auto-close.
    void sweep(std::int64_t height, std::int64_t ts, const chain::TxId &blockMarker);
    // Writes per-author sequence numbers touched in this block.
    void flushSequences();
    // The applied height, block hash and time, in the block's SQL transaction.
    void recordBlock(std::int64_t height, const chain::BlockHash &hash, std::int64_t ts);

    enum class Outcome : std::uint8_t { Applied = 1, Pending = 2, Rejected = 3 };

    // Who signed, as the state knows it now.
    struct Signer {
        bool node = false;
        std::uint32_t orgId = 0;
        std::uint8_t roles = 0; // 0 for a node key
        std::int64_t personNo = 0; // stable across person key rotation; 0 for nodes
    };

    struct Verdict {
        Outcome outcome = Outcome::Applied;
        domain::RejectReason reason = domain::RejectReason::None;
        QString detail;
        static Verdict ok() { return {}; }
        static Verdict held() { return { Outcome::Pending, domain::RejectReason::None, {} }; }
        static Verdict no(domain::RejectReason r, QString d)
        {
            return { Outcome::Rejected, r, std::move(d) };
        }
    };

    struct Ctx {
        const chain::Transaction *tx = nullptr;
        chain::TxType type = chain::TxType::Genesis;
        Signer signer;
        domain::Permission permission = domain::Permission::Denied;
        std::int64_t height = 0;
        std::int64_t ts = 0; // block timestamp: the only clock
        int index = 0;
        bool hold = false; // the matrix says "approval" and no approval is being applied
        bool approving = false; // applying a held transaction because it was just approved
        QByteArray txId() const { return tx->id().toByteArray(); }
        QByteArray author() const { return tx->author().toByteArray(); }
    };

private:
    struct Caches;
    // The prepared statement for `text` (a string literal), prepared on first use.
    Stmt &sql(const char *text);

    Verdict evaluate(Ctx &c);
    Verdict dispatch(Ctx &c);
    void recordResult(const Ctx &c, const Verdict &v);
    void storePending(const Ctx &c);
    void timeline(const Ctx &c, const QByteArray &subject, const char *action,
                  const QString &detail);

    bool isPartyCommitteeSecretary(const Signer &s) const;
    bool isPartyCommitteeMember(const Signer &s) const;
    std::uint32_t firstPartyCommittee() const;
    bool orgActive(std::uint32_t orgId) const;

    // consortium (ApplyConsortium.cpp)
    Verdict orgAdmitted(Ctx &c);
    Verdict orgRemoved(Ctx &c);
    Verdict nodeKeyRotated(Ctx &c);
    Verdict nodeAdded(Ctx &c);
    Verdict nodeRemoved(Ctx &c);
    void insertNodeKey(const crypto::PublicKey &key, std::uint32_t orgId,
                       const domain::NodeEndpoint *endpoint, std::int64_t height);
    Verdict personEnrolled(Ctx &c);
    Verdict personRemoved(Ctx &c);
    Verdict personKeyRotated(Ctx &c);
    Verdict roleChanged(Ctx &c, bool grant);
    Verdict approval(Ctx &c, bool grant);
    Verdict policySet(Ctx &c);
    Verdict residentPin(Ctx &c, bool enrol);
    Verdict residentConsent(Ctx &c);
    void insertPerson(const crypto::PublicKey &key, std::int64_t personNo, std::uint32_t orgId,
                      const QString &name, std::uint8_t roles, std::int64_t height);
    void retireKey(const crypto::PublicKey &key, std::int64_t height);

    // records (ApplyRecords.cpp)
    Verdict recordSubmitted(Ctx &c);
    Verdict recordDecided(Ctx &c, bool approve);
    Verdict recordPublished(Ctx &c);
    Verdict recordProgress(Ctx &c, bool complete);
    Verdict recordAmended(Ctx &c);
    Verdict recordWithdrawn(Ctx &c);
    Verdict activity(Ctx &c, bool attend);
    void insertContent(const Ctx &c, const QByteArray &recordId, int revision,
                       const domain::RecordContent &content);
    void insertAttachments(const Ctx &c, const QByteArray &subject,
                           const std::vector<domain::AttachmentRef> &refs);

    // credit (ApplyCredit.cpp)
    Verdict handbookProposed(Ctx &c);
    Verdict scoreEvent(Ctx &c);
    Verdict scoreReversed(Ctx &c);
    Verdict scoreAppealed(Ctx &c);
    Verdict storeItem(Ctx &c);
    Verdict redeemed(Ctx &c);
    // Adds an effective score event; returns false if the rule's cap leaves no room.
    bool awardPoints(const Ctx &c, const domain::Pseudonym &who, const domain::ScoringRule &rule,
                     const crypto::Digest &evidence, const QString &note,
                     const QByteArray &sourceRecord, bool checkCap);
    void addTotals(const QByteArray &pseudonym, const QString &ruleCode, std::int64_t points,
                   std::int64_t eventTs, bool capped);
    // The overview's per-month, per-category running totals (category_totals).
    void addCategoryTotals(int period, const QString &category, std::int64_t awarded, int events);
    void loadHandbook();

    // feedback (ApplyFeedback.cpp)
    Verdict feedbackSubmitted(Ctx &c);
    Verdict feedbackAssigned(Ctx &c);
    Verdict feedbackTransfer(Ctx &c, bool refuse);
    Verdict feedbackNote(Ctx &c);
    Verdict feedbackConfirmed(Ctx &c);
    Verdict categoriesSet(Ctx &c);

    QSqlDatabase m_db;
    QHash<const void *, Stmt *> m_statements;
    std::unique_ptr<Caches> m_c;
};

} // namespace ledger::state
