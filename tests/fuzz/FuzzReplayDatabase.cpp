// The replay reader on arbitrary files (a damaged or foreign database, or
// CSV): never a crash, and either ticks in time order or a reason.
#include "storage/ReplayInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace kairos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_replay_db";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv); // Qt Sql's drivers are plugins
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replay.db"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    QString error;
    const auto file = ReplayInput::load(path, {}, &error);
    if (!file) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    if (file->ticks.isEmpty())
        std::abort();
    for (const Tick &tick : std::as_const(file->ticks)) {
        if (tick.symbol >= std::uint32_t(file->instruments.size()))
            std::abort();
    }
    return 0;
}
