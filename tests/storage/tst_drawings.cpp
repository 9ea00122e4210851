// Drawings as data: where a line is at a time, JSON kept strictly, the
// database keeping each symbol's across a reopening, and an alert made from
// a line firing once on a crossing.
#include "engine/AlertRules.h"
#include "storage/DrawingStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kairos;

namespace {

constexpr std::int64_t Minute = 60'000;
constexpr std::int64_t T0 = 1'733'000'000'000;

Drawing drawing(Drawing::Kind kind, QList<DrawingPoint> points, const char *symbol = "BTCUSDT")
{
    Drawing d;
    d.kind = kind;
    d.points = std::move(points);
    d.symbol = QString::fromLatin1(symbol);
    return d;
}

} // namespace

class TestDrawings : public QObject
{
    Q_OBJECT

private slots:
    void aLineIsWhereItIsDrawn()
    {
        const Drawing level = drawing(Drawing::Kind::HorizontalLine, { { T0, 0.00001234 } });
        QCOMPARE(level.priceAt(T0 - 100 * Minute), 0.00001234);
        // A trend line between its points only; a ray on to the right.
        const Drawing trend
            = drawing(Drawing::Kind::TrendLine, { { T0 + 10 * Minute, 110 }, { T0, 100 } });
        QCOMPARE(*trend.priceAt(T0 + 5 * Minute), 105.0);
        QVERIFY(!trend.priceAt(T0 - Minute));
        QVERIFY(!trend.priceAt(T0 + 11 * Minute));
        Drawing ray = trend;
        ray.kind = Drawing::Kind::Ray;
        QCOMPARE(*ray.priceAt(T0 + 20 * Minute), 120.0);
        QVERIFY(!ray.priceAt(T0 - Minute));
        // Nothing for kinds that are no line, or a line standing upright.
        QVERIFY(!drawing(Drawing::Kind::Rectangle, { { T0, 1 }, { T0 + Minute, 2 } }).priceAt(T0));
        QVERIFY(!drawing(Drawing::Kind::TrendLine, { { T0, 1 }, { T0, 2 } }).priceAt(T0));
        const Drawing moved = trend.movedBy(Minute, -5);
        QCOMPARE(*moved.priceAt(T0 + 6 * Minute), 100.0);
    }

    void aChannelsParallelPassesThroughItsThirdPoint()
    {
        // A line rising 1 a minute from 100; the third point 5 above the
        // line at its own time, beyond the line's end.
        Drawing channel = drawing(Drawing::Kind::Channel,
            { { T0, 100 }, { T0 + 10 * Minute, 110 }, { T0 + 30 * Minute, 135 } });
        QCOMPARE(*channel.channelOffset(), 5.0);
        channel.points[2] = { T0 - 5 * Minute, 90 }; // before it: 5 below
        QCOMPARE(*channel.channelOffset(), -5.0);
        channel.points[1].time = T0; // upright
        QVERIFY(!channel.channelOffset());
        QVERIFY(
            !drawing(Drawing::Kind::TrendLine, { { T0, 1 }, { T0 + Minute, 2 } }).channelOffset());
    }

    void alertsFollowTheirLine()
    {
        // A trend line's alert watches on past its end; it moves with the
        // line and goes with it; others are left alone.
        Drawing trend
            = drawing(Drawing::Kind::TrendLine, { { T0, 100 }, { T0 + 10 * Minute, 110 } });
        trend.id = 42;
        AlertRule rule = AlertRule::forLine(trend);
        QCOMPARE(rule.kind, AlertRule::Kind::LineCrosses);
        QCOMPARE(rule.symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(rule.line.kind, Drawing::Kind::TrendLine);
        QVERIFY(!rule.line.priceAt(T0 + 20 * Minute));
        QCOMPARE(*rule.line.priceAt(T0 + 20 * Minute, true), 120.0);
        const auto back = AlertRule::fromJson(rule.toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(back->line.id, 42);
        AlertRule other
            = AlertRule::forLine(drawing(Drawing::Kind::HorizontalLine, { { T0, 50 } }));
        other.line.id = 43;
        AlertRuleList rules { *back, other };

        Drawing moved = trend.movedBy(0, 5);
        QVERIFY(AlertRule::followDrawing(rules, moved, false));
        QCOMPARE(*rules[0].line.priceAt(T0 + 20 * Minute, true), 125.0);
        QCOMPARE(rules[1].line.points[0].price, 50.0);
        QVERIFY(AlertRule::followDrawing(rules, moved, true));
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0].line.id, 43);
        QVERIFY(!AlertRule::followDrawing(rules, moved, true)); // nothing of it left
    }

    void drawingsAreStrictJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown kind") << QByteArray(R"({"kind": "circle", "points": []})")
                                      << QStringLiteral("unknown drawing kind 'circle'");
        QTest::newRow("too few points")
            << QByteArray(R"({"kind": "trend", "points": [{"time": 1, "price": 2}]})")
            << QStringLiteral("a trend needs 2 point(s), not 1");
        QTest::newRow("price as text")
            << QByteArray(R"({"kind": "hline", "points": [{"time": 1, "price": "2"}]})")
            << QStringLiteral("not a time and a price");
    }
    void drawingsAreStrictJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!Drawing::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void everyKindRoundTrips()
    {
        for (Drawing::Kind kind : Drawing::kinds()) {
            Drawing d;
            d.kind = kind;
            for (int i = 0; i < Drawing::pointCount(kind); ++i)
                d.points.append({ T0 + i * Minute, 64'000.5 + i });
            d.text = QStringLiteral("Stütze «1»");
            d.color = QStringLiteral("#ff8800");
            const auto back = Drawing::fromJson(d.toJson());
            QVERIFY(back);
            QCOMPARE(*back, d);
            QVERIFY(!Drawing::kindName(kind).isEmpty());
        }
    }

    void theDatabaseKeepsEachSymbolsDrawings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        {
            Database db; // the session's writer migrates the file first
            QVERIFY2(db.open(path), qPrintable(db.error()));
        }
        Drawing trend = drawing(Drawing::Kind::TrendLine, { { T0, 100 }, { T0 + Minute, 101 } });
        Drawing note = drawing(Drawing::Kind::Text, { { T0, 0.00001 } }, "SHIBUSDT");
        note.text = QStringLiteral("Kauf?");
        Drawing fib = drawing(Drawing::Kind::Fibonacci, { { T0, 90 }, { T0 + 9 * Minute, 110 } });
        {
            DrawingStore store(path);
            QVERIFY2(store.save(trend), qPrintable(store.error()));
            QVERIFY(store.save(note));
            QVERIFY(store.save(fib));
            QVERIFY(trend.id > 0 && note.id > trend.id);
            trend.points[1].price = 105; // moved, saved again
            QVERIFY(store.save(trend));
            QVERIFY(store.remove(fib.id));
        }
        DrawingStore reopened(path);
        const DrawingList btc = reopened.load(QStringLiteral("BTCUSDT"));
        QCOMPARE(btc.size(), 1);
        QCOMPARE(btc[0], trend);
        const DrawingList shib = reopened.load(QStringLiteral("SHIBUSDT"));
        QCOMPARE(shib.size(), 1);
        QCOMPARE(shib[0].text, QStringLiteral("Kauf?"));
        QCOMPARE(shib[0].points[0].price, 0.00001);
        QVERIFY(reopened.error().isEmpty());

        // A row that does not read is said and left out; the others stay.
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO drawings (symbol, drawing) VALUES "
                                              "('BTCUSDT', '{\"kind\": \"spiral\"}')")));
        }
        QCOMPARE(reopened.load(QStringLiteral("BTCUSDT")).size(), 1);
        QVERIFY2(reopened.error().contains(QStringLiteral("spiral")), qPrintable(reopened.error()));
    }

    void aFileNotMigratedYetIsNotWritten()
    {
        QTemporaryDir dir;
        DrawingStore store(dir.filePath(QStringLiteral("new.db")));
        Drawing line = drawing(Drawing::Kind::HorizontalLine, { { T0, 1 } });
        QVERIFY(!store.save(line));
        QVERIFY2(
            store.error().contains(QStringLiteral("schema version")), qPrintable(store.error()));
        QCOMPARE(line.id, 0);
    }

    void aLineAlertFiresOnceOnACrossing()
    {
        // A rising trend line from 100 to 110 over ten minutes; the price
        // holds 104. It is above the line, then the line passes it (the
        // price falls through the line at 104) — once, as the rule says.
        AlertRule rule;
        rule.kind = AlertRule::Kind::LineCrosses;
        rule.symbol = QStringLiteral("BTCUSDT");
        rule.frequency = AlertRule::Frequency::Once;
        rule.line = drawing(Drawing::Kind::TrendLine, { { T0, 100 }, { T0 + 10 * Minute, 110 } });
        const auto back = AlertRule::fromJson(rule.toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(back->line.points, rule.line.points);
        AlertRules rules;
        rules.set({ *back },
            { { QStringLiteral("BTCUSDT"), Decimal::fromUnits(1'000'000),
                Decimal::fromUnits(1) } });
        AlertList out;
        for (int second = -60; second <= 900; second += 15)
            rules.onPrice(0, 104.0, T0 + second * 1000, out);
        QCOMPARE(out.size(), 1);
        QVERIFY2(out[0].text.contains(QStringLiteral("BTCUSDT fell through the trend line at 104")),
            qPrintable(out[0].text));
        QCOMPARE(out[0].time, T0 + 240'000);

        // Every crossing, upwards only: the price jumping over the line and
        // back fires on each rise.
        AlertRule every = *back;
        every.frequency = AlertRule::Frequency::Every;
        every.cooldownSeconds = 0;
        every.direction = AlertRule::Direction::Up;
        rules.set({ every },
            { { QStringLiteral("BTCUSDT"), Decimal::fromUnits(1'000'000),
                Decimal::fromUnits(1) } });
        out.clear();
        for (int i = 0; i < 10; ++i)
            rules.onPrice(0, i % 2 ? 120.0 : 90.0, T0 + i * Minute, out);
        QCOMPARE(out.size(), 5); // the rises at 1, 3, 5, 7 and 9 minutes
        // Past the line's end it watches on, where the line would be (its
        // 20 minutes are 130): a trend line drawn to the newest candle.
        out.clear();
        for (int i = 11; i < 24; ++i)
            rules.onPrice(0, i % 2 ? 140.0 : 90.0, T0 + i * Minute, out);
        QCOMPARE(out.size(), 6); // the rises at 13, 15 … 23 minutes
        // Never before it starts.
        out.clear();
        rules.set({ every },
            { { QStringLiteral("BTCUSDT"), Decimal::fromUnits(1'000'000),
                Decimal::fromUnits(1) } });
        for (int i = -10; i < 0; ++i)
            rules.onPrice(0, i % 2 ? 140.0 : 90.0, T0 + i * Minute, out);
        QVERIFY(out.isEmpty());

        QString error;
        QJsonObject bad = rule.toJson();
        bad[QStringLiteral("line")]
            = QJsonObject { { QStringLiteral("kind"), QStringLiteral("rectangle") },
                  { QStringLiteral("points"), QJsonArray {} } };
        QVERIFY(!AlertRule::fromJson(bad, &error));
        QVERIFY2(error.startsWith(QStringLiteral("'line':")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDrawings)
#include "tst_drawings.moc"
