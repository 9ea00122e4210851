#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace kairos {

// A point a drawing is anchored at: a time (epoch ms UTC) and a price, so it
// stays on the same spot of the market on every timeframe.
struct DrawingPoint
{
    std::int64_t time = 0;
    double price = 0.0;

    bool operator==(const DrawingPoint &) const = default;
};

// What a trader draws on a symbol's charts: a horizontal or vertical line, a
// trend line (between two points), a ray (from the first point through the
// second, on to the right), a rectangle, a parallel channel (a trend line
// and a third point its parallel passes through), Fibonacci retracement
// levels between two prices, or a text note.
struct Drawing
{
    Q_DECLARE_TR_FUNCTIONS(Drawing)

public:
    enum class Kind : std::uint8_t {
        HorizontalLine,
        VerticalLine,
        TrendLine,
        Ray,
        Rectangle,
        Channel,
        Fibonacci,
        Text
    };

    std::int64_t id = 0; // the database's; 0 until stored
    QString symbol;
    Kind kind = Kind::HorizontalLine;
    QList<DrawingPoint> points;
    QString text; // a note's, or a line's label
    QString color; // #rrggbb; empty: the theme's

    static QList<Kind> kinds();
    static int pointCount(Kind kind);
    static QString kindKey(Kind kind); // stable, for the database
    static QString kindName(Kind kind);
    // The retracement levels drawn between a Fibonacci's two prices.
    static const QList<double> &fibonacciLevels();

    bool isComplete() const { return points.size() == pointCount(kind); }
    // Where the line is at `time`: a horizontal line everywhere, a trend line
    // between its points (and on past its end when `onPastItsEnd`, as an
    // alert watches it), a ray from its first point on. Nothing for other
    // kinds, outside the line, or a line with both points at one time.
    std::optional<double> priceAt(std::int64_t time, bool onPastItsEnd = false) const;
    // A channel's parallel: how far above (below: negative) its line, at
    // the third point's time, the third point is — the line through the
    // first two extended both ways. Nothing for other kinds or an upright line.
    std::optional<double> channelOffset() const;
    // The same drawing moved by a time and a price.
    Drawing movedBy(std::int64_t time, double price) const;

    QJsonObject toJson() const; // kind, points, text, color (the id and symbol are columns)
    // Nothing, with why in `error`, for an unknown kind, a point that is not
    // two finite numbers, or the wrong number of points.
    static std::optional<Drawing> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const Drawing &) const = default;
};

using DrawingList = QList<Drawing>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Drawing)
