#include "ledger/core/ParallelFor.h"

#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace ledger::core {

void parallelFor(std::size_t n, std::size_t grain,
                 const std::function<void(std::size_t, std::size_t)> &body)
{
    if (n == 0)
        return;
    grain = std::max<std::size_t>(1, grain);
    const std::size_t slices = (n + grain - 1) / grain;
    if (slices == 1) {
        body(0, n);
        return;
    }
    // Work-claiming: helpers and the caller take the next slice until none is left,
    // so a busy pool never leaves the caller waiting with nothing to do.
    std::atomic<std::size_t> next { 0 };
    auto work = [&] {
        for (std::size_t s = next.fetch_add(1); s < slices; s = next.fetch_add(1))
            body(s * grain, std::min(n, (s + 1) * grain));
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    const int helpers
        = int(std::min<std::size_t>(slices - 1, std::size_t(std::max(0, pool->maxThreadCount()))));
    QSemaphore done;
    for (int i = 0; i < helpers; ++i) {
        pool->start([&] {
            work();
            done.release();
        });
    }
    work();
    done.acquire(helpers);
}

std::size_t evenGrain(std::size_t n, std::size_t minGrain)
{
    const std::size_t workers
        = std::size_t(std::max(0, QThreadPool::globalInstance()->maxThreadCount())) + 1;
    return std::max({ std::size_t(1), minGrain, (n + workers - 1) / workers });
}

} // namespace ledger::core
