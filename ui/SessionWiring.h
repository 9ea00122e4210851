#pragma once

#include <QString>

namespace kairos {

class Engine;
class MainWindow;
class RemoteEngine;
class EventPublisher;
class MarketFeed;
class StorageWriter;

// Connects a main window to an engine on another thread with queued
// connections: the user's choices and orders out. Then the window announces
// its saved settings to the engine, unless it replaces a window that
// already did.
void connectWindowToEngine(MainWindow &window, Engine *engine, bool announceSettings = true);

// The engine's views in, straight to the window. A TerminalSession relays
// them itself, so the window that replaces another misses none.
void connectViews(MainWindow &window, Engine *engine);

// The database side of a session: the window's import, recording switches
// and storage status. Call after connectWindowToEngine.
void connectWindowToStorage(MainWindow &window, Engine *engine, StorageWriter *storage);

// A window following a node through Redis: views in, chart choices out; the
// window turns read-only, and the connection shows in the status bar.
void connectWindowToRemote(MainWindow &window, RemoteEngine *remote, const QString &source);

// A venue feed's connection and counters in the status bar (a click shows
// its health). The feed lives on its own thread: queued connections.
void connectWindowToFeed(MainWindow &window, MarketFeed *feed);

// Redis publishing in the status bar: connected or not, events delivered and
// dropped. Read once a second from the publisher's counters.
void connectWindowToPublisher(MainWindow &window, EventPublisher *publisher);

} // namespace kairos
