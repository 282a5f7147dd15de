#pragma once

// Where a step's configuration comes from (EngineOptions::credentials).
//
// A job binds a credential by key; its project has an active environment. The body for that
// environment comes from credentials::resolveConfiguration (headless sources, then the
// keychain). In the "sandbox" environment with nothing stored, the credential's type names
// the emulated system (salesforce, commcare, …) and the configuration is the one the
// running built-in sandbox accepts. Otherwise the step fails with "secret missing".

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace sb {

class Store;
namespace sandbox {
class Sandbox;
}

constexpr const char *kSandboxEnvironment = "sandbox";

// `sandbox` may be null (not running); it must outlive the returned function's use.
// `inboxUrl` gives this engine's inbox address (http://127.0.0.1:4000, empty when it does
// not listen): a sandbox CommCare credential carries it as `inboxUrl`, as field projects
// keep their webhook URLs in the CommCare credential to post forms back in.
std::function<Result<QByteArray>(qint64, const QString &)> credentialSource(Store &store, sandbox::Sandbox *sandbox,
                                                                          std::function<QString()> inboxUrl = {});

// True when some project of the store is in the sandbox environment (the console and the
// headless engine then start the sandbox in-process).
bool anyProjectInSandbox(Store &store);

// Starts the in-process sandbox on 127.0.0.1:4100, or on any free port when that is
// taken (the configuration steps get always names the port actually used).
Status startLocalSandbox(sandbox::Sandbox &sandbox);

// Sets a project's active environment ("production", "staging", "sandbox", …) and audits
// the switch: every job's secrets switch at once.
Status setProjectEnvironment(Store &store, qint64 projectId, const QString &environment);

} // namespace sb
