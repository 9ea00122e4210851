#include "feed/CandleCsvReader.h"
#include "indicators/Bollinger.h"
#include "indicators/Macd.h"
#include "strategy/StrategyRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace kairos;

namespace {

CandleList series(const QList<double> &closes)
{
    CandleList list;
    for (qsizetype i = 0; i < closes.size(); ++i) {
        Candle c;
        c.time = 1'709'251'200'000 + i * 60'000;
        c.open = c.high = c.low = c.close = Decimal::fromDouble(closes[i]);
        c.volume = Volume::of(Decimal::fromInteger(1));
        c.trades = 1;
        c.state = CandleState::Confirmed;
        list.append(c);
    }
    return list;
}

RuleConfig rule(RuleKind kind, const QMap<QString, double> &parameters)
{
    RuleConfig config = RuleConfig::make(kind);
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        config.parameters[it.key()] = it.value();
    return config;
}

struct Hit
{
    qsizetype index;
    RuleHit hit;
};

// A rule for an instrument quoted to priceDecimals places.
QList<Hit> run(const RuleConfig &config, const CandleList &candles, int priceDecimals = 2,
    const QLocale &locale = QLocale::c())
{
    auto signalRule = SignalRule::create(config, priceDecimals);
    signalRule->setLocale(locale);
    QList<Hit> hits;
    for (qsizetype i = 0; i < candles.size(); ++i) {
        if (auto hit = signalRule->update(candles[i]))
            hits.append({ i, *hit });
    }
    return hits;
}

InstrumentList instruments(int count, Decimal priceIncrement = Decimal::fromUnits(1'000'000))
{
    InstrumentList list;
    for (int i = 0; i < count; ++i)
        list.append({ QStringLiteral("SYM%1").arg(i), priceIncrement, Decimal::fromUnits(1) });
    return list;
}

} // namespace

class TestSignals : public QObject
{
    Q_OBJECT

private slots:
    void movingAverageCross()
    {
        const auto hits = run(rule(RuleKind::MovingAverageCross,
                                  { { QStringLiteral("fast"), 2 }, { QStringLiteral("slow"), 4 } }),
            series({ 10, 9, 8, 7, 6, 7, 8, 9, 10, 11, 12, 11, 10, 9, 8, 7 }));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].index, 6);
        QCOMPARE(hits[0].hit.side, Side::Buy);
        QCOMPARE(hits[0].hit.reason, QStringLiteral("SMA(2) crossed above SMA(4) (7.50 > 7.00)"));
        QCOMPARE(hits[1].index, 12);
        QCOMPARE(hits[1].hit.side, Side::Sell);
        QCOMPARE(hits[1].hit.reason, QStringLiteral("SMA(2) crossed below SMA(4) (10.50 < 11.00)"));
        for (const Hit &h : hits)
            QVERIFY(h.hit.confidence >= 0.0 && h.hit.confidence <= 1.0);
    }

    // Reasons in the trader's language: "7.50" is seven hundred and fifty in
    // German; the command line keeps the C locale.
    void reasonsAreWrittenInTheTradersLanguage()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        const auto cross
            = run(rule(RuleKind::MovingAverageCross,
                      { { QStringLiteral("fast"), 2 }, { QStringLiteral("slow"), 4 } }),
                series({ 10, 9, 8, 7, 6, 7, 8, 9, 10, 11, 12, 11, 10, 9, 8, 7 }), 2, german);
        QCOMPARE(cross.size(), 2);
        QCOMPARE(cross[0].hit.reason, QStringLiteral("SMA(2) crossed above SMA(4) (7,50 > 7,00)"));
        const auto rsi = run(rule(RuleKind::RsiExit, { { QStringLiteral("period"), 2 } }),
            series({ 10, 9, 8, 7, 8, 9, 10, 11, 10, 9, 10 }), 2, german);
        QCOMPARE(rsi[1].hit.reason, QStringLiteral("RSI(2) fell below 70 (93,8 → 46,9)"));
        const auto big = run(rule(RuleKind::MovingAverageCross,
                                 { { QStringLiteral("fast"), 2 }, { QStringLiteral("slow"), 4 } }),
            series({ 64010, 64009, 64008, 64007, 64006, 64007, 64008, 64009, 64010 }), 2, german);
        QCOMPARE(big.size(), 1);
        QCOMPARE(big[0].hit.reason,
            QStringLiteral("SMA(2) crossed above SMA(4) (64.007,50 > 64.007,00)"));
    }

    void exponentialCrossUsesEmas()
    {
        const auto hits = run(rule(RuleKind::MovingAverageCross,
                                  { { QStringLiteral("fast"), 2 }, { QStringLiteral("slow"), 4 },
                                      { QStringLiteral("exponential"), 1 } }),
            series({ 10, 9, 8, 7, 6, 7, 8, 9, 10, 11, 12, 11, 10, 9, 8, 7 }));
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits[0].hit.reason.startsWith(QStringLiteral("EMA(2) crossed above EMA(4)")));
    }

    void rsiLeavesExtremes()
    {
        const auto hits = run(rule(RuleKind::RsiExit, { { QStringLiteral("period"), 2 } }),
            series({ 10, 9, 8, 7, 8, 9, 10, 11, 10, 9, 10 }));
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0].index, 4);
        QCOMPARE(hits[0].hit.side, Side::Buy);
        QCOMPARE(hits[0].hit.reason, QStringLiteral("RSI(2) rose above 30 (0.0 → 50.0)"));
        QCOMPARE(hits[0].hit.confidence, 1.0); // the excursion reached 0
        QCOMPARE(hits[1].index, 8);
        QCOMPARE(hits[1].hit.side, Side::Sell);
        QCOMPARE(hits[1].hit.reason, QStringLiteral("RSI(2) fell below 70 (93.8 → 46.9)"));
        QCOMPARE(hits[2].index, 10);
        QCOMPARE(hits[2].hit.side, Side::Buy);
        QVERIFY(hits[2].hit.confidence < hits[0].hit.confidence); // a shallower excursion
    }

    void macdCrossesItsSignal()
    {
        QList<double> closes;
        for (int i = 0; i < 120; ++i)
            closes << 100.0 + 10.0 * std::sin(i / 8.0);
        const CandleList candles = series(closes);
        const auto hits = run(rule(RuleKind::MacdCross,
                                  { { QStringLiteral("fast"), 3 }, { QStringLiteral("slow"), 6 },
                                      { QStringLiteral("signal"), 3 } }),
            candles);
        // Expected: every change of the histogram's sign after the first.
        Macd macd(3, 6, 3);
        QList<qsizetype> expected;
        int state = 0;
        for (qsizetype i = 0; i < candles.size(); ++i) {
            const double h = macd.update(candles[i].close.toDouble()).histogram;
            if (std::isnan(h) || h == 0.0)
                continue;
            const int s = h > 0 ? 1 : -1;
            if (state != 0 && s != state)
                expected << i;
            state = s;
        }
        QVERIFY(expected.size() >= 4); // a sine wave crosses several times
        QCOMPARE(hits.size(), expected.size());
        for (qsizetype i = 0; i < hits.size(); ++i) {
            QCOMPARE(hits[i].index, expected[i]);
            if (i > 0)
                QVERIFY(hits[i].hit.side != hits[i - 1].hit.side); // crosses alternate
            QVERIFY(hits[i].hit.reason.contains(QStringLiteral("MACD(3,6,3) crossed")));
        }
    }

    void bollingerBreakout()
    {
        const CandleList candles = series(
            { 10, 10.1, 9.9, 10, 10.05, 10, 9.95, 10, 10.1, 9.9, 13, 13.5, 13.2, 10, 10, 10.1, 6 });
        const auto hits
            = run(rule(RuleKind::BollingerBreakout, { { QStringLiteral("period"), 10 } }), candles);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].index, 10);
        QCOMPARE(hits[0].hit.side, Side::Buy);
        QVERIFY2(hits[0].hit.reason.startsWith(
                     QStringLiteral("close 13.00 broke above the upper Bollinger band")),
            qPrintable(hits[0].hit.reason));
        QVERIFY(hits[0].hit.reason.endsWith(QStringLiteral("(BB 10, 2)")));
        QCOMPARE(hits[1].index, 16);
        QCOMPARE(hits[1].hit.side, Side::Sell);
    }

    void reasonsQuotePricesAsTheInstrumentDoes()
    {
        // A coin quoted to 1e-8: the averages are 0.0000... in the reason,
        // never "1.187e-05", and one quoted to 0.01 shows two places.
        QList<double> closes;
        for (const double c : { 10, 9, 8, 7, 6, 7, 8, 9, 10, 11, 12 })
            closes.append(c * 1.1e-6 + 1.1e-5);
        const RuleConfig cross = rule(RuleKind::MovingAverageCross,
            { { QStringLiteral("fast"), 2 }, { QStringLiteral("slow"), 4 } });
        const auto coin = run(cross, series(closes), 8);
        QCOMPARE(coin.size(), 1);
        QCOMPARE(coin[0].hit.reason,
            QStringLiteral("SMA(2) crossed above SMA(4) (0.00001925 > 0.00001870)"));
        QList<double> swing; // down, up and down again: MACD crosses its signal
        for (int i = 0; i < 36; ++i)
            swing.append((i < 12 ? 24 - i : i < 24 ? i : 48 - i) * 1.1e-6);
        const auto macd = run(rule(RuleKind::MacdCross,
                                  { { QStringLiteral("fast"), 2 }, { QStringLiteral("slow"), 3 },
                                      { QStringLiteral("signal"), 2 } }),
            series(swing), 8);
        QVERIFY(!macd.isEmpty());
        QVERIFY2(
            !macd[0].hit.reason.contains(QStringLiteral("e-")), qPrintable(macd[0].hit.reason));
        QVERIFY2(macd[0].hit.reason.contains(QStringLiteral("0.0000000")),
            qPrintable(macd[0].hit.reason));
    }

    void everyRuleFiresAlikeAtEveryScale_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<int>("shift"); // decimal places the prices move down
        QTest::newRow("64,250 and ×1e-6") << QStringLiteral("trend") << 6;
        QTest::newRow("0.523 and ×1e-4 (a coin near 0.00005)") << QStringLiteral("range") << 4;
    }
    void everyRuleFiresAlikeAtEveryScale()
    {
        // Before, the RSI and Bollinger rules never fired on the small copy
        // (RSI 0 and bands of no width on every candle).
        QFETCH(QString, series);
        QFETCH(int, shift);
        QFile file(QStringLiteral(KAIROS_TEST_DATA "/talib/%1.candles.csv").arg(series));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CandleFile candles;
        QVERIFY(CandleCsvReader(series, {}).read(&file, candles));
        std::int64_t divisor = 1;
        for (int i = 0; i < shift; ++i)
            divisor *= 10;
        StrategyRunner big;
        StrategyRunner small;
        big.setStrategy(StrategyConfig::standard(), instruments(1), {});
        small.setStrategy(StrategyConfig::standard(),
            instruments(1, Decimal::fromUnits(std::max<std::int64_t>(1'000'000 / divisor, 1))), {});
        SignalList bigFired;
        SignalList smallFired;
        for (const Candle &candle : std::as_const(candles.candles)) {
            Candle c = candle;
            for (Decimal *p : { &c.open, &c.high, &c.low, &c.close }) {
                QVERIFY(p->units() % divisor == 0);
                *p = Decimal::fromUnits(p->units() / divisor);
            }
            big.onCandle(0, candle, bigFired);
            small.onCandle(0, c, smallFired);
        }
        QCOMPARE(smallFired.size(), bigFired.size());
        QSet<QString> rules;
        for (qsizetype i = 0; i < bigFired.size(); ++i) {
            QCOMPARE(smallFired[i].time, bigFired[i].time);
            QCOMPARE(smallFired[i].side, bigFired[i].side);
            QCOMPARE(smallFired[i].rule, bigFired[i].rule);
            rules.insert(bigFired[i].rule.section(QLatin1Char('('), 0, 0));
        }
        QVERIFY2(rules.size() == 4, qPrintable(QStringList(rules.values()).join(QLatin1Char(','))));
    }

    void disabledRuleNeverFires()
    {
        StrategyConfig strategy;
        strategy.name = QStringLiteral("test");
        RuleConfig r = rule(RuleKind::RsiExit, { { QStringLiteral("period"), 2 } });
        r.enabled = false;
        strategy.rules = { r };
        StrategyRunner runner;
        runner.setStrategy(strategy, instruments(1), {});
        SignalList fired;
        for (const Candle &c : series({ 10, 9, 8, 7, 8, 9, 10, 11, 10, 9, 10 }))
            runner.onCandle(0, c, fired);
        QVERIFY(fired.isEmpty());
    }

    void runnerFillsInSignals()
    {
        StrategyConfig strategy;
        strategy.name = QStringLiteral("test");
        strategy.timeframe = Timeframe::fromSeconds(300);
        strategy.rules = { rule(RuleKind::RsiExit, { { QStringLiteral("period"), 2 } }) };
        StrategyRunner runner;
        runner.setStrategy(strategy, instruments(2), {});
        SignalList fired;
        const CandleList candles = series({ 10, 9, 8, 7, 8 });
        for (const Candle &c : candles)
            runner.onCandle(1, c, fired);
        runner.onCandle(7, candles[0], fired); // unknown symbol: ignored
        QCOMPARE(fired.size(), 1);
        const Signal &s = fired[0];
        QCOMPARE(s.symbol, 1u);
        QCOMPARE(s.timeframe, Timeframe::fromSeconds(300));
        QCOMPARE(s.side, Side::Buy);
        QCOMPARE(s.time, candles[4].time);
        QCOMPARE(s.price, 8.0);
        QCOMPARE(s.rule, QStringLiteral("RSI(2) 30/70"));
    }

    void parameterChangesApplyFromTheNextCandle()
    {
        // RSI(2) with oversold 30 fires at index 4 (0 → 50). Changed to
        // oversold 60 after index 4: nothing fires for the replayed history,
        // and from the next candle on the new level applies.
        const CandleList candles = series({ 10, 9, 8, 7, 8, 9, 10, 11, 10, 9, 10 });
        StrategyConfig strategy;
        strategy.name = QStringLiteral("test");
        strategy.rules = { rule(RuleKind::RsiExit, { { QStringLiteral("period"), 2 } }) };
        StrategyRunner runner;
        runner.setStrategy(strategy, instruments(1), {});
        SignalList fired;
        for (qsizetype i = 0; i <= 4; ++i)
            runner.onCandle(0, candles[i], fired);
        QCOMPARE(fired.size(), 1);

        strategy.rules[0].parameters[QStringLiteral("oversold")] = 60;
        runner.setStrategy(
            strategy, instruments(1), [&](std::uint32_t) { return candles.mid(0, 5); });
        QCOMPARE(fired.size(), 1); // the replay said nothing
        for (qsizetype i = 5; i < candles.size(); ++i)
            runner.onCandle(0, candles[i], fired);
        // RSI 50 → 75 (i=5) rises through the new level 60 at once; then
        // 93.8 → 46.9 falls below 70 (i=8); 23.4 → 61.7 rises through 60 (i=10).
        QCOMPARE(fired.size(), 4);
        QCOMPARE(fired[1].time, candles[5].time);
        QVERIFY(fired[1].reason.contains(QStringLiteral("rose above 60 (50.0 → 75.0)")));
        QCOMPARE(fired[2].time, candles[8].time);
        QCOMPARE(fired[2].side, Side::Sell);
        QCOMPARE(fired[3].time, candles[10].time);
        QCOMPARE(fired[3].side, Side::Buy);
    }

    void configRoundTripsAndValidates()
    {
        const StrategyConfig standard = StrategyConfig::standard();
        QVERIFY(standard.validate().isEmpty());
        QCOMPARE(standard.rules.size(), 4);
        const QByteArray json = QJsonDocument(standard.toJson()).toJson();
        const auto back = StrategyConfig::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(back.has_value());
        QCOMPARE(*back, standard);

        StrategyConfig bad = standard;
        bad.name.clear();
        bad.rules[0].parameters[QStringLiteral("fast")] = 300; // above slow (200)
        bad.rules[1].parameters[QStringLiteral("period")] = 1.5; // below 2 and not whole
        const QStringList errors = bad.validate();
        QCOMPARE(errors.size(), 4);

        QString error;
        QJsonObject unknown = standard.toJson();
        unknown[QStringLiteral("rules")] = QJsonArray { QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("astrology") } } };
        QVERIFY(!StrategyConfig::fromJson(unknown, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("astrology")));
    }

    // Exits as data: each a percent, a price offset or ATR multiples; read
    // strictly, and sizing by risk needs a stop to measure the risk at.
    void strategyExitsAreData()
    {
        const auto read = [](const char *json, QString *error) {
            return StrategyConfig::fromJson(QJsonDocument::fromJson(json).object(), error);
        };
        QString error;
        const auto strategy = read(R"({"name": "x", "exits": {"stopLoss": {"percent": "3"},
            "takeProfit": {"price": 150}, "trailingStop": {"atr": "2.5"},
            "timeLimit": {"candles": 48}},
            "sizing": {"mode": "riskPercent", "value": "1"}})",
            &error);
        QVERIFY2(strategy, qPrintable(error));
        QCOMPARE(strategy->exits.stopLoss.unit, StrategyExits::Distance::Unit::Percent);
        QCOMPARE(strategy->exits.stopLoss.value, Decimal::fromInteger(3));
        QCOMPARE(strategy->exits.takeProfit.unit, StrategyExits::Distance::Unit::Price);
        QCOMPARE(strategy->exits.trailingStop.unit, StrategyExits::Distance::Unit::Atr);
        QCOMPARE(strategy->exits.timeLimitCandles, 48);
        QCOMPARE(strategy->sizing.mode, OrderSizing::Mode::RiskPercent);
        const auto back = StrategyConfig::fromJson(strategy->toJson(), &error);
        QVERIFY(back && *back == *strategy);
        // 3 % of 64,000; 150; 2.5 × an ATR of 120 (none yet: not measurable).
        QCOMPARE(strategy->exits.stopLoss.from(Decimal::fromInteger(64000), 0.0),
            std::optional(Decimal::fromInteger(1920)));
        QCOMPARE(strategy->exits.takeProfit.from(Decimal::fromInteger(64000), 0.0),
            std::optional(Decimal::fromInteger(150)));
        QCOMPARE(strategy->exits.trailingStop.from(Decimal::fromInteger(64000), 120.0),
            std::optional(Decimal::fromInteger(300)));
        QVERIFY(!strategy->exits.trailingStop.from(Decimal::fromInteger(64000), 0.0));

        const struct
        {
            const char *json;
            const char *says;
        } bad[] = {
            { R"({"name": "x", "exits": {"stopLos": {"percent": "3"}}})", "stopLos" },
            { R"({"name": "x", "exits": {"stopLoss": {"pct": "3"}}})", "exits.stopLoss.pct" },
            { R"({"name": "x", "exits": {"stopLoss": {"percent": "3", "atr": "1"}}})",
                "one of percent, price or atr" },
            { R"({"name": "x", "exits": {"stopLoss": {"percent": "-3"}}})", "positive" },
            { R"({"name": "x", "exits": {"stopLoss": {"percent": "100"}}})", "below 100" },
            { R"({"name": "x", "exits": {"takeProfit": {"atr": "abc"}}})", "exits.takeProfit.atr" },
            { R"({"name": "x", "exits": {"trailingStop": {"atr": "101"}}})", "at most 100 ATR" },
            { R"({"name": "x", "exits": []})", "exits: expected an object" },
            { R"({"name": "x", "exits": {"timeLimit": {"candles": 0}}})",
                "timeLimit: 1 to 100000 candles, not 0" },
            { R"({"name": "x", "exits": {"timeLimit": {"candles": 2.5}}})", "timeLimit.candles" },
            { R"({"name": "x", "exits": {"timeLimit": {"hours": 2}}})",
                "timeLimit: expected an object with candles" },
            { R"({"name": "x", "exits": {"timeLimit": 5}})",
                "timeLimit: expected an object with candles" },
            { R"({"name": "x", "sizing": {"mode": "riskPercent", "value": "1"}})",
                "needs a stopLoss or trailingStop" },
        };
        for (const auto &b : bad) {
            error.clear();
            QVERIFY2(!read(b.json, &error), b.json);
            QVERIFY2(error.contains(QLatin1StringView(b.says)), qPrintable(error));
        }
    }
};

QTEST_APPLESS_MAIN(TestSignals)
#include "tst_signals.moc"
