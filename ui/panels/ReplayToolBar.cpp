#include "ReplayToolBar.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QSlider>

namespace kairos {

namespace {

// The slider counts seconds from the first tick: an int holds 68 years.
constexpr qint64 SliderUnitMs = 1000;

} // namespace

ReplayToolBar::ReplayToolBar(QWidget *parent)
    : QToolBar(tr("Replay"), parent)
{
    setObjectName(QStringLiteral("ReplayToolBar"));
    m_play = addAction(tr("Pause"));
    m_play->setShortcut(Qt::Key_Space);
    m_play->setToolTip(tr("Pause or resume the replay (Space)"));
    connect(m_play, &QAction::triggered, this,
        [this] { m_paused ? emit resumeRequested() : emit pauseRequested(); });
    m_step = addAction(tr("Step"));
    m_step->setShortcut(Qt::Key_Period);
    m_step->setToolTip(tr("On to the end of the next candle of the chart's timeframe (.)"));
    connect(m_step, &QAction::triggered, this, &ReplayToolBar::stepRequested);

    m_speed = new QComboBox;
    m_speed->addItem(tr("×1"), 1.0);
    m_speed->addItem(tr("×10"), 10.0);
    m_speed->addItem(tr("×100"), 100.0);
    m_speed->addItem(tr("max"), 0.0);
    m_speed->setToolTip(tr("Replay speed: times real time, or as fast as possible"));
    connect(m_speed, &QComboBox::activated, this,
        [this](int index) { emit speedRequested(m_speed->itemData(index).toDouble()); });
    addWidget(m_speed);

    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setMinimumWidth(320);
    m_slider->setToolTip(tr("Drag to seek; back in time replays from the start up to there"));
    connect(m_slider, &QSlider::sliderReleased, this,
        [this] { emit seekRequested(m_first + qint64(m_slider->value()) * SliderUnitMs); });
    addWidget(m_slider);
    m_position = new QLabel;
    m_position->setContentsMargins(8, 0, 8, 0);
    addWidget(m_position);
}

QString ReplayToolBar::positionText() const
{
    return m_position->text();
}

void ReplayToolBar::setProgress(qint64 time, qint64 first, qint64 last, bool paused, double speed)
{
    m_first = first;
    m_last = last;
    m_paused = paused;
    m_play->setText(m_finished ? tr("Finished") : paused ? tr("Play") : tr("Pause"));
    m_play->setEnabled(!m_finished);
    m_step->setEnabled(paused && !m_finished);
    const int index = m_speed->findData(speed);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
    m_slider->setRange(0, int((last - first) / SliderUnitMs));
    if (!m_slider->isSliderDown())
        m_slider->setValue(int((time - first) / SliderUnitMs));
    const QLocale locale;
    const auto format = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QLocale::ShortFormat);
    };
    m_position->setText(m_finished
            ? tr("Replay finished: %1 – %2 UTC").arg(format(first), format(last))
            : tr("%1 of %2 – %3 UTC").arg(format(time), format(first), format(last)));
}

void ReplayToolBar::setFinished()
{
    m_finished = true;
    setProgress(m_last, m_first, m_last, m_paused, m_speed->currentData().toDouble());
}

} // namespace kairos
