#include "TradingPanel.h"

#include "AlertsModel.h"
#include "FillsModel.h"
#include "OrderHistoryModel.h"
#include "OrdersModel.h"
#include "PositionsModel.h"
#include "ReadOnlyTable.h"
#include "chart/ChartColors.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace kairos {

namespace {

constexpr int MaxEquityPoints = 20'000;

QString money(Decimal d)
{
    return QLocale().toString(d.toDouble(), 'f', 2);
}

} // namespace

TradingPanel::TradingPanel(const InstrumentList &instruments, QWidget *parent)
    : QWidget(parent)
    , m_instruments(instruments)
    , m_positions(new PositionsModel(instruments, this))
    , m_orders(new OrdersModel(instruments, this))
    , m_history(new OrderHistoryModel(instruments, this))
    , m_fills(new FillsModel(instruments, this))
    , m_alerts(new AlertsModel(this))
    , m_alertFilter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("TradingPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(makeAccountBar());

    m_tabs = new QTabWidget;
    QTableView *positions = makeReadOnlyTable(m_positions, QStringLiteral("Positions"));
    positions->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(positions, &QTableView::customContextMenuRequested, this,
        [this, positions](const QPoint &pos) {
            const QModelIndex index = positions->indexAt(pos);
            if (!index.isValid())
                return;
            if (m_readOnly)
                return;
            QMenu menu;
            const quint32 symbol = m_positions->symbolAt(index.row());
            menu.addAction(tr("Flatten %1").arg(m_instruments.value(symbol).symbol), this,
                [this, symbol] { emit flattenRequested(symbol); });
            menu.addAction(tr("Reverse %1").arg(m_instruments.value(symbol).symbol), this,
                [this, symbol] { emit reverseRequested(symbol); });
            menu.exec(positions->viewport()->mapToGlobal(pos));
        });
    m_tabs->addTab(positions, tr("Positions"));

    QTableView *orders = makeReadOnlyTable(m_orders, QStringLiteral("Orders"));
    // Quantity and prices of a working order are changed in place.
    orders->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_orders->setEditable(true);
    connect(m_orders, &OrdersModel::modifyRequested, this, &TradingPanel::modifyOrderRequested);
    connect(m_orders, &OrdersModel::problem, this, &TradingPanel::problem);
    // Several rows: two are linked one-cancels-other.
    orders->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ordersView = orders;
    auto *link = new QAction(tr("Link the two selected orders one-cancels-other"), orders);
    link->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+O")));
    link->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(link, &QAction::triggered, this, [this] {
        if (m_readOnly)
            return;
        const OrderList selected = selectedOrders();
        if (const QString why = whyNotLinkable(selected); !why.isEmpty())
            emit problem(why);
        else
            emit linkOrdersRequested(selected[0].id, selected[1].id);
    });
    orders->addAction(link);
    orders->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        orders, &QTableView::customContextMenuRequested, this, [this, orders](const QPoint &pos) {
            if (m_readOnly)
                return;
            // A right-click outside the selection selects the row clicked.
            const QModelIndex index = orders->indexAt(pos);
            if (index.isValid() && !orders->selectionModel()->isRowSelected(index.row()))
                orders->selectRow(index.row());
            QMenu menu;
            menu.addActions(orderActions(&menu));
            menu.exec(orders->viewport()->mapToGlobal(pos));
        });
    m_tabs->addTab(orders, tr("Orders"));
    m_tabs->addTab(makeReadOnlyTable(m_fills, QStringLiteral("Trades")), tr("Trades"));

    // Alerts with a severity filter.
    auto *alertsPage = new QWidget;
    auto *alertsLayout = new QVBoxLayout(alertsPage);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    auto *filter = new QComboBox;
    filter->setObjectName(QStringLiteral("AlertFilter"));
    filter->addItem(tr("All severities"), -1);
    for (AlertSeverity s : { AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical })
        filter->addItem(tr("%1 and above").arg(AlertsModel::severityName(s)), int(s));
    m_alertFilter->setSourceModel(m_alerts);
    m_alertFilter->setFilterRole(AlertsModel::SeverityRole);
    connect(filter, &QComboBox::currentIndexChanged, this, [this, filter](int index) {
        const int minimum = filter->itemData(index).toInt();
        QStringList allowed;
        for (int s = std::max(minimum, 0); s <= int(AlertSeverity::Critical); ++s)
            allowed << QString::number(s);
        m_alertFilter->setFilterRegularExpression(
            minimum < 0 ? QString() : QStringLiteral("^(%1)$").arg(allowed.join(u'|')));
    });
    QTableView *alertsView = makeReadOnlyTable(m_alertFilter, QStringLiteral("Alerts"));
    alertsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *alertBar = new QHBoxLayout;
    alertBar->addWidget(filter);
    auto *acknowledge = new QPushButton(tr("Acknowledge"));
    acknowledge->setObjectName(QStringLiteral("AcknowledgeAlerts"));
    acknowledge->setToolTip(tr("Mark every alert as seen (they stop showing in bold)."));
    connect(acknowledge, &QPushButton::clicked, m_alerts, &AlertsModel::acknowledgeAll);
    auto *copy = new QPushButton(tr("Copy"));
    copy->setToolTip(tr("Copy the selected alerts, or all shown, as tab-separated text."));
    connect(copy, &QPushButton::clicked, this, [this, alertsView] {
        QList<int> rows;
        for (const QModelIndex &index : alertsView->selectionModel()->selectedRows())
            rows << m_alertFilter->mapToSource(index).row();
        if (rows.isEmpty()) {
            for (int r = 0; r < m_alertFilter->rowCount(); ++r)
                rows << m_alertFilter->mapToSource(m_alertFilter->index(r, 0)).row();
        }
        std::sort(rows.begin(), rows.end());
        QGuiApplication::clipboard()->setText(m_alerts->toText(rows));
    });
    auto *clear = new QPushButton(tr("Clear"));
    clear->setToolTip(tr("Empty the list (the database keeps every alert)."));
    connect(clear, &QPushButton::clicked, m_alerts, &AlertsModel::clear);
    alertBar->addWidget(acknowledge);
    alertBar->addWidget(copy);
    alertBar->addWidget(clear);
    alertBar->addStretch();
    alertsLayout->addLayout(alertBar);
    alertsLayout->addWidget(alertsView);
    const int alertsTab = m_tabs->addTab(alertsPage, tr("Alerts"));
    connect(m_alerts, &AlertsModel::unacknowledgedChanged, this, [this, alertsTab](int count) {
        m_tabs->setTabText(alertsTab, count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
    });
    m_tabs->addTab(makeEquityChart(), tr("Equity"));
    m_tabs->addTab(makeReadOnlyTable(m_history, QStringLiteral("History")), tr("History"));
    layout->addWidget(m_tabs, 1);
    updateAccount(m_account);
}

QWidget *TradingPanel::makeAccountBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_equity = new QLabel;
    m_dayPnl = new QLabel;
    m_drawdown = new QLabel;
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("TradingState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setMinimumWidth(110);
    for (QLabel *label : { m_equity, m_dayPnl, m_drawdown })
        row->addWidget(label);
    row->addStretch();
    row->addWidget(m_state);

    m_autoTrade = new QPushButton;
    m_autoTrade->setObjectName(QStringLiteral("AutoTrade"));
    m_autoTrade->setCheckable(true);
    m_autoTrade->setToolTip(tr("When on, signals become paper orders (through the risk checks)."));
    connect(m_autoTrade, &QPushButton::toggled, this, &TradingPanel::autoTradeToggled);

    m_reduceOnly = new QPushButton;
    m_reduceOnly->setObjectName(QStringLiteral("ReduceOnly"));
    m_reduceOnly->setCheckable(true);
    m_reduceOnly->setToolTip(tr("Allow only orders that make positions smaller."));
    connect(m_reduceOnly, &QPushButton::toggled, this, &TradingPanel::reducingToggled);
    // A toggle says its state in words and in a colour of its own, on any theme.
    for (QPushButton *toggle : { m_autoTrade, m_reduceOnly }) {
        // The same box either way, so the wider bold text never clips.
        toggle->setStyleSheet(QStringLiteral(
            "QPushButton { padding: 4px 10px; border: 1px solid palette(mid); border-radius: 3px; "
            "font-weight: bold; }"
            "QPushButton:checked { background: #1565c0; color: white; "
            "border: 1px solid #90caf9; }"));
        connect(toggle, &QPushButton::toggled, this, &TradingPanel::updateToggleTexts);
    }
    updateToggleTexts();

    m_resume = new QPushButton(tr("Resume trading"));
    m_resume->setObjectName(QStringLiteral("Resume"));
    m_resume->setToolTip(tr("Trading was halted by the circuit breaker; resuming starts the loss "
                            "and drawdown limits afresh."));
    connect(m_resume, &QPushButton::clicked, this, &TradingPanel::resumeRequested);

    m_killSwitch = new QPushButton(tr("KILL SWITCH"));
    m_killSwitch->setObjectName(QStringLiteral("KillSwitch"));
    m_killSwitch->setCheckable(true);
    m_killSwitch->setMinimumHeight(32);
    m_killSwitch->setToolTip(
        tr("Cancel every working order and refuse every new one until released (Ctrl+K)."));
    m_killSwitch->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    m_killSwitch->setStyleSheet(
        QStringLiteral("QPushButton#KillSwitch { background: #7f1d1d; color: white; font-weight: "
                       "bold; padding: 4px 14px; }"
                       "QPushButton#KillSwitch:checked { background: #ef5350; }"
                       "QPushButton#KillSwitch:disabled { background: #3b3030; color: #8c8c8c; }"));
    connect(m_killSwitch, &QPushButton::toggled, this, &TradingPanel::killSwitchToggled);
    // Engaged, the button says what pressing it again does.
    connect(m_killSwitch, &QPushButton::toggled, this, [this](bool on) {
        m_killSwitch->setText(on ? tr("RELEASE KILL SWITCH") : tr("KILL SWITCH"));
        m_killSwitch->setToolTip(on ? tr("Accept orders again (Ctrl+K).")
                                    : tr("Cancel every working order and refuse every new one "
                                         "until released (Ctrl+K)."));
    });
    for (QPushButton *b : { m_autoTrade, m_reduceOnly, m_resume, m_killSwitch })
        row->addWidget(b);
    return bar;
}

QWidget *TradingPanel::makeEquityChart()
{
    auto *chart = new QChart;
    chart->legend()->hide();
    // Axis labels in the chosen language, grouped ("100.000" in German).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setBackgroundBrush(ChartColors::Background);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_equitySeries = new QLineSeries;
    m_equitySeries->setPen(QPen(QColor(0x42, 0xa5, 0xf5), 1.5));
    chart->addSeries(m_equitySeries);
    m_drawdownSeries = new QLineSeries;
    m_drawdownSeries->setPen(QPen(ChartColors::Down, 1.2));
    chart->addSeries(m_drawdownSeries);
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    // Drawdown below the peak, on its own axis at the left, in red.
    m_drawdownAxis = new QValueAxis;
    m_drawdownAxis->setLabelFormat(QStringLiteral("%.0f"));
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis),
            static_cast<QAbstractAxis *>(m_drawdownAxis) }) {
        axis->setLabelsColor(ChartColors::Text);
        axis->setGridLineColor(ChartColors::Grid);
        axis->setLinePenColor(ChartColors::Grid);
    }
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignRight);
    chart->addAxis(m_drawdownAxis, Qt::AlignLeft);
    m_drawdownAxis->setLabelsColor(ChartColors::Down);
    m_equitySeries->attachAxis(m_timeAxis);
    m_equitySeries->attachAxis(m_valueAxis);
    m_drawdownSeries->attachAxis(m_timeAxis);
    m_drawdownSeries->attachAxis(m_drawdownAxis);
    auto *view = new QChartView(chart);
    view->setObjectName(QStringLiteral("EquityChart"));
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void TradingPanel::applySnapshot(const TradingSnapshot &snapshot)
{
    m_positions->setPositions(snapshot.positions);
    m_orders->setOrders(snapshot.openOrders);
    m_fills->append(snapshot.shownFills);
    m_fills->append(snapshot.events.fills);
    m_history->prepend(snapshot.shownHistory);
    m_alerts->add(snapshot.events.alerts);
    if (!snapshot.newEquity.isEmpty()) {
        QList<QPointF> points = m_equitySeries->points();
        QList<QPointF> drawdown = m_drawdownSeries->points();
        for (const EquityPoint &p : snapshot.newEquity) {
            points.append(QPointF(double(p.time), p.equity.toDouble()));
            drawdown.append(QPointF(double(p.time), p.drawdown.toDouble()));
        }
        if (points.size() > MaxEquityPoints) {
            points.remove(0, points.size() - MaxEquityPoints);
            drawdown.remove(0, drawdown.size() - MaxEquityPoints);
        }
        m_equitySeries->replace(points);
        m_drawdownSeries->replace(drawdown);
        double deepest = 0.0;
        for (const QPointF &p : drawdown)
            deepest = std::max(deepest, p.y());
        m_drawdownAxis->setRange(0.0, std::max(deepest * 1.1, 1.0));
        double low = points.first().y();
        double high = low;
        for (const QPointF &p : points) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
        const double pad = std::max((high - low) * 0.1, 1.0);
        m_valueAxis->setRange(low - pad, high + pad);
        m_timeAxis->setRange(
            QDateTime::fromMSecsSinceEpoch(qint64(points.first().x()), QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(qint64(points.last().x()) + 1000, QTimeZone::utc()));
    }
    updateAccount(snapshot.account);
}

void TradingPanel::updateAccount(const AccountSummary &a)
{
    m_account = a;
    m_equity->setText(tr("Equity <b>%1</b>").arg(money(a.equity)));
    const QString dayColor
        = a.dayPnl < Decimal() ? QStringLiteral("#ef5350") : QStringLiteral("#26a69a");
    m_dayPnl->setText(tr("Day PnL <b style=\"color:%1\">%2</b>").arg(dayColor, money(a.dayPnl)));
    m_drawdown->setText(tr("Drawdown <b>%1</b>").arg(money(a.drawdown)));
    QString background;
    if (a.killSwitch)
        background = QStringLiteral("#d50000");
    else
        switch (a.state) {
        case TradingState::Active:
            background = QStringLiteral("#1b5e20");
            break;
        case TradingState::Reducing:
            background = QStringLiteral("#8d6e00");
            break;
        case TradingState::Halted:
            background = QStringLiteral("#b71c1c");
            break;
        }
    m_state->setText(stateText());
    m_state->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                       "padding: 4px 10px; border-radius: 3px; }")
            .arg(background));
    m_resume->setVisible(a.state == TradingState::Halted);
    const QSignalBlocker blockAuto(m_autoTrade);
    m_autoTrade->setChecked(a.autoTrade);
    const QSignalBlocker blockReduce(m_reduceOnly);
    m_reduceOnly->setChecked(a.state == TradingState::Reducing);
    updateToggleTexts();
}

void TradingPanel::updateToggleTexts()
{
    m_autoTrade->setText(m_autoTrade->isChecked() ? tr("Auto-trade ON") : tr("Auto-trade off"));
    m_reduceOnly->setText(m_reduceOnly->isChecked() ? tr("Reduce only ON") : tr("Reduce only off"));
}

QString TradingPanel::stateText() const
{
    if (m_account.killSwitch)
        return tr("KILL SWITCH");
    switch (m_account.state) {
    case TradingState::Active:
        return tr("ACTIVE");
    case TradingState::Reducing:
        return tr("REDUCING");
    case TradingState::Halted:
        return tr("HALTED");
    }
    return {};
}

void TradingPanel::setAutoTrade(bool on)
{
    m_autoTrade->setChecked(on);
}

void TradingPanel::setKillSwitch(bool on)
{
    m_killSwitch->setChecked(on);
}

void TradingPanel::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void TradingPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_orders->setEditable(!readOnly);
    for (QPushButton *button : { m_autoTrade, m_killSwitch, m_resume, m_reduceOnly }) {
        button->setEnabled(!readOnly);
        if (readOnly)
            button->setToolTip(tr("Trading decisions are made by the node this window follows"));
    }
}

OrderList TradingPanel::selectedOrders() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ordersView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    OrderList selected;
    for (const int row : std::as_const(rows)) {
        if (row < m_orders->rowCount())
            selected.append(m_orders->orderAt(row));
    }
    return selected;
}

QString TradingPanel::whyNotLinkable(const OrderList &selected) const
{
    if (selected.size() != 2)
        return tr("Select two working orders to link them one-cancels-other.");
    if (selected[0].symbol != selected[1].symbol)
        return tr("Orders %1 and %2 are of different symbols: only orders of one symbol can be "
                  "linked one-cancels-other.")
            .arg(QString::number(selected[0].id), QString::number(selected[1].id));
    for (const Order &order : selected) {
        if (order.ocoId != 0)
            return tr("Order %1 is already one-cancels-other with order %2: unlink it first.")
                .arg(QString::number(order.id), QString::number(order.ocoId));
        if (order.held)
            return tr("Order %1 is a bracket's exit waiting for its entry.").arg(order.id);
    }
    return {};
}

QList<QAction *> TradingPanel::orderActions(QObject *parent)
{
    QList<QAction *> actions;
    if (m_readOnly)
        return actions;
    auto add = [&](const QString &text, auto slot) {
        auto *action = new QAction(text, parent);
        connect(action, &QAction::triggered, this, slot);
        actions.append(action);
        return action;
    };
    const OrderList selected = selectedOrders();
    if (selected.size() == 1) {
        const qint64 id = selected[0].id;
        add(tr("Cancel order %1").arg(id), [this, id] { emit cancelOrderRequested(id); });
    } else if (selected.size() > 1) {
        add(tr("Cancel the %n selected orders", nullptr, int(selected.size())), [this, selected] {
            for (const Order &order : selected)
                emit cancelOrderRequested(order.id);
        });
    }
    if (selected.size() == 2) {
        const qint64 first = selected[0].id;
        const qint64 second = selected[1].id;
        QAction *link = add(tr("Link orders %1 and %2 one-cancels-other")
                                .arg(QString::number(first), QString::number(second)),
            [this, first, second] { emit linkOrdersRequested(first, second); });
        link->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+O")));
        const QString why = whyNotLinkable(selected);
        link->setEnabled(why.isEmpty());
        link->setToolTip(why);
    }
    for (const Order &order : selected) {
        if (order.ocoId == 0 || selected.size() > 2)
            continue;
        const qint64 id = order.id;
        add(tr("Unlink order %1 from order %2")
                .arg(QString::number(id), QString::number(order.ocoId)),
            [this, id] { emit unlinkOrderRequested(id); });
        break; // unlinking one unlinks its sibling too
    }
    add(tr("Cancel all orders"), [this] { emit cancelAllRequested(); });
    return actions;
}

void TradingPanel::addHistory(const OrderEventList &steps)
{
    m_history->prepend(steps);
}

} // namespace kairos
