#include "FeedHealthDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace kairos {

FeedHealthDialog::FeedHealthDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Feed health"));
    auto *form = new QFormLayout;
    m_venue = new QLabel;
    form->addRow(tr("Venue"), m_venue);
    const std::pair<const char *, QString> rows[] = {
        { "messages", tr("Messages") },
        { "trades", tr("Trades") },
        { "malformed", tr("Malformed frames") },
        { "oversized", tr("Oversized messages refused") },
        { "venueErrors", tr("Errors sent by the venue") },
        { "duplicates", tr("Repeated trades dropped") },
        { "reconnects", tr("Reconnects") },
        { "gaps", tr("Gaps") },
        { "backfilled", tr("Backfilled trades") },
        { "lastMessage", tr("Last message") },
    };
    for (const auto &[key, label] : rows) {
        auto *value = new QLabel;
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values.insert(QLatin1StringView(key), value);
        form->addRow(label, value);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setHealth({});
}

QString FeedHealthDialog::value(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

void FeedHealthDialog::setHealth(const FeedHealth &health)
{
    const QLocale locale;
    m_venue->setText(health.venue.isEmpty() ? tr("none") : health.venue);
    const auto put = [&](const char *key, qint64 value) {
        m_values.value(QLatin1StringView(key))->setText(locale.toString(value));
    };
    put("messages", health.messages);
    put("trades", health.trades);
    put("malformed", health.malformed);
    put("oversized", health.oversized);
    put("venueErrors", health.venueErrors);
    put("duplicates", health.duplicates);
    put("reconnects", health.reconnects);
    put("gaps", health.gaps);
    put("backfilled", health.backfilledTrades);
    m_values.value(QStringLiteral("lastMessage"))
        ->setText(health.lastMessageAgeMs < 0
                ? tr("none yet")
                : tr("%1 s ago").arg(locale.toString(health.lastMessageAgeMs / 1000.0, 'f', 1)));
}

} // namespace kairos
