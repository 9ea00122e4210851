#include "Drawing.h"

#include <QJsonArray>

#include <cmath>

namespace kairos {

QList<Drawing::Kind> Drawing::kinds()
{
    return { Kind::HorizontalLine, Kind::VerticalLine, Kind::TrendLine, Kind::Ray, Kind::Rectangle,
        Kind::Channel, Kind::Fibonacci, Kind::Text };
}

int Drawing::pointCount(Kind kind)
{
    switch (kind) {
    case Kind::HorizontalLine:
    case Kind::VerticalLine:
    case Kind::Text:
        return 1;
    case Kind::TrendLine:
    case Kind::Ray:
    case Kind::Rectangle:
    case Kind::Fibonacci:
        return 2;
    case Kind::Channel:
        return 3;
    }
    return 1;
}

QString Drawing::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::HorizontalLine:
        return QStringLiteral("hline");
    case Kind::VerticalLine:
        return QStringLiteral("vline");
    case Kind::TrendLine:
        return QStringLiteral("trend");
    case Kind::Ray:
        return QStringLiteral("ray");
    case Kind::Rectangle:
        return QStringLiteral("rectangle");
    case Kind::Channel:
        return QStringLiteral("channel");
    case Kind::Fibonacci:
        return QStringLiteral("fibonacci");
    case Kind::Text:
        return QStringLiteral("text");
    }
    return {};
}

QString Drawing::kindName(Kind kind)
{
    switch (kind) {
    case Kind::HorizontalLine:
        return tr("Horizontal line");
    case Kind::VerticalLine:
        return tr("Vertical line");
    case Kind::TrendLine:
        return tr("Trend line");
    case Kind::Ray:
        return tr("Ray");
    case Kind::Rectangle:
        return tr("Rectangle");
    case Kind::Channel:
        return tr("Parallel channel");
    case Kind::Fibonacci:
        return tr("Fibonacci retracement");
    case Kind::Text:
        return tr("Text note");
    }
    return {};
}

const QList<double> &Drawing::fibonacciLevels()
{
    static const QList<double> levels { 0.0, 0.236, 0.382, 0.5, 0.618, 0.786, 1.0 };
    return levels;
}

std::optional<double> Drawing::priceAt(std::int64_t time, bool onPastItsEnd) const
{
    if (!isComplete())
        return std::nullopt;
    if (kind == Kind::HorizontalLine)
        return points[0].price;
    if (kind != Kind::TrendLine && kind != Kind::Ray)
        return std::nullopt;
    const DrawingPoint &a = points[0];
    const DrawingPoint &b = points[1];
    if (a.time == b.time)
        return std::nullopt;
    // A ray goes on to the right of its later point, never to the left.
    if (time < std::min(a.time, b.time)
        || (kind == Kind::TrendLine && !onPastItsEnd && time > std::max(a.time, b.time)))
        return std::nullopt;
    const double slope = (b.price - a.price) / double(b.time - a.time);
    return a.price + slope * double(time - a.time);
}

std::optional<double> Drawing::channelOffset() const
{
    if (kind != Kind::Channel || !isComplete() || points[0].time == points[1].time)
        return std::nullopt;
    const DrawingPoint &a = points[0];
    const DrawingPoint &b = points[1];
    const double slope = (b.price - a.price) / double(b.time - a.time);
    return points[2].price - (a.price + slope * double(points[2].time - a.time));
}

Drawing Drawing::movedBy(std::int64_t time, double price) const
{
    Drawing moved = *this;
    for (DrawingPoint &p : moved.points) {
        p.time += time;
        p.price += price;
    }
    return moved;
}

QJsonObject Drawing::toJson() const
{
    QJsonArray list;
    for (const DrawingPoint &p : points)
        list.append(QJsonObject {
            { QStringLiteral("time"), qint64(p.time) }, { QStringLiteral("price"), p.price } });
    QJsonObject json { { QStringLiteral("kind"), kindKey(kind) },
        { QStringLiteral("points"), list } };
    if (!text.isEmpty())
        json.insert(QStringLiteral("text"), text);
    if (!color.isEmpty())
        json.insert(QStringLiteral("color"), color);
    return json;
}

std::optional<Drawing> Drawing::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Drawing> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Drawing drawing;
    const QString key = json.value(QStringLiteral("kind")).toString();
    bool known = false;
    for (Kind kind : kinds()) {
        if (kindKey(kind) == key) {
            drawing.kind = kind;
            known = true;
        }
    }
    if (!known)
        return fail(tr("unknown drawing kind '%1'").arg(key));
    const QJsonArray list = json.value(QStringLiteral("points")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject point = value.toObject();
        const QJsonValue time = point.value(QStringLiteral("time"));
        const QJsonValue price = point.value(QStringLiteral("price"));
        if (!time.isDouble() || !price.isDouble() || !std::isfinite(price.toDouble()))
            return fail(tr("a point of a %1 is not a time and a price").arg(key));
        drawing.points.append({ time.toInteger(), price.toDouble() });
    }
    if (!drawing.isComplete())
        return fail(tr("a %1 needs %n point(s), not %2", nullptr, pointCount(drawing.kind))
                        .arg(key)
                        .arg(list.size()));
    drawing.text = json.value(QStringLiteral("text")).toString();
    drawing.color = json.value(QStringLiteral("color")).toString();
    return drawing;
}

} // namespace kairos
