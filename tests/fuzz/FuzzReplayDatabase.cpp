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
    const auto source = ReplayInput::load(path, {}, &error);
    if (!source) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    // What was announced holds: instruments known, times in order and
    // within the span. (A source may still end early on a damaged file.)
    const auto symbols = std::uint32_t(source->instruments().size());
    qint64 previous = source->firstTime();
    QList<Tick> ticks;
    while (source->read(4096, ticks)) {
        for (const Tick &tick : std::as_const(ticks)) {
            if (tick.symbol >= symbols || tick.time < previous || tick.time > source->lastTime())
                std::abort();
            previous = tick.time;
        }
        ticks.clear();
    }
    return 0;
}
