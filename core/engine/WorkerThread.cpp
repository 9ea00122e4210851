#include "WorkerThread.h"

namespace kairos {

WorkerThread::WorkerThread(QObject *worker, const QString &name)
    : m_thread(std::make_unique<QThread>())
    , m_worker(worker)
{
    m_thread->setObjectName(name);
    worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
}

WorkerThread::~WorkerThread()
{
    m_thread->quit();
    m_thread->wait();
    delete m_worker.data(); // null when its thread deleted it
}

} // namespace kairos
