#pragma once

#include <cstddef>
#include <functional>

namespace ledger::core {

// Runs body(begin, end) over [0, n) in slices of at most `grain`, on the global
// QThreadPool and the calling thread, and returns when every slice is done.
// `body` must be thread-safe; slices never overlap.
void parallelFor(std::size_t n, std::size_t grain,
                 const std::function<void(std::size_t, std::size_t)> &body);

// A grain that gives every pool thread and the caller a share of n items, but
// no slice smaller than minGrain (below that, handing a slice over costs more
// than it saves). For signature checks (~50 us each) under load: a fixed grain
// of 64 left the 10-60 transactions of one admission batch or one Append to
// the node thread alone while the other core idled.
std::size_t evenGrain(std::size_t n, std::size_t minGrain);

} // namespace ledger::core
