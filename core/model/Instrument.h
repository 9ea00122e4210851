#pragma once

#include "Decimal.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace kairos {

struct Instrument
{
    QString symbol; // one naming scheme in the app, e.g. "BTCUSDT"
    Decimal priceIncrement = Decimal::fromUnits(1);
    Decimal quantityIncrement = Decimal::fromUnits(1);
    // What the venue accepts as an order at least; 0: no minimum.
    Decimal minQuantity = Decimal();
    Decimal minNotional = Decimal(); // price · quantity, in the quote currency
};

using InstrumentList = QList<Instrument>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::InstrumentList)
