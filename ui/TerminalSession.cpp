#include "TerminalSession.h"

#include "SessionWiring.h"
#include "dialogs/ProgressRunner.h"
#include "engine/VenueRules.h"
#include "feed/ReplayFeed.h"
#include "feed/SimulatedFeed.h"
#include "feed/VenueFeed.h"
#include "panels/ReplayToolBar.h"
#include "storage/ReplayInput.h"

#include <QFileInfo>
#include <QStatusBar>

namespace kairos {

std::unique_ptr<TerminalSession> TerminalSession::create(
    const Choice &choice, const Environment &environment, QString *error)
{
    MarketFeed *feed = nullptr;
    qint64 badLines = 0;
    Environment session = environment;
    switch (choice.feed.kind) {
    case FeedSpec::Kind::Simulator:
        feed = new SimulatedFeed(environment.simulator);
        break;
    case FeedSpec::Kind::Venue: {
        // Prices to the tick and orders checked as the venue would: its
        // rules first, read on a worker while a dialog says so.
        VenueFeed::Options options = choice.feed.venue;
        QString warning;
        ProgressRunner::run(nullptr, tr("Market data feed"),
            tr("Reading the instrument rules of %1…").arg(choice.feed.toString()),
            [&](const std::atomic<bool> &, const ProgressRunner::Report &) {
                warning = VenueRules::prepare(
                    options, environment.storage ? environment.storage->path : QString());
            });
        if (!warning.isEmpty())
            session.problems.append({ 0, AlertSeverity::Warning, QStringLiteral("feed"), warning });
        feed = new VenueFeed(options);
        break;
    }
    case FeedSpec::Kind::Replay: {
        // A big file takes a while to check: read it on a worker, with a
        // progress dialog whose Cancel stops the reading.
        std::unique_ptr<TickSource> source;
        bool cancelled = false;
        ProgressRunner::run(nullptr, tr("Replay"),
            tr("Reading %1…").arg(QFileInfo(choice.feed.replayPath).fileName()),
            [&](const std::atomic<bool> &cancel, const ProgressRunner::Report &report) {
                source = ReplayInput::load(
                    choice.feed.replayPath, [&badLines](const QString &) { ++badLines; }, error,
                    [&](qint64 done, qint64 total) {
                        report(total > 0 ? int(done * 100 / total) : 0);
                        return !cancel;
                    });
                cancelled = cancel;
            });
        if (cancelled) {
            *error = tr("reading %1 was cancelled").arg(choice.feed.replayPath);
            return nullptr;
        }
        if (!source)
            return nullptr;
        feed = new ReplayFeed(std::move(source), choice.replaySpeed, choice.replayStartAt);
        break;
    }
    }
    return std::unique_ptr<TerminalSession>(new TerminalSession(choice, feed, session, badLines));
}

TerminalSession::TerminalSession(
    const Choice &choice, MarketFeed *feed, const Environment &environment, qint64 badLines)
    : m_choice(choice)
    , m_badLines(badLines)
{
    const bool replay = choice.feed.kind == FeedSpec::Kind::Replay;
    m_session = std::make_unique<LiveSession>(
        feed, replay ? std::nullopt : environment.storage, environment.publish);
    // Through the session, not to the window: a view that arrives while the
    // window is rebuilt goes to the new one.
    qRegisterMetaType<MarketView>();
    connect(m_session->engine(), &Engine::viewReady, this,
        [this](const MarketView &view) { m_window->applyView(view); });
    makeWindow(true);
    if (!environment.problems.isEmpty())
        QMetaObject::invokeMethod(
            m_session->engine(), [engine = m_session->engine(), problems = environment.problems] {
                engine->raiseAlerts(problems);
            });
}

void TerminalSession::makeWindow(bool announceSettings)
{
    const bool replay = m_choice.feed.kind == FeedSpec::Kind::Replay;
    const QString name = m_choice.feed.kind == FeedSpec::Kind::Simulator ? tr("Simulator")
        : replay ? tr("Replay %1").arg(QFileInfo(m_choice.feed.replayPath).fileName())
                 : m_choice.feed.toString();
    m_window = std::make_unique<MainWindow>(m_session->instruments(), name);
    m_window->setFeedSpec(m_choice.feed);
    connectWindowToEngine(*m_window, m_session->engine(), announceSettings);
    if (m_session->storage())
        connectWindowToStorage(*m_window, m_session->engine(), m_session->storage());
    if (m_session->publisher())
        connectWindowToPublisher(*m_window, m_session->publisher());
    MarketFeed *feed = m_session->feed();
    if (m_choice.feed.kind == FeedSpec::Kind::Venue)
        connectWindowToFeed(*m_window, feed);
    if (auto *replayFeed = qobject_cast<ReplayFeed *>(feed)) {
        auto *bar = new ReplayToolBar;
        m_window->addToolBarBreak();
        m_window->addToolBar(bar);
        MainWindow *window = m_window.get();
        connect(replayFeed, &ReplayFeed::progress, bar, &ReplayToolBar::setProgress);
        connect(replayFeed, &ReplayFeed::finished, bar, &ReplayToolBar::setFinished);
        connect(bar, &ReplayToolBar::pauseRequested, replayFeed, &ReplayFeed::pause);
        connect(bar, &ReplayToolBar::resumeRequested, replayFeed, &ReplayFeed::resume);
        connect(bar, &ReplayToolBar::speedRequested, replayFeed, &ReplayFeed::setSpeed);
        connect(bar, &ReplayToolBar::seekRequested, replayFeed, &ReplayFeed::seek);
        connect(bar, &ReplayToolBar::stepRequested, bar, [replayFeed, window] {
            const Timeframe timeframe = window->chartTimeframe();
            QMetaObject::invokeMethod(
                replayFeed, [replayFeed, timeframe] { replayFeed->step(timeframe); });
        });
        connect(replayFeed, &ReplayFeed::rewindRequested, this, &TerminalSession::rewindRequested);
        if (m_badLines > 0 && announceSettings)
            m_window->statusBar()->showMessage(
                tr("%n bad line(s) of the replay file skipped", nullptr, int(m_badLines)), 8000);
    }
    // Queued: the window that asks is the one replaced, once its dialog returned.
    connect(m_window.get(), &MainWindow::appearanceChanged, this,
        &TerminalSession::appearanceChanged, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::feedChangeRequested, this,
        [this](const FeedSpec &spec, double speed) {
            emit feedChangeRequested({ spec, speed, std::nullopt });
        });
}

TerminalSession::~TerminalSession()
{
    // The session's threads stop before the window they report to goes.
    m_session.reset();
}

void TerminalSession::rebuildWindow()
{
    const bool visible = m_window->isVisible();
    m_window->saveLayout();
    const MainWindow::Shown shown = m_window->shown();
    m_window.reset();
    makeWindow(false);
    m_window->showAgain(shown);
    Engine *engine = m_session->engine();
    QMetaObject::invokeMethod(engine, &Engine::resendView, Qt::QueuedConnection);
    m_window->announceCharts(); // the charts the old window saved, as it left them
    if (visible)
        m_window->show();
}

void TerminalSession::show()
{
    m_session->start();
    m_window->announceCharts();
    m_window->show();
}

} // namespace kairos
