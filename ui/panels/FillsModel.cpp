#include "FillsModel.h"

#include "chart/ChartColors.h"
#include "model/LocaleDecimal.h"

#include <QDateTime>
#include <QTimeZone>

namespace kairos {

FillsModel::FillsModel(const InstrumentList &instruments, QObject *parent)
    : QAbstractTableModel(parent)
    , m_instruments(instruments)
{ }

void FillsModel::append(const FillList &fills)
{
    if (fills.isEmpty())
        return;
    const FillList newest = fills.size() > MaxRows ? fills.last(MaxRows) : fills;
    beginInsertRows({}, 0, int(newest.size()) - 1);
    m_fills += newest;
    endInsertRows();
    if (m_fills.size() > MaxRows) {
        // The oldest are the bottom rows.
        beginRemoveRows({}, MaxRows, int(m_fills.size()) - 1);
        m_fills.remove(0, m_fills.size() - MaxRows);
        endRemoveRows();
    }
}

int FillsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fills.size());
}

int FillsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FillsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Fill &f = m_fills[m_fills.size() - 1 - index.row()]; // newest first
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(f.time, QTimeZone::utc())
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case SymbolColumn:
            return m_instruments.value(f.symbol).symbol;
        case SideColumn:
            return f.side == Side::Buy ? tr("Buy") : tr("Sell");
        case QuantityColumn:
            return LocaleDecimal::display(
                f.quantity, m_instruments.value(f.symbol).quantityIncrement);
        case PriceColumn:
            return LocaleDecimal::display(f.price, m_instruments.value(f.symbol).priceIncrement);
        case FeeColumn:
            return LocaleDecimal::display(f.fee);
        case PnlColumn:
            return f.realizedPnl == Decimal() ? QString() : LocaleDecimal::display(f.realizedPnl);
        case ReasonColumn:
            return f.reason;
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == SideColumn)
            return f.side == Side::Buy ? ChartColors::Up : ChartColors::Down;
        if (index.column() == PnlColumn && f.realizedPnl != Decimal())
            return f.realizedPnl > Decimal() ? ChartColors::Up : ChartColors::Down;
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("#%1 %2").arg(f.orderId).arg(f.clientOrderId);
    return {};
}

QVariant FillsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case SymbolColumn:
        return tr("Symbol");
    case SideColumn:
        return tr("Side");
    case QuantityColumn:
        return tr("Quantity");
    case PriceColumn:
        return tr("Price");
    case FeeColumn:
        return tr("Fee");
    case PnlColumn:
        return tr("Realized PnL");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace kairos
