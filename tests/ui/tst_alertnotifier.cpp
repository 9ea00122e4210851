// Alerts reach the user without flooding them: repeats fold into a count,
// a storm is held back and summed up, critical alerts always get through,
// and without a tray (as under the offscreen platform) an in-app toast
// shows them.
#include "AlertNotifier.h"
#include "AlertThrottle.h"
#include "panels/AlertsModel.h"
#include "panels/Toast.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTest>

using namespace kairos;

namespace {

Alert alert(AlertSeverity severity, const QString &text, qint64 time = 0)
{
    return { time ? time : QDateTime::currentMSecsSinceEpoch(), severity, QStringLiteral("feed"),
        text };
}

} // namespace

class TestAlertNotifier : public QObject
{
    Q_OBJECT

private slots:
    void repeatsFoldIntoACount()
    {
        AlertThrottle throttle(30'000, 4);
        const Alert a = alert(AlertSeverity::Warning, QStringLiteral("binance: reconnecting"));
        QVERIFY(throttle.offer(a, 1000));
        for (int i = 1; i < 10; ++i)
            QVERIFY(!throttle.offer(a, 1000 + i * 100));
        QVERIFY(throttle.flush(20'000).isEmpty()); // the window is still open
        const auto folded = throttle.flush(31'000);
        QCOMPARE(folded.size(), 1);
        QCOMPARE(folded[0].repeats, 9);
        QCOMPARE(folded[0].alert.text, a.text);
        // A new window shows it again.
        QVERIFY(throttle.offer(a, 32'000));
    }

    void aStormIsHeldBackButCriticalGetsThrough()
    {
        AlertThrottle throttle(30'000, 4);
        int shown = 0;
        for (int i = 0; i < 20; ++i)
            shown += throttle
                         .offer(alert(AlertSeverity::Warning, QStringLiteral("gap %1").arg(i)),
                             1000 + i)
                         .has_value();
        QCOMPARE(shown, 4);
        QVERIFY(throttle.offer(alert(AlertSeverity::Critical, QStringLiteral("HALTED")), 2000));
        const auto later = throttle.flush(40'000);
        QCOMPARE(later.size(), 1);
        QCOMPARE(later[0].othersHeldBack, 16);
    }

    void withoutATrayAToastShowsThem()
    {
        QMainWindow window;
        window.resize(800, 600);
        window.show();
        AlertNotifier notifier(&window);
        QVERIFY(!notifier.usesTray()); // offscreen has no system tray
        QVERIFY(notifier.toast());
        AlertList storm;
        for (int i = 0; i < 50; ++i)
            storm.append(alert(AlertSeverity::Warning, QStringLiteral("binance: stale")));
        notifier.notify(storm);
        QCOMPARE(notifier.notified(), 1);
        QVERIFY(notifier.toast()->isVisible());
        QVERIFY(notifier.toast()->text().contains(QStringLiteral("binance: stale")));
        QCOMPARE(notifier.sounded(), 0); // no sound for warnings, at first

        notifier.notify({ alert(AlertSeverity::Critical, QStringLiteral("storage failed")) });
        QCOMPARE(notifier.notified(), 2);
        QCOMPARE(notifier.sounded(), 1);
        QVERIFY(notifier.toast()->text().contains(QStringLiteral("storage failed")));

        // Info is listed, not notified; restored (old) alerts are not notified.
        notifier.notify({ alert(AlertSeverity::Info, QStringLiteral("connected")),
            alert(AlertSeverity::Critical, QStringLiteral("yesterday"),
                QDateTime::currentMSecsSinceEpoch() - 86'400'000) });
        QCOMPARE(notifier.notified(), 2);
        AlertNotifier::Switches all = notifier.switches();
        all.notify = { true, true, true };
        notifier.setSwitches(all);
        notifier.notify({ alert(AlertSeverity::Info, QStringLiteral("connected")) });
        QCOMPARE(notifier.notified(), 3);

        // Raised by replayed history, or shown again: listed, never notified.
        Alert quiet = alert(AlertSeverity::Critical, QStringLiteral("from history"));
        quiet.quiet = true;
        notifier.notify({ quiet });
        QCOMPARE(notifier.notified(), 3);
        QCOMPARE(notifier.sounded(), 1);
    }

    void quietAlertsAreListedButNotUnread()
    {
        AlertsModel model;
        Alert loud = alert(AlertSeverity::Warning, QStringLiteral("now"));
        Alert quiet = alert(AlertSeverity::Warning, QStringLiteral("history"));
        quiet.quiet = true;
        model.add({ quiet, quiet, quiet });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.unacknowledged(), 0);
        model.add({ loud });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.unacknowledged(), 1);
    }
};

QTEST_MAIN(TestAlertNotifier)
#include "tst_alertnotifier.moc"
