#pragma once

// Credential types: which fields a login to each system has, which of them are secret, and
// how a body is validated. A body is a JSON object whose keys are the field names below —
// exactly what the adaptors read from state.configuration.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::credentials {

enum class FieldKind {
    Text,    // one line of text
    Url,     // an http(s) address
    Secret,  // kept only in the keychain (or the headless secrets file / environment)
    Bool,    // true / false
    Integer, // a whole number
    Choice,  // one of `choices`
    Json,    // a JSON object (HTTP extra headers)
};

struct FieldSpec
{
    QString name;          // the configuration key the adaptor reads
    const char *label;     // translated through QCoreApplication::translate("sb::credentials", …)
    FieldKind kind = FieldKind::Text;
    bool required = false; // required whatever the sign-in way; see CredentialType::check too
    QString defaultValue;  // shown pre-filled in a new form ("" = none)
    const char *help = ""; // one sentence, translated like the label
    QStringList choices;   // Choice only
    QString group;         // fields of one sign-in way share a group ("" = always used)

    bool isSecret() const { return kind == FieldKind::Secret; }
    QString translatedLabel() const;
    QString translatedHelp() const;
};

struct FieldProblem
{
    QString field;   // empty: about the body as a whole
    QString message; // one sentence, translated
};

struct CredentialType
{
    QString id;        // "salesforce", "commcare", …, "raw"
    const char *label; // translated like field labels
    QList<FieldSpec> fields;
    // Groups of fields of which at least one must be complete (Salesforce: password login
    // or access token; CommCare: API key or password). Empty: no alternatives.
    QStringList groups;
    const char *groupHelp = ""; // what the alternatives are, for the form

    bool isRaw() const { return id == QLatin1String("raw"); }
    const FieldSpec *field(const QString &name) const;
    QString translatedLabel() const;
};

// Every type, in the order the console lists them.
const QList<CredentialType> &credentialTypes();

// nullptr for an unknown id.
const CredentialType *credentialType(const QString &id);

// True when `field` of `type` is kept in the keychain. For the raw type, and for fields a
// type does not declare, every field is secret (nothing unknown lands in the database).
bool isSecretField(const QString &type, const QString &field);

// Splits a body into what may be stored in the database and what goes to the keychain.
void splitBody(const QString &type, const QJsonObject &body, QJsonObject *settings, QJsonObject *secrets);

// Problems with a body, field by field; empty when it is usable. Extra fields are allowed
// (kept with the secrets), except one within two letters of a field the type has and the
// body lacks: that is a typo the adaptor would silently ignore, and is refused with the
// right name.
QList<FieldProblem> validate(const QString &type, const QJsonObject &body);

// "name=value" from the command line into a body field of the right JSON type (Bool and
// Integer fields parse, Json fields must be an object).
bool parseFieldValue(const QString &type, const QString &field, const QString &text, QJsonObject *body,
                     QString *problem);

// The type that fits a job's adaptor ("@openfn/language-salesforce@4.8.6" → "salesforce");
// "raw" when no type fits.
QString typeForAdaptor(const QString &adaptor);

} // namespace sb::credentials
