// Takes the README's trading screenshots from the real window and engine on
// the simulator: the trading panels after some paper trading, a bracket
// bought from the ticket with its lines on the chart, the risk limits
// dialog explaining an invalid value, the kill switch engaged with orders
// working, and the HALTED state after the circuit breaker tripped.
//
//   screenshots OUTPUT_FOLDER [de]
//
// With "de" the window is German (its numbers too) and only the trading
// panels are taken, with the meme coin's chart, as trading-panels-de.png.
//
// Run it under Xvfb (or QT_QPA_PLATFORM=offscreen) with a fresh
// XDG_CONFIG_HOME, so no saved settings change the pictures.

#include "MainWindow.h"
#include "SessionWiring.h"
#include "Theme.h"
#include "chart/CandleChart.h"
#include "dialogs/RiskLimitsDialog.h"
#include "engine/LiveSession.h"
#include "feed/SimulatedFeed.h"
#include "panels/OrderTicket.h"
#include "panels/TradingPanel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <functional>

using namespace kairos;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kairos"));
    QApplication::setOrganizationName(QStringLiteral("Kairos"));
    if (argc < 2) {
        QTextStream(stderr) << "usage: screenshots OUTPUT_FOLDER [de]" << Qt::endl;
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const bool german = argc > 2 && QByteArrayView(argv[2]) == "de";
    QTranslator translator;
    if (german) {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        if (!translator.load(QStringLiteral(":/i18n/kairos_de.qm"))) {
            QTextStream(stderr) << "no German translation" << Qt::endl;
            return 1;
        }
        QCoreApplication::installTranslator(&translator);
    }
    applyTheme(app, Theme::Dark);

    SimulatorConfig config;
    // Six majors and a meme coin, each quoted to its own tick.
    config.symbols = SimulatorConfig::defaultSymbols(6);
    config.symbols.append(SimulatorConfig::defaultSymbols(11).constLast());
    config.ticksPerSecond = 400;
    config.seed = 11;
    config.startTime = QDateTime::currentMSecsSinceEpoch();
    config.historySeconds = 8 * 3600;
    LiveSession session(new SimulatedFeed(config));
    MainWindow window(session.instruments(), QStringLiteral("Simulator"));
    connectWindowToEngine(window, session.engine());
    connectViews(window, session.engine());
    // Trade actively: signals on 1 s candles, a fifth of equity each,
    // auto-trading on (replayed history is never traded).
    StrategyConfig strategy = StrategyConfig::standard();
    strategy.timeframe = Timeframe::fromSeconds(1);
    strategy.sizing.mode = OrderSizing::Mode::PercentOfEquity;
    strategy.sizing.value = Decimal::fromInteger(20);
    window.setStrategy(strategy);
    window.setAutoTrade(true);
    RiskLimits busy = window.riskLimits(); // no pause after a loss: orders keep working
    busy.cooldownAfterLossSeconds = 0;
    window.setRiskLimits(busy);
    session.start();
    // In German, the meme coin's chart: its prices to 1e-8, its volumes in
    // the hundreds of billions.
    window.showChart(german ? quint32(config.symbols.size() - 1) : 0, window.chartTimeframe());
    window.show();

    auto save = [&out](QWidget *widget, const char *name) {
        const QString path = out.filePath(QLatin1StringView(name));
        if (!widget->grab().save(path))
            QTextStream(stderr) << "cannot save " << path << Qt::endl;
    };

    const std::function<void()> runDialogsAndKillSwitch = [&] {
        RiskLimitsDialog dialog(window.riskLimits(), &window);
        dialog.amountField(QStringLiteral("maxOrderNotional"))->setText(QStringLiteral("25,000"));
        dialog.amountField(QStringLiteral("dailyLossLimit"))->setText(QStringLiteral("-500"));
        dialog.show();
        QApplication::processEvents();
        save(&dialog, "risk-limits-dialog.png");
        dialog.close();

        // Orders working, then the kill switch: each is cancelled at once.
        for (const char *price : { "1000", "1100", "1200" }) {
            Order order;
            order.symbol = 1;
            order.type = OrderType::Limit;
            order.limitPrice = *Decimal::parse(price);
            order.quantity = Decimal::fromInteger(1);
            order.reason = QStringLiteral("resting bid");
            emit window.orderRequested(order);
        }
        QTimer::singleShot(1500, &window, [&] {
            RiskLimits killed = window.riskLimits();
            killed.killSwitch = true;
            window.setRiskLimits(killed);
            QTimer::singleShot(1500, &window, [&] {
                window.tradingPanel()->showTab(3);
                QApplication::processEvents();
                save(&window, "kill-switch.png");
                RiskLimits released = window.riskLimits();
                released.killSwitch = false;
                // A daily loss limit of one cent trips the breaker at the next move.
                released.dailyLossLimit = Decimal::fromUnits(1'000'000);
                window.setRiskLimits(released);
            });
        });
        QTimer::singleShot(6000, &window, [&] {
            window.tradingPanel()->showTab(3); // the alerts, with the CRITICAL one on top
            QTimer::singleShot(200, &window, [&] {
                save(&window, "halted.png");
                QApplication::quit();
            });
        });
    };

    QTimer::singleShot(20'000, &window, [&] {
        window.tradingPanel()->showTab(0);
        QApplication::processEvents();
        save(&window, german ? "trading-panels-de.png" : "trading-panels.png");
        if (german) {
            QApplication::quit();
            return;
        }

        // Trading from the chart: a bracket bought from the ticket (its
        // take-profit and stop-loss lines, the position's average entry)
        // and a resting bid below the market.
        auto *chart = window.findChild<CandleChart *>();
        const double last = chart->latestCandle()->close.toDouble();
        const auto price = [](double value) { return QString::number(value, 'f', 2); };
        OrderTicket *ticket = window.orderTicket();
        ticket->findChild<QLineEdit *>(QStringLiteral("Quantity"))->setText(QStringLiteral("0.05"));
        ticket->findChild<QLineEdit *>(QStringLiteral("TakeProfit"))->setText(price(last * 1.002));
        ticket->findChild<QLineEdit *>(QStringLiteral("StopLoss"))->setText(price(last * 0.998));
        ticket->findChild<QPushButton *>(QStringLiteral("Buy"))->click();
        Order bid;
        bid.type = OrderType::Limit;
        bid.limitPrice = *Decimal::parse(price(last * 0.999).toLatin1());
        bid.quantity = *Decimal::parse("0.05");
        bid.reason = QStringLiteral("resting bid");
        emit window.orderRequested(bid);
        QTimer::singleShot(1500, &window, [&] {
            window.tradingPanel()->showTab(1);
            QApplication::processEvents();
            save(&window, "chart-orders.png");
        });
        QTimer::singleShot(2000, &window, [&] {
            // The kill switch's picture shows its own three orders.
            emit window.cancelAllRequested();
            emit window.flattenRequested(0);
            runDialogsAndKillSwitch();
        });
    });
    return app.exec();
}
