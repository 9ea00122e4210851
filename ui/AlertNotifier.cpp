#include "AlertNotifier.h"

#include "panels/AlertsModel.h"
#include "panels/Toast.h"

#include <QApplication>
#include <QDateTime>
#include <QSystemTrayIcon>
#include <QWidget>

#ifdef KAIROS_HAVE_MULTIMEDIA
#include <QSoundEffect>
#endif

namespace kairos {

namespace {

constexpr qint64 FreshMs = 120'000;

} // namespace

AlertNotifier::AlertNotifier(QWidget *window, bool useTray)
    : QObject(window)
    , m_window(window)
    , m_flush(this)
{
    if (useTray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationName());
        m_tray->show();
    } else {
        m_toast = new Toast(window);
    }
#ifdef KAIROS_HAVE_MULTIMEDIA
    m_sound = new QSoundEffect(this);
    m_sound->setSource(QUrl(QStringLiteral("qrc:/sounds/alert.wav")));
#endif
    m_flush.setInterval(1000);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        for (const AlertThrottle::Notice &notice :
            m_throttle.flush(QDateTime::currentMSecsSinceEpoch()))
            deliver(notice);
    });
    m_flush.start();
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::notify(const AlertList &alerts)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Alert &alert : alerts) {
        if (alert.quiet || !m_switches.notify[std::size_t(alert.severity)]
            || now - alert.time > FreshMs)
            continue;
        if (const auto notice = m_throttle.offer(alert, now))
            deliver(*notice);
    }
}

void AlertNotifier::deliver(const AlertThrottle::Notice &notice)
{
    const Alert &alert = notice.alert;
    QString title = AlertsModel::severityName(alert.severity) + QStringLiteral(" · ")
        + AlertsModel::sourceName(alert.source);
    QString text = alert.text;
    if (notice.othersHeldBack > 0) {
        title = tr("Kairos");
        text = tr("%n more alert(s) in the Alerts panel", nullptr, notice.othersHeldBack);
    } else if (notice.repeats > 0) {
        text = tr("%1 (repeated %n more time(s))", nullptr, notice.repeats).arg(alert.text);
    }
    ++m_notified;
    if (m_tray) {
        const auto icon = alert.severity == AlertSeverity::Critical ? QSystemTrayIcon::Critical
            : alert.severity == AlertSeverity::Warning              ? QSystemTrayIcon::Warning
                                                                    : QSystemTrayIcon::Information;
        m_tray->showMessage(title, text, icon);
    } else {
        m_toast->show(title, text, AlertsModel::severityColour(alert.severity));
    }
    // Summaries and folded repeats are not worth a second sound.
    if (notice.repeats > 0 || notice.othersHeldBack > 0
        || !m_switches.sound[std::size_t(alert.severity)])
        return;
    ++m_sounded;
#ifdef KAIROS_HAVE_MULTIMEDIA
    if (m_sound->status() == QSoundEffect::Ready) {
        m_sound->play();
        return;
    }
#endif
    QApplication::beep();
}

} // namespace kairos
