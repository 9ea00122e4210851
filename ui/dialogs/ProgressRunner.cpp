#include "ProgressRunner.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace kairos {

void ProgressRunner::run(
    QWidget *parent, const QString &title, const QString &label, const Job &job)
{
    std::atomic<bool> cancel { false };
    std::atomic<int> percent { 0 };
    QProgressDialog dialog(label, tr("Cancel"), 0, 100, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500); // quick jobs show no dialog at all
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancel] { cancel = true; });

    QEventLoop loop;
    std::unique_ptr<QThread> worker(
        QThread::create([&] { job(cancel, [&percent](int p) { percent = p; }); }));
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (!dialog.wasCanceled())
            dialog.setValue(std::min(percent.load(), 99));
    });
    poll.start(50);
    worker->start();
    loop.exec();
    worker->wait();
    dialog.setValue(100);
}

} // namespace kairos
