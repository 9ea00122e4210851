#include "HistoryProgress.h"

#include <QLocale>

namespace kairos {

namespace {

QString hours(std::int64_t ms)
{
    return QLocale().toString(double(ms) / 3'600'000.0, 'f', 1);
}

} // namespace

HistoryProgress::HistoryProgress(QWidget *parent)
    : QProgressBar(parent)
{
    setObjectName(QStringLiteral("HistoryProgress"));
    setRange(0, 1000);
    setMinimumWidth(fontMetrics().horizontalAdvance(
                        tr("Loading history %1% · %2 of %3 h · orders refused until live")
                            .arg(100)
                            .arg(QStringLiteral("8888.8"), QStringLiteral("8888.8")))
        + 40);
    setToolTip(tr("The market's recent history is replayed first, so charts and indicators "
                  "open warm. Orders are refused until live data begins."));
    hide();
}

void HistoryProgress::setStats(const EngineStats &stats)
{
    const std::int64_t span = stats.historyUntil - stats.historyFrom;
    if (stats.live || span <= 0) {
        hide();
        return;
    }
    const std::int64_t done
        = std::clamp<std::int64_t>(stats.eventTime - stats.historyFrom, 0, span);
    setValue(int(done * 1000 / span));
    setFormat(tr("Loading history %1% · %2 of %3 h · orders refused until live")
                  .arg(QLocale().toString(double(done) * 100.0 / double(span), 'f', 0), hours(done),
                      hours(span)));
    show();
}

} // namespace kairos
