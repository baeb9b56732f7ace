#include "tests/ledger/chain/AllocationWatch.h"

#include <atomic>
#include <cstdlib>

extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_calloc(std::size_t n, std::size_t size);
void *__libc_realloc(void *p, std::size_t size);
}

namespace {
std::atomic<bool> s_watching { false };
std::atomic<std::size_t> s_largest { 0 };

void note(std::size_t size)
{
    if (!s_watching.load(std::memory_order_relaxed))
        return;
    std::size_t seen = s_largest.load(std::memory_order_relaxed);
    while (size > seen && !s_largest.compare_exchange_weak(seen, size)) { }
}
} // namespace

// operator new uses malloc in libstdc++, so these four cover Qt and the STL.
extern "C" void *malloc(std::size_t size)
{
    note(size);
    return __libc_malloc(size);
}

extern "C" void *calloc(std::size_t n, std::size_t size)
{
    note(n * size);
    return __libc_calloc(n, size);
}

extern "C" void *realloc(void *p, std::size_t size)
{
    note(size);
    return __libc_realloc(p, size);
}

namespace tests {

AllocationWatch::AllocationWatch()
{
    s_largest = 0;
    s_watching = true;
}

AllocationWatch::~AllocationWatch()
{
    s_watching = false;
}

std::size_t AllocationWatch::largest() const
{
    return s_largest.load();
}

} // namespace tests
