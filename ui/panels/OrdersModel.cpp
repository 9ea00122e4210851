#include "OrdersModel.h"

#include "chart/ChartColors.h"
#include "model/LocaleDecimal.h"

#include <QDateTime>
#include <QTimeZone>

#include <tuple>

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
    if (same) {
        // The same orders, perhaps changed (a trailing stop moved, the
        // trader modified one): rows update in place, so an open editor stays.
        for (qsizetype row = 0; row < orders.size(); ++row) {
            const Order &a = orders[row];
            const Order &b = m_orders[row];
            const auto shown = [](const Order &o) {
                return std::tuple(o.quantity, o.limitPrice, o.stopPrice, o.trailOffset,
                    o.trailPercent, o.trailExtreme, o.triggered, o.filledQuantity, o.averagePrice,
                    o.held, o.ocoId);
            };
            if (shown(a) == shown(b))
                continue;
            m_orders[row] = a;
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

void OrdersModel::setEditable(bool editable)
{
    m_editable = editable;
}

Qt::ItemFlags OrdersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_editable || !index.isValid())
        return flags;
    const Order &o = m_orders[index.row()];
    // A trailing stop's stop follows the market: what the trader sets is
    // its distance, shown in its type.
    const bool trailing = o.type == OrderType::TrailingStop && o.waitsForTrigger();
    const bool editable = index.column() == QuantityColumn
        || (index.column() == LimitColumn && o.released() == OrderType::Limit)
        || (index.column() == StopColumn && o.waitsForTrigger() && !trailing)
        || (index.column() == TypeColumn && trailing);
    return editable ? flags | Qt::ItemIsEditable : flags;
}

bool OrdersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Order changed = m_orders[index.row()];
    QString why;
    const auto amount = LocaleDecimal::parse(value.toString(), &why);
    if (!amount || *amount <= Decimal()) {
        emit problem(tr("Order %1: '%2' %3")
                         .arg(changed.id)
                         .arg(value.toString(), amount ? tr("must be positive") : why));
        return false;
    }
    switch (index.column()) {
    case QuantityColumn:
        changed.quantity = *amount;
        break;
    case LimitColumn:
        changed.limitPrice = *amount;
        break;
    case StopColumn:
        changed.stopPrice = *amount;
        break;
    case TypeColumn:
        changed.trailOffset = *amount;
        break;
    }
    // The engine decides; the row shows the order as the next view has it.
    emit modifyRequested(changed);
    return true;
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
    if (o.parentId > 0)
        parts << (o.held ? tr("exit of #%1, held until it fills") : tr("exit of #%1"))
                     .arg(o.parentId);
    if (o.ocoId > 0)
        parts << tr("OCO with #%1").arg(o.ocoId);
    if (o.takeProfit > Decimal())
        parts << tr("TP %1").arg(LocaleDecimal::display(o.takeProfit, Decimal()));
    if (o.stopLoss > Decimal())
        parts << tr("SL %1").arg(LocaleDecimal::display(o.stopLoss, Decimal()));
    const auto utc = [](std::int64_t time) {
        return QDateTime::fromMSecsSinceEpoch(time, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    if (o.timeLimit > 0)
        parts << tr("time limit %1 UTC").arg(utc(o.timeLimit));
    if (o.closeAt > 0)
        parts << tr("closes at market from %1 UTC").arg(utc(o.closeAt));
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
        case FilledColumn:
            return o.filledQuantity > Decimal()
                ? tr("%1 at %2")
                      .arg(LocaleDecimal::display(
                               o.filledQuantity, m_instruments.value(o.symbol).quantityIncrement),
                          LocaleDecimal::display(
                              o.averagePrice, m_instruments.value(o.symbol).priceIncrement))
                : QString();
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
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case QuantityColumn:
            return LocaleDecimal::toString(o.quantity);
        case LimitColumn:
            return LocaleDecimal::toString(o.limitPrice);
        case StopColumn:
            return LocaleDecimal::toString(o.stopPrice);
        case TypeColumn:
            return LocaleDecimal::toString(o.trailOffset);
        }
        return {};
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
    case FilledColumn:
        return tr("Filled");
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
