#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QSlider;

namespace kairos {

// The controls of a replay: play/pause (Space), one candle on (.), speed
// ×1, ×10, ×100 or as fast as possible, and a position slider that seeks
// where it is let go. It only shows and asks; the feed decides.
class ReplayToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit ReplayToolBar(QWidget *parent = nullptr);

    QAction *playAction() const { return m_play; }
    QAction *stepAction() const { return m_step; }
    QComboBox *speedBox() const { return m_speed; }
    QSlider *slider() const { return m_slider; }
    QString positionText() const;

public slots:
    // From the feed's progress().
    void setProgress(qint64 time, qint64 first, qint64 last, bool paused, double speed);
    // From the feed's finished(): the end is said, play and step are off
    // (seeking back still starts it over).
    void setFinished();

signals:
    void pauseRequested();
    void resumeRequested();
    void stepRequested();
    void speedRequested(double speed);
    void seekRequested(qint64 time);

private:
    QAction *m_play = nullptr;
    QAction *m_step = nullptr;
    QComboBox *m_speed = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_position = nullptr;
    qint64 m_first = 0;
    qint64 m_last = 0;
    bool m_paused = false;
    bool m_finished = false;
};

} // namespace kairos
