#pragma once

#include "model/Instrument.h"
#include "strategy/Signal.h"

#include <QAbstractTableModel>

namespace kairos {

// The most recent signals of every symbol, newest first.
class SignalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MaxRows = 1000;
    enum Column {
        TimeColumn,
        SymbolColumn,
        SideColumn,
        ConfidenceColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit SignalsModel(const InstrumentList &instruments, QObject *parent = nullptr);

    void prepend(const SignalList &fired);
    const Signal &signalAt(int row) const { return m_rows[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InstrumentList m_instruments;
    QList<Signal> m_rows;
};

} // namespace kairos
