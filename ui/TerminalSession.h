#pragma once

#include "MainWindow.h"
#include "engine/LiveSession.h"
#include "feed/FeedSpec.h"
#include "feed/SimulatorConfig.h"

#include <QObject>

#include <memory>
#include <optional>

namespace kairos {

// One terminal: a live session on the chosen feed and the window on it,
// wired together (venue status and health, replay controls, storage,
// publishing). Choosing another feed, or seeking a replay backwards, asks
// for a new one; the app makes it without restarting.
class TerminalSession : public QObject
{
    Q_OBJECT

public:
    struct Choice
    {
        FeedSpec feed;
        double replaySpeed = 1.0; // 0: as fast as possible
        std::optional<qint64> replayStartAt; // a seek back starts the replay over, up to here
    };
    struct Environment
    {
        SimulatorConfig simulator;
        // A replay runs in memory: the database keeps live sessions only.
        std::optional<StorageWriter::Options> storage;
        std::optional<EventPublisher::Options> publish;
        AlertList problems; // found at the start, for the first window's alert list
    };

    // Nullptr with `error` when the feed cannot be made (a replay file
    // that cannot be read).
    static std::unique_ptr<TerminalSession> create(
        const Choice &choice, const Environment &environment, QString *error);
    ~TerminalSession() override;

    MainWindow *window() const { return m_window.get(); }
    LiveSession *session() const { return m_session.get(); }
    const Choice &choice() const { return m_choice; }
    // Shows the window with the chart of the first symbol.
    void show();
    // A new window on the same session, for a new theme or language: the
    // feed, engine, storage and paper account run on untouched, and the new
    // window is sent everything again.
    void rebuildWindow();

signals:
    void feedChangeRequested(const kairos::TerminalSession::Choice &choice);
    void rewindRequested(qint64 time);
    // Preferences changed the theme or the language: a new window shows
    // them (rebuildWindow(), once the theme and translator are in place).
    void appearanceChanged();

private:
    TerminalSession(
        const Choice &choice, MarketFeed *feed, const Environment &environment, qint64 badLines);

    void makeWindow(bool announceSettings);

    Choice m_choice;
    qint64 m_badLines = 0;
    std::unique_ptr<LiveSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::TerminalSession::Choice)
