#pragma once

// Engine settings an administrator changes from the console or the CLI: per-workflow
// concurrency, the webhook listen address, and manual runs.

#include "common/result.h"
#include "workorders.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb {

class Store;

struct WorkflowEngineSettings
{
    qint64 id = 0;
    QString key;
    QString name;
    int concurrency = 0; // 0 = no limit
};

Result<QList<WorkflowEngineSettings>> workflowEngineSettings(Store &store, qint64 projectId);
// 0 = no limit; 1 runs the workflow's runs one after another.
Status setWorkflowConcurrency(Store &store, qint64 workflowId, int concurrency);

// "HOST:PORT" where webhooks are received (settings key inbox.listen; default
// 127.0.0.1:4000). Read by `switchboard triggers` for full webhook URLs.
QString listenAddress(Store &store);
Status setListenAddress(Store &store, const QString &hostPort);
bool parseHostPort(const QString &text, QString *host, quint16 *port);

// A work order started by a person (priority over triggered runs). `inputJson` must be
// a JSON object (the initial state, e.g. {"data": {…}}); errors give line and column.
Result<CreatedWorkOrder> startManualRun(Store &store, qint64 workflowId, const QByteArray &inputJson);

} // namespace sb
