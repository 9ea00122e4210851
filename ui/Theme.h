#pragma once

#include <QString>

class QApplication;

namespace kairos {

// Dark (what traders expect, and the default) or light: the application
// palette on Fusion, and the chart colours that go with it.
enum class Theme { Dark, Light };

void applyTheme(QApplication &app, Theme theme);
// "dark" or "light", as the settings store it; anything else is dark.
Theme themeFromKey(const QString &key);
QString themeKey(Theme theme);

} // namespace kairos
