#include "clinics/clinicstatusdialog.h"

#include "clinics/clinicsmodel.h"
#include "common/async.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace sb {

using namespace clinics;

namespace {

QIcon dot(const QColor &color)
{
    QPixmap p(12, 12);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(p);
}

} // namespace

ClinicStatusDialog::ClinicStatusDialog(const Clinic &clinic, Preview preview, QWidget *parent)
    : QDialog(parent), m_clinic(clinic), m_preview(std::move(preview))
{
    setObjectName(QStringLiteral("clinicStatusDialog"));
    setWindowTitle(tr("Change the status of %1").arg(clinic.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *now = new QLabel(tr("<b>%1</b> — %2").arg(clinic.status.toHtmlEscaped(), statusEffect(clinic.status).toHtmlEscaped()), this);
    form->addRow(tr("Now:"), now);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("clinicNewStatus"));
    for (const QString &s : knownStatuses())
        if (s != clinic.status)
            m_status->addItem(dot(ClinicsModel::statusColor(s)), s);
    form->addRow(tr("&New status:"), m_status);
    m_meaning = new QLabel(this);
    m_meaning->setWordWrap(true);
    form->addRow(QString(), m_meaning);
    layout->addLayout(form);

    m_effect = new QTextBrowser(this);
    m_effect->setObjectName(QStringLiteral("clinicEffect"));
    m_effect->setMinimumSize(520, 200);
    layout->addWidget(m_effect, 1);
    m_showIds = new QPushButton(tr("Show the bulkIds"), this);
    m_showIds->setObjectName(QStringLiteral("clinicShowIds"));
    m_showIds->setCheckable(true);
    m_showIds->setEnabled(false);
    layout->addWidget(m_showIds, 0, Qt::AlignLeft);
    m_ids = new QPlainTextEdit(this);
    m_ids->setObjectName(QStringLiteral("clinicEffectIds"));
    m_ids->setReadOnly(true);
    m_ids->setVisible(false);
    m_ids->setMinimumHeight(140);
    layout->addWidget(m_ids, 1);
    connect(m_showIds, &QPushButton::toggled, m_ids, &QWidget::setVisible);

    auto *note = new QLabel(tr("Changing writes Status__c to Salesforce first; only when Salesforce takes it are the "
                               "messages cancelled or scheduled in Infobip. Nobody has to be re-enrolled."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = m_buttons->addButton(tr("&Change status"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("clinicApply"));
    m_apply->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ClinicStatusDialog::statusChosen);
    resize(640, 480);
    statusChosen();
}

ClinicStatusDialog::~ClinicStatusDialog() = default;

QString ClinicStatusDialog::chosenStatus() const
{
    return m_status->currentText();
}

bool ClinicStatusDialog::selectStatus(const QString &status)
{
    const int i = m_status->findText(status);
    if (i < 0)
        return false;
    m_status->setCurrentIndex(i);
    return true;
}

QString ClinicStatusDialog::effectText() const
{
    return m_effect->toPlainText();
}

void ClinicStatusDialog::statusChosen()
{
    const QString status = chosenStatus();
    m_meaning->setText(tr("Its patients will get %1.").arg(statusEffect(status)));
    m_ready = false;
    m_apply->setEnabled(false);
    m_showIds->setEnabled(false);
    m_ids->clear();
    m_effect->setHtml(tr("<p>Working out what this change does: reading the clinic's patients from Salesforce and "
                         "their SMS plans…</p>"));
    const quint64 generation = ++m_generation;
    auto result = std::make_shared<Result<Effect>>(makeError(QString()));
    runAsync(
        this,
        [preview = m_preview, status, result]() -> QVariant {
            *result = preview(status);
            return {};
        },
        [this, generation, result](const QVariant &) { showEffect(generation, *result); });
}

void ClinicStatusDialog::showEffect(quint64 generation, const Result<Effect> &effect)
{
    if (generation != m_generation)
        return;
    if (!effect) {
        m_effect->setHtml(tr("<p><b>The effect could not be worked out.</b></p><p>%1</p><p>Nothing was changed.</p>")
                              .arg(effect.error().message.toHtmlEscaped()));
        return;
    }
    const Effect &e = effect.value();
    const QLocale l;
    QString html;
    if (e.from != m_clinic.status)
        html += tr("<p><b>Salesforce has this clinic as %1</b>: it was changed there since the last sync. The change "
                   "starts from what Salesforce has.</p>")
                    .arg(e.from.toHtmlEscaped());
    if (e.from == e.to) {
        html += tr("<p>Salesforce already has %1: there is nothing to change. Sync now records the status and re-plans "
                   "the clinic's patients.</p>")
                    .arg(e.to.toHtmlEscaped());
        m_effect->setHtml(html);
        return;
    }
    html += tr("<p>%1 → <b>%2</b></p>").arg(e.from.toHtmlEscaped(), e.to.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"
                           "<tr><th></th><th>%1</th><th>%2</th></tr>")
                .arg(tr("Educational"), tr("Visit reminders"));
    html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>")
                .arg(tr("Cancelled"), l.toString(e.cancel.educational), l.toString(e.cancel.reminders));
    html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr></table>")
                .arg(tr("Scheduled (again)"), l.toString(e.schedule.educational), l.toString(e.schedule.reminders));
    html += tr("<p>For %1 of the clinic's %2 patients.</p>").arg(l.toString(e.patientsAffected), l.toString(e.patients));
    if (e.unplannedPatients > 0)
        html += tr("<p>%n patient(s) have no stored SMS plan yet: whatever the rules cancel for them is looked up in "
                   "Infobip and cancelled if it is pending.</p>",
                   nullptr, e.unplannedPatients);
    if (e.cancel.total() == 0 && e.schedule.total() == 0)
        html += tr("<p>No message changes: the status is recorded in Salesforce and here.</p>");
    m_effect->setHtml(html);
    QStringList lines;
    for (const sms::RunWrite &w : e.writes) {
        if (w.kind == sms::RunWrite::Reschedule)
            continue;
        lines << QStringLiteral("%1  %2  %3  (%4)")
                     .arg(w.kind == sms::RunWrite::Cancel ? tr("cancel") : tr("schedule"), w.contactId, w.bulkId,
                          w.educational ? tr("educational") : tr("visit reminder"));
    }
    m_ids->setPlainText(lines.join(QLatin1Char('\n')));
    m_showIds->setEnabled(!lines.isEmpty());
    m_ready = true;
    m_apply->setEnabled(true);
}

} // namespace sb
