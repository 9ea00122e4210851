#include "WatchlistModel.h"

#include "chart/ChartColors.h"
#include "model/InstrumentRules.h"

#include <QColor>
#include <QLocale>

namespace kairos {

WatchlistModel::WatchlistModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WatchlistModel::setInstruments(const InstrumentList &instruments)
{
    beginResetModel();
    m_instruments = instruments;
    m_rows.clear();
    m_decimals.clear();
    for (qsizetype i = 0; i < instruments.size(); ++i) {
        WatchRow row;
        row.symbol = std::uint32_t(i);
        m_rows.append(row);
        m_decimals.append(InstrumentRules::priceDecimals(instruments[i]));
    }
    endResetModel();
}

void WatchlistModel::applyRows(const QList<WatchRow> &rows)
{
    for (const WatchRow &row : rows) {
        if (row.symbol >= std::uint32_t(m_rows.size()))
            continue;
        WatchRow &current = m_rows[row.symbol];
        if (current.last == row.last && current.dayOpen == row.dayOpen)
            continue;
        current = row;
        emit dataChanged(index(int(row.symbol), LastColumn), index(int(row.symbol), ChangeColumn));
    }
}

int WatchlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WatchlistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> WatchlistModel::changePercent(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const WatchRow &r = m_rows[row];
    if (!r.last || !r.dayOpen || r.dayOpen->units() == 0)
        return std::nullopt;
    return (r.last->toDouble() - r.dayOpen->toDouble()) / r.dayOpen->toDouble() * 100.0;
}

QVariant WatchlistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const WatchRow &r = m_rows[row];
    const std::optional<double> change = changePercent(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SymbolColumn:
            return m_instruments[row].symbol;
        case LastColumn:
            return r.last ? QLocale().toString(r.last->toDouble(), 'f', m_decimals[row])
                          : QString();
        case ChangeColumn:
            return change ? QLocale().toString(*change, 'f', 2) + u'%' : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != SymbolColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && change && *change != 0.0)
            return *change > 0.0 ? ChartColors::Up : ChartColors::Down;
        break;
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return tr("Change since the UTC day's open");
        break;
    default:
        break;
    }
    return {};
}

QVariant WatchlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SymbolColumn:
        return tr("Symbol");
    case LastColumn:
        return tr("Last");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace kairos
