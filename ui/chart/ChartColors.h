#pragma once

#include <QColor>

namespace kairos::ChartColors {

// The dark chart palette, shared by every pane.
inline const QColor Background(0x13, 0x17, 0x22);
inline const QColor Grid(0x23, 0x29, 0x36);
inline const QColor Text(0xb2, 0xb5, 0xbe);
inline const QColor Up(0x26, 0xa6, 0x9a);
inline const QColor Down(0xef, 0x53, 0x50);
inline const QColor Crosshair(0x95, 0x98, 0xa1);

} // namespace kairos::ChartColors
