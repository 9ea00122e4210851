// Each venue's instrument rules (price tick, lot step, minimums) read from
// its REST API before a session starts, against a local server answering
// as each venue documents; and what a session uses when the venue is away.
#include "VenueTestServer.h"
#include "engine/VenueRules.h"
#include "feed/VenueInstruments.h"
#include "storage/Database.h"
#include "storage/StorageReader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace kairos;
using namespace kairos::venuetest;

namespace {

// GET /api/v3/exchangeInfo, trimmed to what Kairos reads (and one filter it does not).
QByteArray binanceInfo()
{
    auto symbol = [](const char *name, const char *tick, const char *step, const char *min) {
        return QJsonObject { { QStringLiteral("symbol"), QLatin1StringView(name) },
            { QStringLiteral("status"), QStringLiteral("TRADING") },
            { QStringLiteral("filters"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("filterType"), QStringLiteral("PRICE_FILTER") },
                        { QStringLiteral("minPrice"), QStringLiteral("0.01000000") },
                        { QStringLiteral("maxPrice"), QStringLiteral("1000000.00000000") },
                        { QStringLiteral("tickSize"), QLatin1StringView(tick) } },
                    QJsonObject { { QStringLiteral("filterType"), QStringLiteral("LOT_SIZE") },
                        { QStringLiteral("minQty"), QLatin1StringView(min) },
                        { QStringLiteral("maxQty"), QStringLiteral("9000.00000000") },
                        { QStringLiteral("stepSize"), QLatin1StringView(step) } },
                    QJsonObject { { QStringLiteral("filterType"), QStringLiteral("ICEBERG_PARTS") },
                        { QStringLiteral("limit"), 10 } },
                    QJsonObject { { QStringLiteral("filterType"), QStringLiteral("NOTIONAL") },
                        { QStringLiteral("minNotional"), QStringLiteral("5.00000000") },
                        { QStringLiteral("applyMinToMarket"), true } } } } };
    };
    return QJsonDocument(
        QJsonObject { { QStringLiteral("timezone"), QStringLiteral("UTC") },
            { QStringLiteral("symbols"),
                QJsonArray { symbol("BTCUSDT", "0.01000000", "0.00001000", "0.00001000"),
                    symbol("ETHUSDT", "0.01000000", "0.00010000", "0.00010000") } } })
        .toJson(QJsonDocument::Compact);
}

// GET /products: every product; Kairos takes the ones it trades.
QByteArray coinbaseProducts()
{
    auto product = [](const char *id, const char *quote, const char *base) {
        return QJsonObject { { QStringLiteral("id"), QLatin1StringView(id) },
            { QStringLiteral("quote_increment"), QLatin1StringView(quote) },
            { QStringLiteral("base_increment"), QLatin1StringView(base) },
            { QStringLiteral("min_market_funds"), QStringLiteral("1") },
            { QStringLiteral("status"), QStringLiteral("online") } };
    };
    return QJsonDocument(
        QJsonArray { product("SOL-USD", "0.01", "0.00000001"),
            product("BTC-USDT", "0.01", "0.00000001"), product("ETH-USDT", "0.01", "0.00000001") })
        .toJson(QJsonDocument::Compact);
}

// GET /0/public/AssetPairs: keyed by Kraken's own names, bitcoin as XBT.
QByteArray krakenPairs()
{
    auto pair = [](const char *ws, int lot, const char *tick) {
        return QJsonObject { { QStringLiteral("altname"), QString::fromLatin1(ws).remove(u'/') },
            { QStringLiteral("wsname"), QLatin1StringView(ws) },
            { QStringLiteral("pair_decimals"), 1 }, { QStringLiteral("lot_decimals"), lot },
            { QStringLiteral("tick_size"), QLatin1StringView(tick) },
            { QStringLiteral("ordermin"), QStringLiteral("0.00005") },
            { QStringLiteral("costmin"), QStringLiteral("0.5") } };
    };
    return QJsonDocument(
        QJsonObject { { QStringLiteral("error"), QJsonArray {} },
            { QStringLiteral("result"),
                QJsonObject { { QStringLiteral("XBTUSDT"), pair("XBT/USDT", 8, "0.1") },
                    { QStringLiteral("ETHUSDT"), pair("ETH/USDT", 8, "0.01") },
                    { QStringLiteral("XXBTZUSD"), pair("XBT/USD", 8, "0.1") } } } })
        .toJson(QJsonDocument::Compact);
}

VenueFeed::Options venueOptions(const QString &venue, const QUrl &rest)
{
    VenueFeed::Options o = options(venue, 1);
    o.restUrl = rest;
    return o;
}

} // namespace

class TestVenueInstruments : public QObject
{
    Q_OBJECT

private slots:
    void eachVenuesRulesAreRead_data()
    {
        QTest::addColumn<QString>("venue");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("quantityStep"); // BTC's
        QTest::addColumn<QString>("minQuantity");
        QTest::addColumn<QString>("minNotional");
        QTest::newRow("binance") << "binance" << binanceInfo() << "/api/v3/exchangeInfo"
                                 << "0.00001"
                                 << "0.00001"
                                 << "5";
        QTest::newRow("coinbase") << "coinbase" << coinbaseProducts() << "/products"
                                  << "0.00000001"
                                  << "0"
                                  << "1";
        QTest::newRow("kraken") << "kraken" << krakenPairs() << "/0/public/AssetPairs"
                                << "0.00000001"
                                << "0.00005"
                                << "0.5";
    }
    void eachVenuesRulesAreRead()
    {
        QFETCH(QString, venue);
        QFETCH(QByteArray, reply);
        QFETCH(QString, path);
        QFETCH(QString, quantityStep);
        QFETCH(QString, minQuantity);
        QFETCH(QString, minNotional);
        RestServer rest([&](const QUrl &) { return std::pair { 200, reply }; });
        VenueFeed::Options o = venueOptions(venue, rest.url());
        QString error;
        QVERIFY2(VenueInstruments::fetch(o, 5000, &error), qPrintable(error));
        QCOMPARE(rest.requests.size(), 1);
        QCOMPARE(rest.requests[0].path(), path);
        if (venue == u"binance")
            QCOMPARE(rest.requests[0].query(QUrl::FullyDecoded),
                QStringLiteral("symbols=[\"BTCUSDT\",\"ETHUSDT\"]"));
        // The feed's instruments carry them: the chart, the tables, the
        // ticket and the paper broker all read them from there.
        const VenueFeed feed(o);
        const Instrument btc = feed.instruments()[0];
        QCOMPARE(btc.symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(btc.priceIncrement,
            venue == u"kraken" ? *Decimal::parse("0.1") : *Decimal::parse("0.01"));
        QCOMPARE(btc.quantityIncrement, *Decimal::parse(quantityStep.toLatin1()));
        QCOMPARE(btc.minQuantity, *Decimal::parse(minQuantity.toLatin1()));
        QCOMPARE(btc.minNotional, *Decimal::parse(minNotional.toLatin1()));
        QCOMPARE(feed.instruments()[1].symbol, QStringLiteral("ETHUSDT"));
        QVERIFY(feed.instruments()[1].priceIncrement == *Decimal::parse("0.01"));
    }

    void whatTheVenueCannotSayIsAnError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("btcSet");
        QTest::newRow("server error") << 500 << QByteArray("{}") << "HTTP 500" << false;
        QTest::newRow("not json") << 200 << QByteArray("<html>") << "exchangeInfo" << false;
        QTest::newRow("bad tick") << 200 << binanceInfo().replace("0.01000000", "0.01.0")
                                  << "tickSize" << false;
        QTest::newRow("a step of 0") << 200 << binanceInfo().replace("\"0.00010000\"", "\"0\"")
                                     << "a step of 0 or below" << true;
        QTest::newRow("a pair missing")
            << 200 << binanceInfo().replace("ETHUSDT", "ETHBTC") << "lists no ETHUSDT" << true;
    }
    void whatTheVenueCannotSayIsAnError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QFETCH(bool, btcSet);
        RestServer rest([&](const QUrl &) { return std::pair { status, body }; });
        VenueFeed::Options o = venueOptions(QStringLiteral("binance"), rest.url());
        QString error;
        QVERIFY(!VenueInstruments::fetch(o, 5000, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(o.rules.contains(QStringLiteral("BTCUSDT")), btcSet);
        // Without rules a pair is exact to 1e-8, as before.
        const VenueFeed feed(o);
        QCOMPARE(feed.instruments()[1].priceIncrement, Decimal::fromUnits(1));
    }

    void aSilentVenueIsGivenUpOn()
    {
        RestServer rest([](const QUrl &) { return std::pair { 200, binanceInfo() }; });
        rest.holdWhile = [] { return true; };
        VenueFeed::Options o = venueOptions(QStringLiteral("binance"), rest.url());
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!VenueInstruments::fetch(o, 300, &error));
        QVERIFY(clock.elapsed() < 3000);
        QVERIFY2(error.contains(QStringLiteral("no answer")), qPrintable(error));
    }

    void aSessionFallsBackOnTheStepsItsDatabaseKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.db"));
        RestServer rest([](const QUrl &) { return std::pair { 200, binanceInfo() }; });
        VenueFeed::Options first = venueOptions(QStringLiteral("binance"), rest.url());
        QVERIFY(VenueRules::prepare(first, path).isEmpty());
        {
            // What the session's storage does with the feed's instruments.
            Database db;
            QVERIFY(db.open(path));
            StorageReader reader(db);
            QCOMPARE(reader.instrumentIds(VenueFeed(first).instruments(), true).size(), 2u);
        }
        RestServer down([](const QUrl &) { return std::pair { 503, QByteArray("{}") }; });
        VenueFeed::Options later = venueOptions(QStringLiteral("binance"), down.url());
        const QString warning = VenueRules::prepare(later, path);
        QVERIFY2(warning.contains(QStringLiteral("HTTP 503"))
                && warning.contains(QStringLiteral("using the ones session.db kept")),
            qPrintable(warning));
        const Instrument btc = VenueFeed(later).instruments()[0];
        QCOMPARE(btc.priceIncrement, *Decimal::parse("0.01"));
        QCOMPARE(btc.quantityIncrement, *Decimal::parse("0.00001"));
        // Nothing kept and nothing read: said, and exact to 1e-8.
        VenueFeed::Options fresh = venueOptions(QStringLiteral("binance"), down.url());
        const QString none = VenueRules::prepare(fresh, dir.filePath(QStringLiteral("new.db")));
        QVERIFY2(none.contains(QStringLiteral("exact to 1e-8")), qPrintable(none));
        QVERIFY(fresh.rules.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVenueInstruments)
#include "tst_venueinstruments.moc"
