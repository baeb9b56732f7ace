#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"

#include <QSqlDatabase>

#include <atomic>

namespace ledger::state {

// The state digest (docs/domain.md §State digest) over any connection to a
// state database: StateMachine::digest() uses its own; the divergence checker
// (ledger/node/StateCheckpoints) uses a read-only connection on a worker thread
// inside a read transaction, so the digest is that of one snapshot.
// `cancel` (optional) is polled between rows: when it turns true the digest
// stops with ErrorCode::Unavailable. Must run on the connection's thread.
core::Result<crypto::Digest> computeStateDigest(const QSqlDatabase &db,
                                                const std::atomic<bool> *cancel = nullptr);

} // namespace ledger::state
