#pragma once

#include "engine/Engine.h"
#include "model/Instrument.h"
#include "strategy/Signal.h"

#include "RecentRowsModel.h"

namespace kairos {

// The most recent signals of every symbol, newest first: the list the user
// reads, and the markers a chart shows when it opens.
class SignalsModel : public RecentRowsModel<Signal, Engine::RecentSignals>
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

    // The signals of one series, oldest first.
    SignalList ofSeries(quint32 symbol, Timeframe timeframe) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InstrumentList m_instruments;
};

} // namespace kairos
