#pragma once

#include <QCoreApplication>
#include <QString>

namespace kairos {

// Prints bad-line messages on standard error, the first hundred in full and
// then only a count, so a broken file cannot flood a terminal.
class BadLineReporter
{
    Q_DECLARE_TR_FUNCTIONS(BadLineReporter)

public:
    static constexpr qint64 MaxShown = 100;

    void operator()(const QString &message);
    // Prints how many were not shown, if any.
    void finish(const QString &source) const;

private:
    qint64 m_count = 0;
};

} // namespace kairos
