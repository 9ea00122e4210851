#pragma once

#include "model/Instrument.h"
#include "model/Order.h"

#include <QAbstractTableModel>

namespace kairos {

// Open orders, oldest first.
class OrdersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SymbolColumn,
        SideColumn,
        TypeColumn,
        QuantityColumn,
        FilledColumn, // what has traded and at what average price
        LimitColumn,
        StopColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit OrdersModel(const InstrumentList &instruments, QObject *parent = nullptr);

    void setOrders(const OrderList &orders);
    const Order &orderAt(int row) const { return m_orders.at(row); }
    // Type, time in force and flags: "Stop limit GTC reduce only triggered".
    static QString typeText(const Order &order);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Editable: quantity, limit price, the stop of an order waiting for its
    // trigger, and a trailing stop's distance (in its type column); each
    // edit asks for a modification.
    void setEditable(bool editable);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void modifyRequested(const kairos::Order &changed);
    void problem(const QString &text);

private:
    InstrumentList m_instruments;
    OrderList m_orders;
    bool m_editable = false;
};

} // namespace kairos
