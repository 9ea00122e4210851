#pragma once

#include "feed/FeedStatus.h"

#include <QDialog>
#include <QMap>

class QLabel;

namespace kairos {

// A venue feed's counters, live: messages, trades, malformed frames, the
// venue's own errors, duplicates, reconnects, gaps, backfilled candles and
// how long ago the last message came.
class FeedHealthDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FeedHealthDialog(QWidget *parent = nullptr);

    // The value shown for a counter ("trades", "malformed", …).
    QString value(const QString &key) const;

public slots:
    void setHealth(const kairos::FeedHealth &health);

private:
    QLabel *m_venue = nullptr;
    QMap<QString, QLabel *> m_values;
};

} // namespace kairos
