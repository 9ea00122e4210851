#pragma once

#include "feed/FeedStatus.h"

#include <QDeadlineTimer>
#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace kairos {

class FeedHealthDialog;

// The venue connection in the status bar: connected, connecting,
// reconnecting in N s (counting down), or stale, in the colour of its
// urgency. The tooltip holds the counters; a click opens the health view.
class FeedStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FeedStatusLabel(QWidget *parent = nullptr);

    const FeedStatus &status() const { return m_status; }
    const FeedHealth &health() const { return m_health; }

public slots:
    void setStatus(const kairos::FeedStatus &status);
    void setHealth(const kairos::FeedHealth &health);
    void showHealth();

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void refresh();

    FeedStatus m_status;
    FeedHealth m_health;
    QDeadlineTimer m_retryAt;
    QTimer m_countdown;
    QPointer<FeedHealthDialog> m_dialog;
};

} // namespace kairos
