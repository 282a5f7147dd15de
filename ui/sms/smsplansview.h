#pragma once

#include <QWidget>

class QSettings;

namespace sb {

class Store;


class SmsPlansView final : public QWidget
{
    Q_OBJECT
public:
    explicit SmsPlansView(Store &store, QWidget *parent = nullptr);

    // Reads the store again (the page was shown, or another view changed the SMS data).
    void refresh();
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

private:
    Store &m_store;
};

} // namespace sb
