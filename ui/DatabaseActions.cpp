#include "DatabaseActions.h"

#include "AppSettings.h"
#include "dialogs/ProgressRunner.h"
#include "storage/CsvExport.h"
#include "storage/CsvImport.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStatusBar>

namespace kairos {

namespace {

// Candles when the header names an open column; ticks otherwise.
CsvImport::Kind guessKind(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.readLine(4096).toLower().contains("open"))
        return CsvImport::Kind::Candles;
    return CsvImport::Kind::Ticks;
}

} // namespace

DatabaseActions::DatabaseActions(QMainWindow *window, const QString &path, bool scratch)
    : QObject(window)
    , m_window(window)
    , m_path(path)
    , m_scratch(scratch)
    , m_recordTicks(new QAction(tr("&Record ticks"), this))
    , m_secondCandles(new QAction(tr("Keep &1-second candles"), this))
    , m_status(new QLabel)
{
    QMenu *file = window->menuBar()->actions().constFirst()->menu();
    QAction *before = file->actions().constFirst();
    auto *import = new QAction(tr("&Import candles or ticks…"), this);
    import->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    import->setStatusTip(tr("Read a candles or ticks CSV into the database"));
    connect(import, &QAction::triggered, this, &DatabaseActions::importCsv);
    file->insertAction(before, import);

    m_recordTicks->setCheckable(true);
    m_recordTicks->setChecked(AppSettings::recordTicks());
    m_recordTicks->setStatusTip(tr("Keep every tick in the database, for an exact replay"));
    connect(m_recordTicks, &QAction::toggled, this, [this](bool on) {
        AppSettings::setRecordTicks(on);
        emit recordTicksChanged(on);
    });
    m_secondCandles->setCheckable(true);
    m_secondCandles->setChecked(AppSettings::secondCandles());
    m_secondCandles->setStatusTip(tr("Keep 1-second candles too (coarser ones are always kept)"));
    connect(m_secondCandles, &QAction::toggled, this, [this](bool on) {
        AppSettings::setSecondCandles(on);
        emit secondCandlesChanged(on);
    });
    QAction *last = file->actions().constLast();
    file->insertSeparator(last);
    file->insertActions(last, { m_recordTicks, m_secondCandles });
    file->insertSeparator(last);

    m_status->setContentsMargins(8, 0, 8, 0);
    m_status->setToolTip(
        scratch ? tr("A scratch file, removed when Kairos ends (--no-db): %1").arg(path) : path);
    window->statusBar()->addPermanentWidget(m_status);
    setCounters({});
}

bool DatabaseActions::recordTicks() const
{
    return m_recordTicks->isChecked();
}

bool DatabaseActions::secondCandles() const
{
    return m_secondCandles->isChecked();
}

void DatabaseActions::setCounters(const StorageWriter::Counters &counters)
{
    if (m_failed)
        return;
    const QLocale locale;
    QString text = m_scratch
        ? tr("DB not kept · %1 rows for this session").arg(locale.toString(counters.committedRows))
        : tr("DB %1 · %2 rows saved")
              .arg(QFileInfo(m_path).fileName(), locale.toString(counters.committedRows));
    if (counters.droppedTicks > 0)
        text += tr(" · %1 ticks not recorded").arg(locale.toString(counters.droppedTicks));
    m_status->setText(text);
}

void DatabaseActions::setFailed(const QString &error)
{
    m_failed = true;
    m_status->setText(tr("DB FAILED: trading halted"));
    m_status->setToolTip(error);
    m_status->setStyleSheet(QStringLiteral("color: #ff5c5c; font-weight: bold"));
}

bool DatabaseActions::exportTrades(const QString &file, qint64 from, qint64 to, QString *error)
{
    bool ok = false;
    ProgressRunner::run(m_window, tr("Export trades"), tr("Writing %1…").arg(file),
        [&](const std::atomic<bool> &cancel, const ProgressRunner::Report &) {
            Database db;
            QFile out(file);
            if (!db.openReadOnly(m_path)) {
                *error = db.error();
                return;
            }
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                *error = out.errorString();
                return;
            }
            StorageReader reader(db);
            CsvExport exporter(reader);
            StorageReader::Range range;
            range.from = from;
            range.to = to;
            ok = exporter.write(CsvExport::Kind::Trades, range, 0, &out, &cancel);
            if (!ok)
                *error = exporter.error();
        });
    return ok;
}

CsvImport::Result DatabaseActions::importFile(
    const QString &csv, CsvImport::Kind kind, const QString &symbol)
{
    CsvImport::Result result;
    ProgressRunner::run(m_window, tr("Import"), tr("Importing %1…").arg(QFileInfo(csv).fileName()),
        [&](const std::atomic<bool> &cancel, const ProgressRunner::Report &report) {
            result = CsvImport::run(csv, kind, symbol, m_path, cancel, report);
        });
    // What was written before a failure or a cancel is kept, and shown.
    if (result.candleRows > 0)
        emit historyImported(result.symbols);
    return result;
}

void DatabaseActions::importCsv()
{
    const QString csv = QFileDialog::getOpenFileName(
        m_window, tr("Import candles or ticks"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (csv.isEmpty())
        return;

    QDialog ask(m_window);
    ask.setWindowTitle(tr("Import %1").arg(QFileInfo(csv).fileName()));
    auto *form = new QFormLayout(&ask);
    auto *kind = new QComboBox;
    kind->addItem(tr("Candles (time,open,high,low,close,volume)"));
    kind->addItem(tr("Ticks (time,price,quantity[,symbol][,side])"));
    kind->setCurrentIndex(guessKind(csv) == CsvImport::Kind::Candles ? 0 : 1);
    auto *symbol = new QLineEdit(QFileInfo(csv).baseName().toUpper());
    symbol->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9._:/-]{1,32}")), symbol));
    symbol->setToolTip(tr("Candles go to this symbol; ticks without a symbol column too"));
    form->addRow(tr("File holds"), kind);
    form->addRow(tr("Symbol"), symbol);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(symbol, &QLineEdit::textChanged, buttons, [symbol, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(symbol->hasAcceptableInput());
    });
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;

    const CsvImport::Kind chosen
        = kind->currentIndex() == 0 ? CsvImport::Kind::Candles : CsvImport::Kind::Ticks;
    const CsvImport::Result result = importFile(csv, chosen, symbol->text());

    const QLocale locale;
    QMessageBox box(m_window);
    box.setWindowTitle(tr("Import"));
    if (!result.error.isEmpty()) {
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("Nothing more could be imported: %1").arg(result.error));
    } else {
        box.setIcon(result.badLines > 0 ? QMessageBox::Warning : QMessageBox::Information);
        QString text = chosen == CsvImport::Kind::Candles
            ? tr("%1 candles of %2 imported.")
                  .arg(
                      locale.toString(result.candleRows), result.symbols.join(QStringLiteral(", ")))
            : tr("%1 ticks of %2 imported, making %3 candles.")
                  .arg(locale.toString(result.rows), result.symbols.join(QStringLiteral(", ")),
                      locale.toString(result.candleRows));
        if (result.cancelled)
            text = tr("Cancelled. What was read until then is kept: %1 candle rows.")
                       .arg(locale.toString(result.candleRows));
        if (result.badLines > 0)
            text += u'\n'
                + tr(
                    "%n bad line(s) were skipped; see the details.", nullptr, int(result.badLines));
        box.setText(text);
        box.setInformativeText(
            tr("They are available to exports and backtests now, and an open chart of these "
               "symbols shows those older than its candles as you scroll back (all of them from "
               "the next start)."));
    }
    if (!result.badLineMessages.isEmpty())
        box.setDetailedText(result.badLineMessages.join(u'\n'));
    box.exec();
}

} // namespace kairos
