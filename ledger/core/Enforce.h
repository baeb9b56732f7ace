#pragma once

#include <QtGlobal>

// Invariants whose violation would fork or corrupt the ledger stop the process,
// in release builds too (STYLE.md "Errors").
#define GONGZHI_ENFORCE(cond, msg) \
    do { \
        if (Q_UNLIKELY(!(cond))) \
            qFatal("GONGZHI_ENFORCE failed at %s:%d: %s (%s)", __FILE__, __LINE__, #cond, msg); \
    } while (false)
