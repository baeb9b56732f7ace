#pragma once

#include <cstdint>

namespace ledger::raft {

// SplitMix64 (Steele, Lea & Flood 2014): tiny, seedable, good enough for election
// jitter and simulation. The core never reads a system source of randomness.
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed = 0)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // In [0, bound); bound > 0. Modulo bias is negligible for the small bounds used.
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }

    // True with probability `p` in [0, 1].
    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }

    std::uint64_t state() const { return m_state; }

private:
    std::uint64_t m_state;
};

} // namespace ledger::raft
