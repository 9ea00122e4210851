#pragma once

#include "model/Decimal.h"
#include "model/Volume.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>
#include <utility>

// An independent, deliberately simple candle builder to check kairos-cli
// against: a map keyed by (symbol, bucket), with the same documented policy
// (open/close by event time, ties in file order; ticks from a second older
// than the newest second seen for that symbol are dropped).
class NaiveAggregator
{
public:
    explicit NaiveAggregator(qint64 timeframeMs)
        : m_width(timeframeMs)
    { }

    void add(int symbol, qint64 time, kairos::Decimal price, kairos::Decimal quantity)
    {
        const qint64 second = floorTo(time, 1000);
        auto newest = m_newestSecond.find(symbol);
        if (newest != m_newestSecond.end() && second < newest->second)
            return; // late
        m_newestSecond[symbol] = second;
        Bar &bar = m_bars[{ symbol, floorTo(time, m_width) }];
        if (bar.trades == 0) {
            bar = { time, price, time, price, price, price, kairos::Volume::of(quantity), 1 };
            return;
        }
        if (time < bar.openTime) {
            bar.openTime = time;
            bar.open = price;
        }
        if (time >= bar.closeTime) {
            bar.closeTime = time;
            bar.close = price;
        }
        bar.high = std::max(bar.high, price);
        bar.low = std::min(bar.low, price);
        if (!bar.volume.tryAdd(quantity))
            qFatal("NaiveAggregator: volume overflow");
        ++bar.trades;
    }

    QByteArray csv(const QStringList &symbols) const
    {
        QByteArray out = symbols.size() > 1 ? "time,open,high,low,close,volume,symbol\n"
                                            : "time,open,high,low,close,volume\n";
        for (const auto &[key, bar] : m_bars) {
            out += QByteArray::number(key.second);
            for (kairos::Decimal d : { bar.open, bar.high, bar.low, bar.close })
                out += ',' + d.toString().toLatin1();
            out += ',' + bar.volume.toString().toLatin1();
            if (symbols.size() > 1)
                out += ',' + symbols[key.first].toUtf8();
            out += '\n';
        }
        return out;
    }

private:
    struct Bar
    {
        qint64 openTime = 0;
        kairos::Decimal open;
        qint64 closeTime = 0;
        kairos::Decimal close;
        kairos::Decimal high;
        kairos::Decimal low;
        kairos::Volume volume;
        int trades = 0;
    };

    static qint64 floorTo(qint64 t, qint64 w) { return (t >= 0 ? t / w : (t - w + 1) / w) * w; }

    qint64 m_width;
    std::map<std::pair<int, qint64>, Bar> m_bars;
    std::map<int, qint64> m_newestSecond;
};
