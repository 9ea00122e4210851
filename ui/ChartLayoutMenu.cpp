#include "ChartLayoutMenu.h"

#include "ChartWorkspace.h"

#include <QAction>
#include <QMenu>

namespace kairos {

ChartLayoutMenu::ChartLayoutMenu(QMenu *chartMenu, ChartWorkspace *charts, QObject *parent)
    : QObject(parent)
{
    QAction *tab = chartMenu->addAction(tr("New chart &tab"), charts, &ChartWorkspace::addChartTab);
    tab->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
    QAction *right = chartMenu->addAction(
        tr("Split &right"), charts, [charts] { charts->split(Qt::Horizontal); });
    right->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Right")));
    QAction *down = chartMenu->addAction(
        tr("Split &down"), charts, [charts] { charts->split(Qt::Vertical); });
    down->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Down")));
    QMenu *layouts = chartMenu->addMenu(tr("&Layout of this tab"));
    const struct
    {
        ChartWorkspace::Layout layout;
        QString name;
    } choices[] = {
        { ChartWorkspace::Layout::Single, tr("&One chart") },
        { ChartWorkspace::Layout::TwoColumns, tr("&Two side by side") },
        { ChartWorkspace::Layout::TwoRows, tr("Two &stacked") },
        { ChartWorkspace::Layout::Grid, tr("&Four (2 × 2)") },
    };
    for (const auto &choice : choices)
        layouts->addAction(
            choice.name, charts, [charts, layout = choice.layout] { charts->arrange(layout); });
    QAction *close
        = chartMenu->addAction(tr("&Close chart"), charts, &ChartWorkspace::closeActiveChart);
    close->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+W")));
    chartMenu->addSeparator();
    QAction *symbols = chartMenu->addAction(tr("Link &symbol across the tab's charts"));
    symbols->setCheckable(true);
    symbols->setChecked(charts->symbolsLinked());
    connect(symbols, &QAction::toggled, charts, &ChartWorkspace::setSymbolsLinked);
    QAction *crosshair = chartMenu->addAction(tr("Link cross&hair across the tab's charts"));
    crosshair->setCheckable(true);
    crosshair->setChecked(charts->crosshairLinked());
    connect(crosshair, &QAction::toggled, charts, &ChartWorkspace::setCrosshairLinked);
}

} // namespace kairos
