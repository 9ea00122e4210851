#pragma once

#include <QObject>

class QMenu;

namespace kairos {

class CandleChart;

// Chart → Chart type and Chart → Price scale: each choice applied to the
// chart and kept in the settings, the saved ones applied at once.
class ChartStyleMenus : public QObject
{
    Q_OBJECT

public:
    ChartStyleMenus(QMenu *chartMenu, CandleChart *chart, QObject *parent);
};

} // namespace kairos
