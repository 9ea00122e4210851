#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kairos {

// kairos-cli follow --redis URL [--idle SECONDS] [--duration SECONDS]
// Reads a node's events from Redis and prints each as a JSON line.
class FollowCommand
{
    Q_DECLARE_TR_FUNCTIONS(FollowCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace kairos
