#pragma once

#include "ValidatingDialog.h"
#include "feed/FeedSpec.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace kairos {

// Where market data comes from: the simulator, a replay of a file or a
// recorded database, or a venue's public trades (pairs, and the WebSocket
// and REST base URLs to use instead of the venue's). Every field is checked
// as it is typed; OK waits for a valid choice, which the app then applies
// without restarting.
class FeedDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    FeedDialog(const FeedSpec &current, bool recordTicks, QWidget *parent = nullptr);

    // Valid once OK is enabled.
    FeedSpec spec() const;
    double replaySpeed() const; // 0: as fast as possible
    bool recordTicks() const;

    QComboBox *sourceBox() const { return m_source; }
    QLineEdit *pairsField() const { return m_pairs; }
    QLineEdit *fileField() const { return m_file; }

private:
    void sourceChanged();
    void validate();
    QString venue() const;

    QFormLayout *m_form = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_pairs = nullptr;
    QLineEdit *m_wsUrl = nullptr;
    QLineEdit *m_restUrl = nullptr;
    QLineEdit *m_file = nullptr;
    QWidget *m_fileRow = nullptr;
    QComboBox *m_speed = nullptr;
    QCheckBox *m_record = nullptr;
    FeedSpec m_spec;
};

} // namespace kairos
