#include "ChartDrawings.h"

#include "ChartColors.h"
#include "model/LocaleDecimal.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>

#include <cmath>

namespace kairos {

namespace {

// How near, in pixels, a click must be to pick a drawing or one of its points.
constexpr double PickPixels = 6.0;
constexpr double PointPixels = 9.0;

double keyOf(const DrawingPoint &point)
{
    return double(point.time) / 1000.0;
}

} // namespace

ChartDrawings::ChartDrawings(QCustomPlot *plot, QCPAxisRect *priceRect, CandleAt candleAt)
    : QObject(plot)
    , m_plot(plot)
    , m_priceRect(priceRect)
    , m_candleAt(std::move(candleAt))
{
    plot->addLayer(
        QStringLiteral("drawings"), plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_layer = plot->layer(QStringLiteral("drawings"));
    m_textPrompt = [plot] { return QInputDialog::getText(plot, tr("Text note"), tr("Note:")); };
}

void ChartDrawings::setSeries(const QString &symbol, int priceDecimals, double candleHalf)
{
    m_symbol = symbol;
    m_priceDecimals = priceDecimals;
    m_candleHalf = candleHalf;
    m_placing.reset();
    m_measureFrom.reset();
    m_measureTo.reset();
    m_dragFrom.reset();
    m_selected.reset();
    m_drawings.clear();
    redraw();
    emit seriesChanged(symbol);
}

void ChartDrawings::setDrawings(const DrawingList &drawings)
{
    m_drawings = drawings;
    if (m_selected && *m_selected >= m_drawings.size())
        m_selected.reset();
    redraw();
}

void ChartDrawings::setTool(std::optional<int> tool)
{
    m_tool = tool;
    m_placing.reset();
    m_hover.reset();
    m_measureFrom.reset();
    m_measureTo.reset();
    redraw();
}

void ChartDrawings::edit(qsizetype index, const Drawing &drawing)
{
    if (index < 0 || index >= m_drawings.size() || m_drawings[index] == drawing)
        return;
    m_drawings[index] = drawing;
    redraw();
    emit changed(drawing);
}

void ChartDrawings::select(std::optional<qsizetype> index)
{
    if (index && (*index < 0 || *index >= m_drawings.size()))
        index.reset();
    if (m_selected == index)
        return;
    m_selected = index;
    redraw();
}

DrawingPoint ChartDrawings::pointAt(const QPointF &pos) const
{
    const double key = m_priceRect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
    QCPAxis *prices = m_priceRect->axis(QCPAxis::atRight);
    DrawingPoint point { std::llround(key * 1000.0), prices->pixelToCoord(pos.y()) };
    if (!m_magnet)
        return point;
    const std::optional<Candle> candle = m_candleAt(key);
    if (!candle)
        return point;
    // The candle's centre, and whichever of its prices is nearest on screen.
    point.time = candle->time + std::llround(m_candleHalf * 1000.0);
    double nearest = std::numeric_limits<double>::max();
    for (const Decimal &price : { candle->open, candle->high, candle->low, candle->close }) {
        const double distance = std::abs(prices->coordToPixel(price.toDouble()) - pos.y());
        if (distance < nearest) {
            nearest = distance;
            point.price = price.toDouble();
        }
    }
    return point;
}

QPointF ChartDrawings::pixelOf(const DrawingPoint &point) const
{
    return { m_priceRect->axis(QCPAxis::atBottom)->coordToPixel(keyOf(point)),
        m_priceRect->axis(QCPAxis::atRight)->coordToPixel(point.price) };
}

QCPItemLine *ChartDrawings::segment(const DrawingPoint &a, const DrawingPoint &b, const QPen &pen)
{
    auto *line = new QCPItemLine(m_plot);
    for (QCPItemPosition *p : { line->start, line->end })
        p->setAxes(m_priceRect->axis(QCPAxis::atBottom), m_priceRect->axis(QCPAxis::atRight));
    line->start->setCoords(keyOf(a), a.price);
    line->end->setCoords(keyOf(b), b.price);
    line->setPen(pen);
    m_items.append(line);
    return line;
}

void ChartDrawings::label(
    const DrawingPoint &at, const QString &text, const QColor &color, Qt::Alignment alignment)
{
    auto *item = new QCPItemText(m_plot);
    item->position->setAxes(
        m_priceRect->axis(QCPAxis::atBottom), m_priceRect->axis(QCPAxis::atRight));
    item->position->setCoords(keyOf(at), at.price);
    item->setPositionAlignment(alignment);
    item->setText(text);
    item->setColor(color);
    // Readable over candles and lines.
    QColor backdrop = ChartColors::Background;
    backdrop.setAlpha(190);
    item->setBrush(backdrop);
    item->setPadding(QMargins(3, 1, 3, 1));
    item->setClipAxisRect(m_priceRect);
    item->setLayer(m_layer);
    item->setSelectable(false);
    m_items.append(item);
}

void ChartDrawings::drawOne(const Drawing &drawing, bool selected, bool preview)
{
    // The theme's text colour unless chosen: no study line is drawn in it.
    const QColor color = drawing.color.isEmpty() ? ChartColors::Text : QColor(drawing.color);
    QPen pen(color, selected ? 2.6 : 1.4, preview ? Qt::DashLine : Qt::SolidLine);
    QCPAxis *time = m_priceRect->axis(QCPAxis::atBottom);
    QCPAxis *prices = m_priceRect->axis(QCPAxis::atRight);
    const qsizetype first = m_items.size();
    const auto price = [this](double p) { return LocaleDecimal::fixed(p, m_priceDecimals); };
    const QList<DrawingPoint> &pts = drawing.points;
    switch (drawing.kind) {
    case Drawing::Kind::HorizontalLine:
    case Drawing::Kind::VerticalLine: {
        auto *line = new QCPItemStraightLine(m_plot);
        for (QCPItemPosition *p : { line->point1, line->point2 })
            p->setAxes(time, prices);
        const bool horizontal = drawing.kind == Drawing::Kind::HorizontalLine;
        line->point1->setCoords(keyOf(pts[0]), pts[0].price);
        line->point2->setCoords(
            keyOf(pts[0]) + (horizontal ? 1.0 : 0.0), pts[0].price + (horizontal ? 0.0 : 1.0));
        line->setPen(pen);
        m_items.append(line);
        if (horizontal) {
            label(pts[0],
                drawing.text.isEmpty() ? price(pts[0].price)
                                       : drawing.text + QLatin1Char(' ') + price(pts[0].price),
                color, Qt::AlignRight | Qt::AlignBottom);
            // At the pane's right edge wherever the view goes.
            QCPItemPosition *at = qobject_cast<QCPItemText *>(m_items.constLast())->position;
            at->setTypeX(QCPItemPosition::ptAxisRectRatio);
            at->setAxisRect(m_priceRect);
            at->setCoords(0.995, pts[0].price);
        }
        break;
    }
    case Drawing::Kind::TrendLine:
        segment(pts[0], pts[1], pen);
        break;
    case Drawing::Kind::Ray: {
        // On past the second point, as far as any view reaches.
        const double reach = 1e4;
        const DrawingPoint far { pts[0].time
                + std::llround(double(pts[1].time - pts[0].time) * reach),
            pts[0].price + (pts[1].price - pts[0].price) * reach };
        segment(pts[0], pts[1].time == pts[0].time ? pts[1] : far, pen);
        break;
    }
    case Drawing::Kind::Rectangle: {
        auto *rect = new QCPItemRect(m_plot);
        for (QCPItemPosition *p : { rect->topLeft, rect->bottomRight })
            p->setAxes(time, prices);
        rect->topLeft->setCoords(
            std::min(keyOf(pts[0]), keyOf(pts[1])), std::max(pts[0].price, pts[1].price));
        rect->bottomRight->setCoords(
            std::max(keyOf(pts[0]), keyOf(pts[1])), std::min(pts[0].price, pts[1].price));
        rect->setPen(pen);
        QColor fill = color;
        fill.setAlpha(selected ? 60 : 35);
        rect->setBrush(fill);
        m_items.append(rect);
        break;
    }
    case Drawing::Kind::Channel: {
        segment(pts[0], pts[1], pen);
        if (pts.size() < 3)
            break;
        // The parallel through the third point, and the middle between.
        const double offset = drawing.channelOffset().value_or(pts[2].price - pts[0].price);
        segment(
            { pts[0].time, pts[0].price + offset }, { pts[1].time, pts[1].price + offset }, pen);
        QPen middle = pen;
        middle.setStyle(Qt::DotLine);
        segment({ pts[0].time, pts[0].price + offset / 2 },
            { pts[1].time, pts[1].price + offset / 2 }, middle);
        break;
    }
    case Drawing::Kind::Fibonacci: {
        // From the first point's price (100%) back to the second's (0%).
        const std::int64_t left = std::min(pts[0].time, pts[1].time);
        const std::int64_t right = std::max(pts[0].time, pts[1].time);
        // The labels stay in view while any of the levels is, and a level
        // closer than a line of text to the last labelled one goes without.
        const std::int64_t labelled
            = std::max<std::int64_t>(left, std::llround(time->range().lower * 1000.0));
        const double lineHeight = QFontMetricsF(m_plot->font()).height();
        double lastY = std::numeric_limits<double>::lowest();
        for (double level : Drawing::fibonacciLevels()) {
            const double p = pts[1].price - (pts[1].price - pts[0].price) * level;
            QPen levelPen = pen;
            levelPen.setWidthF(level == 0.0 || level == 1.0 ? pen.widthF() : 1.0);
            segment({ left, p }, { right, p }, levelPen);
            const double y = prices->coordToPixel(p);
            if (std::abs(y - lastY) < lineHeight || labelled > right)
                continue;
            lastY = y;
            label({ labelled, p },
                QStringLiteral("%1% %2").arg(LocaleDecimal::fixed(level * 100.0, 1), price(p)),
                color, Qt::AlignLeft | Qt::AlignBottom);
        }
        break;
    }
    case Drawing::Kind::Text:
        label(pts[0], drawing.text.isEmpty() ? tr("Note") : drawing.text, color,
            Qt::AlignLeft | Qt::AlignBottom);
        if (selected) {
            auto *frame = qobject_cast<QCPItemText *>(m_items.constLast());
            frame->setPen(QPen(color));
        }
        break;
    }
    for (qsizetype i = first; i < m_items.size(); ++i) {
        m_items[i]->setLayer(m_layer);
        m_items[i]->setClipAxisRect(m_priceRect);
        m_items[i]->setSelectable(false);
    }
}

void ChartDrawings::redraw()
{
    for (QCPAbstractItem *item : std::as_const(m_items))
        m_plot->removeItem(item);
    m_items.clear();
    m_itemsOf.clear();
    for (qsizetype i = 0; i < m_drawings.size(); ++i) {
        const qsizetype first = m_items.size();
        drawOne(m_drawings[i], m_selected == i, false);
        m_itemsOf.append(m_items.mid(first));
    }
    if (m_placing && m_hover) {
        Drawing preview = *m_placing;
        preview.points.append(*m_hover);
        // A channel's third point is the pointer until clicked.
        while (preview.points.size() < Drawing::pointCount(preview.kind))
            preview.points.append(*m_hover);
        drawOne(preview, false, true);
    }
    if (m_measureFrom && m_measureTo) {
        Drawing box;
        box.kind = Drawing::Kind::Rectangle;
        box.points = { *m_measureFrom, *m_measureTo };
        box.color = ChartColors::Crosshair.name();
        drawOne(box, false, true);
        // The reading on the side of the pointer with room for it.
        const bool rightHalf = pixelOf(*m_measureTo).x() > m_priceRect->center().x();
        label(*m_measureTo, measureText(), ChartColors::Text,
            (rightHalf ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        m_items.constLast()->setLayer(m_layer);
    }
    m_layer->replot();
}

QString ChartDrawings::measureText() const
{
    if (!m_measureFrom || !m_measureTo)
        return {};
    const double from = m_measureFrom->price;
    const double change = m_measureTo->price - from;
    const std::int64_t seconds = std::abs(m_measureTo->time - m_measureFrom->time) / 1000;
    const qint64 bars
        = m_candleHalf > 0.0 ? std::llround(double(seconds) / (2.0 * m_candleHalf)) : 0;
    QString span;
    if (seconds >= 86'400)
        span = tr("%1 d %2 h").arg(seconds / 86'400).arg(seconds % 86'400 / 3600);
    else if (seconds >= 3600)
        span = tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    else
        span = tr("%1 min").arg(seconds / 60);
    const QString percent = from != 0.0
        ? LocaleDecimal::fixed(100.0 * change / from, 2) + QLatin1Char('%')
        : QStringLiteral("—");
    return tr("%1%2 (%3%4) · %5 · %n bar(s)", nullptr, int(bars))
        .arg(change >= 0 ? QStringLiteral("+") : QString(),
            LocaleDecimal::fixed(change, m_priceDecimals),
            change >= 0 ? QStringLiteral("+") : QString(), percent, span);
}

std::optional<qsizetype> ChartDrawings::drawingAt(const QPointF &pos) const
{
    std::optional<qsizetype> best;
    double nearest = PickPixels;
    for (qsizetype i = 0; i < m_itemsOf.size(); ++i) {
        for (QCPAbstractItem *item : m_itemsOf[i]) {
            const double distance = item->selectTest(pos, false);
            if (distance >= 0 && distance <= nearest) {
                nearest = distance;
                best = i;
            }
        }
    }
    return best;
}

bool ChartDrawings::press(const QPointF &pos)
{
    if (!m_priceRect->rect().contains(pos.toPoint()))
        return false;
    if (m_tool == MeasureTool) {
        if (!m_measureFrom || !m_hover) {
            m_measureFrom = m_measureTo = pointAt(pos);
            m_hover = m_measureFrom; // following the pointer
        } else {
            m_measureTo = pointAt(pos);
            m_hover.reset(); // fixed until the next click
        }
        redraw();
        return true;
    }
    if (m_tool) {
        if (!m_placing) {
            m_placing.emplace();
            m_placing->kind = Drawing::Kind(*m_tool);
            m_placing->symbol = m_symbol;
        }
        m_placing->points.append(pointAt(pos));
        if (m_placing->isComplete()) {
            Drawing drawing = *std::exchange(m_placing, std::nullopt);
            m_hover.reset();
            const bool note = drawing.kind == Drawing::Kind::Text;
            if (note)
                drawing.text = m_textPrompt();
            m_tool.reset();
            if (!note || !drawing.text.isEmpty())
                emit added(drawing);
            emit toolFinished();
        }
        redraw();
        return true;
    }
    const std::optional<qsizetype> hit = drawingAt(pos);
    select(hit);
    if (!hit)
        return false;
    m_dragFrom = m_drawings[*hit];
    m_dragStart = pointAt(pos);
    m_dragPoint = -1;
    for (int p = 0; p < m_dragFrom->points.size(); ++p) {
        if (QLineF(pixelOf(m_dragFrom->points[p]), pos).length() <= PointPixels)
            m_dragPoint = p;
    }
    return true;
}

bool ChartDrawings::move(const QPointF &pos)
{
    if ((m_tool && m_placing) || (m_tool == MeasureTool && m_measureFrom && m_hover)) {
        m_hover = pointAt(pos);
        if (m_tool == MeasureTool)
            m_measureTo = m_hover;
        redraw();
        return false; // the crosshair follows too
    }
    if (!m_dragFrom || !m_selected)
        return false;
    const DrawingPoint now = pointAt(pos);
    Drawing moved = *m_dragFrom;
    if (m_dragPoint >= 0)
        moved.points[m_dragPoint] = now;
    else
        moved = m_dragFrom->movedBy(now.time - m_dragStart.time, now.price - m_dragStart.price);
    m_drawings[*m_selected] = moved;
    redraw();
    return true;
}

bool ChartDrawings::release(const QPointF &)
{
    if (!m_dragFrom || !m_selected)
        return false;
    const Drawing from = *std::exchange(m_dragFrom, std::nullopt);
    if (!(m_drawings[*m_selected] == from))
        emit changed(m_drawings[*m_selected]);
    return true;
}

bool ChartDrawings::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (m_tool || m_measureFrom)) {
        setTool(std::nullopt);
        emit toolFinished();
        return true;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_selected) {
        const Drawing gone = m_drawings.takeAt(*m_selected);
        m_selected.reset();
        redraw();
        emit removed(gone);
        return true;
    }
    if (event->matches(QKeySequence::Copy) && m_selected) {
        m_copied = m_drawings[*m_selected];
        return true;
    }
    // A copy stays on its symbol: its prices mean nothing on another.
    if (event->matches(QKeySequence::Paste) && m_copied && m_copied->symbol == m_symbol) {
        // A little later than the original, so both show.
        const QCPRange view = m_priceRect->axis(QCPAxis::atBottom)->range();
        Drawing copy = m_copied->movedBy(std::llround(view.size() * 1000.0 / 20.0), 0.0);
        copy.id = 0;
        copy.symbol = m_symbol;
        m_copied = copy;
        emit added(copy);
        return true;
    }
    return false;
}

bool ChartDrawings::showMenu(const QPointF &pos, const QPoint &globalPos)
{
    const std::optional<qsizetype> index = drawingAt(pos);
    if (!index)
        return false;
    select(index);
    const Drawing drawing = m_drawings.at(*index);
    QMenu menu;
    if (drawing.priceAt(drawing.points.constFirst().time))
        menu.addAction(tr("Alert when the price crosses this line"), this,
            [this, drawing] { emit alertRequested(drawing); });
    menu.addAction(tr("Colour…"), this, [this, index = *index, drawing] {
        const QColor chosen = QColorDialog::getColor(
            drawing.color.isEmpty() ? ChartColors::Text : QColor(drawing.color), m_plot,
            tr("Drawing colour"));
        if (!chosen.isValid())
            return;
        Drawing edited = drawing;
        edited.color = chosen.name();
        edit(index, edited);
    });
    menu.addAction(tr("Text…"), this, [this, index = *index, drawing] {
        bool ok = false;
        const QString text = QInputDialog::getText(
            m_plot, tr("Drawing text"), tr("Text:"), QLineEdit::Normal, drawing.text, &ok);
        if (!ok)
            return;
        Drawing edited = drawing;
        edited.text = text.trimmed();
        edit(index, edited);
    });
    menu.addAction(tr("Delete drawing"), this, [this] {
        QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
        keyPress(&del);
    });
    menu.exec(globalPos);
    return true;
}

} // namespace kairos
