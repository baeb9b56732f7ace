#pragma once

#include <bit>
#include <cstdint>

// Index arithmetic shared by the proof code (internal to ledger/merkle).
namespace ledger::merkle::detail {

// RFC 9162 §2.1.1: k, the largest power of two smaller than n (n > 1).
inline std::uint64_t splitPoint(std::uint64_t n)
{
    return std::bit_floor(n - 1);
}

// Length of the RFC 9162 §2.1.3.1 audit path of leaf `index` in a tree of
// `size` leaves (index < size): the levels where the paths to `index` and to
// the last leaf differ ("inner"), plus one hash per left-hand perfect
// subtree above them ("border").
struct PathShape {
    unsigned inner;
    unsigned border;
};

inline PathShape inclusionShape(std::uint64_t index, std::uint64_t size)
{
    const unsigned inner = unsigned(std::bit_width(index ^ (size - 1)));
    const unsigned border = unsigned(std::popcount(index >> inner));
    return { inner, border };
}

inline std::size_t inclusionLength(std::uint64_t index, std::uint64_t size)
{
    const auto s = inclusionShape(index, size);
    return s.inner + s.border;
}

// Length of the RFC 9162 §2.1.4.1 consistency proof from size1 to size2
// (0 < size1 < size2): the audit path of leaf size1-1, minus the levels inside
// the perfect subtree that ends at size1, plus that subtree's root unless it
// is the whole old tree (size1 a power of two).
inline std::size_t consistencyLength(std::uint64_t size1, std::uint64_t size2)
{
    const auto s = inclusionShape(size1 - 1, size2);
    const unsigned shift = unsigned(std::countr_zero(size1));
    return (s.inner - shift) + s.border + (std::has_single_bit(size1) ? 0 : 1);
}

} // namespace ledger::merkle::detail
