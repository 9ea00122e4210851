#include "BadLineReporter.h"

#include "common/CommandLine.h"

namespace kairos {

void BadLineReporter::operator()(const QString &message)
{
    if (++m_count <= MaxShown)
        printError(message);
}

void BadLineReporter::finish(const QString &source) const
{
    if (m_count > MaxShown)
        printError(
            tr("%1: %n more bad line(s) not shown", nullptr, int(m_count - MaxShown)).arg(source));
}

} // namespace kairos
