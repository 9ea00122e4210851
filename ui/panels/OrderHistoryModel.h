#pragma once

#include "RecentRowsModel.h"
#include "model/Instrument.h"
#include "model/OrderEvent.h"

namespace kairos {

// The order history of the session: every step of every order (submitted,
// modified, triggered, linked, filled in part or whole, cancelled, expired,
// denied), newest first. The database keeps all of it (export --what orders).
class OrderHistoryModel : public RecentRowsModel<OrderEvent, 5'000>
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        OrderColumn,
        SymbolColumn,
        EventColumn,
        QuantityColumn,
        PriceColumn,
        DetailColumn,
        ColumnCount
    };

    explicit OrderHistoryModel(const InstrumentList &instruments, QObject *parent = nullptr);

    static QString kindName(OrderEvent::Kind kind);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InstrumentList m_instruments;
};

} // namespace kairos
