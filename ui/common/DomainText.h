#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/domain/FeedbackPayloads.h"
#include "ledger/domain/RecordPayloads.h"

#include <QCoreApplication>
#include <QString>

namespace ui {

// Words for the domain's enumerations and values, translated (zh_CN first).
// One place so every screen says the same thing.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
public:
    static QString orgKind(ledger::chain::OrgKind kind);
    static QString roles(std::uint8_t roleBits); // "Staff, Secretary"
    static QString recordKind(ledger::domain::RecordKind kind);
    static QString recordStatus(ledger::domain::RecordStatus status);
    static QString feedbackKind(ledger::domain::FeedbackKind kind);
    static QString feedbackStatus(ledger::domain::FeedbackStatus status);
    // 123456 fen -> "¥1,234.56" (locale grouping)
    static QString money(std::int64_t fen);
    // Block or author time (ms since epoch, UTC) in local time: "2026-11-27 14:03".
    static QString dateTime(std::int64_t ms);
    static QString date(std::int64_t ms);
    // Points with a sign: "+10", "−5".
    static QString points(std::int64_t points);
    // A key or hash for people: first 8 bytes in hex groups "3f2a 91c0 …".
    static QString fingerprint(const QByteArray &bytes);
};

} // namespace ui
