#pragma once

#include "indicators/StudySpec.h"

#include <QColor>
#include <QJsonObject>

#include <optional>

namespace kairos {

// One study a trader put on a chart: which, drawn how and where. Pane 0 is
// the price pane; 1, 2 … are panes of their own below it, in that order, so
// several studies can share one.
struct ChartStudy
{
    StudySpec spec;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    int pane = 0;
    bool visible = true;

    // The colour the n-th study a chart gets, so neighbours differ.
    static QColor paletteColor(int index);
    // A study of its definition's usual place: over the prices or in a new
    // pane after `panes` existing ones.
    static ChartStudy make(const StudySpec &spec, int index, int panes);

    QJsonObject toJson() const;
    // Nothing, with why in `error`, for a bad SPEC or fields.
    static std::optional<ChartStudy> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const ChartStudy &) const = default;
};

using ChartStudyList = QList<ChartStudy>;

} // namespace kairos
