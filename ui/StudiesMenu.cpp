#include "StudiesMenu.h"

#include "AppSettings.h"
#include "ChartWorkspace.h"
#include "dialogs/StudyListDialog.h"

#include <QMenu>
#include <QSignalBlocker>

namespace kairos {

StudiesMenu::StudiesMenu(QMenu *menu, ChartWorkspace *charts, QObject *parent)
    : QObject(parent)
    , m_charts(charts)
{
    QAction *list = menu->addAction(tr("&Studies on this chart…"));
    list->setObjectName(QStringLiteral("studyList"));
    list->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    connect(list, &QAction::triggered, this, &StudiesMenu::editStudyList);
    menu->addSeparator();
    const QString overlays[] = { tr("Simple moving average"), tr("Fast exponential moving average"),
        tr("Slow exponential moving average"), tr("Bollinger Bands"), tr("VWAP (session)") };
    static_assert(std::size(overlays) == ChartStudies::OverlayCount);
    for (int o = 0; o < ChartStudies::OverlayCount; ++o) {
        QAction *action = menu->addAction(overlays[o]);
        action->setCheckable(true);
        m_overlays.append(action);
        connect(
            action, &QAction::toggled, this, [this, overlay = ChartStudies::Overlay(o)](bool on) {
                AppSettings::setOverlayVisible(overlay, on);
                if (CandleChart *chart = m_charts->activeChart()) {
                    chart->studies()->setOverlayVisible(overlay, on);
                    chart->replot(QCustomPlot::rpQueuedReplot);
                    m_charts->styleChanged();
                }
            });
    }
    menu->addSeparator();
    const QString panes[] = { tr("RSI pane"), tr("MACD pane") };
    static_assert(std::size(panes) == ChartStudies::PaneCount);
    for (int p = 0; p < ChartStudies::PaneCount; ++p) {
        QAction *action = menu->addAction(panes[p]);
        action->setCheckable(true);
        m_panes.append(action);
        connect(action, &QAction::toggled, this, [this, pane = ChartStudies::Pane(p)](bool on) {
            AppSettings::setPaneVisible(pane, on);
            if (CandleChart *chart = m_charts->activeChart()) {
                chart->studies()->setPaneVisible(pane, on);
                chart->replot(QCustomPlot::rpQueuedReplot);
                m_charts->styleChanged();
            }
        });
    }
    connect(charts, &ChartWorkspace::activeChartChanged, this, &StudiesMenu::showActive);
    showActive();
}

void StudiesMenu::editStudyList()
{
    CandleChart *chart = m_charts->activeChart();
    if (!chart)
        return;
    StudyListDialog dialog(chart->studyList(), m_charts->window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    chart->setStudyList(dialog.studies());
    m_charts->styleChanged();
}

void StudiesMenu::showActive()
{
    const CandleChart *chart = m_charts->activeChart();
    if (!chart)
        return;
    for (int o = 0; o < ChartStudies::OverlayCount; ++o) {
        const QSignalBlocker quiet(m_overlays[o]);
        m_overlays[o]->setChecked(chart->studies()->isOverlayVisible(ChartStudies::Overlay(o)));
    }
    for (int p = 0; p < ChartStudies::PaneCount; ++p) {
        const QSignalBlocker quiet(m_panes[p]);
        m_panes[p]->setChecked(chart->studies()->isPaneVisible(ChartStudies::Pane(p)));
    }
}

} // namespace kairos
