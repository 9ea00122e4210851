#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace kairos {

class ChartWorkspace;

// The Indicators menu's studies: the active chart's list of studies (any
// study, any number of times), and each standard overlay and pane shown or
// hidden on it (all saved with it); the menu shows the active chart's.
// What was chosen last is also the choice for a chart saved by an earlier
// version, which has none of its own.
class StudiesMenu : public QObject
{
    Q_OBJECT

public:
    StudiesMenu(QMenu *menu, ChartWorkspace *charts, QObject *parent);

private:
    void showActive();
    // The Studies dialog for the active chart.
    void editStudyList();

    ChartWorkspace *m_charts;
    QList<QAction *> m_overlays; // by ChartStudies::Overlay
    QList<QAction *> m_panes; // by ChartStudies::Pane
};

} // namespace kairos
