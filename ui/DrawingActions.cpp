#include "DrawingActions.h"

#include "ChartWorkspace.h"
#include "chart/CandleChart.h"
#include "model/LocaleDecimal.h"

#include <QActionGroup>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kairos {

DrawingActions::DrawingActions(QMenu *menu, ChartWorkspace *charts, QObject *parent)
    : QObject(parent)
    , m_charts(charts)
    , m_tools(new QActionGroup(this))
{
    m_tools->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    const auto addTool = [this, menu](const QString &name, int tool, const char *keys) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setData(tool);
        if (keys)
            action->setShortcut(QKeySequence(QLatin1StringView(keys)));
        m_tools->addAction(action);
    };
    // Alt with Shift: Alt alone opens the menus (Alt+F the File menu).
    const char *const keys[] = { "Alt+Shift+H", "Alt+Shift+V", "Alt+Shift+T", "Alt+Shift+R",
        nullptr, nullptr, "Alt+Shift+F", nullptr };
    const QList<Drawing::Kind> kinds = Drawing::kinds();
    for (qsizetype k = 0; k < kinds.size(); ++k)
        addTool(Drawing::kindName(kinds[k]), int(kinds[k]), keys[k]);
    addTool(tr("Measure"), ChartDrawings::MeasureTool, "Alt+Shift+M");
    connect(m_tools, &QActionGroup::triggered, this, [this](QAction *action) {
        CandleChart *chart = m_charts->activeChart();
        if (!chart)
            return;
        chart->drawings()->setTool(
            action->isChecked() ? std::optional(action->data().toInt()) : std::nullopt);
        chart->setCursor(action->isChecked() ? Qt::CrossCursor : Qt::ArrowCursor);
        chart->setFocus();
    });
    menu->addSeparator();
    m_magnet = menu->addAction(tr("&Magnet to open, high, low, close"));
    m_magnet->setCheckable(true);
    connect(m_magnet, &QAction::toggled, this, [this](bool on) {
        for (CandleChart *chart : m_charts->charts())
            chart->drawings()->setMagnet(on);
    });
    menu->addAction(tr("&Objects on this symbol…"), this, &DrawingActions::listObjects);

    for (CandleChart *chart : m_charts->charts())
        watch(chart);
    connect(charts, &ChartWorkspace::chartAdded, this, &DrawingActions::watch);
    // The tool picked goes with the active chart: a click on another chart
    // of a split makes it active, and draws there.
    connect(charts, &ChartWorkspace::activeChartChanged, this, [this] {
        const QAction *checked = m_tools->checkedAction();
        for (CandleChart *chart : m_charts->charts()) {
            const bool active = chart == m_charts->activeChart() && checked;
            if (chart->drawings()->tool() || active)
                chart->drawings()->setTool(
                    active ? std::optional(checked->data().toInt()) : std::nullopt);
            chart->setCursor(active ? Qt::CrossCursor : Qt::ArrowCursor);
        }
    });
}

void DrawingActions::setDatabase(const QString &path)
{
    m_store = std::make_unique<DrawingStore>(path);
    for (CandleChart *chart : m_charts->charts())
        load(chart);
}

void DrawingActions::watch(CandleChart *chart)
{
    ChartDrawings *drawings = chart->drawings();
    drawings->setMagnet(m_magnet->isChecked());
    connect(drawings, &ChartDrawings::seriesChanged, this, [this, chart] { load(chart); });
    connect(drawings, &ChartDrawings::toolFinished, this, [this] {
        if (QAction *checked = m_tools->checkedAction())
            checked->setChecked(false);
    });
    const auto keep = [this](Drawing drawing) {
        if (!m_store)
            return;
        if (!m_store->save(drawing))
            emit problem(tr("the drawing was not kept: %1").arg(m_store->error()));
        refresh(drawing.symbol);
        emit drawingChanged(drawing, false);
    };
    connect(drawings, &ChartDrawings::added, this, keep);
    connect(drawings, &ChartDrawings::changed, this, keep);
    connect(drawings, &ChartDrawings::removed, this, [this](const Drawing &drawing) {
        if (!m_store)
            return;
        if (!m_store->remove(drawing.id))
            emit problem(tr("the drawing was not deleted: %1").arg(m_store->error()));
        refresh(drawing.symbol);
        emit drawingChanged(drawing, true);
    });
    connect(drawings, &ChartDrawings::alertRequested, this, &DrawingActions::lineAlert);
    load(chart);
}

void DrawingActions::load(CandleChart *chart)
{
    const QString symbol = chart->drawings()->symbol();
    if (!m_store || symbol.isEmpty())
        return;
    chart->drawings()->setDrawings(m_store->load(symbol));
    if (!m_store->error().isEmpty())
        emit problem(m_store->error());
}

void DrawingActions::refresh(const QString &symbol)
{
    for (CandleChart *chart : m_charts->charts()) {
        if (chart->drawings()->symbol() == symbol)
            load(chart);
    }
}

void DrawingActions::lineAlert(const Drawing &line)
{
    emit alertRequested(AlertRule::forLine(line));
}

void DrawingActions::listObjects()
{
    CandleChart *chart = m_charts->activeChart();
    if (!chart || !m_store)
        return;
    const QString symbol = chart->drawings()->symbol();
    const int decimals = chart->drawings()->priceDecimals();
    QDialog dialog(m_charts->window());
    dialog.setWindowTitle(tr("Drawings on %1").arg(symbol));
    dialog.resize(720, 360);
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("drawings"));
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *remove = buttons->addButton(tr("Delete"), QDialogButtonBox::ActionRole);
    QPushButton *alert = buttons->addButton(tr("Alert on crossing"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    DrawingList drawings;
    const auto fill = [&] {
        drawings = m_store->load(symbol);
        list->clear();
        for (const Drawing &d : std::as_const(drawings)) {
            QStringList points;
            for (const DrawingPoint &p : d.points) {
                const QString time = QDateTime::fromMSecsSinceEpoch(p.time, QTimeZone::utc())
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                const QString price = LocaleDecimal::fixed(p.price, decimals);
                // A vertical line is a time; a horizontal one a price.
                if (d.kind == Drawing::Kind::VerticalLine)
                    points << time;
                else if (d.kind == Drawing::Kind::HorizontalLine)
                    points << price;
                else
                    points << QStringLiteral("%1 @ %2").arg(price, time);
            }
            list->addItem(
                QStringLiteral("%1%2: %3")
                    .arg(Drawing::kindName(d.kind),
                        d.text.isEmpty() ? QString() : QStringLiteral(" «%1»").arg(d.text),
                        points.join(QStringLiteral(" → "))));
        }
    };
    const auto isLine = [&](int row) {
        return row >= 0 && row < drawings.size()
            && drawings[row].priceAt(drawings[row].points.constFirst().time).has_value();
    };
    fill();
    // Only a line can be crossed.
    alert->setEnabled(false);
    connect(list, &QListWidget::currentRowChanged, &dialog,
        [&](int row) { alert->setEnabled(isLine(row)); });
    connect(remove, &QPushButton::clicked, &dialog, [&] {
        const int row = list->currentRow();
        if (row < 0 || row >= drawings.size())
            return;
        const Drawing gone = drawings[row];
        m_store->remove(gone.id);
        refresh(symbol);
        emit drawingChanged(gone, true);
        fill();
    });
    connect(alert, &QPushButton::clicked, &dialog, [&] {
        if (isLine(list->currentRow()))
            lineAlert(drawings[list->currentRow()]);
    });
    dialog.exec();
}

} // namespace kairos
