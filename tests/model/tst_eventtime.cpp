#include "model/EventTime.h"

#include <QTest>

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
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!EventTime::parse(text).has_value());
    }

    void toIso()
    {
        QCOMPARE(EventTime::toIso(1709294400250), QStringLiteral("2024-03-01T12:00:00.250Z"));
    }
};

QTEST_APPLESS_MAIN(TestEventTime)
#include "tst_eventtime.moc"
