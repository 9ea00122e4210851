#pragma once

#include "engine/MarketView.h"
#include "model/Instrument.h"
#include "model/InstrumentRules.h"
#include "model/Order.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace kairos {

// The manual order ticket: symbol, any order type, time in force, quantity,
// limit and stop price, reduce-only and post-only, and an optional take-profit
// and stop-loss (a bracket: exits that protect what fills), with what the
// stop-loss risks in money and in percent of equity shown before sending.
// Buy and Sell send at once, after checking the fields; Protect puts the
// take-profit and stop-loss on the position held. Risk checks still apply
// in the engine.
class OrderTicket : public QWidget
{
    Q_OBJECT

public:
    explicit OrderTicket(const InstrumentList &instruments, QWidget *parent = nullptr);

    void setSymbol(quint32 symbol);
    // The last prices (rows of the symbols that traded) and the equity, for
    // the risk shown.
    void setMarket(const QList<WatchRow> &rows, Decimal equity);
    // The chart's ATR (of `period` candles of `timeframe`) for `symbol`: a
    // trailing distance in ATR multiples is measured in it when sent.
    void setAtr(quint32 symbol, int period, const QString &timeframe, double atr);
    QString riskText() const;
    // The order the fields describe for `side`, or why there is none.
    std::optional<Order> orderFor(Side side, QString *problem) const;
    // The quantity typed, or why it is not one.
    std::optional<Decimal> quantity(QString *problem) const;

signals:
    void orderRequested(const kairos::Order &order);
    void flattenRequested(quint32 symbol);
    void reverseRequested(quint32 symbol);
    void protectRequested(
        quint32 symbol, const kairos::Decimal &takeProfit, const kairos::Decimal &stopLoss);
    void cancelAllRequested();

private:
    void send(Side side);
    void protect();
    // The take-profit and stop-loss typed (zero: none), or why not.
    bool exitPrices(Decimal &takeProfit, Decimal &stopLoss, QString *problem) const;
    // Where the order is expected to fill: its limit, its stop, else the
    // last price (zero: not known).
    Decimal expectedPrice(const Order &order) const;
    void showRisk();
    // Shows the symbol's rules and fits the quantity to them.
    void showRules();
    static QString ruleProblem(
        const InstrumentRules::Breach &breach, const QString &symbol, OrderType type);

    InstrumentList m_instruments;
    QComboBox *m_symbol = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_timeInForce = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLineEdit *m_limit = nullptr;
    QLineEdit *m_stop = nullptr;
    QLineEdit *m_trail = nullptr;
    QComboBox *m_trailUnit = nullptr;
    QLineEdit *m_activation = nullptr;
    QCheckBox *m_reduceOnly = nullptr;
    QCheckBox *m_postOnly = nullptr;
    QLineEdit *m_takeProfit = nullptr;
    QLineEdit *m_stopLoss = nullptr;
    QLabel *m_risk = nullptr;
    QLabel *m_problem = nullptr;
    std::vector<Decimal> m_last;
    Decimal m_equity;
    quint32 m_atrSymbol = 0;
    double m_atr = 0.0; // 0: not known
};

} // namespace kairos
