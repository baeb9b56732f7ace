#include "ui/kiosk/HomeScreen.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui::kiosk {

HomeScreen::HomeScreen(KioskContext &context, QWidget *parent)
    : KioskScreen(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(context.metrics.spacingPx);
    auto *greeting = widgets::label(tr("Welcome! Tap what you would like to do."), "title", this);
    greeting->setAlignment(Qt::AlignCenter);
    layout->addWidget(greeting);
    auto *grid = new QGridLayout;
    grid->setSpacing(context.metrics.spacingPx * 2);
    struct Tile {
        Target target;
        QString text;
        QString hint;
        const char *name;
        const char *icon;
    };
    const Tile tiles[] = {
        { Target::Notices, tr("Public notices"), tr("Decisions, finances, affairs"),
          "noticesTileButton", "notices" },
        { Target::MyPoints, tr("My points"), tr("Resident code and PIN"), "myPointsTileButton",
          "points" },
        { Target::Ranking, tr("Points ranking"), tr("Top residents"), "rankingTileButton",
          "ranking" },
        { Target::Feedback, tr("Leave feedback"), tr("Suggestion, complaint, help"),
          "feedbackTileButton", "feedback" },
        { Target::Tracking, tr("Track my feedback"), tr("With the receipt number"),
          "trackingTileButton", "tracking" },
        { Target::Activities, tr("Community activities"), tr("What is on, how to join"),
          "activitiesTileButton", "activities" },
    };
    const int iconPx = context.metrics.touchPx;
    // Bigger text needs wider tiles: two columns instead of three.
    const int columns = context.metrics.textScale > 1.0 ? 2 : 3;
    int i = 0;
    for (const Tile &t : tiles) {
        auto *b
            = widgets::button(t.text + u'\n' + t.hint, QString::fromLatin1(t.name), "tile", this);
        b->setIcon(QIcon(QStringLiteral(":/kiosk/%1.svg").arg(QLatin1String(t.icon))));
        b->setIconSize(QSize(iconPx, iconPx));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        const Target target = t.target;
        connect(b, &QPushButton::clicked, this, [this, target] { Q_EMIT open(target); });
        grid->addWidget(b, i / columns, i % columns);
        ++i;
    }
    layout->addLayout(grid, 1);
}

QString HomeScreen::title() const
{
    return tr("Community self-service");
}

QString HomeScreen::readAloudText() const
{
    return tr("Welcome. You can read public notices, check your points, see the ranking, leave "
              "feedback, track your feedback, and see community activities.");
}

} // namespace ui::kiosk
