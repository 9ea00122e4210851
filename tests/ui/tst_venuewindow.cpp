// The window on a venue feed, end to end: a local server speaking Binance's
// trade stream, the real VenueFeed and engine on their threads, the real
// main window. The connection shows in the status bar and every transition
// and gap is an alert; a gap is drawn on the chart.
#include "MainWindow.h"
#include "SessionWiring.h"
#include "chart/CandleChart.h"
#include "dialogs/FeedHealthDialog.h"
#include "engine/LiveSession.h"
#include "feed/VenueFeed.h"
#include "panels/AlertsModel.h"
#include "panels/FeedStatusLabel.h"
#include "panels/TradingPanel.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace kairos;

namespace {

QString trade(qint64 id, const char *price, qint64 time)
{
    return QStringLiteral("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":")
        + QString::number(time) + QStringLiteral(",\"s\":\"BTCUSDT\",\"t\":") + QString::number(id)
        + QStringLiteral(",\"p\":\"") + QLatin1StringView(price)
        + QStringLiteral("\",\"q\":\"0.5\",\"T\":") + QString::number(time)
        + QStringLiteral(",\"m\":false,\"M\":true}}");
}

bool hasAlert(const AlertsModel *alerts, AlertSeverity severity, const QString &text)
{
    for (int row = 0; row < alerts->rowCount(); ++row) {
        const Alert &alert = alerts->itemAt(row);
        if (alert.source == u"feed" && alert.severity == severity && alert.text.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestVenueWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void connectionGapsAndReconnectsReachTheUser()
    {
        auto server = std::make_unique<QWebSocketServer>(
            QStringLiteral("venue"), QWebSocketServer::NonSecureMode);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        const quint16 port = server->serverPort();
        QList<QWebSocket *> clients;
        const auto accept = [&clients](QWebSocketServer *s) {
            QObject::connect(s, &QWebSocketServer::newConnection, s,
                [s, &clients] { clients.append(s->nextPendingConnection()); });
        };
        accept(server.get());

        VenueFeed::Options options;
        options.venue = QStringLiteral("binance");
        QString error;
        options.symbols = { *VenueSymbol::parse(QStringLiteral("BTC/USDT"), &error) };
        options.baseUrl = QUrl(QStringLiteral("ws://127.0.0.1:") + QString::number(port));
        options.firstBackoffMs = 600;
        options.maxBackoffMs = 600;
        options.healthIntervalMs = 100;
        options.backfill = false; // loopback only: no REST API here
        options.backfill = false; // loopback only: no REST API here
        LiveSession session(new VenueFeed(options));
        MainWindow window(session.instruments(), QStringLiteral("binance:BTC/USDT"));
        connectWindowToEngine(window, session.engine());
        connectViews(window, session.engine());
        connectWindowToFeed(window, session.feed());
        auto *label = window.findChild<FeedStatusLabel *>(QStringLiteral("feedStatus"));
        QVERIFY(label);
        session.start();
        window.showChart(0, Timeframe::fromSeconds(60));
        window.show();
        const AlertsModel *alerts = window.tradingPanel()->alerts();

        QTRY_COMPARE(clients.size(), 1);
        QTRY_VERIFY2(
            label->text().contains(QStringLiteral("connected")), qPrintable(label->text()));
        QTRY_VERIFY(hasAlert(alerts, AlertSeverity::Info, QStringLiteral("binance: connected")));

        // Trades 1–3, then 10: six trades never came.
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 10 * 60'000;
        for (int id : { 1, 2, 3 })
            clients.last()->sendTextMessage(trade(id, "42000.5", t0 + id * 60'000));
        clients.last()->sendTextMessage(trade(10, "42100", t0 + 9 * 60'000));
        QTRY_COMPARE(window.chart()->gaps().count(), 1);
        QTRY_VERIFY(hasAlert(alerts, AlertSeverity::Warning, QStringLiteral("trade id jumped")));
        QTRY_COMPARE(label->health().trades, 4);

        label->showHealth();
        auto *health = window.findChild<FeedHealthDialog *>();
        QVERIFY(health);
        QTRY_COMPARE(health->value(QStringLiteral("trades")), QStringLiteral("4"));
        QCOMPARE(health->value(QStringLiteral("gaps")), QStringLiteral("1"));

        // The venue goes away: the status bar counts down, an alert says so.
        server->close();
        clients.last()->abort();
        QTRY_VERIFY2(
            label->text().contains(QStringLiteral("reconnecting in")), qPrintable(label->text()));
        QTRY_VERIFY(hasAlert(alerts, AlertSeverity::Warning, QStringLiteral("reconnecting")));

        // It comes back on the same port: connected again, and the time it
        // was away is a gap on the chart too.
        server = std::make_unique<QWebSocketServer>(
            QStringLiteral("venue"), QWebSocketServer::NonSecureMode);
        QVERIFY(server->listen(QHostAddress::LocalHost, port));
        accept(server.get());
        QTRY_COMPARE_WITH_TIMEOUT(clients.size(), 2, 10'000);
        QTRY_VERIFY(label->text().contains(QStringLiteral("connected")));
        QTRY_COMPARE(window.chart()->gaps().count(), 2);
        QTRY_VERIFY(hasAlert(alerts, AlertSeverity::Warning, QStringLiteral("disconnected")));
        QVERIFY(label->health().reconnects >= 1);
        session.shutdown();
        for (QWebSocket *client : std::as_const(clients))
            delete client;
    }
};

QTEST_MAIN(TestVenueWindow)
#include "tst_venuewindow.moc"
