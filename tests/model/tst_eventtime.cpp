#include "model/EventTime.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <ctime>

namespace EventTime = kairos::EventTime;

class TestEventTime : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch ms") << QByteArray("1700000000123") << qint64(1700000000123);
        QTest::newRow("epoch zero") << QByteArray("0") << qint64(0);
        QTest::newRow("before 1970") << QByteArray("-1500") << qint64(-1500);
        QTest::newRow("date") << QByteArray("2024-03-01") << qint64(1709251200000);
        QTest::newRow("utc Z") << QByteArray("2024-03-01T12:00:00Z") << qint64(1709294400000);
        QTest::newRow("no offset is UTC")
            << QByteArray("2024-03-01T12:00:00") << qint64(1709294400000);
        QTest::newRow("milliseconds")
            << QByteArray("2024-03-01T12:00:00.250Z") << qint64(1709294400250);
        QTest::newRow("offset") << QByteArray("2024-03-01T14:00:00+02:00") << qint64(1709294400000);
        QTest::newRow("negative offset")
            << QByteArray("2024-03-01T07:00:00-05:00") << qint64(1709294400000);
        QTest::newRow("padded") << QByteArray(" 1700000000000 ") << qint64(1700000000000);
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        const auto parsed = EventTime::parse(text);
        QVERIFY2(parsed.has_value(), text.constData());
        QCOMPARE(*parsed, ms);
    }

    void noOffsetIsUtcInEveryZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *zone : { "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
                 "Australia/Lord_Howe", "Pacific/Chatham" })
            QTest::newRow(zone) << QByteArray(zone);
    }
    void noOffsetIsUtcInEveryZone()
    {
        // Times in a zone's DST gap (Berlin 2024-03-31 02:30, New York
        // 2024-03-10 02:30) or overlap (Berlin 2024-10-27 02:30, New York
        // 2024-11-03 01:30) are valid UTC times: the machine's zone must not
        // refuse or move them. (Before, Berlin refused 2024-03-31T02:30:00.)
        QFETCH(QByteArray, zone);
        const QByteArray saved = qgetenv("TZ");
        qputenv("TZ", zone);
        tzset();
        const auto restore = qScopeGuard([&saved] {
            if (saved.isEmpty())
                qunsetenv("TZ");
            else
                qputenv("TZ", saved);
            tzset();
        });
        for (const char *text :
            { "2024-03-31T02:30:00", "2024-03-10T02:30:00", "2024-10-27T02:30:00",
                "2024-11-03T01:30:00.500", "2024-03-31 02:30:00", "2024-10-06T02:15:00" }) {
            QByteArray iso(text);
            iso.replace(' ', 'T');
            const QDateTime utc
                = QDateTime::fromString(QString::fromLatin1(iso + 'Z'), Qt::ISODateWithMs);
            QVERIFY(utc.isValid());
            const auto parsed = EventTime::parse(text);
            QVERIFY2(parsed.has_value(), text);
            QCOMPARE(*parsed, utc.toMSecsSinceEpoch());
            // With an offset, the offset rules, whatever the zone.
            QCOMPARE(
                EventTime::parse(QByteArray(iso + "+02:00")), utc.toMSecsSinceEpoch() - 7'200'000);
        }
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("words") << QByteArray("yesterday");
        QTest::newRow("bad month") << QByteArray("2024-13-01");
        QTest::newRow("bad day") << QByteArray("2024-02-30");
        QTest::newRow("bad time") << QByteArray("2024-03-01T25:00:00Z");
        QTest::newRow("decimal epoch") << QByteArray("1700000000.5");
        QTest::newRow("overflowing epoch") << QByteArray("99999999999999999999999");
        // Found by fuzzing the replay reader: a candle at such a time made
        // its four trades' times overflow.
        QTest::newRow("after 9999") << QByteArray("253402300800000");
        QTest::newRow("epoch near the limit") << QByteArray("7260001004067260900");
        QTest::newRow("before year 1") << QByteArray("-62135596800001");
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!EventTime::parse(text).has_value());
    }

    void theYearsOneTo9999AreTimes()
    {
        QCOMPARE(EventTime::parse("253402300799999"), EventTime::MaxTime);
        QCOMPARE(EventTime::parse("-62135596800000"), EventTime::MinTime);
        QCOMPARE(EventTime::parse("9999-12-31T23:59:59.999Z"), EventTime::MaxTime);
        QCOMPARE(EventTime::parse("0001-01-01"), EventTime::MinTime);
    }

    void toIso()
    {
        QCOMPARE(EventTime::toIso(1709294400250), QStringLiteral("2024-03-01T12:00:00.250Z"));
    }
};

QTEST_APPLESS_MAIN(TestEventTime)
#include "tst_eventtime.moc"
