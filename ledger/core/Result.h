#pragma once

#include "ledger/core/Error.h"

#include <tl/expected.hpp>

namespace ledger::core {

// Expected failures return a Result; broken invariants use GONGZHI_ENFORCE.
template<class T>
using Result = tl::expected<T, Error>;

using Status = Result<void>;

inline tl::unexpected<Error> fail(Error e)
{
    return tl::unexpected<Error>(std::move(e));
}

inline tl::unexpected<Error> fail(ErrorCode code, QString detail, QString field = {})
{
    return tl::unexpected<Error>(Error(code, std::move(detail), std::move(field)));
}

} // namespace ledger::core

// Propagates the error of a Result-returning expression, else yields its value.
// Usage: auto x = GONGZHI_TRY(reader.u32("count"));
#define GONGZHI_TRY(...) \
    __extension__({ \
        auto &&gongzhi_try_result_ = (__VA_ARGS__); \
        if (!gongzhi_try_result_) \
            return ::tl::unexpected(std::move(gongzhi_try_result_).error()); \
        std::move(gongzhi_try_result_).value(); \
    })

// Propagates the error of a Status (Result<void>) expression.
#define GONGZHI_CHECK(...) \
    do { \
        auto &&gongzhi_check_result_ = (__VA_ARGS__); \
        if (!gongzhi_check_result_) \
            return ::tl::unexpected(std::move(gongzhi_check_result_).error()); \
    } while (false)
