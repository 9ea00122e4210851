#include "ChartWorkspace.h"

#include "Settings.h"

#include <QEvent>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSplitter>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace kairos {

namespace {

// The settings' names of PricePane::Style and CandleChart::PriceScale, in
// their order (also what earlier versions saved for their one chart).
const std::array<QLatin1StringView, 4> StyleKeys = { QLatin1StringView("candles"),
    QLatin1StringView("bars"), QLatin1StringView("line"), QLatin1StringView("heikinAshi") };
const std::array<QLatin1StringView, 3> ScaleKeys
    = { QLatin1StringView("linear"), QLatin1StringView("log"), QLatin1StringView("percent") };

template<std::size_t N>
int keyIndex(const std::array<QLatin1StringView, N> &keys, const QString &key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (keys[i] == key)
            return int(i);
    }
    return -1;
}

constexpr int MaxDepth = 6;

} // namespace

ChartWorkspace::ChartWorkspace(const InstrumentList &instruments, QWidget *parent)
    : QTabWidget(parent)
    , m_instruments(instruments)
{
    setObjectName(QStringLiteral("ChartWorkspace"));
    setDocumentMode(true);
    setMovable(true);
    auto *add = new QToolButton(this);
    add->setText(QStringLiteral("+"));
    add->setAutoRaise(true);
    add->setToolTip(tr("New chart tab (Ctrl+T)"));
    connect(add, &QToolButton::clicked, this, &ChartWorkspace::addChartTab);
    setCornerWidget(add, Qt::TopRightCorner);
    connect(this, &QTabWidget::tabCloseRequested, this, &ChartWorkspace::closeTab);
    connect(this, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab < 0 || m_restoring)
            return;
        const QList<CandleChart *> shown = chartsOfTab(tab);
        if (shown.isEmpty())
            return;
        CandleChart *last = m_lastActive.value(widget(tab));
        setActiveChart(shown.contains(last) ? last : shown.constFirst());
        save();
    });
    connect(tabBar(), &QTabBar::tabMoved, this, [this] { save(); });
}

QList<CandleChart *> ChartWorkspace::charts() const
{
    QList<CandleChart *> out;
    for (int tab = 0; tab < count(); ++tab)
        collect(widget(tab), out);
    return out;
}

QList<CandleChart *> ChartWorkspace::chartsOfTab(int tab) const
{
    QList<CandleChart *> out;
    if (tab >= 0 && tab < count())
        collect(widget(tab), out);
    return out;
}

void ChartWorkspace::collect(QWidget *node, QList<CandleChart *> &out) const
{
    if (auto *splitter = qobject_cast<QSplitter *>(node)) {
        for (int i = 0; i < splitter->count(); ++i)
            collect(splitter->widget(i), out);
    } else if (auto *chart
        = node->findChild<CandleChart *>(QString(), Qt::FindDirectChildrenOnly)) {
        out.append(chart);
    }
}

ChartSubscriptionList ChartWorkspace::subscriptions() const
{
    ChartSubscriptionList out;
    for (const CandleChart *chart : charts()) {
        const Slot &slot = m_slots[chart];
        out.append({ slot.id, slot.symbol, slot.timeframe });
    }
    return out;
}

CandleChart *ChartWorkspace::chartWithId(int id) const
{
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (it->id == id)
            return const_cast<CandleChart *>(it.key());
    }
    return nullptr;
}

quint32 ChartWorkspace::symbolOf(const CandleChart *chart) const
{
    return m_slots.value(chart).symbol;
}

Timeframe ChartWorkspace::timeframeOf(const CandleChart *chart) const
{
    return m_slots.value(chart).timeframe;
}

int ChartWorkspace::tabOf(const CandleChart *chart) const
{
    for (int tab = 0; tab < count(); ++tab) {
        if (widget(tab)->isAncestorOf(chart))
            return tab;
    }
    return -1;
}

bool ChartWorkspace::show(quint32 symbol, Timeframe timeframe)
{
    if (!m_active || symbol >= quint32(m_instruments.size()))
        return false;
    Slot &active = m_slots[m_active];
    if (active.symbol == symbol && active.timeframe == timeframe)
        return false;
    active.timeframe = timeframe;
    if (m_linkSymbols) {
        for (const CandleChart *chart : chartsOfTab(tabOf(m_active)))
            m_slots[chart].symbol = symbol;
    }
    active.symbol = symbol;
    changed();
    return true;
}

void ChartWorkspace::setActiveChart(CandleChart *chart)
{
    if (!chart || !m_slots.contains(chart))
        return;
    const bool isNew = chart != m_active;
    m_active = chart;
    const int tab = tabOf(chart);
    if (tab >= 0) {
        m_lastActive.insert(widget(tab), chart);
        if (tab != currentIndex()) {
            const QSignalBlocker blocker(this);
            setCurrentIndex(tab);
        }
    }
    // The active chart is framed where there is more than one to choose from.
    const QList<CandleChart *> shown = chartsOfTab(tab);
    for (CandleChart *c : shown) {
        auto *frame = qobject_cast<QFrame *>(c->parentWidget());
        const QColor colour = c == chart && shown.size() > 1 ? palette().color(QPalette::Highlight)
                                                             : palette().color(QPalette::Window);
        QPalette framePalette = frame->palette();
        framePalette.setColor(QPalette::WindowText, colour);
        frame->setPalette(framePalette);
    }
    if (isNew)
        emit activeChartChanged(chart);
}

QFrame *ChartWorkspace::makeChart(const ChartState &state)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("ChartFrame"));
    frame->setFrameShape(QFrame::Box);
    frame->setLineWidth(2);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *chart = new CandleChart(frame);
    layout->addWidget(chart);
    chart->setStyle(state.style);
    chart->setPriceScale(state.scale);
    chart->installEventFilter(this);
    m_slots.insert(chart, { m_nextId++, state.symbol, state.timeframe });
    linkCrosshair(chart);
    emit chartAdded(chart);
    if (state.studies)
        chart->studies()->showKeys(*state.studies);
    if (!state.studyList.isEmpty())
        chart->setStudyList(state.studyList);
    return frame;
}

void ChartWorkspace::linkCrosshair(CandleChart *chart)
{
    connect(chart, &CandleChart::crosshairMoved, this, [this, chart](qint64 time) {
        if (!m_linkCrosshair)
            return;
        for (CandleChart *other : chartsOfTab(tabOf(chart))) {
            if (other != chart)
                other->showTimeAt(time);
        }
    });
    connect(chart, &CandleChart::crosshairLeft, this, [this, chart] {
        if (!m_linkCrosshair)
            return;
        for (CandleChart *other : chartsOfTab(tabOf(chart))) {
            if (other != chart)
                other->hideTime();
        }
    });
}

ChartWorkspace::ChartState ChartWorkspace::stateOf(const CandleChart *chart) const
{
    if (!chart)
        return {};
    const Slot &slot = m_slots[chart];
    return { slot.symbol, slot.timeframe, chart->style(), chart->priceScale(),
        chart->studies()->shownKeys(), chart->studyList() };
}

QSplitter *ChartWorkspace::makeSplitter(Qt::Orientation orientation)
{
    auto *splitter = new QSplitter(orientation);
    splitter->setChildrenCollapsible(false);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { save(); });
    return splitter;
}

void ChartWorkspace::removeChart(CandleChart *chart)
{
    m_slots.remove(chart);
    for (auto it = m_lastActive.begin(); it != m_lastActive.end();) {
        if (it.value() == chart)
            it = m_lastActive.erase(it);
        else
            ++it;
    }
    if (m_active == chart)
        m_active = nullptr;
    delete chart->parentWidget();
}

void ChartWorkspace::arrange(Layout layout)
{
    const int tab = currentIndex();
    if (tab < 0)
        return;
    QWidget *old = widget(tab);
    QList<CandleChart *> kept = chartsOfTab(tab);
    const int wanted = layout == Layout::Single ? 1 : layout == Layout::Grid ? 4 : 2;
    const ChartState like = stateOf(m_active ? m_active : kept.value(0));
    QList<QWidget *> frames;
    for (CandleChart *chart : std::as_const(kept)) {
        if (frames.size() < wanted)
            frames.append(chart->parentWidget());
        else
            removeChart(chart);
    }
    const int others = int(charts().size()) - int(frames.size());
    while (frames.size() < wanted && others + frames.size() < MaxCharts)
        frames.append(makeChart(like));
    QSplitter *root = nullptr;
    if (layout == Layout::Grid && frames.size() == 4) {
        root = makeSplitter(Qt::Vertical);
        for (int row = 0; row < 2; ++row) {
            QSplitter *line = makeSplitter(Qt::Horizontal);
            line->addWidget(frames[row * 2]);
            line->addWidget(frames[row * 2 + 1]);
            root->addWidget(line);
        }
    } else {
        root = makeSplitter(layout == Layout::TwoRows ? Qt::Vertical : Qt::Horizontal);
        for (QWidget *frame : std::as_const(frames))
            root->addWidget(frame);
    }
    {
        const QSignalBlocker blocker(this);
        insertTab(tab, root, QString());
        removeTab(tab + 1);
        setCurrentIndex(tab);
    }
    m_lastActive.remove(old);
    delete old;
    const QList<CandleChart *> shown = chartsOfTab(tab);
    setActiveChart(shown.contains(m_active) ? m_active : shown.constFirst());
    changed();
}

void ChartWorkspace::split(Qt::Orientation orientation)
{
    if (!m_active || m_slots.size() >= MaxCharts)
        return;
    QWidget *frame = m_active->parentWidget();
    auto *parent = qobject_cast<QSplitter *>(frame->parentWidget());
    if (!parent)
        return;
    QFrame *added = makeChart(stateOf(m_active));
    const int index = parent->indexOf(frame);
    if (parent->orientation() == orientation || parent->count() == 1) {
        parent->setOrientation(orientation);
        parent->insertWidget(index + 1, added);
        parent->setSizes(QList<int>(parent->count(), 1000));
    } else {
        QSplitter *pair = makeSplitter(orientation);
        parent->replaceWidget(index, pair);
        pair->addWidget(frame);
        pair->addWidget(added);
        pair->setSizes({ 1000, 1000 });
    }
    setActiveChart(added->findChild<CandleChart *>());
    changed();
}

void ChartWorkspace::closeActiveChart()
{
    if (!m_active || charts().size() <= 1)
        return;
    const int tab = tabOf(m_active);
    if (chartsOfTab(tab).size() == 1) {
        closeTab(tab);
        return;
    }
    auto *parent = qobject_cast<QSplitter *>(m_active->parentWidget()->parentWidget());
    removeChart(m_active);
    // A split left with one chart gives way to it.
    auto *grandparent = parent ? qobject_cast<QSplitter *>(parent->parentWidget()) : nullptr;
    if (parent && grandparent && parent->count() == 1) {
        grandparent->replaceWidget(grandparent->indexOf(parent), parent->widget(0));
        delete parent;
    }
    setActiveChart(chartsOfTab(tab).constFirst());
    changed();
}

void ChartWorkspace::closeTab(int tab)
{
    if (count() <= 1 || tab < 0 || tab >= count())
        return;
    QWidget *page = widget(tab);
    for (CandleChart *chart : chartsOfTab(tab))
        removeChart(chart);
    m_lastActive.remove(page);
    {
        const QSignalBlocker blocker(this);
        removeTab(tab);
    }
    delete page;
    const QList<CandleChart *> shown = chartsOfTab(currentIndex());
    CandleChart *last = m_lastActive.value(currentWidget());
    setActiveChart(shown.contains(last) ? last : shown.constFirst());
    changed();
}

void ChartWorkspace::addChartTab()
{
    if (m_slots.size() >= MaxCharts)
        return;
    QSplitter *root = makeSplitter(Qt::Horizontal);
    QFrame *frame = makeChart(stateOf(m_active));
    root->addWidget(frame);
    {
        const QSignalBlocker blocker(this);
        setCurrentIndex(addTab(root, QString()));
    }
    setActiveChart(frame->findChild<CandleChart *>());
    changed();
}

void ChartWorkspace::setSymbolsLinked(bool linked)
{
    m_linkSymbols = linked;
    if (!linked || !m_active) {
        save();
        return;
    }
    const quint32 symbol = m_slots[m_active].symbol;
    bool moved = false;
    for (const CandleChart *chart : chartsOfTab(tabOf(m_active))) {
        moved = moved || m_slots[chart].symbol != symbol;
        m_slots[chart].symbol = symbol;
    }
    if (moved)
        changed();
    else
        save();
}

void ChartWorkspace::setCrosshairLinked(bool linked)
{
    m_linkCrosshair = linked;
    if (!linked) {
        for (CandleChart *chart : charts())
            chart->hideTime();
    }
    save();
}

bool ChartWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::FocusIn) {
        if (auto *chart = qobject_cast<CandleChart *>(watched))
            setActiveChart(chart);
    }
    return QTabWidget::eventFilter(watched, event);
}

void ChartWorkspace::changed()
{
    updateTitles();
    save();
    emit subscriptionsChanged();
}

void ChartWorkspace::updateTitles()
{
    for (int tab = 0; tab < count(); ++tab) {
        const QList<CandleChart *> shown = chartsOfTab(tab);
        if (shown.isEmpty())
            continue;
        const Slot &first = m_slots[shown.constFirst()];
        const QString title = QStringLiteral("%1 · %2").arg(
            m_instruments.value(first.symbol).symbol, first.timeframe.label());
        setTabText(tab,
            shown.size() == 1 ? title : tr("%1 +%n", nullptr, int(shown.size() - 1)).arg(title));
    }
    setTabsClosable(count() > 1); // the last tab stays
}

QJsonObject ChartWorkspace::nodeState(QWidget *node) const
{
    if (auto *splitter = qobject_cast<QSplitter *>(node)) {
        QJsonArray items;
        QJsonArray sizes;
        for (int i = 0; i < splitter->count(); ++i)
            items.append(nodeState(splitter->widget(i)));
        for (int size : splitter->sizes())
            sizes.append(size);
        return { { QStringLiteral("split"),
                     splitter->orientation() == Qt::Horizontal ? QStringLiteral("horizontal")
                                                               : QStringLiteral("vertical") },
            { QStringLiteral("sizes"), sizes }, { QStringLiteral("items"), items } };
    }
    const CandleChart *chart = node->findChild<CandleChart *>();
    const ChartState state = stateOf(chart);
    QJsonArray studyList;
    for (const ChartStudy &study : state.studyList)
        studyList.append(study.toJson());
    return { { QStringLiteral("symbol"), m_instruments.value(state.symbol).symbol },
        { QStringLiteral("timeframe"), qint64(state.timeframe.seconds()) },
        { QStringLiteral("type"), QString(StyleKeys[std::size_t(state.style)]) },
        { QStringLiteral("scale"), QString(ScaleKeys[std::size_t(state.scale)]) },
        { QStringLiteral("studies"),
            QJsonArray::fromStringList(state.studies.value_or(QStringList())) },
        { QStringLiteral("studyList"), studyList } };
}

QJsonObject ChartWorkspace::state() const
{
    QJsonArray tabs;
    for (int tab = 0; tab < count(); ++tab)
        tabs.append(nodeState(widget(tab)));
    const QList<CandleChart *> shown = chartsOfTab(currentIndex());
    return { { QStringLiteral("tabs"), tabs }, { QStringLiteral("currentTab"), currentIndex() },
        { QStringLiteral("activeChart"), int(std::max<qsizetype>(0, shown.indexOf(m_active))) },
        { QStringLiteral("linkSymbols"), m_linkSymbols },
        { QStringLiteral("linkCrosshair"), m_linkCrosshair } };
}

ChartWorkspace::ChartState ChartWorkspace::readChart(
    const QJsonObject &chart, QString *problem) const
{
    ChartState state;
    const QString symbol = chart.value(QStringLiteral("symbol")).toString();
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_instruments.size(); ++i) {
        if (m_instruments[i].symbol == symbol)
            index = i;
    }
    if (index >= 0)
        state.symbol = quint32(index);
    else if (problem)
        *problem = tr("the saved chart of %1 shows %2: this session does not trade it")
                       .arg(symbol, m_instruments.value(0).symbol);
    const Timeframe timeframe
        = Timeframe::fromSeconds(chart.value(QStringLiteral("timeframe")).toInteger());
    if (Timeframe::standard().contains(timeframe))
        state.timeframe = timeframe;
    const int style = keyIndex(StyleKeys, chart.value(QStringLiteral("type")).toString());
    state.style = PricePane::Style(std::max(style, 0));
    const int scale = keyIndex(ScaleKeys, chart.value(QStringLiteral("scale")).toString());
    state.scale = CandleChart::PriceScale(std::max(scale, 0));
    if (const QJsonValue studies = chart.value(QStringLiteral("studies")); studies.isArray()) {
        state.studies.emplace();
        for (const QJsonValue &key : studies.toArray())
            state.studies->append(key.toString());
    }
    // A study this version does not know (a layout of a later one) is left
    // out, the others kept.
    for (const QJsonValue &study : chart.value(QStringLiteral("studyList")).toArray()) {
        QString why;
        if (const auto parsed = ChartStudy::fromJson(study.toObject(), &why))
            state.studyList.append(*parsed);
        else if (problem && problem->isEmpty())
            *problem = tr("a saved chart's study was left out: %1").arg(why);
    }
    return state;
}

QWidget *ChartWorkspace::buildNode(const QJsonValue &value, int depth, QString *problem)
{
    const QJsonObject node = value.toObject();
    if (!node.contains(QStringLiteral("split"))) {
        if (!node.value(QStringLiteral("symbol")).isString() || m_slots.size() >= MaxCharts)
            return nullptr;
        return makeChart(readChart(node, problem));
    }
    const QJsonArray items = node.value(QStringLiteral("items")).toArray();
    if (depth >= MaxDepth || items.isEmpty())
        return nullptr;
    QSplitter *splitter = makeSplitter(node.value(QStringLiteral("split")).toString() == u"vertical"
            ? Qt::Vertical
            : Qt::Horizontal);
    for (const QJsonValue &item : items) {
        if (QWidget *child = buildNode(item, depth + 1, problem))
            splitter->addWidget(child);
    }
    QList<int> sizes;
    for (const QJsonValue &size : node.value(QStringLiteral("sizes")).toArray())
        sizes.append(std::max(1, size.toInt()));
    if (sizes.size() == splitter->count())
        splitter->setSizes(sizes);
    if (splitter->count() == 0) {
        delete splitter;
        return nullptr;
    }
    return splitter;
}

void ChartWorkspace::clearTabs()
{
    const QSignalBlocker blocker(this);
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        delete page;
    }
    m_slots.clear();
    m_lastActive.clear();
    m_active = nullptr;
}

void ChartWorkspace::restore(const QJsonObject &state, QString *problem)
{
    m_restoring = true;
    clearTabs();
    for (const QJsonValue &tab : state.value(QStringLiteral("tabs")).toArray()) {
        QWidget *root = buildNode(tab, 0, problem);
        if (!root)
            continue;
        if (!qobject_cast<QSplitter *>(root)) {
            QSplitter *single = makeSplitter(Qt::Horizontal);
            single->addWidget(root);
            root = single;
        }
        const QSignalBlocker blocker(this);
        addTab(root, QString());
    }
    if (count() == 0) {
        if (problem && !state.isEmpty() && problem->isEmpty())
            *problem = tr("the saved chart layout does not read: one chart is shown");
        QSplitter *root = makeSplitter(Qt::Horizontal);
        root->addWidget(makeChart({}));
        const QSignalBlocker blocker(this);
        addTab(root, QString());
    }
    m_linkSymbols = state.value(QStringLiteral("linkSymbols")).toBool();
    m_linkCrosshair = state.value(QStringLiteral("linkCrosshair")).toBool();
    const int tab = std::clamp(state.value(QStringLiteral("currentTab")).toInt(), 0, count() - 1);
    {
        const QSignalBlocker blocker(this);
        setCurrentIndex(tab);
    }
    const QList<CandleChart *> shown = chartsOfTab(tab);
    const int active = state.value(QStringLiteral("activeChart")).toInt();
    m_restoring = false;
    setActiveChart(shown.value(active, shown.constFirst()));
    changed();
}

void ChartWorkspace::restoreSaved(QString *problem)
{
    const QByteArray saved = Settings::chartLayout.value();
    if (!saved.isEmpty()) {
        restore(QJsonDocument::fromJson(saved).object(), problem);
        return;
    }
    QJsonObject chart { { QStringLiteral("timeframe"), Settings::chartTimeframe.value() },
        { QStringLiteral("type"), Settings::chartStyle.value() },
        { QStringLiteral("scale"), Settings::chartScale.value() } };
    const QString symbol = Settings::chartSymbol.value();
    // An earlier version's chart, or none: the first instrument, quietly.
    const bool known = std::any_of(m_instruments.cbegin(), m_instruments.cend(),
        [&symbol](const Instrument &i) { return i.symbol == symbol; });
    chart.insert(QStringLiteral("symbol"), known ? symbol : m_instruments.value(0).symbol);
    restore({ { QStringLiteral("tabs"), QJsonArray { chart } } });
}

void ChartWorkspace::save() const
{
    if (m_restoring || count() == 0)
        return;
    Settings::chartLayout.setValue(QJsonDocument(state()).toJson(QJsonDocument::Compact));
}

} // namespace kairos
