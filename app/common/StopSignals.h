#pragma once

#include <QObject>
#include <QTimer>

namespace kairos {

// Turns SIGINT and SIGTERM into an ordered stop: the handler only sets a
// flag, and a timer on the owner's thread reports it, so the stop runs as
// ordinary code (feed stopped, engine drained, storage committed). SIGPIPE
// is ignored, so a closed pipe on stdout is a write error to handle rather
// than a sudden death.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);

signals:
    void stopRequested(int signal);

private:
    QTimer m_poll;
};

} // namespace kairos
