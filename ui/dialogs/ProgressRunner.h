#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace kairos {

// Runs a long job (import, export) on a worker thread while a modal
// progress dialog shows how far it is; Cancel sets the flag the job polls.
// The UI thread keeps painting; run() returns when the job has ended.
class ProgressRunner
{
    Q_DECLARE_TR_FUNCTIONS(ProgressRunner)

public:
    using Report = std::function<void(int percent)>;
    using Job = std::function<void(const std::atomic<bool> &cancel, const Report &report)>;

    static void run(QWidget *parent, const QString &title, const QString &label, const Job &job);
};

} // namespace kairos
