#pragma once

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
// limit and stop price, reduce-only and post-only; Buy and Sell send at once,
// after checking the fields. Risk checks still apply in the engine.
class OrderTicket : public QWidget
{
    Q_OBJECT

public:
    explicit OrderTicket(const InstrumentList &instruments, QWidget *parent = nullptr);

    void setSymbol(quint32 symbol);
    // The order the fields describe for `side`, or why there is none.
    std::optional<Order> orderFor(Side side, QString *problem) const;

signals:
    void orderRequested(const kairos::Order &order);
    void flattenRequested(quint32 symbol);
    void cancelAllRequested();

private:
    void send(Side side);
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
    QLabel *m_problem = nullptr;
};

} // namespace kairos
