#include "ledger/state/queries/PeopleAdminQueries.h"

#include "ledger/state/Sql.h"
#include "ledger/state/StateMachine.h"

#include <QStringList>

namespace ledger::state {

core::Result<std::vector<PersonRecord>> personRecords(const StateMachine &state,
                                                      std::optional<std::uint32_t> orgId)
{
    try {
        const QSqlDatabase db = state.database();
        // The timeline (Applier::timeline) says when and why: person_enrolled
        // and person_removed have the person's key as subject; a rotation has
        // the old key as subject and the new key (hex) as detail.
        Stmt q(db,
               QStringLiteral(
                   "SELECT p.key, p.person_no, p.org_id, p.display_name, p.roles, p.from_height,"
                   " p.until_height,"
                   " (SELECT ts_ms FROM timeline t WHERE t.subject = p.key"
                   "   AND t.action = 'person_enrolled' ORDER BY entry_no LIMIT 1),"
                   " (SELECT ts_ms FROM timeline t WHERE t.height = p.from_height"
                   "   AND t.action = 'person_key_rotated' AND t.detail = lower(hex(p.key))"
                   "   LIMIT 1),"
                   " (SELECT action || char(31) || ts_ms || char(31) || detail FROM timeline t"
                   "   WHERE t.subject = p.key AND t.action IN ('person_removed',"
                   "   'person_key_rotated') ORDER BY entry_no DESC LIMIT 1)"
                   " FROM persons p %1"
                   " ORDER BY p.until_height IS NOT NULL, p.until_height DESC, p.person_no DESC")
                   .arg(orgId ? QStringLiteral("WHERE p.org_id = ?") : QString()));
        if (orgId)
            q.args(*orgId);
        std::vector<PersonRecord> out;
        for (q.exec(); q.next();) {
            PersonRecord r;
            if (auto key = crypto::PublicKey::fromBytes(q.blob(0)))
                r.key = *key;
            r.personNo = q.integer(1);
            r.orgId = std::uint32_t(q.integer(2));
            r.displayName = q.text(3);
            r.roles = std::uint8_t(q.integer(4));
            r.fromHeight = q.integer(5);
            const bool ended = !q.isNull(6);
            r.sinceMs = !q.isNull(7) ? q.integer(7) : !q.isNull(8) ? q.integer(8) : 0;
            if (ended) {
                const QStringList end = q.isNull(9) ? QStringList() : q.text(9).split(QChar(31));
                if (end.size() == 3) {
                    r.ended = end[0] == QLatin1String("person_removed")
                        ? PersonRecord::Ended::Removed
                        : PersonRecord::Ended::KeyReplaced;
                    r.endedMs = end[1].toLongLong();
                    if (r.ended == PersonRecord::Ended::Removed)
                        r.endReason = end[2];
                } else {
                    r.ended = PersonRecord::Ended::OrgRemoved;
                }
            }
            out.push_back(std::move(r));
        }
        return out;
    } catch (const SqlFailure &e) {
        return core::fail(core::Error(core::ErrorCode::Io, QString::fromStdString(e.what())));
    }
}

} // namespace ledger::state
