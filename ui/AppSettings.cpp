#include "AppSettings.h"
#include "Settings.h"

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
    const QJsonObject json = QJsonDocument::fromJson(Settings::chartIndicators.value()).object();
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
    Settings::chartIndicators.setValue(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool overlayVisible(ChartStudies::Overlay overlay, bool fallback)
{
    return QSettings()
        .value(QLatin1StringView(Settings::OverlayPrefix) + QLatin1StringView(OverlayKeys[overlay]),
            fallback)
        .toBool();
}

void setOverlayVisible(ChartStudies::Overlay overlay, bool visible)
{
    QSettings().setValue(
        QLatin1StringView(Settings::OverlayPrefix) + QLatin1StringView(OverlayKeys[overlay]),
        visible);
}

bool paneVisible(ChartStudies::Pane pane, bool fallback)
{
    return QSettings()
        .value(
            QLatin1StringView(Settings::PanePrefix) + QLatin1StringView(PaneKeys[pane]), fallback)
        .toBool();
}

void setPaneVisible(ChartStudies::Pane pane, bool visible)
{
    QSettings().setValue(
        QLatin1StringView(Settings::PanePrefix) + QLatin1StringView(PaneKeys[pane]), visible);
}

StrategyConfig strategy()
{
    const QByteArray json = Settings::strategy.value();
    if (json.isEmpty())
        return StrategyConfig::standard();
    return StrategyConfig::fromJson(QJsonDocument::fromJson(json).object())
        .value_or(StrategyConfig::standard());
}

void setStrategy(const StrategyConfig &strategy)
{
    Settings::strategy.setValue(QJsonDocument(strategy.toJson()).toJson(QJsonDocument::Compact));
}

RiskLimits riskLimits()
{
    const QByteArray json = Settings::riskLimits.value();
    if (json.isEmpty())
        return {};
    QStringList errors;
    return RiskLimits::fromJson(QJsonDocument::fromJson(json).object(), &errors)
        .value_or(RiskLimits());
}

void setRiskLimits(const RiskLimits &limits)
{
    Settings::riskLimits.setValue(QJsonDocument(limits.toJson()).toJson(QJsonDocument::Compact));
}

bool autoTrade()
{
    return Settings::autoTrade.value();
}

void setAutoTrade(bool on)
{
    Settings::autoTrade.setValue(on);
}

bool recordTicks()
{
    return Settings::recordTicks.value();
}

void setRecordTicks(bool on)
{
    Settings::recordTicks.setValue(on);
}

bool secondCandles()
{
    return Settings::secondCandles.value();
}

void setSecondCandles(bool on)
{
    Settings::secondCandles.setValue(on);
}

} // namespace kairos::AppSettings
