#pragma once

#include "engine/MarketView.h"
#include "model/Instrument.h"
#include "model/OrderEvent.h"

#include <QWidget>

class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QValueAxis;
class QAbstractItemModel;

namespace kairos {

class AlertsModel;
class FillsModel;
class OrderHistoryModel;
class OrdersModel;
class PositionsModel;

// The paper account at a glance: equity, day PnL, drawdown and trading
// state above tabs of positions, open orders, trades, alerts and the equity
// curve; the kill switch, auto-trading and resume are always in reach.
class TradingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TradingPanel(const InstrumentList &instruments, QWidget *parent = nullptr);

    void applySnapshot(const TradingSnapshot &snapshot);
    void setAutoTrade(bool on);
    void setKillSwitch(bool on);
    // Following a node: its trading is shown, and nothing here changes it.
    void setReadOnly(bool readOnly);

    FillsModel *fills() const { return m_fills; }
    AlertsModel *alerts() const { return m_alerts; }
    PositionsModel *positions() const { return m_positions; }
    OrdersModel *orders() const { return m_orders; }
    OrderHistoryModel *history() const { return m_history; }
    // The steps of orders' lives since the previous view (OrderHistory).
    void addHistory(const OrderEventList &steps);
    QString stateText() const;
    const AccountSummary &account() const { return m_account; }
    void showTab(int index);
    QTableView *ordersView() const { return m_ordersView; }
    // What the Orders table's context menu offers for its selected rows:
    // cancel them, link two one-cancels-other, unlink one, cancel all.
    QList<QAction *> orderActions(QObject *parent);

signals:
    void autoTradeToggled(bool on);
    void killSwitchToggled(bool on);
    void resumeRequested();
    void reducingToggled(bool on);
    void cancelOrderRequested(qint64 orderId);
    void modifyOrderRequested(const kairos::Order &changed);
    // Something the trader typed could not be used.
    void problem(const QString &text);
    void cancelAllRequested();
    void flattenRequested(quint32 symbol);
    void reverseRequested(quint32 symbol);
    void linkOrdersRequested(qint64 first, qint64 second);
    void unlinkOrderRequested(qint64 orderId);

private:
    // The selected working orders, in table order.
    OrderList selectedOrders() const;
    // Why the selection cannot be linked one-cancels-other (empty: it can).
    QString whyNotLinkable(const OrderList &selected) const;
    QWidget *makeAccountBar();
    QWidget *makeEquityChart();
    void updateAccount(const AccountSummary &account);
    void updateToggleTexts();

    InstrumentList m_instruments;
    PositionsModel *m_positions;
    OrdersModel *m_orders;
    OrderHistoryModel *m_history;
    FillsModel *m_fills;
    AlertsModel *m_alerts;
    QSortFilterProxyModel *m_alertFilter;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_ordersView = nullptr;
    QLabel *m_equity = nullptr;
    QLabel *m_dayPnl = nullptr;
    QLabel *m_drawdown = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_autoTrade = nullptr;
    QPushButton *m_killSwitch = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_reduceOnly = nullptr;
    bool m_readOnly = false;
    QLineSeries *m_equitySeries = nullptr;
    QLineSeries *m_drawdownSeries = nullptr;
    QValueAxis *m_drawdownAxis = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    AccountSummary m_account;
};

} // namespace kairos
