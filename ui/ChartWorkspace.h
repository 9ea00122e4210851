#pragma once

#include "chart/CandleChart.h"
#include "engine/ChartSubscriptions.h"
#include "model/Instrument.h"

#include <QHash>
#include <QJsonObject>
#include <QTabWidget>

#include <optional>

class QFrame;
class QSplitter;

namespace kairos {

// The window's charts: tabs, each a tree of splits with a chart in every
// leaf. Each chart has its own symbol, timeframe, type and price scale. One
// chart is active (framed): the toolbar, the watchlist and the ticket act on
// it. Linked symbols make a symbol chosen for the active chart every chart's
// in its tab; a linked crosshair shows the pointer's time on each of them.
// Every change is saved in the settings; restore() brings it back.
class ChartWorkspace : public QTabWidget
{
    Q_OBJECT

public:
    // More would be charts too small to read, and a bound on what saved
    // settings can make the window build.
    static constexpr int MaxCharts = 16;
    enum class Layout { Single, TwoColumns, TwoRows, Grid };

    explicit ChartWorkspace(const InstrumentList &instruments, QWidget *parent = nullptr);

    CandleChart *activeChart() const { return m_active; }
    // Every tab's charts, tab by tab, each tab's in reading order.
    QList<CandleChart *> charts() const;
    QList<CandleChart *> chartsOfTab(int tab) const;
    // The series every chart shows, for the engine.
    ChartSubscriptionList subscriptions() const;
    CandleChart *chartWithId(int id) const;
    quint32 symbolOf(const CandleChart *chart) const;
    Timeframe timeframeOf(const CandleChart *chart) const;

    // The active chart shows `symbol` at `timeframe`; with linked symbols
    // the other charts of its tab take the symbol too. False if it did.
    bool show(quint32 symbol, Timeframe timeframe);
    void setActiveChart(CandleChart *chart);
    // The current tab arranged as `layout`: its charts kept in reading
    // order, new ones like the active chart, those beyond the layout closed.
    void arrange(Layout layout);
    // A new chart like the active one beside it (Qt::Horizontal) or under it.
    void split(Qt::Orientation orientation);
    // The active chart closed, and its tab with it when it was the tab's
    // last; the window's last chart stays.
    void closeActiveChart();
    void closeTab(int tab);
    // A new tab with one chart like the active one.
    void addChartTab();
    void setSymbolsLinked(bool linked);
    bool symbolsLinked() const { return m_linkSymbols; }
    void setCrosshairLinked(bool linked);
    bool crosshairLinked() const { return m_linkCrosshair; }
    // The active chart's type or scale changed (the Chart menu): saved.
    void styleChanged() { save(); }

    QJsonObject state() const;
    // Replaces every chart by those `state` describes. What does not read
    // (an unknown symbol, a damaged tree) is described in `problem` and
    // replaced by the first instrument's one-minute chart.
    void restore(const QJsonObject &state, QString *problem = nullptr);
    // What the settings hold, or, at first, one chart of what earlier
    // versions remembered.
    void restoreSaved(QString *problem = nullptr);

signals:
    // A new chart, to be connected before it shows anything.
    void chartAdded(kairos::CandleChart *chart);
    void activeChartChanged(kairos::CandleChart *chart);
    // A chart added, removed, or showing another series.
    void subscriptionsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Slot
    {
        int id = 0;
        quint32 symbol = 0;
        Timeframe timeframe;
    };
    struct ChartState
    {
        quint32 symbol = 0;
        Timeframe timeframe = Timeframe::fromSeconds(60);
        PricePane::Style style = PricePane::Style::Candles;
        CandleChart::PriceScale scale = CandleChart::PriceScale::Linear;
        // ChartStudies::shownKeys(); none saved (an earlier version's
        // layout): the Indicators menu's last choices.
        std::optional<QStringList> studies;
        ChartStudyList studyList;
    };

    QFrame *makeChart(const ChartState &state);
    ChartState stateOf(const CandleChart *chart) const;
    QSplitter *makeSplitter(Qt::Orientation orientation);
    void removeChart(CandleChart *chart);
    void collect(QWidget *node, QList<CandleChart *> &out) const;
    int tabOf(const CandleChart *chart) const;
    QJsonObject nodeState(QWidget *node) const;
    QWidget *buildNode(const QJsonValue &value, int depth, QString *problem);
    ChartState readChart(const QJsonObject &chart, QString *problem) const;
    void linkCrosshair(CandleChart *chart);
    void changed(); // titles, the settings, the engine
    void updateTitles();
    void save() const;
    void clearTabs();

    InstrumentList m_instruments;
    QHash<const CandleChart *, Slot> m_slots;
    QHash<const QWidget *, CandleChart *> m_lastActive; // per tab page
    CandleChart *m_active = nullptr;
    int m_nextId = 0;
    bool m_linkSymbols = false;
    bool m_linkCrosshair = false;
    bool m_restoring = false;
};

} // namespace kairos
