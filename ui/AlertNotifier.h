#pragma once

#include "AlertThrottle.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <memory>

class QSystemTrayIcon;
class QSoundEffect;
class QWidget;

namespace kairos {

class Toast;

// Brings alerts to the user: a desktop notification through the tray where
// there is one, an in-app toast otherwise, and a sound — each switched on
// per severity. Repeats are folded and storms held back (AlertThrottle);
// nothing here ever opens a modal dialog.
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    struct Switches
    {
        // Indexed by AlertSeverity: info, warning, critical.
        std::array<bool, 3> notify { false, true, true };
        std::array<bool, 3> sound { false, false, true };
    };

    // `useTray`: false forces the in-app toast (the tray is used only
    // where the platform has one).
    explicit AlertNotifier(QWidget *window, bool useTray = true);
    ~AlertNotifier() override;

    bool usesTray() const { return m_tray != nullptr; }
    const Switches &switches() const { return m_switches; }
    void setSwitches(const Switches &switches) { m_switches = switches; }
    Toast *toast() const { return m_toast; }
    int notified() const { return m_notified; }
    int sounded() const { return m_sounded; }

public slots:
    // Alerts older than a couple of minutes (restored ones) are only listed.
    void notify(const kairos::AlertList &alerts);

private:
    void deliver(const AlertThrottle::Notice &notice);

    QWidget *m_window;
    AlertThrottle m_throttle;
    Switches m_switches;
    QTimer m_flush;
    QSystemTrayIcon *m_tray = nullptr;
    Toast *m_toast = nullptr;
    QSoundEffect *m_sound = nullptr;
    int m_notified = 0;
    int m_sounded = 0;
};

} // namespace kairos
