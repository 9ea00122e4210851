#include "AppSettings.h"

#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace kairos::AppSettings {

namespace {

const char *const OverlayKeys[] = { "sma", "emaFast", "emaSlow", "bollinger", "vwap" };
const char *const PaneKeys[] = { "rsi", "macd" };

} // namespace

IndicatorParams indicatorParams()
{
    const QSettings settings;
    const QJsonObject json
        = QJsonDocument::fromJson(settings.value(QStringLiteral("chart/indicators")).toByteArray())
              .object();
    IndicatorParams p;
    auto read = [&json](const char *key, int &field) {
        field = json.value(QLatin1StringView(key)).toInt(field);
    };
    read("sma", p.sma);
    read("emaFast", p.emaFast);
    read("emaSlow", p.emaSlow);
    read("rsi", p.rsi);
    read("macdFast", p.macdFast);
    read("macdSlow", p.macdSlow);
    read("macdSignal", p.macdSignal);
    read("bollinger", p.bollinger);
    p.bollingerDeviations
        = json.value(QStringLiteral("bollingerDeviations")).toDouble(p.bollingerDeviations);
    read("atr", p.atr);
    read("stochastic", p.stochastic);
    read("stochasticK", p.stochasticK);
    read("stochasticD", p.stochasticD);
    // A hand-edited file with bad values falls back to the defaults.
    return p.validate().isEmpty() ? p : IndicatorParams();
}

void setIndicatorParams(const IndicatorParams &p)
{
    const QJsonObject json {
        { QStringLiteral("sma"), p.sma },
        { QStringLiteral("emaFast"), p.emaFast },
        { QStringLiteral("emaSlow"), p.emaSlow },
        { QStringLiteral("rsi"), p.rsi },
        { QStringLiteral("macdFast"), p.macdFast },
        { QStringLiteral("macdSlow"), p.macdSlow },
        { QStringLiteral("macdSignal"), p.macdSignal },
        { QStringLiteral("bollinger"), p.bollinger },
        { QStringLiteral("bollingerDeviations"), p.bollingerDeviations },
        { QStringLiteral("atr"), p.atr },
        { QStringLiteral("stochastic"), p.stochastic },
        { QStringLiteral("stochasticK"), p.stochasticK },
        { QStringLiteral("stochasticD"), p.stochasticD },
    };
    QSettings().setValue(
        QStringLiteral("chart/indicators"), QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool overlayVisible(ChartStudies::Overlay overlay, bool fallback)
{
    return QSettings()
        .value(
            QStringLiteral("chart/overlays/") + QLatin1StringView(OverlayKeys[overlay]), fallback)
        .toBool();
}

void setOverlayVisible(ChartStudies::Overlay overlay, bool visible)
{
    QSettings().setValue(
        QStringLiteral("chart/overlays/") + QLatin1StringView(OverlayKeys[overlay]), visible);
}

bool paneVisible(ChartStudies::Pane pane, bool fallback)
{
    return QSettings()
        .value(QStringLiteral("chart/panes/") + QLatin1StringView(PaneKeys[pane]), fallback)
        .toBool();
}

void setPaneVisible(ChartStudies::Pane pane, bool visible)
{
    QSettings().setValue(
        QStringLiteral("chart/panes/") + QLatin1StringView(PaneKeys[pane]), visible);
}

StrategyConfig strategy()
{
    const QByteArray json = QSettings().value(QStringLiteral("strategy/current")).toByteArray();
    if (json.isEmpty())
        return StrategyConfig::standard();
    return StrategyConfig::fromJson(QJsonDocument::fromJson(json).object())
        .value_or(StrategyConfig::standard());
}

void setStrategy(const StrategyConfig &strategy)
{
    QSettings().setValue(QStringLiteral("strategy/current"),
        QJsonDocument(strategy.toJson()).toJson(QJsonDocument::Compact));
}

RiskLimits riskLimits()
{
    const QByteArray json = QSettings().value(QStringLiteral("risk/limits")).toByteArray();
    if (json.isEmpty())
        return {};
    QStringList errors;
    return RiskLimits::fromJson(QJsonDocument::fromJson(json).object(), &errors)
        .value_or(RiskLimits());
}

void setRiskLimits(const RiskLimits &limits)
{
    QSettings().setValue(QStringLiteral("risk/limits"),
        QJsonDocument(limits.toJson()).toJson(QJsonDocument::Compact));
}

bool autoTrade()
{
    return QSettings().value(QStringLiteral("trading/autoTrade"), false).toBool();
}

void setAutoTrade(bool on)
{
    QSettings().setValue(QStringLiteral("trading/autoTrade"), on);
}

bool recordTicks()
{
    return QSettings().value(QStringLiteral("storage/recordTicks"), false).toBool();
}

void setRecordTicks(bool on)
{
    QSettings().setValue(QStringLiteral("storage/recordTicks"), on);
}

bool secondCandles()
{
    return QSettings().value(QStringLiteral("storage/secondCandles"), false).toBool();
}

void setSecondCandles(bool on)
{
    QSettings().setValue(QStringLiteral("storage/secondCandles"), on);
}

} // namespace kairos::AppSettings
