#include "model/Timeframe.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <limits>

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

    void calendarBuckets_data()
    {
        QTest::addColumn<QString>("timeframe");
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("next");
        const auto utc = [](int y, int m, int d, int h = 0, int min = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
        };
        QTest::newRow("week, Wednesday") << QStringLiteral("1w") << utc(2026, 12, 2, 13, 5)
                                         << utc(2026, 11, 30) << utc(2026, 12, 7);
        QTest::newRow("week, Monday 00:00")
            << QStringLiteral("1w") << utc(2026, 11, 30) << utc(2026, 11, 30) << utc(2026, 12, 7);
        QTest::newRow("week, Sunday 23:59") << QStringLiteral("1w") << utc(2026, 12, 6, 23, 59)
                                            << utc(2026, 11, 30) << utc(2026, 12, 7);
        QTest::newRow("week, the epoch (a Thursday)")
            << QStringLiteral("1w") << utc(1970, 1, 1) << utc(1969, 12, 29) << utc(1970, 1, 5);
        QTest::newRow("week across a year")
            << QStringLiteral("1w") << utc(2027, 1, 1) << utc(2026, 12, 28) << utc(2027, 1, 4);
        QTest::newRow("month") << QStringLiteral("1mo") << utc(2026, 12, 2, 19, 11)
                               << utc(2026, 12, 1) << utc(2027, 1, 1);
        QTest::newRow("leap February") << QStringLiteral("1mo") << utc(2024, 2, 29, 23, 59)
                                       << utc(2024, 2, 1) << utc(2024, 3, 1);
        QTest::newRow("February") << QStringLiteral("1mo") << utc(2025, 2, 28) << utc(2025, 2, 1)
                                  << utc(2025, 3, 1);
        QTest::newRow("month before 1970") << QStringLiteral("1mo") << utc(1969, 7, 20, 20, 17)
                                           << utc(1969, 7, 1) << utc(1969, 8, 1);
        QTest::newRow("quarter") << QStringLiteral("3mo") << utc(2026, 5, 17) << utc(2026, 4, 1)
                                 << utc(2026, 7, 1);
        QTest::newRow("quarter before 1970")
            << QStringLiteral("3mo") << utc(1969, 12, 31) << utc(1969, 10, 1) << utc(1970, 1, 1);
        QTest::newRow("day, unchanged")
            << QStringLiteral("1d") << utc(2026, 12, 2, 13) << utc(2026, 12, 2) << utc(2026, 12, 3);
    }
    void calendarBuckets()
    {
        QFETCH(QString, timeframe);
        QFETCH(QDateTime, time);
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, next);
        const Timeframe tf = Timeframe::parse(timeframe);
        QVERIFY(tf.isValid());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(
                     tf.bucketStart(time.toMSecsSinceEpoch()), QTimeZone::utc()),
            start);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(
                     tf.nextBucket(time.toMSecsSinceEpoch()), QTimeZone::utc()),
            next);
    }

    void multiplesStayAligned()
    {
        // A chart's columns of 2^k candles: aligned, so panning keeps them.
        const Timeframe month = Timeframe::month();
        const auto ms = [](int y, int m, int d) {
            return QDateTime(QDate(y, m, d), QTime(), QTimeZone::utc()).toMSecsSinceEpoch();
        };
        QCOMPARE(month.bucketStart(ms(2026, 12, 2), 4), ms(2026, 9, 1));
        QCOMPARE(month.nextBucket(ms(2026, 12, 2), 4), ms(2027, 1, 1));
        QCOMPARE(month.bucketStart(ms(1969, 12, 31), 16), ms(1968, 9, 1)); // 16 months before 1970
        const Timeframe week = Timeframe::week();
        QCOMPARE(week.bucketStart(ms(2026, 12, 2), 2) % (14 * 86400'000LL), 4 * 86400'000LL);
        QCOMPARE(week.nextBucket(ms(2026, 12, 2), 2) - week.bucketStart(ms(2026, 12, 2), 2),
            14 * 86400'000LL);
        // The ends of time saturate instead of wrapping.
        constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
        QCOMPARE(month.nextBucket(max - 1), max);
        QCOMPARE(Timeframe::fromSeconds(60).nextBucket(max - 1), max);
        QVERIFY(month.bucketStart(std::numeric_limits<std::int64_t>::min() + 1)
            <= std::numeric_limits<std::int64_t>::min() / 2);
        // A width of absurdly many months (damaged settings) saturates too.
        const Timeframe eons = Timeframe::fromSeconds(Timeframe::MonthSeconds * 3'000'000'000'000);
        QCOMPARE(eons.nextBucket(0), max);
        QVERIFY(eons.bucketStart(-1) <= 0);
    }

    void nesting()
    {
        const Timeframe week = Timeframe::week();
        const Timeframe month = Timeframe::month();
        const Timeframe day = Timeframe::fromSeconds(86400);
        QVERIFY(week.nests(day));
        QVERIFY(week.nests(Timeframe::fromSeconds(14400)));
        QVERIFY(month.nests(day));
        QVERIFY(month.nests(Timeframe::fromSeconds(60)));
        QVERIFY(Timeframe::parse(QStringLiteral("3mo")).nests(month));
        QVERIFY(!month.nests(week)); // a week can straddle two months
        QVERIFY(!week.nests(month));
        QVERIFY(!Timeframe::fromSeconds(14 * 86400 + 1).nests(week));
        QVERIFY(
            !Timeframe::parse(QStringLiteral("3d")).nests(Timeframe::parse(QStringLiteral("2d"))));
        QVERIFY(!week.nests(Timeframe::parse(QStringLiteral("3d")))); // Monday is not a third day
        QVERIFY(day.nests(Timeframe::fromSeconds(1)));
        QVERIFY(!day.nests(Timeframe()));
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
        QTest::newRow("w") << QStringLiteral("1w") << qint64(Timeframe::WeekSeconds);
        QTest::newRow("W") << QStringLiteral("2W") << qint64(2 * Timeframe::WeekSeconds);
        QTest::newRow("7d is the week") << QStringLiteral("7d") << qint64(Timeframe::WeekSeconds);
        QTest::newRow("mo") << QStringLiteral("1mo") << qint64(Timeframe::MonthSeconds);
        QTest::newRow("quarter") << QStringLiteral("3MO") << qint64(3 * Timeframe::MonthSeconds);
        QTest::newRow("13 months") << QStringLiteral("13mo") << qint64(0);
        QTest::newRow("no months") << QStringLiteral("0mo") << qint64(0);
        QTest::newRow("mo alone") << QStringLiteral("mo") << qint64(0);
        QTest::newRow("1M is a minute") << QStringLiteral("1M") << qint64(60);
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
        QCOMPARE(labels.join(u' '), QStringLiteral("1s 1m 5m 15m 1h 4h 1d 1w 1mo"));
        for (const Timeframe tf : Timeframe::standard())
            QCOMPARE(Timeframe::parse(tf.label()), tf);
        QCOMPARE(Timeframe::parse(QStringLiteral("14d")).label(), QStringLiteral("2w"));
        QCOMPARE(Timeframe::fromSeconds(90).label(), QStringLiteral("90s"));
    }
};

QTEST_APPLESS_MAIN(TestTimeframe)
#include "tst_timeframe.moc"
