// Alert rules: a crossing fires once per pass, a PnL rule re-arms, rules of
// other symbols stay quiet, and rules survive the settings as JSON.
#include "engine/AlertRules.h"

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
