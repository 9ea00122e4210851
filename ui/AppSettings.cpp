#include "AppSettings.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace kairos::AppSettings {

namespace {

const char *const OverlayKeys[] = { "sma", "emaFast", "emaSlow", "bollinger", "vwap" };
const char *const PaneKeys[] = { "rsi", "macd" };

// A saved JSON object as T::fromJson reads it; nullopt with `errors` when
// it does not (or reads with complaints).
template<typename T>
std::optional<T> fromJson(const QByteArray &json, QStringList &errors)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        errors << QCoreApplication::translate("AppSettings", "not a JSON object");
        return std::nullopt;
    }
    auto value = T::fromJson(document.object(), &errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return value;
}

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

StrategyConfig strategy(AlertList *problems)
{
    const QByteArray json = Settings::strategy.value();
    if (json.isEmpty())
        return StrategyConfig::standard();
    QString error;
    if (auto strategy = StrategyConfig::fromJson(QJsonDocument::fromJson(json).object(), &error))
        return *strategy;
    if (problems)
        problems->append({ 0, AlertSeverity::Warning, QStringLiteral("settings"),
            QCoreApplication::translate("AppSettings",
                "the saved strategy no longer reads (%1): the standard strategy is used")
                .arg(error) });
    return StrategyConfig::standard();
}

void setStrategy(const StrategyConfig &strategy)
{
    Settings::strategy.setValue(QJsonDocument(strategy.toJson()).toJson(QJsonDocument::Compact));
}

RiskLimits riskLimits(AlertList *problems)
{
    const QByteArray json = Settings::riskLimits.value();
    if (json.isEmpty())
        return {};
    QStringList errors;
    if (auto limits = fromJson<RiskLimits>(json, errors))
        return *limits;
    // The defaults may be looser than what the user had set: nothing trades
    // until the user has looked at them.
    RiskLimits safe;
    safe.killSwitch = true;
    if (problems)
        problems->append({ 0, AlertSeverity::Critical, QStringLiteral("risk"),
            QCoreApplication::translate("AppSettings",
                "the saved risk limits no longer read (%1): the kill switch is on until you "
                "check Trading → Risk limits…")
                .arg(errors.join(QStringLiteral("; "))) });
    return safe;
}

void setRiskLimits(const RiskLimits &limits)
{
    Settings::riskLimits.setValue(QJsonDocument(limits.toJson()).toJson(QJsonDocument::Compact));
}

BrokerConfig broker(AlertList *problems)
{
    const QByteArray json = Settings::broker.value();
    if (json.isEmpty())
        return {};
    QStringList errors;
    if (auto config = fromJson<BrokerConfig>(json, errors))
        return *config;
    if (problems)
        problems->append({ 0, AlertSeverity::Warning, QStringLiteral("broker"),
            QCoreApplication::translate("AppSettings",
                "the saved paper broker settings no longer read (%1): its defaults are used "
                "until you check Trading → Paper broker…")
                .arg(errors.join(QStringLiteral("; "))) });
    return {};
}

void setBroker(const BrokerConfig &config)
{
    Settings::broker.setValue(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
}

AlertRuleList alertRules(AlertList *problems)
{
    AlertRuleList rules;
    const QJsonArray stored = QJsonDocument::fromJson(Settings::alertRules.value()).array();
    for (qsizetype i = 0; i < stored.size(); ++i) {
        QString error;
        if (const auto rule = AlertRule::fromJson(stored[i].toObject(), &error))
            rules.append(*rule);
        else if (problems)
            problems->append({ 0, AlertSeverity::Warning, QStringLiteral("settings"),
                QCoreApplication::translate("AppSettings",
                    "saved alert rule %1 no longer reads and is not checked: %2 (%3)")
                    .arg(i + 1)
                    .arg(error,
                        QString::fromUtf8(
                            QJsonDocument(stored[i].toObject()).toJson(QJsonDocument::Compact))) });
    }
    return rules;
}

void setAlertRules(const AlertRuleList &rules)
{
    QJsonArray stored;
    for (const AlertRule &rule : rules)
        stored.append(rule.toJson());
    Settings::alertRules.setValue(QJsonDocument(stored).toJson(QJsonDocument::Compact));
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
