#pragma once

class QApplication;

namespace kairos {

// The dark look traders expect: Fusion with a dark palette.
void applyDarkTheme(QApplication &app);

} // namespace kairos
