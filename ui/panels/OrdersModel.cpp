#include "OrdersModel.h"

#include "chart/ChartColors.h"
#include "model/LocaleDecimal.h"

namespace kairos {

OrdersModel::OrdersModel(const InstrumentList &instruments, QObject *parent)
    : QAbstractTableModel(parent)
    , m_instruments(instruments)
{ }

void OrdersModel::setOrders(const OrderList &orders)
{
    const bool same = orders.size() == m_orders.size()
        && std::equal(orders.begin(), orders.end(), m_orders.begin(),
            [](const Order &a, const Order &b) { return a.id == b.id; });
    if (same)
        return;
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrdersModel::typeText(const Order &o)
{
    QString type;
    switch (o.type) {
    case OrderType::Market:
        type = tr("Market");
        break;
    case OrderType::Limit:
        type = tr("Limit");
        break;
    case OrderType::StopMarket:
        type = tr("Stop market");
        break;
    case OrderType::StopLimit:
        type = tr("Stop limit");
        break;
    case OrderType::MarketIfTouched:
        type = tr("Market if touched");
        break;
    case OrderType::LimitIfTouched:
        type = tr("Limit if touched");
        break;
    case OrderType::TrailingStop: {
        const QString offset = LocaleDecimal::display(o.trailOffset, Decimal());
        type = o.trailPercent ? tr("Trailing stop %1 %").arg(offset)
                              : tr("Trailing stop %1").arg(offset);
        // Not trailing yet: say from where it will.
        if (o.trailExtreme <= Decimal() && o.activationPrice > Decimal())
            type = tr("%1 from %2").arg(type, LocaleDecimal::display(o.activationPrice, Decimal()));
        break;
    }
    }
    QStringList parts { type };
    switch (o.timeInForce) {
    case TimeInForce::GoodTillCancel:
        parts << tr("GTC");
        break;
    case TimeInForce::ImmediateOrCancel:
        parts << tr("IOC");
        break;
    case TimeInForce::FillOrKill:
        parts << tr("FOK");
        break;
    case TimeInForce::Day:
        parts << tr("Day");
        break;
    }
    if (o.reduceOnly)
        parts << tr("reduce only");
    if (o.postOnly)
        parts << tr("post only");
    if (o.triggered)
        parts << tr("triggered");
    return parts.join(u' ');
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &o = m_orders[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return QString::number(o.id);
        case SymbolColumn:
            return m_instruments.value(o.symbol).symbol;
        case SideColumn:
            return o.side == Side::Buy ? tr("Buy") : tr("Sell");
        case TypeColumn:
            return typeText(o);
        case QuantityColumn:
            return LocaleDecimal::display(
                o.quantity, m_instruments.value(o.symbol).quantityIncrement);
        case LimitColumn:
            return o.released() == OrderType::Limit
                ? LocaleDecimal::display(o.limitPrice, m_instruments.value(o.symbol).priceIncrement)
                : QString();
        case StopColumn:
            return o.released() != o.type && o.stopPrice > Decimal()
                ? LocaleDecimal::display(o.stopPrice, m_instruments.value(o.symbol).priceIncrement)
                : QString();
        case ReasonColumn:
            return o.reason;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SideColumn)
        return o.side == Side::Buy ? ChartColors::Up : ChartColors::Down;
    if (role == Qt::ToolTipRole)
        return o.clientOrderId;
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case SymbolColumn:
        return tr("Symbol");
    case SideColumn:
        return tr("Side");
    case TypeColumn:
        return tr("Type");
    case QuantityColumn:
        return tr("Quantity");
    case LimitColumn:
        return tr("Limit");
    case StopColumn:
        return tr("Stop");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace kairos
