#include "AggregateCommand.h"
#include "BacktestCommand.h"
#include "BenchCommand.h"
#include "ExportCommand.h"
#include "FollowCommand.h"
#include "IndicatorsCommand.h"
#include "RunCommand.h"
#include "model/Instrument.h"
#include "model/Tick.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QString usage()
{
    return QCoreApplication::translate("main",
        "Usage: kairos-cli COMMAND [OPTIONS]\n"
        "\n"
        "The Kairos trading core without a window.\n"
        "\n"
        "Commands:\n"
        "  aggregate   Build candles from a ticks CSV\n"
        "  indicators  Compute indicators over a candles CSV\n"
        "  backtest    Replay candles or ticks through signals, risk and the paper broker\n"
        "  run         Run a headless session (simulator, signals, paper trading, storage)\n"
        "  export      Write candles, trades, signals, alerts or orders from a database as CSV\n"
        "  follow      Print a node's events from Redis as JSON lines\n"
        "  bench       Measure the tick and indicator paths and print JSON\n"
        "\n"
        "Run 'kairos-cli COMMAND --help' for a command's options.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kairos-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAIROS_VERSION));
    qRegisterMetaType<kairos::TickBatch>();
    qRegisterMetaType<kairos::InstrumentList>();

    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QStringLiteral("--version") || command == QStringLiteral("-v")) {
        QTextStream(stdout) << "kairos-cli " << KAIROS_VERSION << Qt::endl;
        return 0;
    }
    if (command.isEmpty() || command == QStringLiteral("--help") || command == QStringLiteral("-h")
        || command == QStringLiteral("help")) {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage();
        return command.isEmpty() ? 2 : 0;
    }
    // Each command parses its own options, with "kairos-cli COMMAND" as its program name.
    args.removeAt(1);
    args[0] += u' ' + command;
    if (command == QStringLiteral("aggregate"))
        return kairos::AggregateCommand::run(args);
    if (command == QStringLiteral("indicators"))
        return kairos::IndicatorsCommand::run(args);
    if (command == QStringLiteral("backtest"))
        return kairos::BacktestCommand::run(args);
    if (command == QStringLiteral("export"))
        return kairos::ExportCommand::run(args);
    if (command == QStringLiteral("follow"))
        return kairos::FollowCommand::run(args);
    if (command == QStringLiteral("run"))
        return kairos::RunCommand::run(args);
    if (command == QStringLiteral("bench"))
        return kairos::BenchCommand::run(args);
    QTextStream(stderr)
        << QCoreApplication::translate("main", "kairos-cli: unknown command '%1'\n\n").arg(command)
        << usage();
    return 2;
}
