#pragma once

// Secrets for servers without a keychain.
//
// 1. Environment variables: SWITCHBOARD_CREDENTIAL__<KEY>__<ENVIRONMENT> holds a credential
//    body as a JSON object, KEY and ENVIRONMENT upper-cased with every other character than
//    A–Z and 0–9 turned into "_" (salesforce-prod / production →
//    SWITCHBOARD_CREDENTIAL__SALESFORCE_PROD__PRODUCTION).
// 2. The secrets file: SWITCHBOARD_SECRETS_FILE, else <config dir>/secrets.yaml when it
//    exists (~/.config/Switchboard/secrets.yaml). YAML or JSON:
//        <credential key>:                      # or "<project name>/<credential key>"
//          <environment>:
//            <field>: <value>
//    It must belong to the user Switchboard runs as and be readable by nobody else (mode
//    600 or 400); otherwise it is refused, and every lookup fails with how to fix it — it is
//    never half-trusted.
//
// A body found here is used as is, over the stored non-secret fields; it takes precedence
// over the keychain.

#include "common/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sb::credentials {

enum class HeadlessOrigin { EnvironmentVariable, File };

struct HeadlessBody
{
    HeadlessOrigin origin;
    QJsonObject body;
};

// The environment variable name for a credential key and environment.
QString environmentVariableName(const QString &key, const QString &environment);

// The secrets file in use ("" when none).
QString secretsFilePath();

// nullopt: neither source has this body. An error: a source is unusable (file with wider
// permissions, malformed YAML, a variable that is not a JSON object).
std::optional<Result<HeadlessBody>> headlessBody(const QString &projectName, const QString &key,
                                                 const QString &environment);

// Checks the secrets file alone (for `switchboard credentials` to report a refused file).
Status checkSecretsFile();

} // namespace sb::credentials
