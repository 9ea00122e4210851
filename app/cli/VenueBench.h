#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace kairos {

// How many Binance trade messages the real adapter decodes per second: the
// decoder alone, and the whole VenueFeed reading a loopback WebSocket
// server that runs on another thread (so the feed's thread is one core).
class VenueBench
{
    Q_DECLARE_TR_FUNCTIONS(VenueBench)

public:
    static QJsonObject measure(qint64 messages);
};

} // namespace kairos
