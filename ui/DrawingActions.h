#pragma once

#include "engine/AlertRule.h"
#include "storage/DrawingStore.h"

#include <QObject>

#include <memory>

class QAction;
class QActionGroup;
class QMenu;

namespace kairos {

class CandleChart;
class ChartWorkspace;

// The Draw menu and what is drawn: the tools act on the active chart; each
// symbol's drawings live in the session's database and show on every chart
// of that symbol, whatever its timeframe, at once after any change. A line
// drawn on a chart can become an alert rule.
class DrawingActions : public QObject
{
    Q_OBJECT

public:
    DrawingActions(QMenu *menu, ChartWorkspace *charts, QObject *parent);

    // Where the drawings are kept; without one nothing drawn is kept.
    void setDatabase(const QString &path);

signals:
    void alertRequested(const kairos::AlertRule &rule);
    // A stored drawing moved or edited, or deleted: its alerts follow.
    void drawingChanged(const kairos::Drawing &drawing, bool removed);
    void problem(const QString &text);

private:
    void watch(CandleChart *chart);
    void load(CandleChart *chart);
    // Every chart of `symbol` shows what is stored.
    void refresh(const QString &symbol);
    void listObjects();
    void lineAlert(const Drawing &line);

    ChartWorkspace *m_charts;
    QActionGroup *m_tools;
    QAction *m_magnet;
    std::unique_ptr<DrawingStore> m_store;
};

} // namespace kairos
