#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace kairos {

class ChartWorkspace;

// Chart → Chart type and Chart → Price scale: each choice applied to the
// active chart (and saved with it); the menus show the active chart's.
class ChartStyleMenus : public QObject
{
    Q_OBJECT

public:
    ChartStyleMenus(QMenu *chartMenu, ChartWorkspace *charts, QObject *parent);

private:
    void showActive();

    ChartWorkspace *m_charts;
    QActionGroup *m_styles;
    QActionGroup *m_scales;
};

} // namespace kairos
