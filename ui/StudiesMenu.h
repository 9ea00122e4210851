#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace kairos {

class ChartWorkspace;

// The Indicators menu's studies: each overlay and pane shown or hidden on
// the active chart (and saved with it); the menu shows the active chart's.
// What was chosen last is also the choice for a chart saved by an earlier
// version, which has none of its own.
class StudiesMenu : public QObject
{
    Q_OBJECT

public:
    StudiesMenu(QMenu *menu, ChartWorkspace *charts, QObject *parent);

private:
    void showActive();

    ChartWorkspace *m_charts;
    QList<QAction *> m_overlays; // by ChartStudies::Overlay
    QList<QAction *> m_panes; // by ChartStudies::Pane
};

} // namespace kairos
