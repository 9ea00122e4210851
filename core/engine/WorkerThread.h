#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace kairos {

// Owns a QThread running one worker object. Destruction asks the event loop
// to quit, waits for it, and deletes the worker on its own thread, so no
// object outlives or races its thread. A thread that never started deletes
// its worker at once: no event loop ever ran to do it.
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
    QPointer<QObject> m_worker;
};

} // namespace kairos
