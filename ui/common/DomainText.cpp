#include "ui/common/DomainText.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

using namespace ledger;

namespace ui {

QString DomainText::orgKind(chain::OrgKind kind)
{
    switch (kind) {
    case chain::OrgKind::PartyCommittee: return tr("Party committee");
    case chain::OrgKind::ResidentsCommittee: return tr("Residents' committee");
    case chain::OrgKind::StreetOffice: return tr("Street office");
    case chain::OrgKind::PropertyManagement: return tr("Property management");
    case chain::OrgKind::SocialOrganization: return tr("Social organization");
    case chain::OrgKind::SupervisionCommittee: return tr("Supervision committee");
    }
    return tr("Unknown organization kind");
}

QString DomainText::roles(std::uint8_t bits)
{
    QStringList names;
    if (chain::hasRole(bits, chain::Role::Staff))
        names << tr("Staff");
    if (chain::hasRole(bits, chain::Role::Secretary))
        names << tr("Party secretary");
    if (chain::hasRole(bits, chain::Role::Auditor))
        names << tr("Auditor");
    if (chain::hasRole(bits, chain::Role::Admin))
        names << tr("Administrator");
    return names.join(tr(", "));
}

QString DomainText::recordKind(domain::RecordKind kind)
{
    switch (kind) {
    case domain::RecordKind::PartyAffairs: return tr("Party affairs");
    case domain::RecordKind::ResidentsAffairs: return tr("Residents' affairs");
    case domain::RecordKind::Financial: return tr("Finances");
    case domain::RecordKind::Decision: return tr("Decision");
    case domain::RecordKind::Task: return tr("Work task");
    case domain::RecordKind::Activity: return tr("Activity");
    }
    return tr("Unknown record kind");
}

QString DomainText::recordStatus(domain::RecordStatus status)
{
    switch (status) {
    case domain::RecordStatus::Submitted: return tr("Awaiting approval");
    case domain::RecordStatus::Approved: return tr("Approved");
    case domain::RecordStatus::Rejected: return tr("Rejected");
    case domain::RecordStatus::Published: return tr("Published");
    case domain::RecordStatus::InProgress: return tr("In progress");
    case domain::RecordStatus::Completed: return tr("Completed");
    case domain::RecordStatus::Withdrawn: return tr("Withdrawn");
    }
    return tr("Unknown status");
}

QString DomainText::feedbackKind(domain::FeedbackKind kind)
{
    switch (kind) {
    case domain::FeedbackKind::Suggestion: return tr("Suggestion");
    case domain::FeedbackKind::Complaint: return tr("Complaint");
    case domain::FeedbackKind::HelpRequest: return tr("Request for help");
    }
    return tr("Unknown feedback kind");
}

QString DomainText::feedbackStatus(domain::FeedbackStatus status)
{
    switch (status) {
    case domain::FeedbackStatus::Open: return tr("Open");
    case domain::FeedbackStatus::Assigned: return tr("Assigned");
    case domain::FeedbackStatus::Replied: return tr("Replied");
    case domain::FeedbackStatus::Resolved: return tr("Resolved");
    case domain::FeedbackStatus::Closed: return tr("Closed");
    }
    return tr("Unknown status");
}

QString DomainText::money(std::int64_t fen)
{
    const QLocale locale;
    const bool negative = fen < 0;
    const std::uint64_t abs = negative ? std::uint64_t(-(fen + 1)) + 1 : std::uint64_t(fen);
    const QString yuan = locale.toString(qulonglong(abs / 100));
    const QString cents = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-¥") : QStringLiteral("¥")) + yuan + locale.decimalPoint()
        + cents;
}

QString DomainText::dateTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DomainText::date(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

QString DomainText::points(std::int64_t points)
{
    if (points > 0)
        return QStringLiteral("+%1").arg(points);
    if (points < 0)
        return QStringLiteral("\u2212%1").arg(-points);
    return QStringLiteral("0");
}

QString DomainText::fingerprint(const QByteArray &bytes)
{
    const QByteArray hex = bytes.left(8).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace ui
