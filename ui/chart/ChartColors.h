#pragma once

#include <QColor>

namespace kairos::ChartColors {

// The chart palette every pane and table shares. applyTheme() sets it
// before a window is built, on the UI thread; widgets read it as they are
// made (a theme change rebuilds the window).
inline QColor Background(0x13, 0x17, 0x22);
inline QColor Grid(0x23, 0x29, 0x36);
inline QColor Text(0xb2, 0xb5, 0xbe);
inline QColor Up(0x26, 0xa6, 0x9a);
inline QColor Down(0xef, 0x53, 0x50);
inline QColor Crosshair(0x95, 0x98, 0xa1);

} // namespace kairos::ChartColors
