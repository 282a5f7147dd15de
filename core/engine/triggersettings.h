#pragma once

// Engine settings of a trigger that are console state, not part of the OpenFn spec:
// a webhook's maximum body size, a cron trigger's missed-fires policy and whether its runs
// start from the previous run's final state, and the last fire the engine handled.
// Import and export leave them alone.

#include "common/result.h"

#include <QString>

namespace sb {

class Store;

// The inbox's limit when a trigger sets none (InboxOptions::maxBodyBytes), and the range
// an administrator may choose.
inline constexpr qint64 kDefaultWebhookMaxBytes = 10 * 1024 * 1024;
inline constexpr qint64 kMinWebhookMaxBytes = 1024;
inline constexpr qint64 kMaxWebhookMaxBytes = 100 * 1024 * 1024;

struct TriggerEngineSettings
{
    qint64 triggerId = 0;
    QString missedFires = QStringLiteral("run_once"); // cron: "run_once" | "skip"
    bool fromLastState = false;                       // cron: start from the last successful run's final state
    qint64 maxBodyBytes = 0;                          // webhook: 0 = the default (10 MB)
    qint64 lastFiredAt = 0;                           // cron: ms since the epoch, 0 = never; read-only

    bool operator==(const TriggerEngineSettings &o) const
    {
        return triggerId == o.triggerId && missedFires == o.missedFires && fromLastState == o.fromLastState
               && maxBodyBytes == o.maxBodyBytes && lastFiredAt == o.lastFiredAt;
    }
    bool operator!=(const TriggerEngineSettings &o) const { return !(*this == o); }
};

// The database id of a trigger, as the console names it (project name, workflow key,
// trigger key). Soft-deleted workflows are not found.
Result<qint64> findTriggerId(Store &store, const QString &projectName, const QString &workflowKey,
                             const QString &triggerKey);

Result<TriggerEngineSettings> loadTriggerSettings(Store &store, qint64 triggerId);

// Checks the editable fields: missedFires is run_once or skip; maxBodyBytes is 0 or
// 1 KB..100 MB. The error is one sentence for the administrator.
Status validateTriggerSettings(const TriggerEngineSettings &settings);

// Validates, then writes the editable fields (lastFiredAt is the engine's) and records an
// audit event "trigger_settings" naming what changed. Writes nothing when nothing changed.
Status saveTriggerSettings(Store &store, const TriggerEngineSettings &settings);

// The full URL a webhook trigger is reached at: "http://" + listenAddress(store) + "/i/" +
// (its custom path, or the generated webhook id that survives re-imports).
Result<QString> webhookFullUrl(Store &store, qint64 triggerId);

// "10 MB", "512 KB", "1500 bytes": a body size for people.
QString formatByteSize(qint64 bytes);

} // namespace sb
