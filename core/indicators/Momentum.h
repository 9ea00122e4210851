#pragma once

#include "Bar.h"
#include "RollingWindow.h"

namespace kairos {

// Momentum of the close, as TA-Lib's MOM: close − the close n inputs back, the
// first value after n + 1 inputs.
class Momentum
{
public:
    explicit Momentum(int period);

    int period() const { return m_closes.size(); }

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return Momentum(*this).update(bar); }

    void save(QDataStream &out) const { m_closes.save(out); }
    bool load(QDataStream &in) { return m_closes.load(in); }

private:
    RollingWindow m_closes; // the last n closes
};

} // namespace kairos
