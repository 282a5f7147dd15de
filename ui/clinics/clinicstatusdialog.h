#pragma once

#include "clinics/clinicservice.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace sb {

// Changing a clinic's status: pick the new one, see exactly what it does to SMS (worked out
// off the GUI thread against Salesforce and the stored plans), then confirm.
class ClinicStatusDialog final : public QDialog
{
    Q_OBJECT
public:
    using Preview = std::function<Result<clinics::Effect>(const QString &status)>;
    ClinicStatusDialog(const clinics::Clinic &clinic, Preview preview, QWidget *parent = nullptr);
    ~ClinicStatusDialog() override;

    QString chosenStatus() const;

    // For tests.
    bool selectStatus(const QString &status);
    bool effectReady() const { return m_ready; }
    QString effectText() const;
    QPushButton *applyButton() const { return m_apply; }

private:
    void statusChosen();
    void showEffect(quint64 generation, const Result<clinics::Effect> &effect);

    clinics::Clinic m_clinic;
    Preview m_preview;
    quint64 m_generation = 0;
    bool m_ready = false;
    QComboBox *m_status = nullptr;
    QLabel *m_meaning = nullptr;
    QTextBrowser *m_effect = nullptr;
    QPlainTextEdit *m_ids = nullptr;
    QPushButton *m_showIds = nullptr;
    QPushButton *m_apply = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb
