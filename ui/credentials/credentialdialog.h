#pragma once

#include "credentials/credentialstore.h"
#include "credentials/credentialtypes.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace sb {

class MessageBanner;
class Store;

// The typed edit form of one credential in one environment. The fields come from the
// type's FieldSpecs; secret fields start empty (an empty secret keeps what is stored) and
// are filled only by "Reveal secrets", which is audited. "Test connection" tries what is
// typed, with the stored secrets for the fields left empty. Save validates first and marks
// each problem under its field; a failed save (keychain locked …) keeps the dialog open with
// everything typed. All store and keychain work runs off the GUI thread.
class CredentialDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existing` null: a new credential of `projectId` for `environment`.
    CredentialDialog(Store &store, qint64 projectId, const QString &environment,
                     const credentials::CredentialRecord *existing, QWidget *parent = nullptr);
    ~CredentialDialog() override;

    bool isNew() const { return !m_existing.has_value(); }
    QString environment() const { return m_environment; }
    QString typeId() const;
    // Switches the type (a new credential, or an existing one after "Change type").
    void setTypeId(const QString &type);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QComboBox *typeCombo() const { return m_type; }
    // The editor of a field (QLineEdit, QCheckBox or QPlainTextEdit); for the raw type
    // the one JSON editor is named "json". Null when the type has no such field.
    QWidget *fieldEditor(const QString &field) const;
    // The red line under a field ("" for problems about the body as a whole).
    QLabel *problemLabel(const QString &field) const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *testButton() const { return m_test; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *testResultLabel() const { return m_testResult; }
    bool isBusy() const { return m_busy; }

    // Fields as typed (secret fields left empty are not included); problems reading
    // them (a JSON field that does not parse) go to `problems`.
    QJsonObject typedBody(QList<credentials::FieldProblem> *problems = nullptr) const;

public Q_SLOTS:
    void save();
    void revealSecrets();
    void testConnection();

Q_SIGNALS:
    void saved(const QString &key);
    void saveFailed(const QString &message);
    void revealed();
    void tested(bool ok, const QString &message);

private:
    struct FieldWidgets
    {
        credentials::FieldSpec spec;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
    };

    void buildFields();
    void clearProblems();
    void showProblems(const QList<credentials::FieldProblem> &problems);
    void setBusy(bool busy, const QString &what = QString());
    bool typeChanged() const;
    bool isStored(const QString &field) const;
    void runTest(const QJsonObject &body);
    void loadStoredBody(bool reveal, const QString &errorText, std::function<void(const QJsonObject &)> then);

    Store &m_store;
    qint64 m_projectId = 0;
    QString m_environment;
    std::optional<credentials::CredentialRecord> m_existing;
    credentials::EnvironmentBody m_storedBody; // settings and secret field names (no secret)
    bool m_busy = false;

    MessageBanner *m_banner = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QToolButton *m_changeType = nullptr;
    QLineEdit *m_owner = nullptr;
    QLabel *m_groupHelp = nullptr;
    QWidget *m_fieldsHolder = nullptr;
    QFormLayout *m_fieldsForm = nullptr;
    QLabel *m_generalProblem = nullptr;
    QHash<QString, FieldWidgets> m_fields;
    QPlainTextEdit *m_rawJson = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_busyLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb
