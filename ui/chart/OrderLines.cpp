#include "OrderLines.h"

#include "ChartColors.h"
#include "model/LocaleDecimal.h"

#include <cmath>

namespace kairos {

namespace {

Decimal tickOf(int decimals)
{
    std::int64_t units = Decimal::Scale;
    for (int i = 0; i < decimals && units > 1; ++i)
        units /= 10;
    return Decimal::fromUnits(units);
}

// What a line's order shows: its kind, quantity and where it is in its life.
bool sameLines(const OrderList &a, const OrderList &b)
{
    const auto shown = [](const Order &o) {
        return std::tuple(
            o.id, o.quantity, o.filledQuantity, o.limitPrice, o.stopPrice, o.held, o.triggered);
    };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [&shown](const Order &x, const Order &y) { return shown(x) == shown(y); });
}

} // namespace

OrderLines::OrderLines(QCustomPlot *plot, QCPAxisRect *priceRect)
    : m_plot(plot)
    , m_rect(priceRect)
{ }

Decimal OrderLines::priceOf(const Order &order)
{
    if (order.waitsForTrigger())
        return order.stopPrice;
    return order.released() == OrderType::Limit ? order.limitPrice : Decimal();
}

QString OrderLines::labelOf(const Order &order, int priceDecimals)
{
    const QString quantity = LocaleDecimal::display(order.remaining(), Decimal());
    QString kind;
    if (order.parentId > 0 || (order.reduceOnly && order.ocoId > 0))
        kind = order.released() == OrderType::Limit && !order.waitsForTrigger()
            ? tr("Take profit %1").arg(quantity)
            : tr("Stop loss %1").arg(quantity);
    else if (order.type == OrderType::TrailingStop)
        kind = tr("%1 %2 trailing stop")
                   .arg(order.side == Side::Buy ? tr("Buy") : tr("Sell"), quantity);
    else if (order.waitsForTrigger())
        kind = tr("%1 %2 stop").arg(order.side == Side::Buy ? tr("Buy") : tr("Sell"), quantity);
    else
        kind = tr("%1 %2 limit").arg(order.side == Side::Buy ? tr("Buy") : tr("Sell"), quantity);
    QString text = tr("%1 #%2 at %3")
                       .arg(kind)
                       .arg(order.id)
                       .arg(LocaleDecimal::display(priceOf(order), tickOf(priceDecimals)));
    if (order.held)
        text += tr(" (held)");
    return text;
}

OrderLines::Line OrderLines::make(
    double price, const QColor &color, Qt::PenStyle style, const QString &text)
{
    Line made;
    made.line = new QCPItemStraightLine(m_plot);
    made.line->setClipAxisRect(m_rect);
    for (QCPItemPosition *p : { made.line->point1, made.line->point2 })
        p->setAxes(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atRight));
    made.line->point1->setCoords(0, price);
    made.line->point2->setCoords(1, price);
    made.line->setPen(QPen(color, 1, style));
    made.line->setSelectable(false);
    made.label = new QCPItemText(m_plot);
    made.label->setClipAxisRect(m_rect);
    made.label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    made.label->position->setAxisRect(m_rect);
    made.label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    made.label->position->setAxes(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atRight));
    made.label->position->setCoords(0.99, price);
    made.label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    made.label->setText(text);
    made.text = text;
    made.label->setColor(color);
    made.label->setBrush(QBrush(ChartColors::Background));
    made.label->setPadding(QMargins(3, 1, 3, 1));
    made.label->setSelectable(false);
    return made;
}

bool OrderLines::show(
    const OrderList &orders, const std::optional<PositionRow> &position, int priceDecimals)
{
    const auto samePosition
        = [](const std::optional<PositionRow> &a, const std::optional<PositionRow> &b) {
              return a.has_value() == b.has_value()
                  && (!a || (a->quantity == b->quantity && a->averagePrice == b->averagePrice));
          };
    if (priceDecimals == m_decimals && sameLines(orders, m_orders)
        && samePosition(position, m_position))
        return false;
    clear();
    m_orders = orders;
    m_position = position;
    m_decimals = priceDecimals;
    for (const Order &order : orders) {
        const Decimal price = priceOf(order);
        if (price <= Decimal())
            continue;
        const QColor color = order.side == Side::Buy ? ChartColors::Up : ChartColors::Down;
        Line line = make(price.toDouble(), order.held ? color.darker(150) : color,
            order.waitsForTrigger() ? Qt::DashLine : Qt::DashDotLine,
            labelOf(order, priceDecimals));
        line.order = order;
        m_lines.append(line);
    }
    if (position && position->quantity != Decimal()) {
        const bool longPosition = position->quantity > Decimal();
        const QString text
            = (longPosition ? tr("Long %1 at %2") : tr("Short %1 at %2"))
                  .arg(LocaleDecimal::display(position->quantity.abs(), Decimal()),
                      LocaleDecimal::display(position->averagePrice, tickOf(priceDecimals)));
        m_lines.append(
            make(position->averagePrice.toDouble(), ChartColors::Text, Qt::SolidLine, text));
    }
    keepInView();
    return true;
}

void OrderLines::clear()
{
    for (const Line &line : std::as_const(m_lines)) {
        m_plot->removeItem(line.line);
        m_plot->removeItem(line.label);
    }
    m_lines.clear();
    m_orders.clear();
    m_position.reset();
}

std::optional<Order> OrderLines::orderAt(double y) const
{
    const QCPAxis *axis = m_rect->axis(QCPAxis::atRight);
    std::optional<Order> nearest;
    double best = 6.0; // pixels
    for (const Line &line : m_lines) {
        if (!line.order || line.order->type == OrderType::TrailingStop)
            continue;
        const double distance = std::abs(axis->coordToPixel(line.line->point1->coords().y()) - y);
        if (distance <= best) {
            best = distance;
            nearest = line.order;
        }
    }
    return nearest;
}

void OrderLines::drag(const Order &order, double price, const QString &verdict, bool refused)
{
    for (Line &line : m_lines) {
        if (!line.order || line.order->id != order.id)
            continue;
        line.line->point1->setCoords(0, price);
        line.line->point2->setCoords(1, price);
        line.label->position->setCoords(0.99, price);
        line.label->setText(verdict);
        // A refusal stands out whatever the side's colour: framed in red.
        line.label->setPen(refused ? QPen(ChartColors::Down, 2) : QPen(Qt::NoPen));
        line.text = verdict;
    }
    keepInView();
}

void OrderLines::keepInView()
{
    const QCPRange range = m_rect->axis(QCPAxis::atRight)->range();
    for (Line &line : m_lines) {
        const double price = line.line->point1->coords().y();
        const bool above = price > range.upper;
        const bool below = price < range.lower;
        line.label->position->setCoords(0.99, above ? range.upper : below ? range.lower : price);
        line.label->setPositionAlignment(Qt::AlignRight | (above ? Qt::AlignTop : Qt::AlignBottom));
        line.label->setText(above ? QStringLiteral("▲ ") + line.text
                : below           ? QStringLiteral("▼ ") + line.text
                                  : line.text);
    }
}

void OrderLines::endDrag()
{
    const OrderList orders = m_orders;
    const std::optional<PositionRow> position = m_position;
    const int decimals = m_decimals;
    clear();
    show(orders, position, decimals);
}

QStringList OrderLines::labels() const
{
    QList<std::pair<double, QString>> shown;
    for (const Line &line : m_lines)
        shown.append({ line.line->point1->coords().y(), line.label->text() });
    std::sort(
        shown.begin(), shown.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList texts;
    for (const auto &[price, text] : shown)
        texts << text;
    return texts;
}

} // namespace kairos
