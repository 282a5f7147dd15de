#include "credentialdialog.h"

#include "credentials/connectiontest.h"
#include "main/messagebanner.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

using credentials::CredentialRecord;
using credentials::CredentialStore;
using credentials::CredentialType;
using credentials::FieldKind;
using credentials::FieldProblem;
using credentials::FieldSpec;

namespace {

const QString kOk = QStringLiteral("ok");
const QString kError = QStringLiteral("error");
const QString kBody = QStringLiteral("body");

QVariantMap failure(const QString &message)
{
    return {{kOk, false}, {kError, message}};
}

QVariantMap success(const QJsonObject &body = {})
{
    return {{kOk, true}, {kBody, QVariant::fromValue(body)}};
}

// Red and small, under the field it is about.
QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, MessageBanner::accentColor(MessageLevel::Error));
    label->setPalette(p);
    label->hide();
    return label;
}

QLabel *makeHelpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

bool isKeptInKeychain(const FieldSpec &spec)
{
    // Extra headers go with the secrets (credentialtypes.cpp: isSecretField).
    return spec.isSecret() || spec.kind == FieldKind::Json;
}

} // namespace

CredentialDialog::CredentialDialog(Store &store, qint64 projectId, const QString &environment,
                                   const CredentialRecord *existing, QWidget *parent)
    : QDialog(parent), m_store(store), m_projectId(projectId), m_environment(environment)
{
    setObjectName(QStringLiteral("credentialDialog"));
    if (existing) {
        m_existing = *existing;
        if (const auto *b = existing->body(environment))
            m_storedBody = *b;
    }
    setWindowTitle(existing ? tr("Edit “%1” for %2").arg(existing->name, environment)
                            : tr("New credential for %1").arg(environment));
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("credentialDialogBanner"));
    layout->addWidget(m_banner);

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("credentialName"));
    m_name->setPlaceholderText(tr("Such as “Salesforce production”"));
    top->addRow(tr("&Name:"), m_name);

    auto *typeRow = new QHBoxLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("credentialType"));
    for (const CredentialType &t : credentials::credentialTypes())
        m_type->addItem(t.translatedLabel(), t.id);
    typeRow->addWidget(m_type, 1);
    m_changeType = new QToolButton(this);
    m_changeType->setObjectName(QStringLiteral("changeType"));
    m_changeType->setText(tr("Change type…"));
    m_changeType->setToolTip(tr("A different type replaces every field of this environment's login."));
    typeRow->addWidget(m_changeType);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    top->addRow(typeLabel, typeRow);

    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("credentialOwner"));
    m_owner->setPlaceholderText(tr("Empty: you"));
    top->addRow(tr("&Owner:"), m_owner);

    auto *envLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(environment.toHtmlEscaped()), this);
    envLabel->setObjectName(QStringLiteral("credentialEnvironment"));
    envLabel->setToolTip(tr("These fields are the login jobs get when the project runs in the %1 environment.").arg(environment));
    top->addRow(tr("Environment:"), envLabel);
    layout->addLayout(top);

    m_groupHelp = new QLabel(this);
    m_groupHelp->setObjectName(QStringLiteral("groupHelp"));
    m_groupHelp->setWordWrap(true);
    layout->addWidget(m_groupHelp);

    m_fieldsHolder = new QWidget(this);
    m_fieldsHolder->setObjectName(QStringLiteral("credentialFields"));
    layout->addWidget(m_fieldsHolder, 1);

    m_generalProblem = makeProblemLabel(this);
    m_generalProblem->setObjectName(QStringLiteral("problem_"));
    layout->addWidget(m_generalProblem);

    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("dialogTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    layout->addWidget(m_testResult);

    auto *bottom = new QHBoxLayout;
    m_reveal = new QPushButton(tr("&Reveal secrets"), this);
    m_reveal->setObjectName(QStringLiteral("revealSecrets"));
    m_reveal->setToolTip(tr("Show the stored secrets in clear text. Every reveal is written to the audit."));
    m_reveal->setAutoDefault(false);
    m_test = new QPushButton(tr("Test &connection"), this);
    m_test->setObjectName(QStringLiteral("dialogTestConnection"));
    m_test->setToolTip(tr("Sign in with what is typed here (stored secrets for the secret fields left empty). "
                          "Nothing is saved."));
    m_test->setAutoDefault(false);
    m_busyLabel = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveCredential"));
    bottom->addWidget(m_reveal);
    bottom->addWidget(m_test);
    bottom->addWidget(m_busyLabel, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CredentialDialog::save);
    connect(m_reveal, &QPushButton::clicked, this, &CredentialDialog::revealSecrets);
    connect(m_test, &QPushButton::clicked, this, &CredentialDialog::testConnection);

    if (m_existing) {
        m_name->setText(m_existing->name);
        m_owner->setText(m_existing->owner);
        const int index = m_type->findData(m_existing->type);
        m_type->setCurrentIndex(index >= 0 ? index : m_type->findData(QStringLiteral("raw")));
        m_type->setEnabled(false);
        connect(m_changeType, &QToolButton::clicked, this, [this] {
            m_type->setEnabled(true);
            m_changeType->hide();
            m_type->setFocus();
            m_type->showPopup();
        });
    } else {
        m_changeType->hide();
        m_type->setCurrentIndex(0);
    }
    m_reveal->setVisible(m_existing && (!m_storedBody.secretFields.isEmpty()));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { buildFields(); });
    buildFields();
}

CredentialDialog::~CredentialDialog() = default;

QString CredentialDialog::typeId() const
{
    return m_type->currentData().toString();
}

void CredentialDialog::setTypeId(const QString &type)
{
    const int index = m_type->findData(type);
    if (index < 0)
        return;
    m_type->setEnabled(true);
    m_changeType->hide();
    m_type->setCurrentIndex(index);
}

bool CredentialDialog::typeChanged() const
{
    return m_existing && m_existing->type != typeId();
}

bool CredentialDialog::isStored(const QString &field) const
{
    return !typeChanged() && (m_storedBody.settings.contains(field) || m_storedBody.secretFields.contains(field));
}

QWidget *CredentialDialog::fieldEditor(const QString &field) const
{
    if (m_rawJson && field == QLatin1String("json"))
        return m_rawJson;
    const auto it = m_fields.constFind(field);
    return it == m_fields.constEnd() ? nullptr : it->editor;
}

QLabel *CredentialDialog::problemLabel(const QString &field) const
{
    if (field.isEmpty())
        return m_generalProblem;
    const auto it = m_fields.constFind(field);
    return it == m_fields.constEnd() ? nullptr : it->problem;
}

void CredentialDialog::buildFields()
{
    // Values typed so far survive a type change for fields of the same name (URL, user).
    QHash<QString, QString> typed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (auto *line = qobject_cast<QLineEdit *>(it->editor); line && !it->spec.isSecret())
            typed.insert(it.key(), line->text());
    m_fields.clear();
    m_rawJson = nullptr;
    delete m_fieldsHolder->layout();
    qDeleteAll(m_fieldsHolder->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));

    m_fieldsForm = new QFormLayout(m_fieldsHolder);
    m_fieldsForm->setContentsMargins(0, 6, 0, 0);
    m_fieldsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_testResult->hide();
    clearProblems();

    const CredentialType *type = credentials::credentialType(typeId());
    if (!type)
        return;
    const QString groupHelp = type->groupHelp && *type->groupHelp
                                  ? QCoreApplication::translate("sb::credentials", type->groupHelp)
                                  : QString();
    m_groupHelp->setText(groupHelp);
    m_groupHelp->setVisible(!groupHelp.isEmpty());
    const QString keepText = tr("Stored — leave empty to keep");

    if (type->isRaw()) {
        auto *holder = new QWidget(m_fieldsHolder);
        auto *v = new QVBoxLayout(holder);
        v->setContentsMargins(0, 0, 0, 0);
        m_rawJson = new QPlainTextEdit(holder);
        m_rawJson->setObjectName(QStringLiteral("field_json"));
        m_rawJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_rawJson->setPlaceholderText(!m_storedBody.secretFields.isEmpty() && !typeChanged()
                                          ? keepText
                                          : QStringLiteral("{\n  \"apiKey\": \"…\"\n}"));
        m_rawJson->setTabChangesFocus(true);
        v->addWidget(m_rawJson);
        auto *problem = makeProblemLabel(holder);
        problem->setObjectName(QStringLiteral("problem_json"));
        v->addWidget(problem);
        m_fieldsForm->addRow(tr("JSON:"), holder);
        FieldSpec whole;
        whole.name = QStringLiteral("json");
        whole.label = "JSON";
        whole.kind = FieldKind::Json;
        m_fields.insert(whole.name, {whole, m_rawJson, problem});
        return;
    }

    for (const FieldSpec &spec : type->fields) {
        auto *holder = new QWidget(m_fieldsHolder);
        auto *v = new QVBoxLayout(holder);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        const QJsonValue stored = typeChanged() ? QJsonValue() : m_storedBody.settings.value(spec.name);
        QWidget *editor = nullptr;
        switch (spec.kind) {
        case FieldKind::Bool: {
            auto *box = new QCheckBox(spec.translatedLabel(), holder);
            box->setChecked(stored.isBool() ? stored.toBool() : spec.defaultValue == QLatin1String("true"));
            editor = box;
            break;
        }
        case FieldKind::Json: {
            auto *edit = new QPlainTextEdit(holder);
            edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            edit->setPlaceholderText(isStored(spec.name) ? keepText : QStringLiteral("{\"X-API-Key\": \"…\"}"));
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            editor = edit;
            break;
        }
        case FieldKind::Choice: {
            auto *combo = new QComboBox(holder);
            combo->addItems(spec.choices);
            const QString value = stored.isString() ? stored.toString() : spec.defaultValue;
            if (const int i = combo->findText(value); i >= 0)
                combo->setCurrentIndex(i);
            editor = combo;
            break;
        }
        case FieldKind::Secret: {
            auto *line = new QLineEdit(holder);
            line->setEchoMode(QLineEdit::Password);
            line->setPlaceholderText(isStored(spec.name) ? keepText : QString());
            editor = line;
            break;
        }
        case FieldKind::Text:
        case FieldKind::Url:
        case FieldKind::Integer: {
            auto *line = new QLineEdit(holder);
            line->setPlaceholderText(spec.defaultValue);
            if (stored.isString())
                line->setText(stored.toString());
            else if (stored.isDouble())
                line->setText(QString::number(stored.toDouble(), 'g', 15));
            else if (typed.contains(spec.name))
                line->setText(typed.value(spec.name));
            editor = line;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("field_") + spec.name);
        editor->setAccessibleName(spec.translatedLabel());
        v->addWidget(editor);
        if (const QString help = spec.translatedHelp(); !help.isEmpty()) {
            auto *helpLabel = makeHelpLabel(help, holder);
            v->addWidget(helpLabel);
            editor->setToolTip(help);
        }
        auto *problem = makeProblemLabel(holder);
        problem->setObjectName(QStringLiteral("problem_") + spec.name);
        v->addWidget(problem);
        const QString label = spec.kind == FieldKind::Bool ? QString()
                                                          : (spec.required ? tr("%1 (required):") : tr("%1:"))
                                                                .arg(spec.translatedLabel());
        m_fieldsForm->addRow(label, holder);
        m_fields.insert(spec.name, {spec, editor, problem});
    }
}

QJsonObject CredentialDialog::typedBody(QList<FieldProblem> *problems) const
{
    QJsonObject body;
    if (m_rawJson) {
        const QString text = m_rawJson->toPlainText().trimmed();
        if (text.isEmpty())
            return body;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            if (problems)
                problems->append({QStringLiteral("json"),
                                  error.error != QJsonParseError::NoError
                                      ? tr("This is not valid JSON (%1 at character %2).").arg(error.errorString()).arg(error.offset)
                                      : tr("Write one JSON object, such as {\"apiKey\": \"…\"}.")});
            return body;
        }
        return doc.object();
    }
    const CredentialType *type = credentials::credentialType(typeId());
    if (!type)
        return body;
    for (const FieldSpec &spec : type->fields) {
        const FieldWidgets &w = m_fields.value(spec.name);
        if (!w.editor)
            continue;
        switch (spec.kind) {
        case FieldKind::Bool:
            body.insert(spec.name, static_cast<QCheckBox *>(w.editor)->isChecked());
            break;
        case FieldKind::Choice:
            body.insert(spec.name, static_cast<QComboBox *>(w.editor)->currentText());
            break;
        case FieldKind::Json: {
            const QString text = static_cast<QPlainTextEdit *>(w.editor)->toPlainText().trimmed();
            if (text.isEmpty())
                break; // empty keeps what is stored
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (!doc.isObject()) {
                if (problems)
                    problems->append({spec.name, tr("%1 must be a JSON object, such as {\"X-API-Key\": \"…\"}.")
                                                     .arg(spec.translatedLabel())});
                break;
            }
            body.insert(spec.name, doc.object());
            break;
        }
        case FieldKind::Secret: {
            const QString text = static_cast<QLineEdit *>(w.editor)->text();
            if (!text.isEmpty()) // empty keeps what is stored
                body.insert(spec.name, text);
            break;
        }
        case FieldKind::Integer: {
            const QString text = static_cast<QLineEdit *>(w.editor)->text().trimmed();
            if (text.isEmpty()) {
                if (isStored(spec.name))
                    body.insert(spec.name, QString()); // cleared: removed on save
                break;
            }
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok && problems)
                problems->append({spec.name, tr("%1 must be a whole number.").arg(spec.translatedLabel())});
            else
                body.insert(spec.name, double(n));
            break;
        }
        case FieldKind::Text:
        case FieldKind::Url: {
            const QString text = static_cast<QLineEdit *>(w.editor)->text().trimmed();
            if (!text.isEmpty())
                body.insert(spec.name, text);
            else if (isStored(spec.name))
                body.insert(spec.name, QString()); // cleared: removed on save
            break;
        }
        }
    }
    return body;
}

void CredentialDialog::clearProblems()
{
    m_generalProblem->clear();
    m_generalProblem->hide();
    for (const FieldWidgets &w : std::as_const(m_fields)) {
        w.problem->clear();
        w.problem->hide();
    }
}

void CredentialDialog::showProblems(const QList<FieldProblem> &problems)
{
    clearProblems();
    QStringList general;
    QWidget *first = nullptr;
    for (const FieldProblem &p : problems) {
        const auto it = m_fields.constFind(p.field);
        if (p.field.isEmpty() || it == m_fields.constEnd()) {
            general << p.message;
            continue;
        }
        const QString text = it->problem->text();
        it->problem->setText(text.isEmpty() ? p.message : text + QLatin1Char('\n') + p.message);
        it->problem->show();
        if (!first)
            first = it->editor;
    }
    if (!general.isEmpty()) {
        m_generalProblem->setText(general.join(QLatin1Char('\n')));
        m_generalProblem->show();
    }
    if (first)
        first->setFocus();
}

void CredentialDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyLabel->setText(busy ? what : QString());
    m_save->setEnabled(!busy);
    m_reveal->setEnabled(!busy);
    m_test->setEnabled(!busy);
}

void CredentialDialog::save()
{
    if (m_busy)
        return;
    m_banner->hideMessage();
    const QString name = m_name->text().trimmed();
    const QString type = typeId();
    QList<FieldProblem> problems;
    const QJsonObject typed = typedBody(&problems);
    if (name.isEmpty())
        problems.append({QString(), tr("Give the credential a name; jobs bind it by that name.")});

    // What the stored body will be after the save, secrets as mere names, so validation
    // does not ask for a secret that is already in the keychain.
    const bool merge = m_existing && !typeChanged() && !m_rawJson;
    QJsonObject shape;
    if (merge) {
        shape = m_storedBody.settings;
        for (const QString &f : m_storedBody.secretFields)
            shape.insert(f, QStringLiteral("set"));
    }
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        if (it.value().isString() && it.value().toString().isEmpty())
            shape.remove(it.key());
        else
            shape.insert(it.key(), it.value());
    }
    const bool keepRaw = m_rawJson && typed.isEmpty() && m_existing && !typeChanged() && !m_storedBody.secretFields.isEmpty();
    if (!keepRaw)
        problems += credentials::validate(type, shape);
    if (!problems.isEmpty()) {
        showProblems(problems);
        Q_EMIT saveFailed(problems.first().message);
        return;
    }
    clearProblems();

    credentials::BodyUpdate update;
    update.projectId = m_projectId;
    update.key = m_existing ? m_existing->key : name;
    update.name = name;
    update.type = type;
    update.owner = m_owner->text().trimmed();
    update.environment = m_environment;
    update.body = typed;
    update.merge = merge || keepRaw;
    const bool isNewCredential = !m_existing;
    const bool renamed = m_existing && name != m_existing->name;
    setBusy(true, tr("Saving…"));
    Store *store = &m_store;
    CredentialStore::runAsync(
        this,
        [store, update, isNewCredential, renamed]() -> QVariant {
            CredentialStore credentials(*store);
            if (isNewCredential) {
                if (auto list = credentials.list(update.projectId)) {
                    for (const CredentialRecord &r : list.value())
                        if (r.key == update.key || r.name == update.name)
                            return failure(tr("A credential named “%1” already exists in this project; give this one another "
                                              "name, or edit that one.")
                                               .arg(update.name));
                } else {
                    return failure(list.error().toString());
                }
            }
            if (Status s = credentials.setBody(update); !s)
                return failure(s.error().toString());
            if (renamed) {
                auto record = credentials.find(update.projectId, update.key);
                if (!record)
                    return failure(record.error().toString());
                if (Status s = credentials.setMetadata(update.projectId, update.key, update.name, record->owner, QString()); !s)
                    return failure(tr("The secret was saved, but the new name was not: %1").arg(s.error().toString()));
            }
            return success();
        },
        [this, key = update.key](const QVariant &result) {
            setBusy(false);
            const QVariantMap map = result.toMap();
            if (!map.value(kOk).toBool()) {
                const QString message = map.value(kError).toString();
                m_banner->showMessage(message, MessageLevel::Error, 0);
                Q_EMIT saveFailed(message);
                return;
            }
            Q_EMIT saved(key);
            accept();
        });
}

// Reads the stored body off the GUI thread (audited as a reveal when `reveal`), then hands
// it to `then` on this dialog's thread; a failure goes to the banner as `errorText`.
void CredentialDialog::loadStoredBody(bool reveal, const QString &errorText, std::function<void(const QJsonObject &)> then)
{
    setBusy(true, tr("Reading the keychain…"));
    Store *store = &m_store;
    const qint64 projectId = m_projectId;
    const QString key = m_existing->key;
    const QString environment = m_environment;
    CredentialStore::runAsync(
        this,
        [store, projectId, key, environment, reveal]() -> QVariant {
            auto body = CredentialStore(*store).loadBody(projectId, key, environment, reveal);
            return body ? success(body.value()) : failure(body.error().toString());
        },
        [this, errorText, then](const QVariant &result) {
            setBusy(false);
            const QVariantMap map = result.toMap();
            if (!map.value(kOk).toBool()) {
                m_banner->showMessage(errorText.arg(map.value(kError).toString()), MessageLevel::Error, 0);
                return;
            }
            then(map.value(kBody).value<QJsonObject>());
        });
}

void CredentialDialog::revealSecrets()
{
    if (m_busy || !m_existing)
        return;
    m_banner->hideMessage();
    loadStoredBody(true, tr("The secrets could not be read: %1"), [this](const QJsonObject &body) {
            if (m_rawJson) {
                m_rawJson->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
            } else {
                for (const FieldWidgets &w : std::as_const(m_fields)) {
                    if (!isKeptInKeychain(w.spec) || !body.contains(w.spec.name))
                        continue;
                    if (auto *line = qobject_cast<QLineEdit *>(w.editor)) {
                        line->setText(body.value(w.spec.name).toVariant().toString());
                        line->setEchoMode(QLineEdit::Normal);
                    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(w.editor)) {
                        edit->setPlainText(QString::fromUtf8(
                            QJsonDocument(body.value(w.spec.name).toObject()).toJson(QJsonDocument::Indented)));
                    }
                }
            }
            m_reveal->setEnabled(false);
            m_banner->showMessage(tr("Secrets shown in clear text; this reveal was written to the audit."),
                                  MessageLevel::Information);
            Q_EMIT revealed();
        });
}

void CredentialDialog::testConnection()
{
    if (m_busy)
        return;
    QList<FieldProblem> problems;
    const QJsonObject typed = typedBody(&problems);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    clearProblems();
    // Secret fields left empty mean "the stored one": read them first.
    bool needStored = false;
    if (m_existing && !typeChanged()) {
        for (const QString &f : m_storedBody.secretFields)
            needStored = needStored || !typed.contains(f);
        if (m_rawJson && typed.isEmpty())
            needStored = !m_storedBody.secretFields.isEmpty();
    }
    if (!needStored) {
        runTest(typed);
        return;
    }
    loadStoredBody(false, tr("The stored secrets could not be read for the test: %1"), [this, typed](QJsonObject body) {
            if (m_rawJson && !typed.isEmpty())
                body = typed;
            for (auto it = typed.begin(); it != typed.end(); ++it) {
                if (it.value().isString() && it.value().toString().isEmpty())
                    body.remove(it.key());
                else
                    body.insert(it.key(), it.value());
            }
            runTest(body);
        });
}

void CredentialDialog::runTest(const QJsonObject &body)
{
    QJsonObject clean;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!(it.value().isString() && it.value().toString().isEmpty()))
            clean.insert(it.key(), it.value());
    setBusy(true, tr("Testing the connection…"));
    m_testResult->hide();
    credentials::testConnection(typeId(), clean, this, [this](const credentials::ConnectionResult &result) {
        setBusy(false);
        QPalette p = m_testResult->palette();
        p.setColor(QPalette::WindowText, MessageBanner::accentColor(result.ok() ? MessageLevel::Positive : MessageLevel::Error));
        m_testResult->setPalette(p);
        m_testResult->setText(result.message);
        m_testResult->show();
        Q_EMIT tested(result.ok(), result.message);
    });
}

} // namespace sb
