#pragma once

#include "engine/MarketView.h"
#include "model/Instrument.h"

#include <QAbstractTableModel>

namespace kairos {

// Open positions: symbol, quantity, average price, mark, unrealized and realized PnL.
class PositionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SymbolColumn,
        QuantityColumn,
        AverageColumn,
        MarkColumn,
        UnrealizedColumn,
        RealizedColumn,
        ColumnCount
    };

    explicit PositionsModel(const InstrumentList &instruments, QObject *parent = nullptr);

    void setPositions(const QList<PositionRow> &rows);
    std::uint32_t symbolAt(int row) const { return m_rows.at(row).symbol; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InstrumentList m_instruments;
    QList<PositionRow> m_rows;
};

} // namespace kairos
