#pragma once

#include "model/Instrument.h"
#include "strategy/Signal.h"

#include "RecentRowsModel.h"

namespace kairos {

// The most recent signals of every symbol, newest first.
class SignalsModel : public RecentRowsModel<Signal, 1000>
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        SymbolColumn,
        SideColumn,
        ConfidenceColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit SignalsModel(const InstrumentList &instruments, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InstrumentList m_instruments;
};

} // namespace kairos
