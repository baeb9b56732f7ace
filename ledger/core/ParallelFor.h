#pragma once

#include <cstddef>
#include <functional>

namespace ledger::core {

// Runs body(begin, end) over [0, n) in slices of at most `grain`, on the global
// QThreadPool and the calling thread, and returns when every slice is done.
// `body` must be thread-safe; slices never overlap.
void parallelFor(std::size_t n, std::size_t grain,
                 const std::function<void(std::size_t, std::size_t)> &body);

} // namespace ledger::core
