// The venue adapters against a local venue (VenueTestServer.h): the
// stream, its connection's life, and what malformed frames do.
#include "VenueTestServer.h"

#include <atomic>
#include <memory>

using namespace kairos;
using namespace kairos::venuetest;

class TestVenueFeed : public QObject
{
    Q_OBJECT

private slots:
    void pairsAreNamedOneWay()
    {
        QString error;
        for (const char *text : { "BTC/USD", "btc-usd", "BTCUSD" })
            QCOMPARE(VenueSymbol::parse(QLatin1StringView(text), &error)->instrument(),
                QStringLiteral("BTCUSD"));
        const VenueSymbol pair = *VenueSymbol::parse(QStringLiteral("ethusdt"), &error);
        QCOMPARE(pair.quote, QStringLiteral("USDT"));
        QCOMPARE(VenueProtocol::create(QStringLiteral("binance"))->venueSymbol(pair),
            QStringLiteral("ETHUSDT"));
        QCOMPARE(VenueProtocol::create(QStringLiteral("coinbase"))->venueSymbol(pair),
            QStringLiteral("ETH-USDT"));
        QCOMPARE(VenueProtocol::create(QStringLiteral("kraken"))->venueSymbol(pair),
            QStringLiteral("ETH/USDT"));
        QVERIFY(!VenueSymbol::parse(QStringLiteral("BTCXYZ"), &error));
        QVERIFY(error.contains(QStringLiteral("BASE/QUOTE")));
        QVERIFY(!VenueSymbol::parse(QStringLiteral("BTC/U$D"), &error));
        QVERIFY(!VenueProtocol::create(QStringLiteral("mtgox")));
    }

    void tradesBecomeTicksAndCandles_data() { addVenueRows(); }
    void tradesBecomeTicksAndCandles()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        if (venue == u"binance") {
            QCOMPARE(server.requests.constFirst().path(), QStringLiteral("/stream"));
            QCOMPARE(server.requests.constFirst().query(),
                QStringLiteral("streams=btcusdt@trade/ethusdt@trade"));
        } else {
            // Subscribed at once (Coinbase closes a silent client after 5 s).
            QTRY_COMPARE(server.received.size(), 1);
            const QJsonObject request
                = QJsonDocument::fromJson(server.received.constFirst().toUtf8()).object();
            const QString text = server.received.constFirst();
            QVERIFY2(text.contains(venue == u"coinbase" ? QStringLiteral("\"BTC-USDT\"")
                                                        : QStringLiteral("\"BTC/USDT\"")),
                qPrintable(text));
            QVERIFY(text.contains(venue == u"coinbase" ? QStringLiteral("\"matches\"")
                                                       : QStringLiteral("\"trade\"")));
        }
        if (!d.heartbeat(0).isEmpty() && venue == u"kraken")
            server.send(d.heartbeat(0));
        server.send(d.trade("BTC", 100, "42000.10", "0.5", T0 + 1000));
        server.send(d.trade("BTC", 101, "42010.00", "0.25", T0 + 2000, true));
        server.send(d.trade("ETH", 7, "2200.5", "3", T0 + 2500));
        server.send(d.trade("BTC", 102, "41990.55", "1.00000001", T0 + 30'000));
        QTRY_COMPARE(sink.ticks.size(), 4);
        QCOMPARE(sink.ticks[0].side, Side::Buy);
        QCOMPARE(sink.ticks[1].side, Side::Sell);
        QCOMPARE(feed.instruments().constFirst().symbol, QStringLiteral("BTCUSDT"));
        const Candle btc = sink.minute(0);
        QCOMPARE(btc.time, T0);
        QCOMPARE(btc.open, *Decimal::parse("42000.10"));
        QCOMPARE(btc.high, *Decimal::parse("42010"));
        QCOMPARE(btc.low, *Decimal::parse("41990.55"));
        QCOMPARE(btc.close, *Decimal::parse("41990.55"));
        QCOMPARE(btc.volume, *Volume::parse("1.75000001"));
        QCOMPARE(btc.trades, 3u);
        QCOMPARE(sink.minute(1).volume, Volume::of(Decimal::fromInteger(3)));
        QCOMPARE(feed.health().malformed, 0);
        QCOMPARE(feed.health().trades, 4);
        QVERIFY(sink.gaps.isEmpty());
        QCOMPARE(sink.states.constFirst(), FeedStatus::State::Connecting);
        QCOMPARE(sink.states.constLast(), FeedStatus::State::Connected);
    }

    // A hundred billion coins in one trade was malformed (beyond a Decimal):
    // it is one trade, carried on as several ticks that add up to it.
    void aTradeBeyondADecimalIsKept_data() { addVenueRows(); }
    void aTradeBeyondADecimalIsKept()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 100, "42000", "100000000000.5", T0 + 1000));
        server.send(d.trade("BTC", 101, "42001", "2", T0 + 2000));
        QTRY_COMPARE(sink.ticks.size(), 3);
        QCOMPARE(feed.health().malformed, 0);
        QCOMPARE(feed.health().trades, 2);
        QCOMPARE(sink.ticks[1].continued, true);
        const Candle minute = sink.minute(0);
        QCOMPARE(minute.volume, *Volume::parse("100000000002.5"));
        QCOMPARE(minute.trades, 2u);
    }

    void interleavedPairsAtSecondBoundariesLoseNothing_data() { addVenueRows(); }
    void interleavedPairsAtSecondBoundariesLoseNothing()
    {
        // One connection, two pairs a little apart: ETH's trade at 01.010
        // reaches the engine a batch before BTC's at 00.990, whose second
        // BTC had already opened at 00.500. Before, the batch's clock was
        // ETH's newest trade: it closed BTC's second, and 00.990 was late.
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        qint64 btcId = 1;
        qint64 ethId = 1;
        int sent = 0;
        for (int second = 1; second <= 5; ++second) {
            const qint64 boundary = T0 + second * 1000;
            server.send(d.trade("BTC", btcId++, "42000", "1", boundary - 500));
            ++sent;
            QTRY_COMPARE(sink.ticks.size(), sent);
            server.send(d.trade("ETH", ethId++, "2000", "1", boundary + 10));
            ++sent;
            QTRY_COMPARE(sink.ticks.size(), sent); // its own batch
            server.send(d.trade("BTC", btcId++, "42000", "1", boundary - 10));
            ++sent;
            QTRY_COMPARE(sink.ticks.size(), sent);
        }
        QCOMPARE(sink.aggregator.counters().late, 0);
        QCOMPARE(sink.minute(0).trades + sink.minute(1).trades, 15u);
    }

    void aBusyEngineGetsFewerBiggerBatches()
    {
        const Dialect d { QStringLiteral("binance") };
        Venue server;
        VenueFeed feed(options(d.venue, server.port()));
        auto backlog = std::make_shared<std::atomic<int>>(MarketFeed::MaxBacklog);
        feed.setBacklog(backlog);
        QList<TickBatch> batches;
        connect(&feed, &MarketFeed::batchReady, &feed,
            [&batches](const TickBatch &batch) { batches.append(batch); });
        feed.start();
        QTRY_VERIFY(server.hasClient());
        for (int id = 1; id <= 20; ++id) {
            server.send(d.trade("BTC", id, "42000", "1", T0 + id * 100));
            QTest::qWait(10);
        }
        QTRY_COMPARE(feed.health().trades, 20);
        QTest::qWait(50);
        QVERIFY(batches.isEmpty()); // the engine's queue is full: nothing more goes in
        backlog->store(0);
        QTRY_COMPARE(batches.size(), 1);
        QCOMPARE(batches[0].ticks.size(), 20);
        QCOMPARE(backlog->load(), 1);
    }

    void malformedFramesAreCountedAndSkipped_data() { addVenueRows(); }
    void malformedFramesAreCountedAndSkipped()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        const QStringList bad {
            QStringLiteral("{not json"),
            d.trade("BTC", 5, nullptr, "1", T0 + 1000), // no price
            d.trade("BTC", 6, "abc", "1", T0 + 1000), // non-numeric price
            d.trade("BTC", 7, "100", "-2", T0 + 1000), // negative quantity
            d.trade("BTC", 8, "100", "1", 42), // absurd timestamp
            d.trade("DOGE", 9, "0.1", "1", T0 + 1000), // not subscribed
            d.notATrade(),
            // An id at the edge of its type: refused, never taken as the newest.
            d.trade("ETH", std::numeric_limits<qint64>::max(), "2000", "1", T0 + 1000),
        };
        int good = 0;
        for (int i = 0; i < 21; ++i) {
            server.send(d.trade("ETH", 100 + i, "2000", "1", T0 + i * 100));
            ++good;
            server.send(bad[i % bad.size()]);
        }
        server.send(d.venueError());
        QTRY_COMPARE(sink.ticks.size(), good);
        QTRY_COMPARE(feed.health().venueErrors, 1);
        QCOMPARE(feed.health().malformed, 21);
        QCOMPARE(feed.health().trades, good);
        QCOMPARE(sink.minute(1).trades, std::uint32_t(good));
        QCOMPARE(sink.ticks.constFirst().price, Decimal::fromInteger(2000));
        QCOMPARE(server.connections, 1); // the stream never stopped
        QVERIFY(sink.gaps.isEmpty());
    }

    void anOversizedMessageIsRefusedUnread()
    {
        const Dialect d { QStringLiteral("binance") };
        Venue server;
        VenueFeed feed(options(QStringLiteral("binance"), server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 1, "100", "1", T0));
        QTRY_COMPARE(sink.ticks.size(), 1);
        // 8 MiB of one message: refused, counted, and the feed goes on.
        server.send(QString(8 << 20, u'x'));
        QTRY_COMPARE_WITH_TIMEOUT(feed.health().oversized, 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(server.connections == 2 && server.hasClient(), 15'000);
        server.send(d.trade("BTC", 2, "101", "1", T0 + 1000));
        QTRY_COMPARE(sink.ticks.size(), 2);
    }

    void aServerCloseReconnectsResubscribesAndRecordsTheGap_data() { addVenueRows(); }
    void aServerCloseReconnectsResubscribesAndRecordsTheGap()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 1, "100", "1", T0));
        QTRY_COMPARE(sink.ticks.size(), 1);
        const qsizetype subscriptions = server.received.size();
        server.closeFromServer();
        QTRY_COMPARE(server.connections, 2);
        QTRY_VERIFY(server.hasClient());
        QCOMPARE(server.requests.last(), server.requests.first());
        QTRY_COMPARE(server.received.size(), 2 * subscriptions); // subscribed again
        QCOMPARE(server.received.mid(subscriptions), server.received.first(subscriptions));
        // The venue repeats the last trade (Kraken's snapshot does) and then
        // continues after a hole.
        server.send(d.trade("BTC", 1, "100", "1", T0));
        server.send(d.trade("BTC", 5, "101", "1", T0 + 5000));
        QTRY_COMPARE(sink.ticks.size(), 2);
        QCOMPARE(feed.health().duplicates, 1);
        QCOMPARE(feed.health().reconnects, 1);
        QTRY_COMPARE(sink.gaps.size(), 2);
        QCOMPARE(sink.gaps[0].reason, QStringLiteral("disconnected"));
        QVERIFY(sink.gaps[0].symbol.isEmpty());
        QVERIFY(sink.gaps[0].end >= sink.gaps[0].start);
        QCOMPARE(sink.gaps[1].symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(sink.gaps[1].start, T0);
        QCOMPARE(sink.gaps[1].end, T0 + 5000);
        QVERIFY(sink.gaps[1].reason.contains(QStringLiteral("1 to 5")));
        QVERIFY(sink.states.contains(FeedStatus::State::Reconnecting));
        QCOMPARE(feed.health().gaps, 2);
        // Nothing invented: the minute holds exactly the two real trades.
        QCOMPARE(sink.minute(0).trades, 2u);
    }

    void anAbruptDropReconnects_data() { addVenueRows(); }
    void anAbruptDropReconnects()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        VenueFeed feed(options(venue, server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("ETH", 2, "1999", "1", T0));
        QTRY_COMPARE(sink.ticks.size(), 1);
        server.drop();
        QTRY_COMPARE(server.connections, 2);
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("ETH", 3, "2000", "1", T0 + 10));
        QTRY_COMPARE(sink.ticks.size(), 2);
        QCOMPARE(feed.health().reconnects, 1);
        QCOMPARE(sink.gaps.size(), 1); // the disconnect; trade ids continue
        QCOMPARE(sink.minute(1).close, Decimal::fromInteger(2000));
    }

    void silenceBeyondTheWatchdogReconnects_data() { addVenueRows(); }
    void silenceBeyondTheWatchdogReconnects()
    {
        QFETCH(QString, venue);
        const Dialect d { venue };
        Venue server;
        Relay relay(server.port());
        VenueFeed feed(options(venue, relay.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 10, "100", "1", T0));
        QTRY_COMPARE(sink.ticks.size(), 1);
        // Heartbeats keep a quiet market alive…
        for (int i = 0; i < 6 && venue != u"binance"; ++i) {
            server.send(d.heartbeat(10));
            QTest::qWait(100);
        }
        QCOMPARE(feed.health().reconnects, 0);
        // …but a connection that says nothing at all (no data, no pong) is stale.
        relay.frozen = true;
        QTRY_VERIFY(sink.states.contains(FeedStatus::State::Stale));
        // The next handshake goes into the silence too, and times out.
        QTRY_VERIFY(feed.health().reconnects >= 2);
        relay.frozen = false;
        QTRY_COMPARE(server.connections, 2);
        QTRY_COMPARE(sink.states.constLast(), FeedStatus::State::Connected);
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 11, "101", "1", T0 + 100));
        QTRY_COMPARE(sink.ticks.size(), 2);
    }

    void aConnectionIsRenewedBeforeTheVenuesLimit()
    {
        const Dialect d { QStringLiteral("binance") };
        Venue server;
        VenueFeed::Options o = options(d.venue, server.port());
        o.staleMs = 10'000;
        o.maxConnectionMs = 300; // Binance: 24 hours
        VenueFeed feed(o);
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        server.send(d.trade("BTC", 1, "100", "1", T0));
        QTRY_COMPARE_WITH_TIMEOUT(server.connections, 2, 5000);
        QTRY_COMPARE(sink.states.constLast(), FeedStatus::State::Connected);
        server.send(d.trade("BTC", 2, "101", "1", T0 + 10));
        QTRY_COMPARE(sink.ticks.size(), 2); // the stream goes on, nothing lost
    }

    void aVenueThatIsDownIsRetried()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port nobody listens on, for now
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        VenueFeed feed(options(QStringLiteral("kraken"), port));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(feed.health().reconnects >= 2);
        QVERIFY(sink.states.contains(FeedStatus::State::Reconnecting));
        QVERIFY(!sink.states.contains(FeedStatus::State::Connected));
        Venue server(port);
        QTRY_VERIFY(server.hasClient());
        QTRY_COMPARE(sink.states.constLast(), FeedStatus::State::Connected);
        QVERIFY(sink.gaps.isEmpty()); // nothing was missed: there was no stream yet
    }

    void stopEndsTheConnection()
    {
        Venue server;
        VenueFeed feed(options(QStringLiteral("coinbase"), server.port()));
        Sink sink(feed);
        feed.start();
        QTRY_VERIFY(server.hasClient());
        feed.stop();
        QCOMPARE(sink.states.constLast(), FeedStatus::State::Stopped);
        QTest::qWait(300);
        QCOMPARE(server.connections, 1); // no reconnect after a deliberate stop
    }
};

QTEST_GUILESS_MAIN(TestVenueFeed)
#include "tst_venuefeed.moc"
