#include "StudyRegistry.h"

#include "Aroon.h"
#include "Atr.h"
#include "Bollinger.h"
#include "Cci.h"
#include "Dema.h"
#include "DirectionalMovement.h"
#include "DonchianChannel.h"
#include "Ema.h"
#include "Kama.h"
#include "KeltnerChannel.h"
#include "Macd.h"
#include "Momentum.h"
#include "MoneyFlowIndex.h"
#include "Natr.h"
#include "OnBalanceVolume.h"
#include "ParabolicSar.h"
#include "RateOfChange.h"
#include "Rsi.h"
#include "Sma.h"
#include "Stochastic.h"
#include "StochasticRsi.h"
#include "SuperTrend.h"
#include "Tema.h"
#include "Vwap.h"
#include "WilliamsR.h"
#include "Wma.h"

namespace kairos {

namespace {

using Parameters = QList<double>;

int whole(double value)
{
    return int(value);
}

template<typename T>
std::unique_ptr<Study> model(T indicator, typename StudyModel<T>::Apply apply)
{
    return std::make_unique<StudyModel<T>>(std::move(indicator), apply);
}

// The studies of the close with one period (SMA, EMA, RSI …).
template<typename T>
std::unique_ptr<Study> ofClose(const Parameters &p)
{
    return model(T(whole(p[0])), [](T &s, const Bar &b, double *v) { v[0] = s.update(b.close); });
}

// The studies of the whole bar with one period (WMA, CCI, MFI …).
template<typename T>
std::unique_ptr<Study> ofBar(const Parameters &p)
{
    return model(T(whole(p[0])), [](T &s, const Bar &b, double *v) { v[0] = s.update(b); });
}

void spread(const BandsValue &bands, double *v)
{
    v[0] = bands.upper;
    v[1] = bands.middle;
    v[2] = bands.lower;
}

StudyParameter period(double defaultValue, double minimum = 1)
{
    return { QT_TRANSLATE_NOOP("StudyRegistry", "period"), defaultValue, minimum, 1000 };
}

StudyParameter multiplier(const char *name, double defaultValue)
{
    return { name, defaultValue, 0.01, 100, false };
}

const char *const Bands[] = { QT_TRANSLATE_NOOP("StudyRegistry", "upper"),
    QT_TRANSLATE_NOOP("StudyRegistry", "middle"), QT_TRANSLATE_NOOP("StudyRegistry", "lower") };

QList<StudyDefinition> makeDefinitions()
{
    using P = StudyPane;
    using S = StudyScale;
    return {
        { "sma", QT_TRANSLATE_NOOP("StudyRegistry", "Simple moving average"), { period(20) },
            { "value" }, P::Price, S::Price, ofClose<Sma> },
        { "ema", QT_TRANSLATE_NOOP("StudyRegistry", "Exponential moving average"), { period(20) },
            { "value" }, P::Price, S::Price, ofClose<Ema> },
        { "wma", QT_TRANSLATE_NOOP("StudyRegistry", "Weighted moving average"), { period(20) },
            { "value" }, P::Price, S::Price, ofBar<Wma> },
        { "dema", QT_TRANSLATE_NOOP("StudyRegistry", "Double exponential moving average"),
            { period(20) }, { "value" }, P::Price, S::Price, ofBar<Dema> },
        { "tema", QT_TRANSLATE_NOOP("StudyRegistry", "Triple exponential moving average"),
            { period(20) }, { "value" }, P::Price, S::Price, ofBar<Tema> },
        { "kama", QT_TRANSLATE_NOOP("StudyRegistry", "Kaufman adaptive moving average"),
            { period(10) }, { "value" }, P::Price, S::Price, ofBar<Kama> },
        { "bb", QT_TRANSLATE_NOOP("StudyRegistry", "Bollinger Bands"),
            { period(20), multiplier(QT_TRANSLATE_NOOP("StudyRegistry", "deviations"), 2) },
            { Bands[0], Bands[1], Bands[2] }, P::Price, S::Price,
            [](const Parameters &p) {
                return model(Bollinger(whole(p[0]), p[1]),
                    [](Bollinger &s, const Bar &b, double *v) { spread(s.update(b.close), v); });
            } },
        { "keltner", QT_TRANSLATE_NOOP("StudyRegistry", "Keltner channel"),
            { period(20), multiplier(QT_TRANSLATE_NOOP("StudyRegistry", "ATR multiple"), 2),
                { QT_TRANSLATE_NOOP("StudyRegistry", "ATR period"), 10, 1, 1000 } },
            { Bands[0], Bands[1], Bands[2] }, P::Price, S::Price,
            [](const Parameters &p) {
                return model(KeltnerChannel(whole(p[0]), p[1], whole(p[2])),
                    [](KeltnerChannel &s, const Bar &b, double *v) { spread(s.update(b), v); });
            } },
        { "donchian", QT_TRANSLATE_NOOP("StudyRegistry", "Donchian channel"), { period(20) },
            { Bands[0], Bands[1], Bands[2] }, P::Price, S::Price,
            [](const Parameters &p) {
                return model(DonchianChannel(whole(p[0])),
                    [](DonchianChannel &s, const Bar &b, double *v) { spread(s.update(b), v); });
            } },
        { "supertrend", QT_TRANSLATE_NOOP("StudyRegistry", "SuperTrend"),
            { { QT_TRANSLATE_NOOP("StudyRegistry", "ATR period"), 10, 1, 1000 },
                multiplier(QT_TRANSLATE_NOOP("StudyRegistry", "ATR multiple"), 3) },
            { "value" }, P::Price, S::Price,
            [](const Parameters &p) {
                return model(SuperTrend(whole(p[0]), p[1]),
                    [](SuperTrend &s, const Bar &b, double *v) { v[0] = s.update(b); });
            } },
        { "sar", QT_TRANSLATE_NOOP("StudyRegistry", "Parabolic SAR"),
            { { QT_TRANSLATE_NOOP("StudyRegistry", "acceleration"), 0.02, 0.0001, 1, false },
                { QT_TRANSLATE_NOOP("StudyRegistry", "maximum"), 0.2, 0.0001, 1, false } },
            { "value" }, P::Price, S::Price,
            [](const Parameters &p) {
                return model(ParabolicSar(p[0], p[1]),
                    [](ParabolicSar &s, const Bar &b, double *v) { v[0] = s.update(b); });
            },
            [](const Parameters &p) {
                return p[0] <= p[1]
                    ? QString()
                    : StudyRegistry::tr("the acceleration must not exceed the maximum");
            } },
        { "vwap", QT_TRANSLATE_NOOP("StudyRegistry", "Volume-weighted average price (daily)"), {},
            { "value" }, P::Price, S::Price,
            [](const Parameters &) {
                return model(Vwap(), [](Vwap &s, const Bar &b, double *v) {
                    v[0] = s.update(b.time, b.high, b.low, b.close, b.volume);
                });
            } },
        { "rsi", QT_TRANSLATE_NOOP("StudyRegistry", "Relative strength index"), { period(14, 2) },
            { "value" }, P::Own, S::Bounded, ofClose<Rsi> },
        { "stochrsi", QT_TRANSLATE_NOOP("StudyRegistry", "Stochastic RSI"),
            { period(14, 2), { QT_TRANSLATE_NOOP("StudyRegistry", "%K period"), 14, 1, 1000 },
                { QT_TRANSLATE_NOOP("StudyRegistry", "%D period"), 3, 1, 1000 } },
            { "k", "d" }, P::Own, S::Bounded,
            [](const Parameters &p) {
                return model(StochasticRsi(whole(p[0]), whole(p[1]), whole(p[2])),
                    [](StochasticRsi &s, const Bar &b, double *v) {
                        const StochasticValue value = s.update(b);
                        v[0] = value.k;
                        v[1] = value.d;
                    });
            } },
        { "stoch", QT_TRANSLATE_NOOP("StudyRegistry", "Stochastic"),
            { period(14), { QT_TRANSLATE_NOOP("StudyRegistry", "%K smoothing"), 3, 1, 1000 },
                { QT_TRANSLATE_NOOP("StudyRegistry", "%D period"), 3, 1, 1000 } },
            { "k", "d" }, P::Own, S::Bounded,
            [](const Parameters &p) {
                return model(Stochastic(whole(p[0]), whole(p[1]), whole(p[2])),
                    [](Stochastic &s, const Bar &b, double *v) {
                        const StochasticValue value = s.update(b.high, b.low, b.close);
                        v[0] = value.k;
                        v[1] = value.d;
                    });
            } },
        { "willr", QT_TRANSLATE_NOOP("StudyRegistry", "Williams %R"), { period(14, 2) },
            { "value" }, P::Own, S::Bounded, ofBar<WilliamsR> },
        { "mfi", QT_TRANSLATE_NOOP("StudyRegistry", "Money flow index"), { period(14) },
            { "value" }, P::Own, S::Bounded, ofBar<MoneyFlowIndex> },
        { "adx", QT_TRANSLATE_NOOP("StudyRegistry", "Average directional index"), { period(14, 2) },
            { "value" }, P::Own, S::Bounded,
            [](const Parameters &p) {
                return model(DirectionalMovement(whole(p[0])),
                    [](DirectionalMovement &s, const Bar &b, double *v) {
                        v[0] = s.update(b).adx;
                    });
            } },
        { "plus_di", QT_TRANSLATE_NOOP("StudyRegistry", "Plus directional indicator"),
            { period(14) }, { "value" }, P::Own, S::Bounded,
            [](const Parameters &p) {
                return model(DirectionalMovement(whole(p[0])),
                    [](DirectionalMovement &s, const Bar &b, double *v) {
                        v[0] = s.update(b).plusDi;
                    });
            } },
        { "minus_di", QT_TRANSLATE_NOOP("StudyRegistry", "Minus directional indicator"),
            { period(14) }, { "value" }, P::Own, S::Bounded,
            [](const Parameters &p) {
                return model(DirectionalMovement(whole(p[0])),
                    [](DirectionalMovement &s, const Bar &b, double *v) {
                        v[0] = s.update(b).minusDi;
                    });
            } },
        { "aroon", QT_TRANSLATE_NOOP("StudyRegistry", "Aroon"), { period(14, 2) }, { "down", "up" },
            P::Own, S::Bounded,
            [](const Parameters &p) {
                return model(Aroon(whole(p[0])), [](Aroon &s, const Bar &b, double *v) {
                    const AroonValue value = s.update(b);
                    v[0] = value.down;
                    v[1] = value.up;
                });
            } },
        { "aroonosc", QT_TRANSLATE_NOOP("StudyRegistry", "Aroon oscillator"), { period(14, 2) },
            { "value" }, P::Own, S::Bounded,
            [](const Parameters &p) {
                return model(Aroon(whole(p[0])),
                    [](Aroon &s, const Bar &b, double *v) { v[0] = s.update(b).oscillator; });
            } },
        { "macd", QT_TRANSLATE_NOOP("StudyRegistry", "MACD"),
            { { QT_TRANSLATE_NOOP("StudyRegistry", "fast period"), 12, 1, 1000 },
                { QT_TRANSLATE_NOOP("StudyRegistry", "slow period"), 26, 1, 1000 },
                { QT_TRANSLATE_NOOP("StudyRegistry", "signal period"), 9, 1, 1000 } },
            { "macd", "signal", "hist" }, P::Own, S::Price,
            [](const Parameters &p) {
                return model(Macd(whole(p[0]), whole(p[1]), whole(p[2])),
                    [](Macd &s, const Bar &b, double *v) {
                        const MacdValue value = s.update(b.close);
                        v[0] = value.macd;
                        v[1] = value.signal;
                        v[2] = value.histogram;
                    });
            },
            [](const Parameters &p) {
                return p[0] < p[1]
                    ? QString()
                    : StudyRegistry::tr("the fast period must be shorter than the slow one");
            } },
        { "atr", QT_TRANSLATE_NOOP("StudyRegistry", "Average true range"), { period(14) },
            { "value" }, P::Own, S::Price,
            [](const Parameters &p) {
                return model(Atr(whole(p[0])), [](Atr &s, const Bar &b, double *v) {
                    v[0] = s.update(b.high, b.low, b.close);
                });
            } },
        { "natr", QT_TRANSLATE_NOOP("StudyRegistry", "Normalized average true range"),
            { period(14) }, { "value" }, P::Own, S::Free, ofBar<Natr> },
        { "mom", QT_TRANSLATE_NOOP("StudyRegistry", "Momentum"), { period(10) }, { "value" },
            P::Own, S::Price, ofBar<Momentum> },
        { "roc", QT_TRANSLATE_NOOP("StudyRegistry", "Rate of change"), { period(10) }, { "value" },
            P::Own, S::Free, ofBar<RateOfChange> },
        { "cci", QT_TRANSLATE_NOOP("StudyRegistry", "Commodity channel index"), { period(14, 2) },
            { "value" }, P::Own, S::Free, ofBar<Cci> },
        { "obv", QT_TRANSLATE_NOOP("StudyRegistry", "On-balance volume"), {}, { "value" }, P::Own,
            S::Free,
            [](const Parameters &) {
                return model(OnBalanceVolume(),
                    [](OnBalanceVolume &s, const Bar &b, double *v) { v[0] = s.update(b); });
            } },
    };
}

} // namespace

const QList<StudyDefinition> &StudyRegistry::definitions()
{
    static const QList<StudyDefinition> all = makeDefinitions();
    return all;
}

const StudyDefinition *StudyRegistry::find(QStringView name)
{
    for (const StudyDefinition &definition : definitions()) {
        if (name == QLatin1StringView(definition.name))
            return &definition;
    }
    return nullptr;
}

QStringList StudyRegistry::names()
{
    QStringList names;
    for (const StudyDefinition &definition : definitions())
        names << QLatin1StringView(definition.name);
    return names;
}

} // namespace kairos
