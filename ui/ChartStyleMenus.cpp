#include "ChartStyleMenus.h"

#include "Settings.h"
#include "chart/CandleChart.h"

#include <QActionGroup>
#include <QMenu>

#include <functional>

namespace kairos {

ChartStyleMenus::ChartStyleMenus(QMenu *chartMenu, CandleChart *chart, QObject *parent)
    : QObject(parent)
{
    // Each choice by its key in the settings; a key not known is the first.
    const auto choices = [this](QMenu *menu, const Setting<QString> &setting,
                             const QList<std::pair<QString, QString>> &items,
                             const std::function<void(int)> &apply) {
        auto *group = new QActionGroup(this);
        const QString saved = setting.value();
        int chosen = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QAction *action = group->addAction(items[i].second);
            action->setCheckable(true);
            menu->addAction(action);
            if (items[i].first == saved)
                chosen = int(i);
            connect(action, &QAction::triggered, this, [&setting, apply, key = items[i].first, i] {
                setting.setValue(key);
                apply(int(i));
            });
        }
        group->actions().at(chosen)->setChecked(true);
        apply(chosen);
    };
    choices(chartMenu->addMenu(tr("Chart &type")), Settings::chartStyle,
        { { QStringLiteral("candles"), tr("&Candles") },
            { QStringLiteral("bars"), tr("&Bars (OHLC)") },
            { QStringLiteral("line"), tr("&Line (close)") },
            { QStringLiteral("heikinAshi"), tr("&Heikin-Ashi") } },
        [chart](int i) { chart->setStyle(PricePane::Style(i)); });
    choices(chartMenu->addMenu(tr("Price &scale")), Settings::chartScale,
        { { QStringLiteral("linear"), tr("&Linear") },
            { QStringLiteral("log"), tr("L&ogarithmic") },
            { QStringLiteral("percent"), tr("&Percent from the first candle in view") } },
        [chart](int i) { chart->setPriceScale(CandleChart::PriceScale(i)); });
}

} // namespace kairos
