#pragma once

#include "ledger/crypto/Ed25519.h"
#include "ui/kiosk/KioskStyle.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>

namespace ledger::service {
class LedgerService;
}

namespace ui::kiosk {

class HandwritingRecognizer;
class KioskSettings;
class PinGuard;
class PinyinEngine;
class ReadAloud;
class ResidentGate;

// What every kiosk screen may use; owned by KioskWindow, outlives every
// screen. Screens are created when a resident opens them and destroyed when
// they go home or the kiosk goes idle, so no screen state survives a resident.
struct KioskContext {
    ledger::service::LedgerService &ledger;
    KioskSettings &settings;
    PinGuard &pinGuard;
    ResidentGate &residents;
    ReadAloud &readAloud;
    PinyinEngine &pinyin;
    const HandwritingRecognizer *handwriting = nullptr; // null until loaded
    // Signs what residents do here (docs/permissions.md: the node column);
    // nullopt if the node key cannot be read: then nothing can be submitted.
    std::optional<ledger::crypto::KeyPair> nodeKey;
    std::uint32_t orgId = 0;
    std::map<std::uint32_t, QString> orgNames;
    KioskMetrics metrics;
    // The screenshot tour shows a demo community as of its last block; 0 =
    // the kiosk's clock (what residents always get).
    std::int64_t clockOverrideMs = 0;

    std::int64_t nowMs() const
    {
        return clockOverrideMs ? clockOverrideMs : QDateTime::currentMSecsSinceEpoch();
    }

    QString orgName(std::uint32_t id) const
    {
        const auto it = orgNames.find(id);
        return it == orgNames.end() ? QString() : it->second;
    }
};

} // namespace ui::kiosk
