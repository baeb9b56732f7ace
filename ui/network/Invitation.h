#pragma once

// The invitation and join-request files live in the ledger (ledger/node/
// Invitation.h: formats, parsing, the join request's signature) so that
// gongzhi-cli and the desktop read and write the same files.
#include "ledger/node/Invitation.h"

namespace ui {

using ledger::node::Invitation;
using ledger::node::JoinRequest;
using ledger::node::readJsonFile;
using ledger::node::writeJsonFile;

} // namespace ui
