#include "model/Timeframe.h"

#include <QTest>

using kairos::Timeframe;

class TestTimeframe : public QObject
{
    Q_OBJECT

private slots:
    void bucketStart_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("bucket");
        QTest::newRow("1s start") << qint64(1) << qint64(1000) << qint64(1000);
        QTest::newRow("1s last ms") << qint64(1) << qint64(1999) << qint64(1000);
        QTest::newRow("1m") << qint64(60) << qint64(1700000099999) << qint64(1700000040000);
        QTest::newRow("1m boundary")
            << qint64(60) << qint64(1700000040000) << qint64(1700000040000);
        QTest::newRow("1d") << qint64(86400) << qint64(1709294400250) << qint64(1709251200000);
        QTest::newRow("negative") << qint64(1) << qint64(-1) << qint64(-1000);
        QTest::newRow("negative boundary") << qint64(1) << qint64(-1000) << qint64(-1000);
        QTest::newRow("odd width") << qint64(7) << qint64(15000) << qint64(14000);
    }
    void bucketStart()
    {
        QFETCH(qint64, seconds);
        QFETCH(qint64, time);
        QFETCH(qint64, bucket);
        QCOMPARE(Timeframe::fromSeconds(seconds).bucketStart(time), bucket);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << QStringLiteral("60") << qint64(60);
        QTest::newRow("s") << QStringLiteral("15s") << qint64(15);
        QTest::newRow("m") << QStringLiteral("5m") << qint64(300);
        QTest::newRow("h") << QStringLiteral("4H") << qint64(14400);
        QTest::newRow("d") << QStringLiteral("1d") << qint64(86400);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-60") << qint64(0);
        QTest::newRow("words") << QStringLiteral("minute") << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("too long") << QStringLiteral("400d") << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(Timeframe::parse(text).seconds(), seconds);
    }

    void labels()
    {
        QStringList labels;
        for (const Timeframe tf : Timeframe::standard())
            labels << tf.label();
        QCOMPARE(labels.join(u' '), QStringLiteral("1s 1m 5m 15m 1h 4h 1d"));
        QCOMPARE(Timeframe::fromSeconds(90).label(), QStringLiteral("90s"));
    }
};

QTEST_APPLESS_MAIN(TestTimeframe)
#include "tst_timeframe.moc"
