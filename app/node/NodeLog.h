#pragma once

namespace app::node {

// Installs a message handler writing one readable line per message to stderr
// (which systemd sends to the journal):
//   2026-11-27T18:02:03.456Z warning gongzhi.net: peer 1a2b… refused: ...
void installNodeLog();

} // namespace app::node
