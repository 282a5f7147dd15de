#include "credentialsview.h"

#include "credentialdialog.h"

#include "credentials/connectiontest.h"
#include "credentials/credentialtypes.h"
#include "project/projectstore.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include "main/listtable.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::detail {

// What one reload read, off the GUI thread.
struct CredentialsLoad
{
    quint64 generation = 0;
    QList<QPair<qint64, QString>> projects; // id, name
    qint64 projectId = 0;
    QString activeEnvironment;
    QString shownEnvironment;
    QStringList environments;
    QList<CredentialsModel::Row> rows;
    QList<credentials::AuditEntry> audit;
    QString error;
};

} // namespace sb::detail

Q_DECLARE_METATYPE(sb::detail::CredentialsLoad)

namespace sb {

using credentials::CredentialRecord;
using credentials::CredentialStore;
using credentials::SecretSource;
using detail::CredentialsLoad;

namespace {

const QString kOtherEnvironment = QStringLiteral("\x01other");

QVariantMap outcome(const Status &status)
{
    return {{QStringLiteral("ok"), status.ok()}, {QStringLiteral("error"), status.ok() ? QString() : status.error().toString()}};
}

QString activeEnvironmentOf(Store &store, qint64 projectId, const QList<CredentialRecord> &records)
{
    if (!records.isEmpty())
        return records.first().projectEnvironment;
    // A project without credentials: its environment is not in any credential record.
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    if (runQuery(q, QStringLiteral("SELECT environment FROM projects WHERE id = ?"), {projectId}) && q.next())
        return q.value(0).toString();
    return QStringLiteral("production");
}

} // namespace

CredentialsView::CredentialsView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_watcher(new StoreWatcher(store, 500, this)),
      m_model(new CredentialsModel(this)), m_auditModel(new CredentialAuditModel(this))
{
    setObjectName(QStringLiteral("credentialsView"));
    buildUi();
    connect(m_watcher, &StoreWatcher::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
}

CredentialsView::~CredentialsView() = default;

void CredentialsView::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_projectLabel = new QLabel(tr("Project:"), this);
    m_projectCombo = new QComboBox(this);
    m_projectCombo->setObjectName(QStringLiteral("credentialsProject"));
    m_projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_projectLabel->setBuddy(m_projectCombo);
    connect(m_projectCombo, &QComboBox::currentIndexChanged, this, &CredentialsView::projectPicked);
    m_projectLabel->hide();
    m_projectCombo->hide();
    top->addWidget(m_projectLabel);
    top->addWidget(m_projectCombo);

    auto *envLabel = new QLabel(tr("&Environment:"), this);
    m_environmentCombo = new QComboBox(this);
    m_environmentCombo->setObjectName(QStringLiteral("credentialsEnvironment"));
    m_environmentCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_environmentCombo->setToolTip(tr("The environment whose secrets every job of the project uses. Choosing another "
                                      "asks first."));
    envLabel->setBuddy(m_environmentCombo);
    connect(m_environmentCombo, &QComboBox::currentIndexChanged, this, &CredentialsView::environmentPicked);
    top->addWidget(envLabel);
    top->addWidget(m_environmentCombo);
    m_environmentNote = new QLabel(this);
    m_environmentNote->setObjectName(QStringLiteral("environmentNote"));
    m_environmentNote->setWordWrap(true);
    top->addWidget(m_environmentNote, 1);
    m_makeActive = new QPushButton(this);
    m_makeActive->setObjectName(QStringLiteral("makeEnvironmentActive"));
    m_makeActive->hide();
    connect(m_makeActive, &QPushButton::clicked, this, [this] { requestEnvironmentSwitch(shownEnvironment()); });
    top->addWidget(m_makeActive);
    layout->addLayout(top);

    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New…"), this);
    m_newButton->setObjectName(QStringLiteral("newCredential"));
    m_newButton->setToolTip(tr("Add a credential with a typed form for its system"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editCredential"));
    m_editButton->setToolTip(tr("Change the selected credential's fields for this environment (double-click)"));
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testCredential"));
    m_testButton->setToolTip(tr("Sign in to the system with the stored login and record the result"));
    m_deleteButton = new QPushButton(tr("&Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteCredential"));
    m_deleteButton->setToolTip(tr("Delete this environment's secret or the whole credential; asks first"));
    connect(m_newButton, &QPushButton::clicked, this, &CredentialsView::newCredential);
    connect(m_editButton, &QPushButton::clicked, this, &CredentialsView::editSelected);
    connect(m_testButton, &QPushButton::clicked, this, &CredentialsView::testSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &CredentialsView::deleteSelected);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_deleteButton);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("credentialsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    buttons->addSpacing(12);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("credentialsBanner"));
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("credentialsSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("credentialsTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table);
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 24;
    const int timeW = fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + pad;
    m_table->setColumnWidth(CredentialsModel::Name, fm.averageCharWidth() * 30);
    m_table->setColumnWidth(CredentialsModel::Type, fm.averageCharWidth() * 13);
    m_table->setColumnWidth(CredentialsModel::Secret, fm.averageCharWidth() * 22);
    m_table->setColumnWidth(CredentialsModel::Owner, fm.averageCharWidth() * 22);
    m_table->setColumnWidth(CredentialsModel::UsedBy, std::max(fm.horizontalAdvance(tr("%n jobs", nullptr, 12)),
                                                               fm.horizontalAdvance(tr("Used by"))) + pad);
    m_table->setColumnWidth(CredentialsModel::LastUsed, timeW);
    m_table->setColumnWidth(CredentialsModel::LastChanged, timeW);
    connect(m_table, &QTableView::doubleClicked, this, &CredentialsView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CredentialsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CredentialsView::updateButtons);

    auto *auditBox = new QWidget(m_splitter);
    auto *auditLayout = new QVBoxLayout(auditBox);
    auditLayout->setContentsMargins(0, 6, 0, 0);
    auto *auditTitle = new QLabel(tr("Audit"), auditBox);
    QFont titleFont = auditTitle->font();
    titleFont.setBold(true);
    auditTitle->setFont(titleFont);
    auditLayout->addWidget(auditTitle);
    m_audit = new QTableView(auditBox);
    m_audit->setObjectName(QStringLiteral("credentialsAudit"));
    m_audit->setModel(m_auditModel);
    setUpListTable(m_audit);
    m_audit->setColumnWidth(CredentialAuditModel::Time, timeW);
    m_audit->setColumnWidth(CredentialAuditModel::Actor, fm.averageCharWidth() * 16);
    auditLayout->addWidget(m_audit);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(auditBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    updateButtons();
}

void CredentialsView::setProjectId(qint64 projectId)
{
    if (projectId == m_projectId && m_loadedOnce)
        return;
    m_projectId = projectId;
    m_viewEnvironment.clear();
    refresh();
}

QString CredentialsView::shownEnvironment() const
{
    return m_viewEnvironment.isEmpty() ? m_activeEnvironment : m_viewEnvironment;
}

void CredentialsView::showEnvironment(const QString &environment)
{
    m_viewEnvironment = environment == m_activeEnvironment ? QString() : environment.trimmed();
    refresh();
}

QString CredentialsView::projectName() const
{
    for (const auto &p : m_projects)
        if (p.first == m_projectId)
            return p.second;
    return QString();
}

void CredentialsView::startWork()
{
    ++m_pending;
}

void CredentialsView::endWork()
{
    m_pending = std::max(0, m_pending - 1);
    updateButtons();
}

void CredentialsView::refresh()
{
    m_stale = false;
    const quint64 generation = ++m_generation;
    Store *store = &m_store;
    const qint64 wanted = m_projectId;
    const QString viewEnvironment = m_viewEnvironment;
    startWork();
    CredentialStore::runAsync(
        this,
        [store, generation, wanted, viewEnvironment]() -> QVariant {
            CredentialsLoad load;
            load.generation = generation;
            for (const ProjectInfo &p : ProjectStore(*store).projects())
                load.projects.append({p.id, p.name});
            load.projectId = wanted;
            bool known = false;
            for (const auto &p : std::as_const(load.projects))
                known = known || p.first == wanted;
            if (!known)
                load.projectId = load.projects.isEmpty() ? 0 : load.projects.first().first;
            if (load.projectId == 0)
                return QVariant::fromValue(load);
            CredentialStore credentials(*store);
            auto records = credentials.list(load.projectId);
            if (!records) {
                load.error = records.error().toString();
                return QVariant::fromValue(load);
            }
            load.activeEnvironment = activeEnvironmentOf(*store, load.projectId, records.value());
            load.shownEnvironment = viewEnvironment.isEmpty() ? load.activeEnvironment : viewEnvironment;
            load.environments = credentials.environments(load.projectId);
            for (const CredentialRecord &r : records.value())
                load.rows.append(CredentialsModel::makeRow(r, load.shownEnvironment));
            if (auto audit = credentials.auditEvents(load.projectId))
                load.audit = audit.value();
            else
                load.error = audit.error().toString();
            return QVariant::fromValue(load);
        },
        [this](const QVariant &result) {
            endWork();
            applyLoad(result);
        });
}

void CredentialsView::applyLoad(const QVariant &result)
{
    const CredentialsLoad load = result.value<CredentialsLoad>();
    if (load.generation != m_generation)
        return; // a newer reload is on its way
    m_loadedOnce = true;
    if (!load.error.isEmpty())
        m_banner->showMessage(tr("The credentials could not be read: %1").arg(load.error), MessageLevel::Error, 0);

    m_syncing = true;
    m_projects = load.projects;
    m_projectId = load.projectId;
    m_projectCombo->clear();
    for (const auto &p : std::as_const(m_projects))
        m_projectCombo->addItem(p.second, p.first);
    m_projectCombo->setCurrentIndex(m_projectCombo->findData(m_projectId));
    m_projectLabel->setVisible(m_projects.size() > 1);
    m_projectCombo->setVisible(m_projects.size() > 1);
    m_activeEnvironment = load.activeEnvironment;
    if (m_viewEnvironment == m_activeEnvironment)
        m_viewEnvironment.clear();
    m_syncing = false;

    const QString selected = selectedKey();
    m_model->setRows(load.rows, load.shownEnvironment);
    if (!m_columnsSized && !load.rows.isEmpty()) {
        // Once, when no saved layout came back: fit the columns to the credentials, within
        // reason (the tooltips have the rest); the last test takes what is left.
        m_columnsSized = true;
        const int chars[] = {34, 16, 22, 30, 12}; // Name, Type, Secret, Owner, Used by
        for (int c = 0; c < CredentialsModel::LastUsed; ++c) // the time columns keep their fixed width
            m_table->setColumnWidth(c, std::min(m_table->fontMetrics().averageCharWidth() * chars[c], std::max(static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(c),
                                                                 m_table->horizontalHeader()->sectionSizeHint(c))
                                                            + 8));
    }
    m_auditModel->setEntries(load.audit);
    fillEnvironmentCombo(load.environments);
    updateEnvironmentNote();
    if (!selected.isEmpty())
        selectCredential(selected);
    else if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    updateButtons();
    Q_EMIT loaded();
}

void CredentialsView::fillEnvironmentCombo(const QStringList &environments)
{
    m_syncing = true;
    m_environmentCombo->clear();
    QStringList all = environments;
    if (!m_activeEnvironment.isEmpty() && !all.contains(m_activeEnvironment))
        all << m_activeEnvironment;
    if (!shownEnvironment().isEmpty() && !all.contains(shownEnvironment()))
        all << shownEnvironment();
    for (const QString &env : std::as_const(all))
        m_environmentCombo->addItem(env == m_activeEnvironment ? tr("%1 (active)").arg(env) : env, env);
    m_environmentCombo->insertSeparator(m_environmentCombo->count());
    m_environmentCombo->addItem(tr("Other…"), kOtherEnvironment);
    m_environmentCombo->setCurrentIndex(m_environmentCombo->findData(shownEnvironment()));
    m_environmentCombo->setEnabled(m_projectId != 0);
    m_syncing = false;
}

void CredentialsView::updateEnvironmentNote()
{
    const QString project = projectName();
    if (m_projectId == 0) {
        m_environmentNote->setText(tr("No project yet: import one (File › Import project…) to manage its credentials."));
        m_makeActive->hide();
        return;
    }
    if (m_viewEnvironment.isEmpty()) {
        m_environmentNote->setText(tr("Every job of “%1” uses the %2 secrets listed here.").arg(project, m_activeEnvironment));
        m_environmentNote->setStyleSheet(QString());
        m_makeActive->hide();
    } else {
        m_environmentNote->setText(tr("Only showing the %1 secrets: the jobs of “%2” still use %3.")
                                       .arg(m_viewEnvironment, project, m_activeEnvironment));
        m_environmentNote->setStyleSheet(
            QStringLiteral("color: %1;").arg(MessageBanner::accentColor(MessageLevel::Warning).name()));
        m_makeActive->setText(tr("Switch to %1…").arg(m_viewEnvironment));
        m_makeActive->show();
    }
}

void CredentialsView::projectPicked(int index)
{
    if (m_syncing || index < 0)
        return;
    setProjectId(m_projectCombo->itemData(index).toLongLong());
}

void CredentialsView::environmentPicked(int index)
{
    if (m_syncing || index < 0)
        return;
    QString env = m_environmentCombo->itemData(index).toString();
    auto restore = [this] {
        m_syncing = true;
        m_environmentCombo->setCurrentIndex(m_environmentCombo->findData(shownEnvironment()));
        m_syncing = false;
    };
    if (env == kOtherEnvironment) {
        restore();
        bool ok = false;
        env = QInputDialog::getText(this, tr("Other environment"),
                                    tr("Name of the environment (such as training or uat):"), QLineEdit::Normal,
                                    QString(), &ok)
                  .trimmed();
        if (!ok || env.isEmpty())
            return;
    }
    if (env == shownEnvironment())
        return restore();
    if (env == m_activeEnvironment) {
        showEnvironment(QString());
        return;
    }
    restore();
    requestEnvironmentSwitch(env);
}

void CredentialsView::requestEnvironmentSwitch(const QString &environment)
{
    const QString env = environment.trimmed();
    if (env.isEmpty() || m_projectId == 0 || env == m_activeEnvironment)
        return;
    const QString project = projectName();
    QMessageBox box(QMessageBox::Question, tr("Switch environment"),
                    tr("Switch project “%1” to %2? Every job of the project will use its %2 secrets at once.").arg(project, env),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("switchEnvironmentBox"));
    box.setInformativeText(tr("It now uses %1. Credentials without a %2 secret make their jobs fail with “secret missing”.")
                               .arg(m_activeEnvironment, env));
    QPushButton *doSwitch = box.addButton(tr("Switch to %1").arg(env), QMessageBox::AcceptRole);
    QPushButton *onlyShow = box.addButton(tr("Only show its secrets"), QMessageBox::ActionRole);
    onlyShow->setToolTip(tr("List and edit the %1 secrets without changing what the jobs use.").arg(env));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == onlyShow) {
        showEnvironment(env);
        return;
    }
    if (box.clickedButton() != doSwitch)
        return;

    Store *store = &m_store;
    const qint64 projectId = m_projectId;
    startWork();
    setStatus(tr("Switching “%1” to %2…").arg(project, env), MessageLevel::Information);
    CredentialStore::runAsync(
        this, [store, projectId, env]() -> QVariant { return outcome(CredentialStore(*store).switchEnvironment(projectId, env)); },
        [this, project, env](const QVariant &result) {
            endWork();
            const QVariantMap map = result.toMap();
            if (!map.value(QStringLiteral("ok")).toBool()) {
                setStatus(QString(), MessageLevel::Information);
                m_banner->showMessage(tr("The environment was not switched: %1").arg(map.value(QStringLiteral("error")).toString()),
                                      MessageLevel::Error, 0);
                return;
            }
            m_viewEnvironment.clear();
            setStatus(QString(), MessageLevel::Information);
            m_banner->showMessage(tr("Project “%1” now uses its %2 secrets.").arg(project, env), MessageLevel::Positive);
            Q_EMIT environmentSwitched(env);
            refresh();
        });
}

bool CredentialsView::selectCredential(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QString CredentialsView::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    const CredentialRecord *r = m_model->recordAt(rows.first().row());
    return r ? r->key : QString();
}

void CredentialsView::updateButtons()
{
    const bool hasProject = m_projectId != 0;
    const bool selected = !selectedKey().isEmpty();
    m_newButton->setEnabled(hasProject);
    m_editButton->setEnabled(selected);
    m_testButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void CredentialsView::setStatus(const QString &text, MessageLevel level)
{
    m_status->setText(text);
    QPalette p = palette();
    if (level == MessageLevel::Positive || level == MessageLevel::Error)
        p.setColor(QPalette::WindowText, MessageBanner::accentColor(level));
    m_status->setPalette(p);
}

CredentialDialog *CredentialsView::openEditor(const QString &key)
{
    if (m_projectId == 0)
        return nullptr;
    const CredentialRecord *record = nullptr;
    if (!key.isEmpty()) {
        record = m_model->recordAt(m_model->rowOfKey(key));
        if (!record)
            return nullptr;
    }
    auto *dialog = new CredentialDialog(m_store, m_projectId, shownEnvironment(), record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CredentialDialog::saved, this, [this, isNew = key.isEmpty()](const QString &savedKey) {
        m_banner->showMessage(isNew ? tr("Credential “%1” created for %2; its secret is in the keychain.").arg(savedKey, shownEnvironment())
                                    : tr("Credential “%1” saved for %2.").arg(savedKey, shownEnvironment()),
                              MessageLevel::Positive);
        refresh();
        connect(this, &CredentialsView::loaded, this, [this, savedKey] { selectCredential(savedKey); },
                Qt::SingleShotConnection);
    });
    connect(dialog, &CredentialDialog::revealed, this, &CredentialsView::refresh);
    dialog->open();
    return dialog;
}

void CredentialsView::newCredential()
{
    openEditor();
}

void CredentialsView::editSelected()
{
    const QString key = selectedKey();
    if (!key.isEmpty())
        openEditor(key);
}

void CredentialsView::testSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const CredentialsModel::Row row = m_model->rows().value(rows.first().row());
    const CredentialRecord record = row.record;
    const QString env = shownEnvironment();
    if (row.source == SecretSource::Sandbox) {
        setStatus(tr("“%1” uses the built-in sandbox's own login in %2: nothing to test.").arg(record.name, env),
                  MessageLevel::Information);
        return;
    }
    if (row.source == SecretSource::Missing) {
        m_banner->showMessage(tr("“%1” has no %2 secret to test: use Edit… to enter it.").arg(record.name, env),
                              MessageLevel::Warning);
        return;
    }
    Store *store = &m_store;
    const qint64 projectId = m_projectId;
    startWork();
    setStatus(tr("Testing “%1” on %2…").arg(record.name, env), MessageLevel::Information);
    m_testButton->setEnabled(false);
    CredentialStore::runAsync(
        this,
        [store, projectId, key = record.key, env]() -> QVariant {
            auto body = CredentialStore(*store).loadBody(projectId, key, env, false);
            if (!body)
                return QVariantMap{{QStringLiteral("ok"), false}, {QStringLiteral("error"), body.error().toString()}};
            return QVariantMap{{QStringLiteral("ok"), true}, {QStringLiteral("body"), QVariant::fromValue(body.value())}};
        },
        [this, record, env, projectId, store](const QVariant &loaded) {
            const QVariantMap map = loaded.toMap();
            if (!map.value(QStringLiteral("ok")).toBool()) {
                endWork();
                const QString message = map.value(QStringLiteral("error")).toString();
                setStatus(QString(), MessageLevel::Information);
                m_banner->showMessage(tr("“%1” could not be tested: %2").arg(record.name, message), MessageLevel::Error, 0);
                Q_EMIT testFinished(record.key, false, message);
                return;
            }
            credentials::testConnection(
                record.type, map.value(QStringLiteral("body")).value<QJsonObject>(), this,
                [this, record, env, projectId, store](const credentials::ConnectionResult &result) {
                    CredentialStore::runAsync(
                        this,
                        [store, projectId, key = record.key, env, result]() -> QVariant {
                            return outcome(CredentialStore(*store).recordTest(projectId, key, env, result.ok(), result.message));
                        },
                        [this, record, env, result](const QVariant &recorded) {
                            endWork();
                            setStatus(tr("%1 on %2: %3").arg(record.name, env, result.message),
                                      result.ok() ? MessageLevel::Positive : MessageLevel::Error);
                            const QVariantMap r = recorded.toMap();
                            if (!r.value(QStringLiteral("ok")).toBool())
                                m_banner->showMessage(tr("The test result was not recorded: %1").arg(r.value(QStringLiteral("error")).toString()),
                                                      MessageLevel::Warning);
                            Q_EMIT testFinished(record.key, result.ok(), result.message);
                            refresh();
                        });
                });
        });
}

void CredentialsView::deleteSelected()
{
    const CredentialRecord *selected = m_model->recordAt(m_model->rowOfKey(selectedKey()));
    if (!selected)
        return;
    const CredentialRecord record = *selected;
    const QString env = shownEnvironment();
    QMessageBox box(QMessageBox::Warning, tr("Delete credential"), tr("Delete “%1”?").arg(record.name), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("deleteCredentialBox"));
    QString info;
    if (record.jobs.isEmpty()) {
        info = tr("No job uses it.");
    } else {
        QStringList lines;
        for (const QString &job : record.jobs)
            lines << QStringLiteral("• ") + job;
        info = tr("These jobs use it and would lose it:", nullptr, int(record.jobs.size())) + QLatin1Char('\n')
               + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
               + tr("Deleting only the %1 secret makes them fail with “secret missing” while the project runs on %1; "
                    "deleting the whole credential makes them fail in every environment.")
                     .arg(env);
    }
    box.setInformativeText(info);
    QPushButton *envOnly = nullptr;
    if (record.body(env))
        envOnly = box.addButton(tr("Delete the %1 secret only").arg(env), QMessageBox::DestructiveRole);
    QPushButton *whole = box.addButton(tr("Delete the whole credential"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    const bool onlyEnv = envOnly && box.clickedButton() == envOnly;
    if (!onlyEnv && box.clickedButton() != whole)
        return;

    Store *store = &m_store;
    const qint64 projectId = m_projectId;
    startWork();
    CredentialStore::runAsync(
        this,
        [store, projectId, key = record.key, env, onlyEnv]() -> QVariant {
            CredentialStore credentials(*store);
            return outcome(onlyEnv ? credentials.removeEnvironment(projectId, key, env) : credentials.remove(projectId, key));
        },
        [this, record, env, onlyEnv](const QVariant &result) {
            endWork();
            const QVariantMap map = result.toMap();
            if (!map.value(QStringLiteral("ok")).toBool()) {
                m_banner->showMessage(map.value(QStringLiteral("error")).toString(), MessageLevel::Error, 0);
                return;
            }
            m_banner->showMessage(onlyEnv ? tr("Deleted the %1 secret of “%2”.").arg(env, record.name)
                                          : tr("Deleted “%1”.").arg(record.name),
                                  MessageLevel::Positive);
            Q_EMIT deleted(record.key);
            refresh();
        });
}

void CredentialsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CredentialsView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("Credentials/columns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("Credentials/auditColumns"), m_audit->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("Credentials/splitter"), m_splitter->saveState());
}

void CredentialsView::restoreSettings(const QSettings &settings)
{
    if (m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("Credentials/columns")).toByteArray()))
        m_columnsSized = true;
    m_audit->horizontalHeader()->restoreState(settings.value(QStringLiteral("Credentials/auditColumns")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("Credentials/splitter")).toByteArray());
}

} // namespace sb
