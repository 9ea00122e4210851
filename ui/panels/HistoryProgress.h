#pragma once

#include "engine/MarketView.h"

#include <QProgressBar>

namespace kairos {

// How far the history a feed replays at the start has loaded, in the
// status bar while it loads: orders are refused until live data. Hidden
// once live data begins, and when the history's span is not known.
class HistoryProgress : public QProgressBar
{
    Q_OBJECT

public:
    explicit HistoryProgress(QWidget *parent = nullptr);

    void setStats(const EngineStats &stats);
};

} // namespace kairos
