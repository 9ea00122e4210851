#include "OrdersHelpDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kairos {

OrdersHelpDialog::OrdersHelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser)
{
    setWindowTitle(tr("Orders and trading"));
    resize(720, 640);
    auto *layout = new QVBoxLayout(this);
    m_text->setObjectName(QStringLiteral("help"));
    m_text->setOpenExternalLinks(false);
    const auto section = [](const QString &title, const QStringList &items) -> QString {
        QString html = QStringLiteral("<h3>%1</h3><ul>").arg(title.toHtmlEscaped());
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        return html + QStringLiteral("</ul>");
    };
    QString html;
    html += section(tr("Order types"),
        { tr("Market: fills at the next trade, moved against you by the slippage."),
            tr("Limit: takes at once if the next trade is at or better than the limit; "
               "otherwise rests and fills at the limit when a trade prints through it."),
            tr("Stop market and stop limit: wait for a trade at or beyond the stop price "
               "against you (a buy stop above the market), then trade at market or at the "
               "limit. A stop the market gaps through fills at the gap's price."),
            tr("Market and limit if touched: wait for a trade at or beyond the price in "
               "your favour (a buy below the market)."),
            tr("Trailing stop: a stop that follows the best price at a distance (a price "
               "or a percent) and never moves back; optionally only from an activation "
               "price on.") });
    html += section(tr("Time in force and flags"),
        { tr("GTC works until cancelled; Day expires when the risk day ends (in the risk "
             "limits' time zone)."),
            tr("IOC trades what it can at once and cancels the rest; FOK trades its whole "
               "quantity at once or expires without trading."),
            tr("Reduce only never makes the position larger and is cancelled once it would; "
               "post only never takes liquidity and is refused if it would.") });
    html += section(tr("Brackets and one-cancels-other"),
        { tr("Give an order a take profit and/or a stop loss in the ticket: its exits are "
             "sent with it, held until it fills, and then protect what has filled, growing "
             "with each part that fills."),
            tr("The two exits are one-cancels-other: a fill of one takes as much off the "
               "other, and cancels it once nothing is left of it."),
            tr("Any two working orders of one symbol can be linked the same way: select both "
               "in the Orders table and choose Link (Ctrl+Alt+O) from its context menu, for "
               "example a buy stop above a range and a buy limit below it. Unlink, or cancel "
               "one of them, and the other works on alone."),
            tr("Protect puts the ticket's take profit and stop loss on the position you "
               "hold; a strategy can attach exits to every position it opens (Strategy "
               "dialog)."),
            tr("The ticket shows what the stop loss risks, in money and in percent of "
               "equity, before you send.") });
    html += section(tr("Partial fills"),
        { tr("A resting order fills at most the size of the trade that printed through its "
             "price and rests on for the rest; the Orders table's Filled column shows what "
             "has traded and at what average price."),
            tr("A market order fills whole unless the broker's participation cap spreads it "
               "over the trades to come."),
            tr("Trading → Paper broker… (Ctrl+Shift+B) sets the slippage, the maker and taker "
               "fees, the latency before an order can fill and the participation cap.") });
    html += section(tr("Changing and cancelling"),
        { tr("Double-click (or F2) a quantity or price in the Orders table to change the "
             "order in place; the change passes the risk checks as a new order would, or is "
             "refused and the order stays as it was."),
            tr("The kill switch cancels every working order and refuses new ones; Cancel all "
               "cancels every working order.") });
    html += section(tr("Trading from the chart"),
        { tr("Working orders, exits and the average entry of your position are lines on "
             "the price pane; fills are dots."),
            tr("Drag an order's line to move the order; its label says where it would go, "
               "whether that would trade at once, and whether the risk checks would take the "
               "move or refuse it and why. Nothing is sent until you let go."),
            tr("Right-click the price pane for a limit or stop at that price (the ticket's "
               "quantity), or to flatten or reverse the position."),
            tr("Flatten (Ctrl+Alt+F), Reverse (Ctrl+Alt+R) and Protect (Ctrl+Alt+P) act on "
               "the ticket's symbol; Ctrl+Alt+B and Ctrl+Alt+S buy and sell.") });
    m_text->setHtml(html);
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString OrdersHelpDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace kairos
