#include "OrderHistoryModel.h"

#include "model/LocaleDecimal.h"

#include <QDateTime>
#include <QTimeZone>

namespace kairos {

OrderHistoryModel::OrderHistoryModel(const InstrumentList &instruments, QObject *parent)
    : RecentRowsModel(parent)
    , m_instruments(instruments)
{ }

QString OrderHistoryModel::kindName(OrderEvent::Kind kind)
{
    switch (kind) {
    case OrderEvent::Kind::Submitted:
        return tr("Submitted");
    case OrderEvent::Kind::Modified:
        return tr("Modified");
    case OrderEvent::Kind::Triggered:
        return tr("Triggered");
    case OrderEvent::Kind::Linked:
        return tr("Changed by its link");
    case OrderEvent::Kind::PartiallyFilled:
        return tr("Partly filled");
    case OrderEvent::Kind::Filled:
        return tr("Filled");
    case OrderEvent::Kind::Cancelled:
        return tr("Cancelled");
    case OrderEvent::Kind::Expired:
        return tr("Expired");
    case OrderEvent::Kind::Denied:
        return tr("Denied");
    }
    return {};
}

int OrderHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const OrderEvent &e = m_rows[index.row()];
    const Instrument instrument = m_instruments.value(e.symbol);
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(e.time, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case OrderColumn:
        return QString::number(e.orderId);
    case SymbolColumn:
        return instrument.symbol;
    case EventColumn:
        return kindName(e.kind);
    case QuantityColumn:
        return LocaleDecimal::display(e.quantity, instrument.quantityIncrement);
    case PriceColumn:
        return e.price > Decimal() ? LocaleDecimal::display(e.price, instrument.priceIncrement)
                                   : QString();
    case DetailColumn:
        return e.detail;
    }
    return {};
}

QVariant OrderHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case OrderColumn:
        return tr("Order");
    case SymbolColumn:
        return tr("Symbol");
    case EventColumn:
        return tr("Event");
    case QuantityColumn:
        return tr("Quantity");
    case PriceColumn:
        return tr("Price");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace kairos
