#include "feed/TickCsvReader.h"

#include <QTest>

using namespace kairos;

namespace {

struct Result
{
    bool ok = false;
    TickFile file;
    QStringList errors;
    QString fatal;
};

Result read(const QByteArray &csv)
{
    Result r;
    TickCsvReader reader(QStringLiteral("in.csv"), QStringLiteral("DEFAULT"),
        [&r](const QString &message) { r.errors << message; });
    r.ok = reader.read(csv, r.file);
    r.fatal = reader.fatalError();
    return r;
}

} // namespace

class TestTickCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRequiredColumns()
    {
        const Result r = read("time,price,quantity\n1700000000000,100.5,2\n");
        QVERIFY(r.ok);
        QCOMPARE(r.file.ticks.size(), 1);
        const Tick &t = r.file.ticks[0];
        QCOMPARE(t.time, 1700000000000);
        QCOMPARE(t.price.toString(), QStringLiteral("100.5"));
        QCOMPARE(t.quantity.toString(), QStringLiteral("2"));
        QCOMPARE(t.side, Side::Unknown);
        QCOMPARE(r.file.instruments.size(), 1);
        QCOMPARE(r.file.instruments[0].symbol, QStringLiteral("DEFAULT"));
    }

    void columnsByNameInAnyOrderAndCase()
    {
        const Result r = read("Side,extra,QUANTITY,Symbol,price,Time\n"
                              "sell,ignored,3,btcusdt,64000,2024-03-01T12:00:00Z\n"
                              "BUY,,1,ETHUSDT,3000,2024-03-01T12:00:01.500+00:00\n"
                              "b,,1,BTCUSDT,64001,1709294402000\n");
        QVERIFY(r.ok);
        QCOMPARE(r.errors, QStringList());
        QCOMPARE(r.file.ticks.size(), 3);
        QCOMPARE(r.file.instruments.size(), 2);
        QCOMPARE(r.file.instruments[0].symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(r.file.instruments[1].symbol, QStringLiteral("ETHUSDT"));
        QCOMPARE(r.file.ticks[0].side, Side::Sell);
        QCOMPARE(r.file.ticks[0].time, 1709294400000);
        QCOMPARE(r.file.ticks[1].symbol, 1u);
        QCOMPARE(r.file.ticks[1].time, 1709294401500);
        QCOMPARE(r.file.ticks[2].symbol, 0u);
        QCOMPARE(r.file.ticks[2].side, Side::Buy);
    }

    void badLinesAreReportedCountedAndSkipped()
    {
        const Result r = read("time,price,quantity,side\n"
                              "1000,1,1,buy\n" // line 2 ok
                              "yesterday,1,1,buy\n" // 3: time
                              "2000,abc,1,buy\n" // 4: price
                              "3000,-1,1,buy\n" // 5: negative price
                              "4000,1,0,buy\n" // 6: zero quantity
                              "5000,1,1.123456789,buy\n" // 7: too precise
                              "6000,1,1,maybe\n" // 8: side
                              "7000,1\n" // 9: short
                              "\n" // 10: blank, not an error
                              "8000,2,2,sell\n"); // 11 ok
        QVERIFY(r.ok);
        QCOMPARE(r.file.ticks.size(), 2);
        QCOMPARE(r.file.badLines, 7);
        QCOMPARE(r.errors.size(), 7);
        const QList<QByteArray> expected = { "in.csv:3: field 'time'", "in.csv:4: field 'price'",
            "in.csv:5: field 'price'", "in.csv:6: field 'quantity'", "in.csv:7: field 'quantity'",
            "in.csv:8: field 'side'", "in.csv:9: expected" };
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(r.errors[i].toUtf8().startsWith(expected[i]), qPrintable(r.errors[i]));
        QVERIFY(r.errors[2].contains(QStringLiteral("not positive")));
        QVERIFY(r.errors[4].contains(QStringLiteral("8 decimal places")));
        QCOMPARE(r.file.ticks[1].time, 8000);
    }

    // A 100-billion-SHIB trade (about $1.5 M) was a bad line: one Decimal
    // holds 92 billion. It is one trade carried by two ticks now, exact.
    void aTradeBeyondADecimalIsOneTradeOfSeveralTicks()
    {
        const Result r = read("time,price,quantity,symbol\n"
                              "1000,0.00001500,100000000000.5,SHIBUSDT\n"
                              "1001,0.00001501,7,SHIBUSDT\n"
                              "1002,0.00001502,1e20,SHIBUSDT\n"); // beyond any trade
        QVERIFY(r.ok);
        QCOMPARE(r.file.badLines, 1);
        QVERIFY2(r.errors[0].contains(QStringLiteral("more than Kairos takes in one trade")),
            qPrintable(r.errors[0]));
        QCOMPARE(r.file.ticks.size(), 3);
        QCOMPARE(r.file.ticks[0].continued, false);
        QCOMPARE(r.file.ticks[1].continued, true);
        QCOMPARE(r.file.ticks[2].continued, false);
        Volume big;
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(r.file.ticks[i].time, 1000);
            QCOMPARE(r.file.ticks[i].price, *Decimal::parse("0.000015"));
            QVERIFY(big.tryAdd(r.file.ticks[i].quantity));
        }
        QCOMPARE(big, *Volume::parse("100000000000.5"));
        QCOMPARE(r.file.ticks[2].quantity, Decimal::fromInteger(7));
        QCOMPARE(r.file.instruments.size(), 1);
    }

    void missingColumnIsFatal()
    {
        const Result r = read("time,qty,price\n1,1,1\n");
        QVERIFY(!r.ok);
        QVERIFY2(r.fatal.contains(QStringLiteral("quantity")), qPrintable(r.fatal));
        QVERIFY(r.fatal.startsWith(QStringLiteral("in.csv:1:")));
    }

    void emptyInputIsFatal()
    {
        const Result r = read("");
        QVERIFY(!r.ok);
        QVERIFY(!r.fatal.isEmpty());
    }

    void longFieldsAreShortenedInMessages()
    {
        const Result r = read("time,price,quantity\n1," + QByteArray(500, 'x') + ",1\n");
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors[0].size() < 150);
    }
};

QTEST_APPLESS_MAIN(TestTickCsvReader)
#include "tst_tickcsvreader.moc"
