#include "FeedDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kairos {

namespace {

enum Source { Simulator, Replay, FirstVenue };

} // namespace

FeedDialog::FeedDialog(const FeedSpec &current, bool recordTicks, QWidget *parent)
    : ValidatingDialog(parent)
{
    setWindowTitle(tr("Market data feed"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_source = new QComboBox;
    m_source->addItem(tr("Simulator"));
    m_source->addItem(tr("Replay a file or a recorded session"));
    for (const QString &venue : VenueProtocol::venues())
        m_source->addItem(
            tr("%1 public trades").arg(VenueProtocol::create(venue)->displayName()), venue);
    m_form->addRow(tr("Source"), m_source);

    m_pairs = new QLineEdit;
    m_pairs->setPlaceholderText(tr("BTC/USDT, ETH/USDT"));
    m_form->addRow(tr("Pairs"), m_pairs);
    m_wsUrl = new QLineEdit;
    m_form->addRow(tr("WebSocket URL"), m_wsUrl);
    m_restUrl = new QLineEdit;
    m_form->addRow(tr("REST URL (gap backfill)"), m_restUrl);

    m_fileRow = new QWidget;
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_file = new QLineEdit;
    m_file->setPlaceholderText(tr("ticks or candles CSV, or a Kairos database"));
    auto *browse = new QPushButton(tr("Browse…"));
    fileLayout->addWidget(m_file);
    fileLayout->addWidget(browse);
    m_form->addRow(tr("File"), m_fileRow);
    m_speed = new QComboBox;
    m_speed->addItem(tr("×1"), 1.0);
    m_speed->addItem(tr("×10"), 10.0);
    m_speed->addItem(tr("×100"), 100.0);
    m_speed->addItem(tr("As fast as possible"), 0.0);
    m_form->addRow(tr("Speed"), m_speed);

    m_record = new QCheckBox(tr("Record the session's raw ticks in the database"));
    m_record->setChecked(recordTicks);
    m_form->addRow(QString(), m_record);
    addFooter(layout);

    switch (current.kind) {
    case FeedSpec::Kind::Simulator:
        m_source->setCurrentIndex(Simulator);
        break;
    case FeedSpec::Kind::Replay:
        m_source->setCurrentIndex(Replay);
        m_file->setText(current.replayPath);
        break;
    case FeedSpec::Kind::Venue: {
        m_source->setCurrentIndex(std::max(0, m_source->findData(current.venue.venue)));
        QStringList pairs;
        for (const VenueSymbol &symbol : current.venue.symbols)
            pairs << symbol.base + u'/' + symbol.quote;
        m_pairs->setText(pairs.join(QStringLiteral(", ")));
        m_wsUrl->setText(current.venue.baseUrl.toString());
        m_restUrl->setText(current.venue.restUrl.toString());
        break;
    }
    }
    connect(m_source, &QComboBox::currentIndexChanged, this, &FeedDialog::sourceChanged);
    for (QLineEdit *edit : { m_pairs, m_wsUrl, m_restUrl, m_file })
        connect(edit, &QLineEdit::textChanged, this, &FeedDialog::validate);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Replay"), m_file->text(),
            tr("Ticks, candles or Kairos database (*.csv *.db);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    sourceChanged();
}

QString FeedDialog::venue() const
{
    return m_source->currentData().toString();
}

void FeedDialog::sourceChanged()
{
    const bool isVenue = m_source->currentIndex() >= FirstVenue;
    const bool isReplay = m_source->currentIndex() == Replay;
    m_form->setRowVisible(m_pairs, isVenue);
    m_form->setRowVisible(m_wsUrl, isVenue);
    m_form->setRowVisible(m_restUrl, isVenue);
    m_form->setRowVisible(m_fileRow, isReplay);
    m_form->setRowVisible(m_speed, isReplay);
    if (isVenue) {
        const auto protocol = VenueProtocol::create(venue());
        m_wsUrl->setPlaceholderText(protocol->defaultUrl().toString());
        const QUrl rest = protocol->defaultRestUrl();
        m_restUrl->setEnabled(rest.isValid());
        m_restUrl->setPlaceholderText(
            rest.isValid() ? rest.toString() : tr("this venue has no trade history by id"));
    }
    validate();
    adjustSize();
}

void FeedDialog::validate()
{
    QStringList problems;
    FeedSpec spec;
    if (m_source->currentIndex() == Replay) {
        spec.kind = FeedSpec::Kind::Replay;
        spec.replayPath = m_file->text().trimmed();
        if (spec.replayPath.isEmpty())
            problems << tr("Choose a file to replay.");
        else if (!QFileInfo(spec.replayPath).isReadable())
            problems << tr("%1 cannot be read.").arg(spec.replayPath);
    } else if (m_source->currentIndex() >= FirstVenue) {
        spec.kind = FeedSpec::Kind::Venue;
        spec.venue.venue = venue();
        for (const QString &text : m_pairs->text().split(u',', Qt::SkipEmptyParts)) {
            if (text.trimmed().isEmpty())
                continue;
            QString error;
            if (const auto symbol = VenueSymbol::parse(text, &error))
                spec.venue.symbols << *symbol;
            else
                problems << tr("Pairs: %1").arg(error);
        }
        if (spec.venue.symbols.isEmpty() && problems.isEmpty())
            problems << tr("Name at least one pair, e.g. BTC/USDT.");
        const auto url = [&problems](QLineEdit *edit, const QString &label,
                             std::initializer_list<const char *> schemes, QUrl &target) {
            const QString text = edit->text().trimmed();
            if (text.isEmpty())
                return;
            const QUrl parsed(text);
            bool known = false;
            for (const char *scheme : schemes)
                known = known || parsed.scheme() == QLatin1StringView(scheme);
            if (!parsed.isValid() || !known || parsed.host().isEmpty())
                problems << tr("%1: '%2' is not a %3 URL")
                                .arg(label, text,
                                    QLatin1StringView(*schemes.begin()) + QStringLiteral("(s)://"));
            else
                target = parsed;
        };
        url(m_wsUrl, tr("WebSocket URL"), { "ws", "wss" }, spec.venue.baseUrl);
        if (m_restUrl->isEnabled())
            url(m_restUrl, tr("REST URL"), { "http", "https" }, spec.venue.restUrl);
    }
    m_spec = spec;
    showProblems(problems);
}

FeedSpec FeedDialog::spec() const
{
    return m_spec;
}

double FeedDialog::replaySpeed() const
{
    return m_speed->currentData().toDouble();
}

bool FeedDialog::recordTicks() const
{
    return m_record->isChecked();
}

} // namespace kairos
