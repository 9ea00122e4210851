#pragma once

#include "execution/TradingEvents.h"
#include "model/Fill.h"
#include "model/Instrument.h"

#include <QAbstractTableModel>

namespace kairos {

// The trades blotter: the newest MaxRows fills, newest first. A session
// may make millions; File → Export trades… reads them all from the
// database (only a remote session, which has none, exports these).
class FillsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        SymbolColumn,
        SideColumn,
        QuantityColumn,
        PriceColumn,
        FeeColumn,
        PnlColumn,
        ReasonColumn,
        ColumnCount
    };

    static constexpr int MaxRows = int(TradingEvents::ViewFills);

    explicit FillsModel(const InstrumentList &instruments, QObject *parent = nullptr);

    void append(const FillList &fills);
    // Oldest first, as the trades CSV lists them.
    const FillList &fills() const { return m_fills; }
    const InstrumentList &instruments() const { return m_instruments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InstrumentList m_instruments;
    FillList m_fills;
};

} // namespace kairos
