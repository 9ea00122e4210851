#include "SignalsModel.h"

#include "chart/ChartColors.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace kairos {

SignalsModel::SignalsModel(const InstrumentList &instruments, QObject *parent)
    : RecentRowsModel(parent)
    , m_instruments(instruments)
{ }

SignalList SignalsModel::ofSeries(quint32 symbol, Timeframe timeframe) const
{
    SignalList out;
    for (auto row = m_rows.crbegin(); row != m_rows.crend(); ++row) {
        if (row->symbol == symbol && row->timeframe == timeframe)
            out.append(*row);
    }
    return out;
}

int SignalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Signal &s = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(s.time, QTimeZone::utc())
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case SymbolColumn:
            return QStringLiteral("%1 %2").arg(
                m_instruments.value(s.symbol).symbol, s.timeframe.label());
        case SideColumn:
            return s.side == Side::Buy ? tr("Buy") : tr("Sell");
        case ConfidenceColumn:
            return QLocale().toString(s.confidence, 'f', 2);
        case ReasonColumn:
            return s.reason;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SideColumn)
        return s.side == Side::Buy ? ChartColors::Up : ChartColors::Down;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2").arg(s.rule, s.reason);
    return {};
}

QVariant SignalsModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case ConfidenceColumn:
        return tr("Confidence");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace kairos
