#pragma once

// Every domain payload, for code that handles many types.
#include "ledger/domain/ConsortiumPayloads.h"
#include "ledger/domain/CreditPayloads.h"
#include "ledger/domain/FeedbackPayloads.h"
#include "ledger/domain/PayloadCodec.h"
#include "ledger/domain/RecordPayloads.h"
