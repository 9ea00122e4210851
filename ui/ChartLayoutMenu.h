#pragma once

#include <QObject>

class QMenu;

namespace kairos {

class ChartWorkspace;

// Chart → tabs, splits, layouts and links: what arranges the charts.
class ChartLayoutMenu : public QObject
{
    Q_OBJECT

public:
    ChartLayoutMenu(QMenu *chartMenu, ChartWorkspace *charts, QObject *parent);
};

} // namespace kairos
