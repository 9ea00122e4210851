#pragma once

namespace kairos {

class Engine;
class MainWindow;

// Connects a main window to an engine on another thread, both ways, with
// queued connections: views in, the user's choices and orders out. Then the
// window announces its saved settings to the engine.
void connectWindowToEngine(MainWindow &window, Engine *engine);

} // namespace kairos
