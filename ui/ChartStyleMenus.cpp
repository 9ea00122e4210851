#include "ChartStyleMenus.h"

#include "ChartWorkspace.h"

#include <QActionGroup>
#include <QMenu>

#include <functional>

namespace kairos {

ChartStyleMenus::ChartStyleMenus(QMenu *chartMenu, ChartWorkspace *charts, QObject *parent)
    : QObject(parent)
    , m_charts(charts)
    , m_styles(new QActionGroup(this))
    , m_scales(new QActionGroup(this))
{
    const auto choices = [this](QMenu *menu, QActionGroup *group, const QStringList &items,
                             const std::function<void(CandleChart *, int)> &apply) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            QAction *action = group->addAction(items[i]);
            action->setCheckable(true);
            menu->addAction(action);
            connect(action, &QAction::triggered, this, [this, apply, i] {
                if (CandleChart *chart = m_charts->activeChart()) {
                    apply(chart, int(i));
                    m_charts->styleChanged();
                }
            });
        }
    };
    choices(chartMenu->addMenu(tr("Chart &type")), m_styles,
        { tr("&Candles"), tr("&Bars (OHLC)"), tr("&Line (close)"), tr("&Heikin-Ashi") },
        [](CandleChart *chart, int i) { chart->setStyle(PricePane::Style(i)); });
    choices(chartMenu->addMenu(tr("Price &scale")), m_scales,
        { tr("&Linear"), tr("L&ogarithmic"), tr("&Percent from the first candle in view") },
        [](CandleChart *chart, int i) { chart->setPriceScale(CandleChart::PriceScale(i)); });
    connect(charts, &ChartWorkspace::activeChartChanged, this, &ChartStyleMenus::showActive);
    showActive();
}

void ChartStyleMenus::showActive()
{
    const CandleChart *chart = m_charts->activeChart();
    if (!chart)
        return;
    m_styles->actions().at(int(chart->style()))->setChecked(true);
    m_scales->actions().at(int(chart->priceScale()))->setChecked(true);
}

} // namespace kairos
