#include "FeedStatusLabel.h"

#include "dialogs/FeedHealthDialog.h"

#include <QLocale>

namespace kairos {

FeedStatusLabel::FeedStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setContentsMargins(8, 0, 8, 0);
    setCursor(Qt::PointingHandCursor);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &FeedStatusLabel::refresh);
    refresh();
}

void FeedStatusLabel::setStatus(const FeedStatus &status)
{
    m_status = status;
    if (m_health.venue.isEmpty())
        m_health.venue = status.venue;
    if (status.state == FeedStatus::State::Reconnecting) {
        m_retryAt.setRemainingTime(status.retryInMs);
        m_countdown.start();
    } else {
        m_countdown.stop();
    }
    refresh();
}

void FeedStatusLabel::setHealth(const FeedHealth &health)
{
    m_health = health;
    if (m_dialog)
        m_dialog->setHealth(health);
    refresh();
}

void FeedStatusLabel::showHealth()
{
    if (!m_dialog) {
        m_dialog = new FeedHealthDialog(window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setHealth(m_health);
    }
    m_dialog->show();
    m_dialog->raise();
}

void FeedStatusLabel::mousePressEvent(QMouseEvent *event)
{
    QLabel::mousePressEvent(event);
    showHealth();
}

void FeedStatusLabel::refresh()
{
    QString text;
    QString colour;
    const QString venue = m_status.venue;
    switch (m_status.state) {
    case FeedStatus::State::Connecting:
        text = tr("○ %1 · connecting…").arg(venue);
        break;
    case FeedStatus::State::Connected:
        text = tr("● %1 · connected").arg(venue);
        colour = QStringLiteral("#26a69a");
        break;
    case FeedStatus::State::Reconnecting: {
        const qint64 seconds = (m_retryAt.remainingTime() + 999) / 1000;
        text = tr("● %1 · reconnecting in %2 s").arg(venue).arg(seconds);
        colour = QStringLiteral("#ffb74d");
        break;
    }
    case FeedStatus::State::Stale:
        text = tr("● %1 · stale").arg(venue);
        colour = QStringLiteral("#ef5350");
        break;
    case FeedStatus::State::Stopped:
        text = tr("○ %1 · stopped").arg(venue);
        break;
    }
    setText(text);
    setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: ") + colour);
    const QLocale locale;
    QString tip = m_status.describe();
    tip += u'\n'
        + tr("%1 trades · %2 malformed · %3 reconnects · %4 gaps")
              .arg(locale.toString(m_health.trades), locale.toString(m_health.malformed),
                  locale.toString(m_health.reconnects), locale.toString(m_health.gaps));
    tip += u'\n' + tr("Click for the feed's health.");
    setToolTip(tip);
}

} // namespace kairos
