#include "feed/CandleCsvReader.h"

#include <QTest>

using namespace kairos;

class TestCandleCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsCandlesAndReportsBadOnes()
    {
        QStringList errors;
        CandleCsvReader reader(QStringLiteral("c.csv"), [&](const QString &m) { errors << m; });
        CandleFile file;
        QVERIFY(reader.read("Volume,close,LOW,high,open,time,extra\n"
                            "10,101,99,102,100,2024-03-01T00:00:00Z,x\n" // 2 ok
                            "10,101,99,102,100,1709251200000,x\n" // 3 same time: not after
                            "10,101,100.5,102,100,1709251260000,x\n" // 4 low above open
                            "-1,101,99,102,100,1709251320000,x\n" // 5 negative volume
                            "0,101,99,102,100,1709251380000,x\n", // 6 ok: zero volume
            file));
        QVERIFY2(file.candles.size() == 2, qPrintable(errors.join(u'\n')));
        QCOMPARE(file.badLines, 3);
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors[0].startsWith(QStringLiteral("c.csv:3: time")), qPrintable(errors[0]));
        QVERIFY2(errors[1].startsWith(QStringLiteral("c.csv:4: high")), qPrintable(errors[1]));
        QVERIFY2(
            errors[2].startsWith(QStringLiteral("c.csv:5: field 'volume'")), qPrintable(errors[2]));
        QCOMPARE(file.candles[0].time, 1709251200000);
        QCOMPARE(file.candles[0].open, Decimal::fromInteger(100));
        QCOMPARE(file.candles[0].state, CandleState::Confirmed);
        QCOMPARE(file.candles[1].volume, Volume());
    }

    void missingColumnIsFatal()
    {
        CandleCsvReader reader(QStringLiteral("c.csv"), {});
        CandleFile file;
        QVERIFY(!reader.read("time,open,high,low,close\n1,1,1,1,1\n", file));
        QVERIFY(reader.fatalError().contains(QStringLiteral("volume")));
    }
};

QTEST_APPLESS_MAIN(TestCandleCsvReader)
#include "tst_candlecsvreader.moc"
