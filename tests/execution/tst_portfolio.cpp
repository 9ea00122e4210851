#include "execution/Portfolio.h"

#include <QTest>

#include <limits>

using namespace kairos;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(text);
}

Fill fill(Side side, const char *quantity, const char *price, const char *fee = "0",
    std::uint32_t symbol = 0)
{
    Fill f;
    f.side = side;
    f.quantity = d(quantity);
    f.price = d(price);
    f.fee = d(fee);
    f.symbol = symbol;
    return f;
}

// cash + position value = initial + realized + unrealized − fees, exactly.
bool reconciles(const Portfolio &p)
{
    return p.equity() == p.initialCash() + p.realizedPnl() + p.unrealizedPnl() - p.feesPaid();
}

} // namespace

class TestPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void longRoundTrip()
    {
        Portfolio p(d("10000"), 1);
        Fill buy = fill(Side::Buy, "2", "100", "0.1");
        QVERIFY(p.apply(buy));
        QCOMPARE(buy.realizedPnl, Decimal());
        QCOMPARE(p.cash(), d("9799.9"));
        QCOMPARE(p.position(0).quantity, d("2"));
        QCOMPARE(p.averagePrice(0), d("100"));
        p.mark(0, d("110"));
        QCOMPARE(p.unrealizedPnl(), d("20"));
        QCOMPARE(p.equity(), d("10019.9"));
        Fill sell = fill(Side::Sell, "0.5", "120", "0.05");
        QVERIFY(p.apply(sell));
        QCOMPARE(sell.realizedPnl, d("10")); // (120 − 100) · 0.5
        QCOMPARE(p.position(0).quantity, d("1.5"));
        QCOMPARE(p.averagePrice(0), d("100"));
        QCOMPARE(p.feesPaid(), d("0.15"));
        QVERIFY(reconciles(p));
    }

    void shortAndFlip()
    {
        Portfolio p(d("1000"), 1);
        Fill shortSell = fill(Side::Sell, "3", "50");
        QVERIFY(p.apply(shortSell));
        QCOMPARE(p.position(0).quantity, d("-3"));
        QCOMPARE(p.cash(), d("1150"));
        // Buy 5 at 40: covers 3 (+30 realized) and opens a long of 2 at 40.
        Fill flip = fill(Side::Buy, "5", "40", "0.2");
        QVERIFY(p.apply(flip));
        QCOMPARE(flip.realizedPnl, d("30"));
        QCOMPARE(p.position(0).quantity, d("2"));
        QCOMPARE(p.position(0).cost, d("80"));
        QCOMPARE(p.averagePrice(0), d("40"));
        QCOMPARE(p.cash(), d("949.8"));
        p.mark(0, d("45"));
        QCOMPARE(p.equity(), d("1039.8"));
        QVERIFY(reconciles(p));
    }

    void grossExposureAndCurve()
    {
        Portfolio p(d("1000"), 2);
        Fill a = fill(Side::Buy, "1", "100", "0", 0);
        Fill b = fill(Side::Sell, "2", "50", "0", 1);
        p.apply(a);
        p.apply(b);
        QCOMPARE(p.grossExposure(), d("200"));
        p.recordEquity(1);
        p.mark(0, d("80"));
        p.recordEquity(2);
        p.mark(0, d("130"));
        p.recordEquity(3);
        QCOMPARE(p.equityCurve().size(), 3);
        QCOMPARE(p.equityCurve()[1].drawdown, d("20"));
        QCOMPARE(p.maxDrawdown(), d("20"));
        QCOMPARE(p.peakEquity(), d("1030"));
    }

    void theEquityCurveThinsWithAge()
    {
        // 40 days of a point every 5 s (the engine samples each second; the
        // tiers are the same): the last day whole, a point an hour beyond
        // (the minutes of the last month are storage's). Before, all 691,200
        // stayed; then 41,000 minute points grew the memory for a month.
        Portfolio p(d("1000"), 1);
        Fill a = fill(Side::Buy, "1", "100");
        p.apply(a);
        constexpr std::int64_t Start = 1'704'067'200'000;
        constexpr std::int64_t Step = 5'000;
        constexpr std::int64_t Day = 86'400'000;
        constexpr std::int64_t Points = 40 * Day / Step;
        qint64 cursor = 0;
        qint64 seen = 0;
        std::int64_t lastSeen = 0;
        for (std::int64_t i = 0; i < Points; ++i) {
            p.mark(0, Decimal::fromInteger(100 + (i * 7919) % 50));
            p.recordEquity(Start + i * Step);
            if (i % 1000 == 999) {
                // A reader's cursor survives thinning: each point once, in order.
                const QList<EquityPoint> fresh = p.equitySince(cursor);
                cursor = p.equityRecorded();
                QCOMPARE(fresh.size(), 1000);
                QVERIFY(fresh.constFirst().time > lastSeen);
                lastSeen = fresh.constLast().time;
                seen += fresh.size();
            }
        }
        seen += p.equitySince(cursor).size();
        QCOMPARE(seen, Points);
        QCOMPARE(p.equityRecorded(), Points);
        const QList<EquityPoint> &curve = p.equityCurve();
        const std::int64_t now = Start + (Points - 1) * Step;
        qint64 lastDay = 0;
        qint64 hours = 0;
        for (const EquityPoint &point : curve) {
            if (point.time >= now - Day)
                ++lastDay;
            else
                ++hours;
        }
        QCOMPARE(lastDay, Day / Step + 1);
        // Thinning runs hourly, so up to an hour of the boundary is finer.
        QVERIFY2(
            hours >= 39 * 24 - 1 && hours <= 39 * 24 + 720, qPrintable(QString::number(hours)));
        QVERIFY(std::is_sorted(curve.cbegin(), curve.cend(),
            [](const EquityPoint &x, const EquityPoint &y) { return x.time < y.time; }));
        QCOMPARE(curve.constLast().time, now);
        // Peak and worst drawdown are kept apart, never thinned away.
        QCOMPARE(p.peakEquity(), d("1049"));
        QCOMPARE(p.maxDrawdown(), d("49"));
    }

    void rejectsWhatItCannotBook()
    {
        Portfolio p(d("1000"), 1);
        Fill unknown = fill(Side::Buy, "1", "1", "0", 3);
        QVERIFY(!p.apply(unknown));
        Fill huge = fill(Side::Buy, "90000000000", "90000000000");
        QVERIFY(!p.apply(huge));
        QCOMPARE(p.cash(), d("1000"));
    }

    // A position whose value does not fit 64 bits (a billion units marked at
    // a billion) was valued at 0: a short that large then looked flat and a
    // long looked lost. It now values at the range's end, with its sign.
    void aValueBeyondTheRangeKeepsItsSign()
    {
        Portfolio p(d("1000"), 2);
        Fill buy = fill(Side::Buy, "1000000000", "0.00000001");
        QVERIFY(p.apply(buy));
        Fill sell = fill(Side::Sell, "1000000000", "0.00000001", "0", 1);
        QVERIFY(p.apply(sell));
        p.mark(0, d("1000000000"));
        // Half the range, so that a drawdown between two values still fits.
        const Decimal half = Decimal::fromUnits(std::numeric_limits<std::int64_t>::max() / 2);
        QCOMPARE(p.positionValue(0), half);
        QCOMPARE(p.equity(), half);
        p.recordEquity(1000);
        p.mark(0, d("1"));
        p.mark(1, d("1000000000"));
        QCOMPARE(p.positionValue(1), -half);
        QVERIFY(p.equity() < d("-45000000000"));
        QCOMPARE(p.grossExposure(), half);
        p.recordEquity(2000);
        QVERIFY(p.maxDrawdown() > d("90000000000"));
    }

    void millionRandomFillsReconcileExactly()
    {
        // Random sides, sizes and prices on three symbols, with partial
        // closes and flips; money must come out to the unit.
        Portfolio p(d("1000000"), 3);
        std::uint64_t state = 7;
        auto next = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return state >> 33;
        };
        Decimal cash = p.cash();
        Decimal fees;
        for (int i = 0; i < 1'000'000; ++i) {
            Fill f;
            f.symbol = std::uint32_t(next() % 3);
            f.side = next() % 2 ? Side::Buy : Side::Sell;
            f.quantity = Decimal::fromUnits(std::int64_t(next() % 500'000'000) + 1); // up to 5
            f.price = Decimal::fromUnits(
                std::int64_t(next() % 1'000'000'000'000) + 1'000'000); // up to 10,000
            f.fee = Decimal::fromUnits(std::int64_t(next() % 10'000'000));
            QVERIFY(p.apply(f));
            const Decimal notional = *Decimal::product(f.price, f.quantity);
            cash = cash + (f.side == Side::Buy ? -notional : notional) - f.fee;
            fees = fees + f.fee;
            if (i % 100'000 == 0)
                QVERIFY(reconciles(p));
        }
        for (std::uint32_t s = 0; s < 3; ++s)
            p.mark(s, Decimal::fromUnits(std::int64_t(next() % 1'000'000'000'000) + 1));
        QCOMPARE(p.cash(), cash);
        QCOMPARE(p.feesPaid(), fees);
        QVERIFY(reconciles(p));
    }
};

QTEST_APPLESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
