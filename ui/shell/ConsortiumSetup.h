#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/core/Result.h"
#include "ui/common/AppContext.h"

#include <QObject>
#include <QString>

#include <functional>

namespace ui {

// What the first-run wizard collects to found a consortium on this PC.
struct ConsortiumPlan {
    QString dataDir;
    QString communityName;
    QString organizationName;
    ledger::chain::OrgKind kind = ledger::chain::OrgKind::PartyCommittee;
    quint16 port = 7400;
    QString adminName;
    QString adminPassword;
    QString secretaryName;
    QString secretaryPassword;
};

// Founds the consortium (ledger/node/ClusterSetup.h: genesis, Raft log, node
// key and configuration) with this PC as its only member, and protects each
// person's key with their own password. Runs on a worker thread (Argon2 takes
// about a second per key); `done` gets the administrator, unlocked, on
// `receiver`'s thread. Fails without a half-made directory if one already
// holds a ledger.
void foundConsortium(const ConsortiumPlan &plan, QObject *receiver,
                     std::function<void(ledger::core::Result<SignedInPerson>)> done);

} // namespace ui
