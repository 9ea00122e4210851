// Changing working orders: checked again, previewed, a trailing stop's distance, a partly filled
// order's rest.
#include "../common/TraderFixtures.h"

#include <QTest>

using namespace kairos;
using namespace kairos::testing;

class TestModifyOrders : public QObject
{
    Q_OBJECT

private slots:
    // A modification is checked as a new order would be, but the order
    // it replaces is not counted twice; a refused one leaves the order as it
    // was; a resting limit moved to a marketable price takes at once.
    void aModifiedOrderIsCheckedAgain()
    {
        RiskLimits limits = openLimits();
        limits.maxOpenOrders = 1;
        limits.maxOrderNotional = d("5000");
        PaperTrader trader(instruments(), d("100000"), limits, freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order limit = limitOrder(Side::Buy, "90", "10");
        limit.time = 1000;
        trader.submit(limit, events);
        QCOMPARE(events.accepted.size(), 1);
        trader.onTick(tick(2000, "100"), events); // rests
        Order changed = events.accepted[0];
        changed.quantity = d("20");
        TradingEvents modified;
        trader.modify(changed, 3000, modified);
        QCOMPARE(modified.modified.size(), 1);
        QCOMPARE(modified.modified[0].quantity, d("20"));
        QVERIFY(modified.denied.isEmpty());
        QCOMPARE(trader.broker().openOrders()[0].quantity, d("20"));

        changed.quantity = d("100"); // 9,000 over the 5,000 notional limit
        TradingEvents refused;
        trader.modify(changed, 4000, refused);
        QVERIFY(refused.modified.isEmpty());
        QCOMPARE(refused.alerts.size(), 1);
        QVERIFY2(refused.alerts[0].text.contains(QStringLiteral("refused")),
            qPrintable(refused.alerts[0].text));
        QCOMPARE(trader.broker().openOrders()[0].quantity, d("20"));

        changed.quantity = d("20");
        changed.limitPrice = d("101");
        TradingEvents moved;
        trader.modify(changed, 5000, moved);
        QCOMPARE(moved.modified.size(), 1);
        trader.onTick(tick(6000, "100.5"), moved);
        QCOMPARE(moved.fills.size(), 1);
        QCOMPARE(moved.fills[0].price, d("100.5"));
        QVERIFY(!moved.fills[0].maker);

        TradingEvents gone;
        trader.modify(changed, 7000, gone);
        QVERIFY(gone.modified.isEmpty());
        QCOMPARE(gone.alerts.size(), 1);
        QVERIFY(gone.alerts[0].text.contains(QStringLiteral("no longer working")));
    }

    // What dragging an order's line shows: the verdict modify() would give,
    // every check included, while nothing is changed or counted.
    void aModifyIsPreviewedWithoutBeingCounted()
    {
        RiskLimits limits = openLimits();
        limits.maxOrderNotional = d("5000");
        limits.maxOrdersPerMinute = 2;
        PaperTrader trader(instruments(), d("100000"), limits, freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order limit = limitOrder(Side::Buy, "90", "10");
        limit.time = 1000;
        trader.submit(limit, events); // the first order of the minute
        QCOMPARE(events.accepted.size(), 1);
        Order changed = events.accepted[0];
        changed.limitPrice = d("600"); // 6,000 over the 5,000 notional limit
        const QString refusal = trader.modifyRefusal(changed, 2000);
        QCOMPARE(refusal, QStringLiteral("order notional 6000 exceeds the limit 5000 by 1000"));
        changed.limitPrice = d("95");
        for (int i = 0; i < 10; ++i)
            QCOMPARE(trader.modifyRefusal(changed, 2000 + i), QString());
        QCOMPARE(trader.broker().openOrders()[0].limitPrice, d("90")); // nothing changed
        TradingEvents modified;
        trader.modify(changed, 3000, modified); // the second: previews did not count
        QCOMPARE(modified.modified.size(), 1);
        changed.limitPrice = d("96");
        QVERIFY2(trader.modifyRefusal(changed, 4000).contains(QStringLiteral("within a minute")),
            qPrintable(trader.modifyRefusal(changed, 4000)));
        QCOMPARE(trader.modifyRefusal(changed, 61'001), QString()); // the minute has passed

        // The reasons modify() gives before any risk check, too.
        Order unknown = changed;
        unknown.id = 99;
        QVERIFY(trader.modifyRefusal(unknown, 5000).contains(QStringLiteral("no longer working")));
        changed.quantity = d("0");
        QVERIFY2(trader.modifyRefusal(changed, 61'001).contains(QStringLiteral("above 0")),
            qPrintable(trader.modifyRefusal(changed, 61'001)));
    }

    // A trailing stop given a new distance trails afresh from its best price.
    void aTrailingStopsDistanceCanBeChanged()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order trail;
        trail.side = Side::Sell;
        trail.type = OrderType::TrailingStop;
        trail.trailOffset = d("5");
        trail.quantity = d("1");
        trail.time = 1000;
        trader.submit(trail, events);
        trader.onTick(tick(2000, "120"), events);
        Order changed = events.accepted[0];
        changed.trailOffset = d("2");
        TradingEvents modified;
        trader.modify(changed, 3000, modified);
        QCOMPARE(modified.modified.size(), 1);
        QCOMPARE(modified.modified[0].trailExtreme, d("120"));
        QCOMPARE(modified.modified[0].stopPrice, d("118"));
    }

    // A partly filled order books each part, works on for the rest, can be
    // modified only above what has filled, and the kill switch cancels it
    // with what it filled kept.
    void aPartlyFilledOrderWorksOnForItsRest()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order buy = limitOrder(Side::Buy, "99", "3");
        buy.time = 1000;
        trader.submit(buy, events);
        QCOMPARE(events.accepted.size(), 1);
        const std::int64_t id = events.accepted[0].id;
        trader.onTick(tick(2000, "100"), events); // rests
        events = {};
        trader.onTick(tick(3000, "98.5"), events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].quantity, d("1"));
        QCOMPARE(events.fills[0].leavesQuantity, d("2"));
        QCOMPARE(trader.portfolio().position(0).quantity, d("1"));
        QVERIFY2(events.alerts.constLast().text.contains(QStringLiteral("1 of 3 BTCUSDT")),
            qPrintable(events.alerts.constLast().text));
        QVERIFY(events.alerts.constLast().text.endsWith(QStringLiteral("2 still working")));
        const Order working = trader.broker().openOrders().front();
        QCOMPARE(working.status, OrderStatus::PartiallyFilled);
        QCOMPARE(working.filledQuantity, d("1"));
        QCOMPARE(working.averagePrice, d("99"));

        events = {};
        Order smaller = working;
        smaller.quantity = d("1");
        trader.modify(smaller, 3000, events);
        QVERIFY(events.modified.isEmpty());
        QVERIFY(events.alerts.constLast().text.contains(QStringLiteral("already filled")));
        smaller.quantity = d("1.5");
        trader.modify(smaller, 3000, events);
        QCOMPARE(events.modified.size(), 1);
        QCOMPARE(trader.broker().openOrders().front().remaining(), d("0.5"));
        QCOMPARE(trader.broker().openOrders().front().filledQuantity, d("1"));

        // A reduce-only sell of more than the position holds is refused.
        Order reduce = limitOrder(Side::Sell, "120", "1.5");
        reduce.reduceOnly = true;
        reduce.time = 3000;
        trader.submit(reduce, events);
        QCOMPARE(events.denied.size(), 1);

        events = {};
        RiskLimits killed = openLimits();
        killed.killSwitch = true;
        trader.setLimits(killed, 4000, events);
        QCOMPARE(events.cancelled.size(), 1);
        QCOMPARE(events.cancelled[0].id, id);
        QCOMPARE(events.cancelled[0].status, OrderStatus::Cancelled);
        QCOMPARE(events.cancelled[0].filledQuantity, d("1"));
        QCOMPARE(trader.portfolio().position(0).quantity, d("1"));
    }
};

QTEST_APPLESS_MAIN(TestModifyOrders)
#include "tst_modifyorders.moc"
