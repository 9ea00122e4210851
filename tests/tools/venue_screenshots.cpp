// Takes the README's venue screenshots from the real window and engine on a
// venue feed, against a local server that speaks Binance's trade stream:
// a gap on the chart (three hours of trades with fifteen minutes missing,
// found by the jump in trade ids) and the status bar counting down to the
// next reconnect after the venue went away.
//
//   venue_screenshots OUTPUT_FOLDER
//
// Run it under Xvfb (or QT_QPA_PLATFORM=offscreen) with a fresh
// XDG_CONFIG_HOME, so no saved settings change the pictures.

#include "MainWindow.h"
#include "SessionWiring.h"
#include "Theme.h"
#include "dialogs/AlertRulesDialog.h"
#include "dialogs/FeedDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "engine/LiveSession.h"
#include "feed/VenueFeed.h"
#include "panels/TradingPanel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cmath>

using namespace kairos;

namespace {

QString trade(qint64 id, double price, double quantity, qint64 time, bool takerSold)
{
    return QStringLiteral("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":")
        + QString::number(time) + QStringLiteral(",\"s\":\"BTCUSDT\",\"t\":") + QString::number(id)
        + QStringLiteral(",\"p\":\"") + QString::number(price, 'f', 2)
        + QStringLiteral("\",\"q\":\"") + QString::number(quantity, 'f', 5)
        + QStringLiteral("\",\"T\":") + QString::number(time) + QStringLiteral(",\"m\":")
        + (takerSold ? u"true" : u"false") + QStringLiteral(",\"M\":true}}");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kairos"));
    QApplication::setOrganizationName(QStringLiteral("Kairos"));
    if (argc < 2) {
        QTextStream(stderr) << "usage: venue_screenshots OUTPUT_FOLDER" << Qt::endl;
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    applyTheme(app, Theme::Dark);

    QWebSocketServer server(QStringLiteral("venue"), QWebSocketServer::NonSecureMode);
    server.listen(QHostAddress::LocalHost, 0);
    QWebSocket *client = nullptr;
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
        client = server.nextPendingConnection();
        // Three hours, a trade every ten seconds, and fifteen minutes the
        // venue never delivered (ids jump over them).
        QRandomGenerator random(5);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 start = now - 3 * 3600 * 1000;
        double price = 64'250.0;
        qint64 id = 1'000'000;
        for (qint64 t = start; t < now; t += 10'000) {
            price *= std::exp((random.generateDouble() - 0.5) * 0.0025);
            const bool missing = t > start + 115 * 60'000 && t < start + 130 * 60'000;
            ++id;
            if (!missing)
                client->sendTextMessage(
                    trade(id, price, 0.01 + random.generateDouble(), t, random.bounded(2) == 0));
        }
    });

    VenueFeed::Options options;
    options.venue = QStringLiteral("binance");
    QString error;
    options.symbols = { *VenueSymbol::parse(QStringLiteral("BTC/USDT"), &error) };
    options.baseUrl
        = QUrl(QStringLiteral("ws://127.0.0.1:") + QString::number(server.serverPort()));
    options.firstBackoffMs = 8000;
    options.backfill = false; // the gap stays a gap
    options.backfill = false; // the gap stays a gap
    LiveSession session(new VenueFeed(options));
    MainWindow window(session.instruments(), QStringLiteral("binance:BTC/USDT"));
    connectWindowToEngine(window, session.engine());
    connectViews(window, session.engine());
    connectWindowToFeed(window, session.feed());
    session.start();
    window.showChart(0, window.chartTimeframe());
    window.show();

    auto save = [&out](QWidget *widget, const char *name) {
        const QString path = out.filePath(QLatin1StringView(name));
        if (!widget->grab().save(path))
            QTextStream(stderr) << "cannot save " << path << Qt::endl;
    };

    QTimer::singleShot(4000, &window, [&] {
        window.tradingPanel()->showTab(3); // the alerts: the gap is one
        QApplication::processEvents();
        save(&window, "gap-marker.png");
        // The venue goes away: the window counts down to the next attempt.
        server.close();
        client->abort();
        QTimer::singleShot(1500, &window, [&] {
            save(&window, "reconnecting.png");
            save(window.statusBar(), "reconnecting-status-bar.png");
            FeedSpec spec;
            spec.kind = FeedSpec::Kind::Venue;
            spec.venue = options;
            FeedDialog dialog(spec, true, &window);
            dialog.pairsField()->setText(QStringLiteral("BTC/USDT, ETH/USDT, SOL-USDT"));
            dialog.show();
            QApplication::processEvents();
            save(&dialog, "feed-dialog.png");
            dialog.close();
            PreferencesDialog preferences(&window);
            preferences.findChild<QTabWidget *>()->setCurrentIndex(2); // notifications
            preferences.show();
            QApplication::processEvents();
            save(&preferences, "preferences.png");
            preferences.close();
            AlertRuleList examples(4);
            examples[0].symbol = QStringLiteral("BTCUSDT");
            examples[0].level = 65'000;
            examples[1].kind = AlertRule::Kind::IndicatorCrosses;
            examples[1].symbol = QStringLiteral("BTCUSDT");
            examples[1].timeframeSeconds = 3600;
            examples[1].level = 70;
            examples[1].severity = AlertSeverity::Info;
            examples[2].kind = AlertRule::Kind::SignalFired;
            examples[2].severity = AlertSeverity::Info;
            examples[3].kind = AlertRule::Kind::PositionPnl;
            examples[3].level = 500;
            examples[3].severity = AlertSeverity::Critical;
            AlertRulesDialog rules(examples, session.instruments(), &window);
            rules.show();
            QApplication::processEvents();
            save(&rules, "alert-rules.png");
            QApplication::quit();
        });
    });
    return app.exec();
}
