#include "ledger/service/QueryReader.h"

#include "ledger/service/LedgerService.h"
#include "ledger/state/StateMachine.h"
#include "ledger/state/StateQueries.h"
#include "ledger/store/BlockStore.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace ledger::service {

Q_LOGGING_CATEGORY(lcReader, "gongzhi.service.reader")

QueryReader::QueryReader(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
}

QueryReader::~QueryReader()
{
    m_queries.reset();
    m_state.reset();
    m_blocks.reset();
}

core::Status QueryReader::open()
{
    const QDir dir(m_dataDir);
    auto state = GONGZHI_TRY(state::StateMachine::open(dir.filePath(QStringLiteral("state.db"))));
    auto blocks
        = GONGZHI_TRY(store::BlockStore::open(dir.filePath(QStringLiteral("ledger.db")), true));
    m_queries.reset();
    m_state = std::move(state);
    m_queries = std::make_unique<state::StateQueries>(*m_state);
    m_blocks = std::move(blocks);
    m_stale = false;
    return {};
}

core::Status QueryReader::refresh()
{
    // The block store stays open: a read-only connection sees every commit,
    // and refresh() re-reads just the head row (reopening it re-read every
    // block hash to rebuild the history tree, after every block committed).
    // The state machine caches its applied height at
    // open and has no refresh, so it is reopened (cheap: a few meta rows).
    const QDir dir(m_dataDir);
    auto state = GONGZHI_TRY(state::StateMachine::open(dir.filePath(QStringLiteral("state.db"))));
    GONGZHI_CHECK(m_blocks->refresh());
    m_queries.reset();
    m_state = std::move(state);
    m_queries = std::make_unique<state::StateQueries>(*m_state);
    m_stale = false;
    return {};
}

void QueryReader::run(const std::function<void(const QueryContext &)> &job)
{
    if (m_stale || !m_state) {
        if (auto s = (m_state && m_blocks) ? refresh() : open(); !s)
            qCWarning(lcReader).noquote()
                << "cannot reopen the read connections:" << s.error().toString();
    }
    if (!m_state)
        return; // nothing to read with; open() failed before and was logged
    job(QueryContext { *m_state, *m_queries, *m_blocks });
}

QHash<crypto::PublicKey, std::uint64_t> QueryReader::authorSequences()
{
    QHash<crypto::PublicKey, std::uint64_t> out;
    if (!m_state)
        return out;
    QSqlQuery q(m_state->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT author, last_seq FROM author_seq"))) {
        qCWarning(lcReader, "cannot read author sequences");
        return out;
    }
    while (q.next()) {
        if (auto key = crypto::PublicKey::fromBytes(q.value(0).toByteArray()))
            out.insert(*key, q.value(1).toULongLong());
    }
    return out;
}

} // namespace ledger::service
