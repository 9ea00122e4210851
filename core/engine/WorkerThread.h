#pragma once

#include <QObject>
#include <QThread>

#include <memory>

namespace kairos {

// Owns a QThread running one worker object. Destruction asks the event loop
// to quit, waits for it, and deletes the worker on its own thread, so no
// object outlives or races its thread.
class WorkerThread
{
public:
    WorkerThread(QObject *worker, const QString &name);
    ~WorkerThread();

    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    void start() { m_thread->start(); }
    QThread *thread() const { return m_thread.get(); }

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace kairos
