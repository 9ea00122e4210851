#include "MainWindow.h"

#include "AlertNotifier.h"
#include "AppSettings.h"
#include "ChartLayoutMenu.h"
#include "ChartStyleMenus.h"
#include "ChartWorkspace.h"
#include "DatabaseActions.h"
#include "DrawingActions.h"
#include "Settings.h"
#include "StudiesMenu.h"
#include "chart/CandleChart.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AlertRulesDialog.h"
#include "dialogs/BrokerDialog.h"
#include "dialogs/FeedDialog.h"
#include "dialogs/IndicatorDialog.h"
#include "dialogs/OrdersHelpDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/RiskLimitsDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/StrategyDialog.h"
#include "execution/OrderHistory.h"
#include "execution/TradesCsvWriter.h"
#include "model/InstrumentRules.h"
#include "model/LocaleDecimal.h"
#include "panels/AlertsModel.h"
#include "panels/FillsModel.h"
#include "panels/HistoryProgress.h"
#include "panels/OrderHistoryModel.h"
#include "panels/OrderTicket.h"
#include "panels/ReadOnlyTable.h"
#include "panels/SignalsModel.h"
#include "panels/TradingPanel.h"
#include "panels/WatchlistModel.h"
#include "storage/ChartHistoryLoader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QToolBar>

namespace kairos {

MainWindow::MainWindow(const InstrumentList &instruments, const QString &feedName, QWidget *parent)
    : QMainWindow(parent)
    , m_instruments(instruments)
    , m_charts(new ChartWorkspace(instruments, this))
    , m_watchlist(new WatchlistModel(this))
    , m_signals(new SignalsModel(instruments, this))
    , m_indicatorParams(AppSettings::indicatorParams())
    , m_strategy(AppSettings::strategy(&m_settingsProblems))
    , m_riskLimits(AppSettings::riskLimits(&m_settingsProblems))
    , m_broker(AppSettings::broker(&m_settingsProblems))
    , m_autoTrade(AppSettings::autoTrade())
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_charts);
    m_watchlist->setInstruments(instruments);
    connect(m_charts, &ChartWorkspace::chartAdded, this, &MainWindow::wireChart);
    QString layoutProblem;
    m_charts->restoreSaved(&layoutProblem);
    if (!layoutProblem.isEmpty())
        m_settingsProblems.append(
            { 0, AlertSeverity::Warning, QStringLiteral("settings"), layoutProblem });
    setupActions();
    setupIndicatorMenu();
    setupWatchlist();
    setupSignals();
    setupTrading();
    setupAlertsMenu();
    setupHelpMenu();
    setupStatusBar(feedName);
    resize(1440, 900);
    connect(m_charts, &ChartWorkspace::activeChartChanged, this, &MainWindow::followActiveChart);
    connect(m_charts, &ChartWorkspace::subscriptionsChanged, this, [this] {
        followActiveChart();
        announceCharts();
    });
    followActiveChart();
    m_defaultLayout = saveState();
    restoreGeometry(Settings::windowGeometry.value());
    restoreState(Settings::windowState.value());
}

CandleChart *MainWindow::chart() const
{
    return m_charts->activeChart();
}

quint32 MainWindow::chartSymbol() const
{
    return m_charts->symbolOf(chart());
}

Timeframe MainWindow::chartTimeframe() const
{
    return m_charts->timeframeOf(chart());
}

void MainWindow::saveLayout()
{
    Settings::windowGeometry.setValue(saveGeometry());
    Settings::windowState.setValue(saveState());
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout);
    Settings::windowState.reset();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadAlertSwitches();
    if (dialog.appearanceChanged())
        emit appearanceChanged();
}

void MainWindow::setupActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_feedAction = fileMenu->addAction(tr("Market data &feed…"), this, &MainWindow::chooseFeed);
    m_feedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *preferences
        = fileMenu->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    fileMenu->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QToolBar *toolbar = addToolBar(tr("Chart"));
    toolbar->setObjectName(QStringLiteral("ChartToolBar"));
    toolbar->setMovable(false);
    QMenu *chartMenu = menuBar()->addMenu(tr("&Chart"));

    m_timeframeGroup = new QActionGroup(this);
    const QList<Timeframe> &timeframes = Timeframe::standard();
    for (qsizetype i = 0; i < timeframes.size(); ++i) {
        const Timeframe tf = timeframes[i];
        QAction *action = m_timeframeGroup->addAction(tf.label());
        action->setCheckable(true);
        action->setChecked(tf == chartTimeframe());
        action->setToolTip(tr("Show %1 candles").arg(tf.label()));
        action->setShortcut(QKeySequence(QStringLiteral("Alt+%1").arg(i + 1)));
        connect(action, &QAction::triggered, this, [this, tf] { showChart(chartSymbol(), tf); });
        toolbar->addAction(action);
        chartMenu->addAction(action);
    }
    toolbar->addSeparator();
    chartMenu->addSeparator();

    m_followAction = new QAction(tr("Follow latest"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setShortcut(QKeySequence(Qt::Key_End));
    m_followAction->setToolTip(
        tr("Keep the latest candle in view (End). Panning or zooming turns this off."));
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        if (CandleChart *active = chart())
            active->setFollowing(on);
    });
    toolbar->addAction(m_followAction);
    chartMenu->addAction(m_followAction);
    chartMenu->addSeparator();
    new ChartStyleMenus(chartMenu, m_charts, this);
    chartMenu->addSeparator();
    new ChartLayoutMenu(chartMenu, m_charts, this);
}

void MainWindow::wireChart(CandleChart *chart)
{
    connect(chart, &CandleChart::followingChanged, this, [this, chart](bool on) {
        if (chart == this->chart())
            m_followAction->setChecked(on);
    });
    connect(chart, &CandleChart::modifyOrderRequested, this, &MainWindow::modifyOrderRequested);
    connect(chart, &CandleChart::modifyCheckRequested, this, &MainWindow::modifyCheckRequested);
    connect(chart, &CandleChart::flattenRequested, this, &MainWindow::flattenRequested);
    connect(chart, &CandleChart::reverseRequested, this, &MainWindow::reverseRequested);
    connect(chart, &CandleChart::placeOrderRequested, this,
        [this, chart](Side side, OrderType type, const Decimal &price) {
            // The ticket's quantity, as its Buy and Sell buttons would send.
            QString problem;
            const auto quantity = m_ticket->quantity(&problem);
            if (!quantity) {
                statusBar()->showMessage(problem, 8000);
                return;
            }
            Order order;
            order.symbol = m_charts->symbolOf(chart);
            order.side = side;
            order.type = type;
            order.quantity = *quantity;
            (type == OrderType::Limit ? order.limitPrice : order.stopPrice) = price;
            order.reason = tr("placed on the chart");
            emit orderRequested(order);
        });
    ChartStudies *studies = chart->studies();
    for (int o = 0; o < ChartStudies::OverlayCount; ++o) {
        const auto overlay = ChartStudies::Overlay(o);
        studies->setOverlayVisible(
            overlay, AppSettings::overlayVisible(overlay, studies->isOverlayVisible(overlay)));
    }
    for (int p = 0; p < ChartStudies::PaneCount; ++p) {
        const auto pane = ChartStudies::Pane(p);
        studies->setPaneVisible(pane, AppSettings::paneVisible(pane, studies->isPaneVisible(pane)));
    }
    chart->setReadOnly(!m_following.isEmpty());
    if (m_historyLoader)
        connectHistory(chart);
}

void MainWindow::connectHistory(CandleChart *chart)
{
    connect(chart, &CandleChart::olderCandlesWanted, m_historyLoader, &ChartHistoryLoader::load);
    connect(m_historyLoader, &ChartHistoryLoader::loaded, chart, &CandleChart::addOlder);
}

void MainWindow::followActiveChart()
{
    CandleChart *active = chart();
    if (!active || !m_ticket)
        return;
    const quint32 symbol = chartSymbol();
    // One symbol in focus: the active chart's is the watchlist's and the ticket's.
    if (m_watchlistView->currentIndex().row() != int(symbol))
        m_watchlistView->selectRow(int(symbol));
    m_ticket->setSymbol(symbol);
    const QString label = chartTimeframe().label();
    for (QAction *action : m_timeframeGroup->actions())
        action->setChecked(action->text() == label);
    m_followAction->setChecked(active->isFollowing());
    updateTitle();
}

void MainWindow::setupWatchlist()
{
    m_watchlistView = new QTableView;
    m_watchlistView->setObjectName(QStringLiteral("Watchlist"));
    m_watchlistView->setModel(m_watchlist);
    m_watchlistView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_watchlistView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_watchlistView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_watchlistView->verticalHeader()->hide();
    m_watchlistView->setShowGrid(false);
    m_watchlistView->setAlternatingRowColors(true);
    m_watchlistView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_watchlistView->selectRow(0);
    connect(m_watchlistView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                m_charts->show(quint32(current.row()), chartTimeframe());
        });

    auto *dock = new QDockWidget(tr("Watchlist"), this);
    dock->setObjectName(QStringLiteral("WatchlistDock"));
    dock->setWidget(m_watchlistView);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({ dock }, { 300 }, Qt::Horizontal);
}

void MainWindow::setupIndicatorMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Indicators"));
    new StudiesMenu(menu, m_charts, this);
    menu->addSeparator();
    menu->addAction(tr("&Periods…"), this, &MainWindow::editIndicators);
    m_drawings = new DrawingActions(menuBar()->addMenu(tr("&Draw")), m_charts, this);
    connect(m_drawings, &DrawingActions::alertRequested, this, [this](const AlertRule &rule) {
        applyAlertRules(m_alertRules + AlertRuleList { rule });
        statusBar()->showMessage(tr("Alert added: %1").arg(rule.describe()), 8000);
    });
    connect(m_drawings, &DrawingActions::drawingChanged, this,
        [this](const Drawing &drawing, bool removed) {
            AlertRuleList rules = m_alertRules;
            if (AlertRule::followDrawing(rules, drawing, removed))
                applyAlertRules(rules);
        });
    connect(m_drawings, &DrawingActions::problem, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    QMenu *strategyMenu = menuBar()->addMenu(tr("&Strategy"));
    m_strategyMenu = strategyMenu;
    QAction *edit = strategyMenu->addAction(tr("&Edit strategy…"), this, &MainWindow::editStrategy);
    edit->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
}

void MainWindow::setupSignals()
{
    QTableView *view = makeReadOnlyTable(m_signals, QStringLiteral("Signals"));
    auto *dock = new QDockWidget(tr("Signals"), this);
    dock->setObjectName(QStringLiteral("SignalsDock"));
    dock->setWidget(view);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { 150 }, Qt::Vertical);
}

void MainWindow::setupTrading()
{
    m_trading = new TradingPanel(m_instruments);
    m_trading->setAutoTrade(m_autoTrade);
    m_trading->setKillSwitch(m_riskLimits.killSwitch);
    connect(m_trading, &TradingPanel::autoTradeToggled, this, &MainWindow::setAutoTrade);
    connect(m_trading, &TradingPanel::killSwitchToggled, this, [this](bool on) {
        RiskLimits limits = m_riskLimits;
        limits.killSwitch = on;
        setRiskLimits(limits);
    });
    connect(m_trading, &TradingPanel::resumeRequested, this, &MainWindow::resumeRequested);
    connect(m_trading, &TradingPanel::reducingToggled, this, &MainWindow::reducingRequested);
    connect(
        m_trading, &TradingPanel::cancelOrderRequested, this, &MainWindow::cancelOrderRequested);
    connect(m_trading, &TradingPanel::cancelAllRequested, this, &MainWindow::cancelAllRequested);
    connect(m_trading, &TradingPanel::linkOrdersRequested, this, &MainWindow::linkOrdersRequested);
    connect(
        m_trading, &TradingPanel::unlinkOrderRequested, this, &MainWindow::unlinkOrderRequested);
    connect(
        m_trading, &TradingPanel::modifyOrderRequested, this, &MainWindow::modifyOrderRequested);
    connect(m_trading, &TradingPanel::problem, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_trading, &TradingPanel::flattenRequested, this, &MainWindow::flattenRequested);
    connect(m_trading, &TradingPanel::reverseRequested, this, &MainWindow::reverseRequested);
    auto *dock = new QDockWidget(tr("Trading"), this);
    dock->setObjectName(QStringLiteral("TradingDock"));
    dock->setWidget(m_trading);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *signalsDock = findChild<QDockWidget *>(QStringLiteral("SignalsDock")))
        splitDockWidget(dock, signalsDock, Qt::Horizontal);

    m_ticket = new OrderTicket(m_instruments);
    connect(m_ticket, &OrderTicket::orderRequested, this, &MainWindow::orderRequested);
    connect(m_ticket, &OrderTicket::flattenRequested, this, &MainWindow::flattenRequested);
    connect(m_ticket, &OrderTicket::reverseRequested, this, &MainWindow::reverseRequested);
    connect(m_ticket, &OrderTicket::protectRequested, this, &MainWindow::protectRequested);
    connect(m_ticket, &OrderTicket::cancelAllRequested, this, &MainWindow::cancelAllRequested);
    auto *ticketDock = new QDockWidget(tr("Order ticket"), this);
    ticketDock->setObjectName(QStringLiteral("OrderTicketDock"));
    ticketDock->setWidget(m_ticket);
    ticketDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, ticketDock);

    QMenu *menu = menuBar()->addMenu(tr("&Trading"));
    m_tradingMenu = menu;
    QAction *limits = menu->addAction(tr("&Risk limits…"), this, &MainWindow::editRiskLimits);
    limits->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QAction *broker = menu->addAction(tr("Paper &broker…"), this, &MainWindow::editBroker);
    broker->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    menu->addAction(tr("Cancel &all orders"), this, &MainWindow::cancelAllRequested);
    menu->addAction(tr("Re&sume after a halt"), this, &MainWindow::resumeRequested);
    menu->addAction(tr("Starting &cash…"), this, &MainWindow::editInitialCash);
    QMenu *fileMenu = menuBar()->actions().constFirst()->menu();
    QAction *exportTrades = new QAction(tr("&Export trades…"), this);
    exportTrades->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(exportTrades, &QAction::triggered, this, &MainWindow::exportTrades);
    fileMenu->insertAction(fileMenu->actions().constFirst(), exportTrades);
}

void MainWindow::setRiskLimits(const RiskLimits &limits)
{
    if (!limits.validate().isEmpty())
        return;
    m_riskLimits = limits;
    AppSettings::setRiskLimits(limits);
    m_trading->setKillSwitch(limits.killSwitch);
    emit riskLimitsChanged(limits);
}

void MainWindow::editRiskLimits()
{
    RiskLimitsDialog dialog(m_riskLimits, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto limits = dialog.limits())
            setRiskLimits(*limits);
    }
}

void MainWindow::setBroker(const BrokerConfig &config)
{
    if (!config.validate().isEmpty())
        return;
    m_broker = config;
    AppSettings::setBroker(config);
    emit brokerChanged(config);
}

void MainWindow::editBroker()
{
    BrokerDialog dialog(m_broker, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto config = dialog.config())
            setBroker(*config);
    }
}

void MainWindow::showModifyCheck(const Order &changed, const QString &refusal)
{
    for (CandleChart *c : m_charts->charts())
        c->showModifyCheck(changed, refusal);
}

void MainWindow::editInitialCash()
{
    QString text = LocaleDecimal::toString(m_trading->account().initialCash);
    for (;;) {
        bool ok = false;
        text = QInputDialog::getText(this, tr("Starting cash"),
            tr("The paper account's starting cash. A change pays the difference in or out; "
               "profit and loss stay as they are."),
            QLineEdit::Normal, text, &ok);
        if (!ok)
            return;
        QString why;
        const auto cash = LocaleDecimal::parse(text, &why);
        if (cash && *cash > Decimal()) {
            Settings::initialCash.setValue(cash->toString());
            emit initialCashChanged(*cash);
            return;
        }
        QMessageBox::warning(this, tr("Starting cash"),
            cash ? tr("'%1' is not a positive amount.").arg(text)
                 : tr("'%1' is not a positive amount: %2").arg(text, why));
    }
}

void MainWindow::setAutoTrade(bool on)
{
    m_autoTrade = on;
    AppSettings::setAutoTrade(on);
    emit autoTradeChanged(on);
}

bool MainWindow::writeTrades(const QString &path, qint64 from, qint64 to, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    TradesCsvWriter writer(&file);
    const FillsModel *fills = m_trading->fills();
    for (const Fill &fill : fills->fills()) {
        if (fill.time >= from && fill.time <= to)
            writer.write(fill, fills->instruments().value(fill.symbol).symbol);
    }
    if (!writer.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void MainWindow::exportTrades()
{
    const FillList &fills = m_trading->fills()->fills();
    QDialog range(this);
    range.setWindowTitle(tr("Export trades"));
    auto *form = new QFormLayout(&range);
    auto *from = new QDateTimeEdit;
    auto *to = new QDateTimeEdit;
    for (QDateTimeEdit *edit : { from, to }) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
    }
    const qint64 first
        = fills.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : fills.constFirst().time;
    from->setDateTime(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC));
    to->setDateTime(
        QDateTime::fromMSecsSinceEpoch(std::max(QDateTime::currentMSecsSinceEpoch(),
                                           fills.isEmpty() ? first : fills.constLast().time),
            Qt::UTC));
    form->addRow(tr("From (UTC)"), from);
    form->addRow(tr("To (UTC)"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &range, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &range, &QDialog::reject);
    form->addRow(buttons);
    if (range.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export trades"), QStringLiteral("trades.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const qint64 begin = from->dateTime().toMSecsSinceEpoch();
    const qint64 end = to->dateTime().toMSecsSinceEpoch();
    // The database holds every trade; memory only the newest.
    if (m_database ? !m_database->exportTrades(path, begin, end, &error)
                   : !writeTrades(path, begin, end, &error))
        QMessageBox::warning(
            this, tr("Export trades"), tr("Could not write %1: %2").arg(path, error));
}

MainWindow::~MainWindow()
{
    if (m_historyThread) {
        m_historyThread->quit();
        m_historyThread->wait();
    }
}

void MainWindow::setDatabase(const QString &path, bool scratch)
{
    if (m_database)
        return;
    m_database = new DatabaseActions(this, path, scratch);
    m_drawings->setDatabase(path);
    // Older candles come from the database on a thread of their own, never
    // the window's or the engine's.
    m_historyThread = new QThread(this);
    m_historyLoader = new ChartHistoryLoader(path);
    m_historyLoader->moveToThread(m_historyThread);
    connect(m_historyThread, &QThread::finished, m_historyLoader, &QObject::deleteLater);
    // The loader forgets its indicator checkpoints of what was imported
    // before the charts ask it for their candles again (queued in order).
    connect(
        m_database, &DatabaseActions::historyImported, this, [this](const QStringList &symbols) {
            QMetaObject::invokeMethod(m_historyLoader, [loader = m_historyLoader, symbols] {
                for (const QString &symbol : symbols)
                    loader->forget(symbol);
            });
            for (CandleChart *c : m_charts->charts())
                c->historyAdded(symbols);
        });
    for (CandleChart *c : m_charts->charts())
        connectHistory(c);
    m_historyThread->start();
}

void MainWindow::setupHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = menu->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    menu->addAction(tr("&Orders and trading"), this, [this] {
        OrdersHelpDialog dialog(this);
        dialog.exec();
    });
    menu->addSeparator();
    menu->addAction(tr("&About Kairos"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setupAlertsMenu()
{
    m_notifier = new AlertNotifier(this);
    QMenu *menu = menuBar()->addMenu(tr("&Alerts"));
    QAction *rules = menu->addAction(tr("Alert &rules…"), this, &MainWindow::editAlertRules);
    rules->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    menu->addSeparator();
    m_alertRules = AppSettings::alertRules(&m_settingsProblems);
    const QString names[] = { tr("Info"), tr("Warning"), tr("Critical") };
    QMenu *notify = menu->addMenu(tr("&Notify for"));
    QMenu *sound = menu->addMenu(tr("&Sound for"));
    for (int s = 0; s < 3; ++s) {
        QAction *n = notify->addAction(names[s]);
        n->setCheckable(true);
        m_notifyActions[std::size_t(s)] = n;
        connect(n, &QAction::toggled, this, [this, s](bool on) {
            Settings::notify[std::size_t(s)].setValue(on);
            loadAlertSwitches();
        });
        QAction *b = sound->addAction(names[s]);
        b->setCheckable(true);
        m_soundActions[std::size_t(s)] = b;
        connect(b, &QAction::toggled, this, [this, s](bool on) {
            Settings::sound[std::size_t(s)].setValue(on);
            loadAlertSwitches();
        });
    }
    loadAlertSwitches();
}

void MainWindow::editAlertRules()
{
    AlertRulesDialog dialog(m_alertRules, m_instruments, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyAlertRules(dialog.rules());
}

void MainWindow::applyAlertRules(const AlertRuleList &rules)
{
    m_alertRules = rules;
    AppSettings::setAlertRules(m_alertRules);
    emit alertRulesChanged(m_alertRules);
}

void MainWindow::loadAlertSwitches()
{
    AlertNotifier::Switches switches;
    for (std::size_t s = 0; s < 3; ++s) {
        switches.notify[s] = Settings::notify[s].value();
        switches.sound[s] = Settings::sound[s].value();
        const QSignalBlocker notifyBlocker(m_notifyActions[s]);
        m_notifyActions[s]->setChecked(switches.notify[s]);
        const QSignalBlocker soundBlocker(m_soundActions[s]);
        m_soundActions[s]->setChecked(switches.sound[s]);
    }
    m_notifier->setSwitches(switches);
}

void MainWindow::chooseFeed()
{
    FeedDialog dialog(m_feedSpec, AppSettings::recordTicks(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::setRecordTicks(dialog.recordTicks());
    emit feedChangeRequested(dialog.spec(), dialog.replaySpeed());
}

void MainWindow::setFollowing(const QString &source)
{
    m_feedAction->setEnabled(false);
    m_ticket->setEnabled(false);
    m_ticket->setToolTip(tr("Orders are placed by the node this window follows"));
    for (CandleChart *c : m_charts->charts())
        c->setReadOnly(true);
    m_trading->setReadOnly(true);
    m_strategyMenu->setEnabled(false);
    m_tradingMenu->setEnabled(false);
    m_following = source;
    updateTitle();
}

void MainWindow::announceSettings()
{
    emit chartIndicatorsChanged(m_indicatorParams);
    emit strategyChanged(m_strategy);
    emit riskLimitsChanged(m_riskLimits);
    emit brokerChanged(m_broker);
    emit autoTradeChanged(m_autoTrade);
    emit alertRulesChanged(m_alertRules);
    if (const auto cash = Decimal::parse(Settings::initialCash.value().toUtf8()))
        emit initialCashChanged(*cash);
    if (!m_settingsProblems.isEmpty())
        emit problemsFound(m_settingsProblems);
}

void MainWindow::setIndicatorParams(const IndicatorParams &params)
{
    if (!params.validate().isEmpty())
        return;
    m_indicatorParams = params;
    AppSettings::setIndicatorParams(params);
    emit chartIndicatorsChanged(params);
}

void MainWindow::setStrategy(const StrategyConfig &strategy)
{
    if (!strategy.validate().isEmpty())
        return;
    m_strategy = strategy;
    AppSettings::setStrategy(strategy);
    emit strategyChanged(strategy);
}

void MainWindow::editIndicators()
{
    IndicatorDialog dialog(m_indicatorParams, this);
    if (dialog.exec() == QDialog::Accepted)
        setIndicatorParams(dialog.params());
}

void MainWindow::editStrategy()
{
    StrategyDialog dialog(m_strategy, this);
    if (dialog.exec() == QDialog::Accepted)
        setStrategy(dialog.strategy());
}

void MainWindow::setupStatusBar(const QString &feedName)
{
    auto *feed = new QLabel(tr("Feed: %1").arg(feedName));
    m_rateLabel = new QLabel;
    m_timeLabel = new QLabel;
    m_healthLabel = new QLabel;
    for (QLabel *label : { feed, m_rateLabel, m_timeLabel, m_healthLabel })
        label->setContentsMargins(8, 0, 8, 0);
    m_healthLabel->setToolTip(
        tr("Late ticks are older than the forming candle and are dropped; dropped ticks name "
           "an unknown symbol or would overflow a candle's volume."));
    statusBar()->addWidget(feed);
    statusBar()->addWidget(m_rateLabel);
    statusBar()->addWidget(m_timeLabel);
    m_historyProgress = new HistoryProgress;
    statusBar()->addWidget(m_historyProgress);
    statusBar()->addPermanentWidget(m_healthLabel);
}

void MainWindow::showChart(quint32 symbol, Timeframe timeframe)
{
    if (symbol >= quint32(m_instruments.size()))
        return;
    // Said again even when nothing changed: a caller connecting an engine
    // relies on it.
    if (!m_charts->show(symbol, timeframe))
        announceCharts();
}

void MainWindow::announceCharts()
{
    emit chartsChanged(m_charts->subscriptions());
}

void MainWindow::updateTitle()
{
    const QString symbol = m_instruments.value(chartSymbol()).symbol;
    const QString timeframe = chartTimeframe().label();
    if (m_following.isEmpty())
        setWindowTitle(tr("Kairos — %1 · %2").arg(symbol, timeframe));
    else
        setWindowTitle(tr("Kairos — %1 · %2 — following %3").arg(symbol, timeframe, m_following));
}

MainWindow::Shown MainWindow::shown() const
{
    return { m_trading->fills()->fills(), m_trading->alerts()->alerts(), m_signals->items(),
        m_trading->history()->items() };
}

void MainWindow::showAgain(const Shown &shown)
{
    m_trading->fills()->append(shown.fills);
    m_trading->alerts()->add(shown.alerts);
    m_signals->prepend(shown.firedSignals);
    m_trading->addHistory(shown.orderHistory);
}

void MainWindow::applyView(const MarketView &view)
{
    ++m_viewsApplied;
    m_watchlist->applyRows(view.watchlist);
    m_signals->prepend(view.newSignals);
    m_trading->applySnapshot(view.trading);
    m_ticket->setMarket(view.watchlist, view.trading.account.equity);
    for (CandleChart *c : m_charts->charts())
        c->setTrading(view.trading);
    m_trading->addHistory(OrderHistory::of(view.trading.events, view.stats.eventTime));
    m_notifier->notify(view.trading.events.alerts);

    for (const ChartUpdate &update : view.charts) {
        CandleChart *target = m_charts->chartWithId(update.chart);
        // An update for what the chart showed before a switch is stale.
        if (!target || m_charts->symbolOf(target) != update.symbol
            || m_charts->timeframeOf(target) != update.timeframe)
            continue;
        if (update.reset) {
            const Instrument &instrument = m_instruments[update.symbol];
            ChartUpdate reset = update;
            reset.seriesSignals = m_signals->ofSeries(update.symbol, update.timeframe);
            target->setSeries(instrument.symbol, InstrumentRules::priceDecimals(instrument), reset);
            target->addFills(m_trading->fills()->fills());
        } else {
            target->update(update);
        }
        if (target == chart() && !update.indicators.isEmpty())
            m_ticket->setAtr(update.symbol, m_indicatorParams.atr, update.timeframe.label(),
                update.indicators.constLast().atr);
    }

    const QLocale locale;
    const EngineStats &stats = view.stats;
    m_rateLabel->setText(tr("%1 ticks/s").arg(locale.toString(qRound64(stats.ticksPerSecond))));
    if (stats.eventTime > 0) {
        m_timeLabel->setText(
            tr("Event time %1 UTC")
                .arg(QDateTime::fromMSecsSinceEpoch(stats.eventTime, QTimeZone::utc())
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    m_historyProgress->setStats(stats);
    m_healthLabel->setText(
        tr("Ticks %1 · late %2 · dropped %3 · signals %4")
            .arg(locale.toString(stats.ticks), locale.toString(stats.lateTicks),
                locale.toString(stats.droppedTicks), locale.toString(stats.signalCount)));
}

} // namespace kairos
