#pragma once

#include "ledger/core/Result.h"
#include "ledger/service/ConsortiumCreator.h"
#include "ui/common/AppContext.h"

#include <QObject>

#include <functional>

namespace ui {

struct FoundedConsortium {
    SignedInPerson admin; // unlocked with the administrator's password
    ledger::service::NodeKeyStore::Location nodeKey = ledger::service::NodeKeyStore::Location::File;
};

// Founds the consortium through the service (ConsortiumCreator: genesis,
// Raft log, node key into the system keychain when one answers, each
// founder's key under their own password), then unlocks the administrator's
// key so that the wizard ends signed in. Argon2 runs off the UI thread;
// `done` runs on `receiver`'s thread unless it is gone.
void foundConsortium(const ledger::service::ConsortiumRequest &request, QObject *receiver,
                     std::function<void(ledger::core::Result<FoundedConsortium>)> done);

} // namespace ui
