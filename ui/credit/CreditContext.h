#pragma once

#include "ledger/state/queries/CreditQueries.h"
#include "ui/common/AppContext.h"

#include <QObject>

#include <map>
#include <optional>

namespace ui {

class ResidentDirectory;
class PendingList;

// What the credit page's tabs and dialogs share: the handbook in effect
// (loaded on the reader thread, refreshed on every committed block), the
// resident directory and the page's pending submissions.
class CreditContext : public QObject
{
    Q_OBJECT
public:
    CreditContext(AppContext &appContext, ResidentDirectory &directory, PendingList &pendingList,
                  QObject *parent = nullptr)
        : QObject(parent)
        , app(appContext)
        , residents(directory)
        , pending(pendingList)
    {
    }

    AppContext &app;
    ResidentDirectory &residents;
    PendingList &pending;
    std::optional<ledger::state::HandbookInEffect> handbook;
    std::map<std::uint32_t, QString> orgNames;

    QString orgName(std::uint32_t orgId) const
    {
        const auto it = orgNames.find(orgId);
        return it == orgNames.end() ? QString::number(orgId) : it->second;
    }
    // The level a resident with `earned` points has in the handbook in effect.
    QString levelFor(std::int64_t earned) const
    {
        QString level;
        if (handbook) {
            for (const auto &l : handbook->handbook.levels) {
                if (l.minPoints <= earned)
                    level = l.name;
            }
        }
        return level;
    }

Q_SIGNALS:
    void handbookChanged();
};

} // namespace ui
