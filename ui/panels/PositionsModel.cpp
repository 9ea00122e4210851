#include "PositionsModel.h"

#include "chart/ChartColors.h"
#include "model/LocaleDecimal.h"

#include <QLocale>

namespace kairos {

PositionsModel::PositionsModel(const InstrumentList &instruments, QObject *parent)
    : QAbstractTableModel(parent)
    , m_instruments(instruments)
{ }

void PositionsModel::setPositions(const QList<PositionRow> &rows)
{
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(rows.size()) - 1, ColumnCount - 1));
}

int PositionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PositionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PositionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PositionRow &r = m_rows[index.row()];
    const QLocale locale;
    const Instrument instrument = m_instruments.value(r.symbol);
    const auto money = [&locale](Decimal d) {
        return LocaleDecimal::display(d, Decimal::fromUnits(1'000'000), locale);
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SymbolColumn:
            return m_instruments.value(r.symbol).symbol;
        case QuantityColumn:
            return LocaleDecimal::display(r.quantity, instrument.quantityIncrement, locale);
        case AverageColumn:
            return r.quantity == Decimal()
                ? QString()
                : LocaleDecimal::display(r.averagePrice, instrument.priceIncrement, locale);
        case MarkColumn:
            return LocaleDecimal::display(r.mark, instrument.priceIncrement, locale);
        case UnrealizedColumn:
            return money(r.unrealizedPnl);
        case RealizedColumn:
            return money(r.realizedPnl);
        }
    }
    if (role == Qt::ForegroundRole) {
        const Decimal value = index.column() == UnrealizedColumn ? r.unrealizedPnl
            : index.column() == RealizedColumn                   ? r.realizedPnl
            : index.column() == QuantityColumn                   ? r.quantity
                                                                 : Decimal();
        if (value != Decimal())
            return value > Decimal() ? ChartColors::Up : ChartColors::Down;
    }
    if (role == Qt::TextAlignmentRole && index.column() != SymbolColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PositionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SymbolColumn:
        return tr("Symbol");
    case QuantityColumn:
        return tr("Quantity");
    case AverageColumn:
        return tr("Avg price");
    case MarkColumn:
        return tr("Mark");
    case UnrealizedColumn:
        return tr("Unrealized");
    case RealizedColumn:
        return tr("Realized");
    }
    return {};
}

} // namespace kairos
