#pragma once

#include "engine/MarketView.h"
#include "model/Instrument.h"

#include <QAbstractTableModel>

namespace kairos {

// One row per instrument: symbol, last price, change since the UTC day's open.
class WatchlistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SymbolColumn, LastColumn, ChangeColumn, ColumnCount };

    explicit WatchlistModel(QObject *parent = nullptr);

    void setInstruments(const InstrumentList &instruments);
    // Updates rows in place; only rows whose figures changed are announced.
    void applyRows(const QList<WatchRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Change since the day's open in percent, if known.
    std::optional<double> changePercent(int row) const;

private:
    InstrumentList m_instruments;
    QList<WatchRow> m_rows;
    QList<int> m_decimals;
};

} // namespace kairos
