// Alert rules: a crossing fires once per pass, a PnL rule re-arms, rules of
// other symbols stay quiet, each symbol has its own state, direction and
// frequency are honoured, and rules survive the settings as JSON.
#include "engine/AlertRules.h"
#include "model/LocaleDecimal.h"

#include <QJsonObject>
#include <QTest>

using namespace kairos;

namespace {

InstrumentList instruments()
{
    return { { QStringLiteral("BTCUSDT"), Decimal::fromUnits(1), Decimal::fromUnits(1) },
        { QStringLiteral("ETHUSDT"), Decimal::fromUnits(1), Decimal::fromUnits(1) } };
}

AlertRule rule(AlertRule::Kind kind, const char *symbol, double level)
{
    AlertRule r;
    r.kind = kind;
    r.symbol = QString::fromLatin1(symbol);
    r.level = level;
    // Every crossing, for the tests of what a crossing is.
    r.frequency = AlertRule::Frequency::Every;
    r.cooldownSeconds = 0;
    return r;
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void aPriceCrossingFiresOncePerPass()
    {
        AlertRules rules;
        rules.set({ rule(AlertRule::Kind::PriceCrosses, "BTCUSDT", 100.0) }, instruments());
        AlertList out;
        for (const double price : { 98.0, 99.0, 101.0, 102.0, 103.0, 99.5, 99.0, 100.0 })
            rules.onPrice(0, price, 1000, out);
        QCOMPARE(out.size(), 3); // up at 101, down at 99.5, up at 100
        QVERIFY(out[0].text.contains(QStringLiteral("rose through 100")));
        QVERIFY(out[1].text.contains(QStringLiteral("fell through 100")));
        QCOMPARE(out[0].source, QStringLiteral("rule"));
        QCOMPARE(out[0].severity, AlertSeverity::Warning);
        rules.onPrice(1, 50.0, 1000, out);
        rules.onPrice(1, 150.0, 1000, out); // ETH: not this rule's symbol
        QCOMPARE(out.size(), 3);
    }

    void anIndicatorCrossingOnItsTimeframe()
    {
        AlertRule r = rule(AlertRule::Kind::IndicatorCrosses, "ETHUSDT", 70.0);
        r.indicator = QStringLiteral("rsi");
        r.timeframeSeconds = 300;
        r.severity = AlertSeverity::Critical;
        AlertRules rules;
        rules.set({ r }, instruments());
        AlertList out;
        IndicatorValues v {};
        for (const double rsi : { 65.0, 69.0, 72.0 }) {
            v.rsi = rsi;
            rules.onIndicators(1, 60, v, out); // another timeframe
        }
        QVERIFY(out.isEmpty());
        for (const double rsi : { 65.0, 69.0, 72.0, std::nan(""), 75.0 }) {
            v.rsi = rsi;
            rules.onIndicators(1, 300, v, out);
        }
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].severity, AlertSeverity::Critical);
        QVERIFY(out[0].text.contains(QStringLiteral("rsi")));
    }

    void signalsAndPnl()
    {
        AlertRules rules;
        rules.set({ rule(AlertRule::Kind::SignalFired, "", 0.0),
                      rule(AlertRule::Kind::PositionPnl, "BTCUSDT", 500.0) },
            instruments());
        AlertList out;
        Signal signal;
        signal.symbol = 1;
        signal.side = Side::Buy;
        signal.rule = QStringLiteral("ma_cross");
        rules.onSignals({ signal }, out);
        QCOMPARE(out.size(), 1);
        QVERIFY(out[0].text.contains(QStringLiteral("ETHUSDT")));
        for (const double pnl : { 100.0, -600.0, -700.0, 200.0, 800.0 })
            rules.onPnl(0, pnl, 1000, out);
        QCOMPARE(out.size(), 3); // beyond at -600, back within at 200, beyond again at 800
    }

    void aRuleForAnySymbolKeepsEachSymbolApart()
    {
        // Any symbol, RSI 70 on 1m: BTC at 65 and ETH at 75 are no crossing.
        AlertRule r = rule(AlertRule::Kind::IndicatorCrosses, "", 70.0);
        r.indicator = QStringLiteral("rsi");
        AlertRules rules;
        rules.set({ r }, instruments());
        AlertList out;
        IndicatorValues v {};
        for (int i = 0; i < 5; ++i) {
            v.time = i * 60'000;
            v.rsi = 65.0;
            rules.onIndicators(0, 60, v, out);
            v.rsi = 75.0;
            rules.onIndicators(1, 60, v, out);
        }
        QVERIFY2(out.isEmpty(), out.isEmpty() ? "" : qPrintable(out[0].text));
        v.rsi = 71.0;
        rules.onIndicators(0, 60, v, out); // BTC rises through 70
        QCOMPARE(out.size(), 1);
        QVERIFY(out[0].text.contains(QStringLiteral("BTCUSDT")));
    }

    void directionAndFrequency()
    {
        const auto crossings = [](AlertRule r, std::int64_t step) {
            AlertRules rules;
            rules.set({ r }, instruments());
            AlertList out;
            // Eight crossings of 100, `step` ms apart.
            std::int64_t time = 0;
            for (int i = 0; i < 8; ++i) {
                rules.onPrice(0, 99.0, time, out);
                rules.onPrice(0, 101.0, time + step / 2, out);
                time += step;
            }
            return out;
        };
        AlertRule up = rule(AlertRule::Kind::PriceCrosses, "BTCUSDT", 100.0);
        QCOMPARE(crossings(up, 2500).size(), 15); // either way: up 8, down 7
        up.direction = AlertRule::Direction::Up;
        const AlertList ups = crossings(up, 2500);
        QCOMPARE(ups.size(), 8);
        for (const Alert &a : ups)
            QVERIFY(a.text.contains(QStringLiteral("rose")));
        AlertRule down = up;
        down.direction = AlertRule::Direction::Down;
        QCOMPARE(crossings(down, 2500).size(), 7);

        AlertRule once = up;
        once.frequency = AlertRule::Frequency::Once;
        QCOMPARE(crossings(once, 2500).size(), 1);
        AlertRule perCandle = up;
        perCandle.frequency = AlertRule::Frequency::OncePerCandle;
        perCandle.timeframeSeconds = 60;
        QCOMPARE(crossings(perCandle, 2500).size(), 1); // 20 s: one minute candle
        QCOMPARE(crossings(perCandle, 30'000).size(), 4); // 4 minutes
        AlertRule cooled = up;
        cooled.frequency = AlertRule::Frequency::Every;
        cooled.cooldownSeconds = 10;
        QCOMPARE(crossings(cooled, 2500).size(), 2); // at 1.25 s and 11.25 s
    }

    void numbersAreQuotedAsTheInstrumentDoes()
    {
        // A coin at a hundred-thousandth of a dollar, quoted to 1e-8: its
        // prices are never cut to "1.234e-05", BTC's show its cents, RSI
        // two places and money cents.
        const InstrumentList list { { QStringLiteral("SHIBUSDT"), Decimal::fromUnits(1),
                                        Decimal::fromInteger(1) },
            { QStringLiteral("BTCUSDT"), Decimal::fromUnits(1'000'000), Decimal::fromUnits(1) } };
        AlertRule rsi = rule(AlertRule::Kind::IndicatorCrosses, "SHIBUSDT", 30.0);
        rsi.indicator = QStringLiteral("rsi");
        rsi.timeframeSeconds = 60;
        AlertRules rules;
        rules.set({ rule(AlertRule::Kind::PriceCrosses, "SHIBUSDT", 0.000012),
                      rule(AlertRule::Kind::PriceCrosses, "BTCUSDT", 64500.0), rsi,
                      rule(AlertRule::Kind::PositionPnl, "SHIBUSDT", 5.0) },
            list);
        AlertList out;
        rules.onPrice(0, 0.00001187, 1000, out);
        rules.onPrice(0, 0.00001234, 2000, out);
        rules.onPrice(1, 64499.99, 1000, out);
        rules.onPrice(1, 64506.6000015, 2000, out);
        IndicatorValues values;
        values.time = 60'000;
        values.rsi = 29.123456;
        rules.onIndicators(0, 60, values, out);
        values.rsi = 31.5;
        rules.onIndicators(0, 60, values, out);
        rules.onPnl(0, -5.123456, 3000, out);
        QCOMPARE(out.size(), 4);
        QCOMPARE(out[0].text, QStringLiteral("SHIBUSDT rose through 0.00001200 (now 0.00001234)"));
        QCOMPARE(out[1].text, QStringLiteral("BTCUSDT rose through 64500.00 (now 64506.60)"));
        QVERIFY2(out[2].text.endsWith(QStringLiteral("rose through 30.00 (now 31.50)")),
            qPrintable(out[2].text));
        QCOMPARE(out[3].text, QStringLiteral("SHIBUSDT unrealized PnL -5.12 is beyond ±5.00"));
        // Too small for its places: 0, never "-0.00".
        QCOMPARE(LocaleDecimal::fixed(-0.000004, 2, QLocale::c()), QStringLiteral("0.00"));
        QCOMPARE(LocaleDecimal::fixed(-0.4, 0, QLocale::c()), QStringLiteral("0"));
        QCOMPARE(LocaleDecimal::fixed(-0.006, 2, QLocale::c()), QStringLiteral("-0.01"));
        // In German, as the trader reads numbers.
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(LocaleDecimal::fixed(-0.000004, 2, german), QStringLiteral("0,00"));
        QCOMPARE(LocaleDecimal::fixed(64506.6, 2, german), QStringLiteral("64.506,60"));
        AlertRules germanRules;
        germanRules.set({ rule(AlertRule::Kind::PriceCrosses, "BTCUSDT", 64500.0) }, list);
        germanRules.setLocale(german);
        AlertList spoken;
        germanRules.onPrice(1, 64400.0, 1000, spoken);
        germanRules.onPrice(1, 64506.6, 2000, spoken);
        QCOMPARE(spoken.size(), 1);
        QCOMPARE(spoken[0].text, QStringLiteral("BTCUSDT rose through 64.500,00 (now 64.506,60)"));
    }

    void aRuleForASymbolNotTradedStaysQuiet()
    {
        AlertRules rules;
        rules.set({ rule(AlertRule::Kind::PriceCrosses, "DOGEUSDT", 1.0) }, instruments());
        AlertList out;
        rules.onPrice(0, 0.5, 1, out);
        rules.onPrice(0, 2.0, 2, out);
        QVERIFY(out.isEmpty());
    }

    void rulesSurviveAsJson()
    {
        AlertRule r = rule(AlertRule::Kind::IndicatorCrosses, "BTCUSDT", 30.5);
        r.indicator = QStringLiteral("stochK");
        r.timeframeSeconds = 3600;
        r.severity = AlertSeverity::Info;
        r.enabled = false;
        QString error;
        const auto back = AlertRule::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->kind, r.kind);
        QCOMPARE(back->indicator, r.indicator);
        QCOMPARE(back->timeframeSeconds, r.timeframeSeconds);
        QCOMPARE(back->level, r.level);
        QCOMPARE(back->severity, r.severity);
        QCOMPARE(back->enabled, false);
        r.direction = AlertRule::Direction::Down;
        r.frequency = AlertRule::Frequency::Every;
        r.cooldownSeconds = 300;
        const auto again = AlertRule::fromJson(r.toJson(), &error);
        QVERIFY(again);
        QCOMPARE(again->direction, AlertRule::Direction::Down);
        QCOMPARE(again->frequency, AlertRule::Frequency::Every);
        QCOMPARE(again->cooldownSeconds, 300);
        // Rules saved before direction and frequency existed read as either
        // way, once per candle.
        QJsonObject old = r.toJson();
        old.remove(QStringLiteral("direction"));
        old.remove(QStringLiteral("frequency"));
        old.remove(QStringLiteral("cooldown"));
        const auto older = AlertRule::fromJson(old, &error);
        QVERIFY(older);
        QCOMPARE(older->direction, AlertRule::Direction::Either);
        QCOMPARE(older->frequency, AlertRule::Frequency::OncePerCandle);
        for (const auto &[key, value] :
            { std::pair { "direction", "sideways" }, std::pair { "frequency", "hourly" } }) {
            QJsonObject wrong = r.toJson();
            wrong.insert(QLatin1StringView(key), QLatin1StringView(value));
            QVERIFY(!AlertRule::fromJson(wrong, &error));
            QVERIFY(error.contains(QLatin1StringView(value)));
        }
        QJsonObject bad = r.toJson();
        bad.insert(QStringLiteral("indicator"), QStringLiteral("astrology"));
        QVERIFY(!AlertRule::fromJson(bad, &error));
        QVERIFY(error.contains(QStringLiteral("astrology")));
        bad = rule(AlertRule::Kind::PositionPnl, "", -5).toJson();
        QVERIFY(!AlertRule::fromJson(bad, &error));
        bad.insert(QStringLiteral("kind"), QStringLiteral("moonPhase"));
        QVERIFY(!AlertRule::fromJson(bad, &error));
        QVERIFY(error.contains(QStringLiteral("moonPhase")));
    }
};

QTEST_APPLESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
