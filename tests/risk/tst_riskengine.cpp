#include "risk/RiskEngine.h"

#include <QJsonObject>
#include <QTest>

using namespace kairos;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(text);
}

Order order(Side side, const char *quantity)
{
    Order o;
    o.clientOrderId = QStringLiteral("t");
    o.side = side;
    o.quantity = d(quantity);
    return o;
}

RiskLimits noLimits()
{
    RiskLimits l;
    l.maxOrderNotional = l.maxPositionNotional = l.maxGrossExposure = l.dailyLossLimit = Decimal();
    l.maxOpenOrders = l.maxOrdersPerMinute = 0;
    l.maxDrawdownPercent = 0;
    l.cooldownAfterLossSeconds = 0;
    return l;
}

RiskInputs at(const char *price, const char *position = "0")
{
    RiskInputs in;
    in.price = d(price);
    in.position = d(position);
    in.symbolExposure
        = *Decimal::product(in.position < Decimal() ? -in.position : in.position, in.price);
    in.grossExposure = in.symbolExposure;
    return in;
}

} // namespace

class TestRiskEngine : public QObject
{
    Q_OBJECT

private slots:
    void eachLimitJustInsideAndJustOutside_data()
    {
        QTest::addColumn<QByteArray>("limit");
        QTest::addColumn<QByteArray>("inside"); // order quantity that passes
        QTest::addColumn<QByteArray>("outside"); // order quantity that is denied
        QTest::addColumn<QByteArray>("attempted"); // what the denial reports
        QTest::newRow("order quantity") << QByteArray("maxOrderQuantity") << QByteArray("5")
                                        << QByteArray("5.00000001") << QByteArray("5.00000001");
        QTest::newRow("order notional") << QByteArray("maxOrderNotional") << QByteArray("10")
                                        << QByteArray("10.00000001") << QByteArray("1000.000001");
        QTest::newRow("position quantity") << QByteArray("maxPositionQuantity") << QByteArray("5")
                                           << QByteArray("5.00000001") << QByteArray("5.00000001");
        QTest::newRow("position notional")
            << QByteArray("maxPositionNotional") << QByteArray("10") << QByteArray("10.00000001")
            << QByteArray("1000.000001");
        QTest::newRow("gross exposure") << QByteArray("maxGrossExposure") << QByteArray("10")
                                        << QByteArray("10.00000001") << QByteArray("1000.000001");
    }
    void eachLimitJustInsideAndJustOutside()
    {
        QFETCH(QByteArray, limit);
        QFETCH(QByteArray, inside);
        QFETCH(QByteArray, outside);
        QFETCH(QByteArray, attempted);
        RiskLimits limits = noLimits();
        QJsonObject json = limits.toJson();
        json[QString::fromLatin1(limit)]
            = limit.contains("Quantity") ? QStringLiteral("5") : QStringLiteral("1000");
        QStringList errors;
        limits = *RiskLimits::fromJson(json, &errors);
        RiskEngine engine(limits);
        // Price 100: quantity 10 is notional 1000.
        QVERIFY(!engine.check(order(Side::Buy, inside.constData()), at("100"), 0));
        const auto denial = engine.check(order(Side::Buy, outside.constData()), at("100"), 0);
        QVERIFY(denial);
        QCOMPARE(denial->limit, QString::fromLatin1(limit));
        QCOMPARE(denial->attempted, QString::fromLatin1(attempted));
        QVERIFY(!denial->message.isEmpty());
    }

    void positionLimitsCountWhatIsHeld()
    {
        RiskLimits limits = noLimits();
        limits.maxPositionQuantity = d("5");
        RiskEngine engine(limits);
        QVERIFY(!engine.check(order(Side::Buy, "1"), at("100", "4"), 0));
        QCOMPARE(engine.check(order(Side::Buy, "1.5"), at("100", "4"), 0)->attempted,
            QStringLiteral("5.5"));
        // A sell from a long of 7 reduces: allowed although above the limit.
        QVERIFY(!engine.check(order(Side::Sell, "1"), at("100", "7"), 0));
        // Flipping a long of 1 to a short of 6 is new exposure: denied.
        QCOMPARE(engine.check(order(Side::Sell, "7"), at("100", "1"), 0)->limit,
            QStringLiteral("maxPositionQuantity"));
    }

    void openOrdersAndRate()
    {
        RiskLimits limits = noLimits();
        limits.maxOpenOrders = 2;
        limits.maxOrdersPerMinute = 3;
        RiskEngine engine(limits);
        RiskInputs in = at("100");
        in.openOrders = 1;
        QVERIFY(!engine.check(order(Side::Buy, "1"), in, 0));
        in.openOrders = 2;
        QCOMPARE(
            engine.check(order(Side::Buy, "1"), in, 0)->limit, QStringLiteral("maxOpenOrders"));
        in.openOrders = 0;
        QVERIFY(!engine.check(order(Side::Buy, "1"), in, 10'000));
        QVERIFY(!engine.check(order(Side::Buy, "1"), in, 20'000));
        const auto denial = engine.check(order(Side::Buy, "1"), in, 59'999);
        QCOMPARE(denial->limit, QStringLiteral("maxOrdersPerMinute"));
        QCOMPARE(denial->attempted, QStringLiteral("4"));
        QVERIFY(!engine.check(order(Side::Buy, "1"), in, 60'000)); // the first left the window
    }

    void killSwitchAndCooldown()
    {
        RiskLimits limits = noLimits();
        limits.cooldownAfterLossSeconds = 30;
        RiskEngine engine(limits);
        engine.onLosingTrade(1'000);
        const auto cooling = engine.check(order(Side::Buy, "1"), at("100"), 2'000);
        QCOMPARE(cooling->limit, QStringLiteral("cooldownAfterLossSeconds"));
        QCOMPARE(cooling->attempted, QStringLiteral("29"));
        QVERIFY(!engine.check(order(Side::Sell, "1"), at("100", "2"), 2'000)); // reducing is fine
        QVERIFY(!engine.check(order(Side::Buy, "1"), at("100"), 31'000));

        limits.killSwitch = true;
        engine.setLimits(limits);
        QCOMPARE(engine.check(order(Side::Sell, "1"), at("100", "2"), 40'000)->limit,
            QStringLiteral("killSwitch"));
    }

    void reducingAllowsOnlyReducingOrders()
    {
        RiskEngine engine(noLimits());
        engine.setReducing(true);
        QCOMPARE(engine.state(), TradingState::Reducing);
        QVERIFY(!engine.check(order(Side::Sell, "2"), at("100", "3"), 0));
        QVERIFY(!engine.check(order(Side::Buy, "3"), at("100", "-3"), 0)); // covers a short to flat
        QCOMPARE(engine.check(order(Side::Buy, "1"), at("100", "3"), 0)->limit,
            QStringLiteral("reducing"));
        QCOMPARE(engine.check(order(Side::Sell, "4"), at("100", "3"), 0)->limit,
            QStringLiteral("reducing"));
        QCOMPARE(
            engine.check(order(Side::Buy, "1"), at("100"), 0)->limit, QStringLiteral("reducing"));
        engine.setReducing(false);
        QVERIFY(!engine.check(order(Side::Buy, "1"), at("100"), 0));
    }

    void dailyLossTripsTheBreaker()
    {
        RiskLimits limits = noLimits();
        limits.dailyLossLimit = d("1000");
        RiskEngine engine(limits);
        const std::int64_t t0 = 1'709'251'200'000; // 2024-03-01T00:00Z
        QVERIFY(!engine.evaluate(d("10000"), t0));
        QVERIFY(!engine.evaluate(d("9000"), t0 + 1000)); // exactly the limit: fine
        const auto tripped = engine.evaluate(d("8999.99"), t0 + 2000);
        QVERIFY(tripped);
        QVERIFY(tripped->contains(QStringLiteral("1000.01")));
        QCOMPARE(engine.state(), TradingState::Halted);
        QVERIFY(!engine.evaluate(d("5000"), t0 + 3000)); // reported once
        QCOMPARE(engine.check(order(Side::Sell, "1"), at("100", "5"), t0 + 3000)->limit,
            QStringLiteral("circuitBreaker"));
        engine.setReducing(false); // not a way out
        QCOMPARE(engine.state(), TradingState::Halted);
        // A new day does not resume either: only the user does.
        QVERIFY(!engine.evaluate(d("8000"), t0 + 86'400'000));
        QCOMPARE(engine.state(), TradingState::Halted);
        engine.resume(d("8000"), t0 + 86'400'000);
        QCOMPARE(engine.state(), TradingState::Active);
        QVERIFY(!engine.check(order(Side::Buy, "1"), at("100"), t0 + 86'400'000));
        QVERIFY(!engine.evaluate(d("7500"), t0 + 86'401'000)); // the limit applies afresh
    }

    void dayStartsInTheConfiguredZone()
    {
        RiskLimits limits = noLimits();
        limits.dailyLossLimit = d("100");
        limits.dayTimeZone = QStringLiteral("America/New_York");
        RiskEngine engine(limits);
        const std::int64_t t0 = 1'709'251'200'000; // 2024-03-01T00:00Z = 29 Feb 19:00 in New York
        engine.evaluate(d("1000"), t0);
        // 04:00Z is still 29 Feb in New York: the same day, so the loss counts.
        QVERIFY(engine.evaluate(d("850"), t0 + 4 * 3'600'000));
    }

    void drawdownTripsTheBreaker()
    {
        RiskLimits limits = noLimits();
        limits.maxDrawdownPercent = 10;
        RiskEngine engine(limits);
        engine.evaluate(d("1000"), 0);
        engine.evaluate(d("1200"), 1);
        QVERIFY(!engine.evaluate(d("1080"), 2)); // exactly 10 %
        QVERIFY(engine.evaluate(d("1079.99"), 3));
        QCOMPARE(engine.state(), TradingState::Halted);
    }

    void limitsValidateEveryField()
    {
        QVERIFY(RiskLimits().validate().isEmpty());
        QStringList errors;
        const QJsonObject json { { QStringLiteral("maxOrderQuantity"), QStringLiteral("-1") },
            { QStringLiteral("maxOpenOrders"), 2.5 }, { QStringLiteral("maxDrawdownPercent"), 150 },
            { QStringLiteral("dayTimeZone"), QStringLiteral("Mars/Olympus") },
            { QStringLiteral("killSwitch"), QStringLiteral("yes") },
            { QStringLiteral("maxOrderNotionl"), QStringLiteral("5") } };
        QVERIFY(!RiskLimits::fromJson(json, &errors));
        const QString all = errors.join(u'\n');
        for (const char *field : { "maxOrderQuantity", "maxOpenOrders", "maxDrawdownPercent",
                 "dayTimeZone", "killSwitch", "maxOrderNotionl" })
            QVERIFY2(all.contains(QLatin1StringView(field)), qPrintable(all));
        const RiskLimits defaults;
        QCOMPARE(*RiskLimits::fromJson(defaults.toJson(), &errors), defaults);
        QVERIFY(errors.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestRiskEngine)
#include "tst_riskengine.moc"
