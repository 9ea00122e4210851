#pragma once

#include "Bar.h"

#include <QDataStream>

#include <memory>

namespace kairos {

// One indicator of a series behind a uniform face, so a chart, the CLI and
// the signal rules can hold any of them, any number of times: update() once
// per confirmed candle writes one value per output of its definition (NaN
// while it warms up); peek() previews a forming candle without changing
// anything; save()/load() carry the complete state across a restart.
class Study
{
public:
    virtual ~Study() = default;

    virtual std::unique_ptr<Study> clone() const = 0;
    virtual void update(const Bar &bar, double *values) = 0;
    virtual void peek(const Bar &bar, double *values) const = 0;
    virtual void save(QDataStream &out) const = 0;
    virtual bool load(QDataStream &in) = 0;
};

// A Study made of an indicator class with its own typed interface and the
// function that feeds it a bar and spreads its result over the outputs.
template<typename T>
class StudyModel final : public Study
{
public:
    using Apply = void (*)(T &indicator, const Bar &bar, double *values);

    StudyModel(T indicator, Apply apply)
        : m_indicator(std::move(indicator))
        , m_apply(apply)
    { }

    std::unique_ptr<Study> clone() const override { return std::make_unique<StudyModel>(*this); }
    void update(const Bar &bar, double *values) override { m_apply(m_indicator, bar, values); }
    void peek(const Bar &bar, double *values) const override
    {
        T copy = m_indicator;
        m_apply(copy, bar, values);
    }
    void save(QDataStream &out) const override { m_indicator.save(out); }
    bool load(QDataStream &in) override { return m_indicator.load(in); }

private:
    T m_indicator;
    Apply m_apply;
};

} // namespace kairos
