#pragma once

#include <cstddef>

namespace tests {

// Records the largest single heap request (malloc, calloc, realloc, new)
// made by any thread while a watch is alive: a hostile length prefix must
// never turn into a large allocation. Link AllocationWatch.cpp into the test
// executable (it replaces malloc through glibc's __libc_* entry points).
class AllocationWatch
{
public:
    AllocationWatch();
    ~AllocationWatch();
    AllocationWatch(const AllocationWatch &) = delete;
    AllocationWatch &operator=(const AllocationWatch &) = delete;
    std::size_t largest() const;
};

} // namespace tests
