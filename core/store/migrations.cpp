#include "migrations.h"

#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sb {

namespace {

// Times are INTEGER milliseconds since the epoch, UTC. Text JSON columns hold
// compact JSON. Secrets never have a column: credentials store only metadata and a
// keychain reference.
Migration projectTables()
{
    return {1, "projects, workflows, jobs, triggers, edges, credential metadata",
            {
                QStringLiteral(R"(CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  environment TEXT NOT NULL DEFAULT 'production',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE credentials (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT 'raw',
  position INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (project_id, key)))"),
                // One row per environment a credential has a secret for; the secret
                // itself is in the OS keychain under keychain_ref.
                QStringLiteral(R"(CREATE TABLE credential_environments (
  id INTEGER PRIMARY KEY,
  credential_id INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
  environment TEXT NOT NULL,
  keychain_ref TEXT NOT NULL,
  fields TEXT NOT NULL DEFAULT '[]',
  changed_at INTEGER,
  last_used_at INTEGER,
  last_tested_at INTEGER,
  last_test_result TEXT,
  UNIQUE (credential_id, environment)))"),
                QStringLiteral(R"(CREATE TABLE workflows (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  uuid TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  position INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  deleted_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (project_id, key)))"),
                QStringLiteral(R"(CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  workflow_id INTEGER NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  uuid TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  adaptor TEXT NOT NULL,
  credential_key TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  body_path TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  UNIQUE (workflow_id, key)))"),
                QStringLiteral(R"(CREATE TABLE triggers (
  id INTEGER PRIMARY KEY,
  workflow_id INTEGER NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  uuid TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL CHECK (type IN ('webhook', 'cron')),
  enabled INTEGER NOT NULL DEFAULT 1,
  cron_expression TEXT NOT NULL DEFAULT '',
  webhook_reply TEXT NOT NULL DEFAULT '',
  webhook_response_config TEXT NOT NULL DEFAULT '',
  custom_path TEXT NOT NULL DEFAULT '',
  webhook_id TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  UNIQUE (workflow_id, key)))"),
                // Several auth methods per webhook trigger; the secret is in the keychain.
                QStringLiteral(R"(CREATE TABLE trigger_auth_methods (
  id INTEGER PRIMARY KEY,
  trigger_id INTEGER NOT NULL REFERENCES triggers(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('basic', 'api_key')),
  name TEXT NOT NULL,
  header_name TEXT NOT NULL DEFAULT '',
  keychain_ref TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  rotated_at INTEGER))"),
                QStringLiteral(R"(CREATE TABLE edges (
  id INTEGER PRIMARY KEY,
  workflow_id INTEGER NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  uuid TEXT NOT NULL DEFAULT '',
  source_trigger_id INTEGER REFERENCES triggers(id) ON DELETE CASCADE,
  source_job_id INTEGER REFERENCES jobs(id) ON DELETE CASCADE,
  target_job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  condition_type TEXT NOT NULL
    CHECK (condition_type IN ('always', 'on_job_success', 'on_job_failure', 'js_expression')),
  condition_label TEXT NOT NULL DEFAULT '',
  condition_expression TEXT NOT NULL DEFAULT '',
  enabled INTEGER NOT NULL DEFAULT 1,
  position INTEGER NOT NULL DEFAULT 0,
  CHECK ((source_trigger_id IS NULL) <> (source_job_id IS NULL)),
  UNIQUE (workflow_id, key)))"),
                // What a run executes: the workflow as it was (JSON of the model), so
                // history stays explainable after edits.
                QStringLiteral(R"(CREATE TABLE workflow_snapshots (
  id INTEGER PRIMARY KEY,
  workflow_id INTEGER NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  definition TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (workflow_id, version)))"),
                QStringLiteral("CREATE INDEX workflows_project ON workflows(project_id, position)"),
                QStringLiteral("CREATE INDEX jobs_workflow ON jobs(workflow_id, position)"),
                QStringLiteral("CREATE INDEX triggers_workflow ON triggers(workflow_id, position)"),
                QStringLiteral("CREATE INDEX edges_workflow ON edges(workflow_id, position)"),
            }};
}

Migration historyTables()
{
    return {2, "messages, dataclips, work orders, runs, steps, log lines",
            {
                QStringLiteral(R"(CREATE TABLE dataclips (
  id INTEGER PRIMARY KEY,
  project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('http_request', 'global', 'step_result', 'saved_input')),
  body TEXT,
  size INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  wiped_at INTEGER))"),
                // Every webhook request, accepted or not, with the reply sent.
                QStringLiteral(R"(CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  trigger_id INTEGER REFERENCES triggers(id) ON DELETE SET NULL,
  received_at INTEGER NOT NULL,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  remote_address TEXT NOT NULL DEFAULT '',
  headers TEXT NOT NULL DEFAULT '{}',
  body_size INTEGER NOT NULL DEFAULT 0,
  dataclip_id INTEGER REFERENCES dataclips(id) ON DELETE SET NULL,
  outcome TEXT NOT NULL CHECK (outcome IN
    ('accepted', 'auth_failed', 'trigger_disabled', 'unknown_path', 'too_large', 'not_json', 'filtered', 'error')),
  reply_status INTEGER NOT NULL,
  reply_body TEXT NOT NULL DEFAULT ''))"),
                QStringLiteral(R"(CREATE TABLE work_orders (
  id INTEGER PRIMARY KEY,
  workflow_id INTEGER NOT NULL REFERENCES workflows(id),
  trigger_id INTEGER REFERENCES triggers(id) ON DELETE SET NULL,
  message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
  dataclip_id INTEGER REFERENCES dataclips(id) ON DELETE SET NULL,
  state TEXT NOT NULL DEFAULT 'available',
  is_test INTEGER NOT NULL DEFAULT 0,
  input_summary TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  last_activity_at INTEGER NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  work_order_id INTEGER NOT NULL REFERENCES work_orders(id) ON DELETE CASCADE,
  snapshot_id INTEGER REFERENCES workflow_snapshots(id),
  state TEXT NOT NULL CHECK (state IN ('available', 'claimed', 'started', 'success', 'failed',
    'crashed', 'cancelled', 'killed', 'exception', 'lost')),
  starting_job_key TEXT NOT NULL DEFAULT '',
  starting_dataclip_id INTEGER REFERENCES dataclips(id) ON DELETE SET NULL,
  retry_of_run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  priority INTEGER NOT NULL DEFAULT 0,
  worker TEXT NOT NULL DEFAULT '',
  error_type TEXT NOT NULL DEFAULT '',
  error_message TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  claimed_at INTEGER,
  started_at INTEGER,
  finished_at INTEGER))"),
                QStringLiteral(R"(CREATE TABLE steps (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
  job_key TEXT NOT NULL,
  job_name TEXT NOT NULL DEFAULT '',
  input_dataclip_id INTEGER REFERENCES dataclips(id) ON DELETE SET NULL,
  output_dataclip_id INTEGER REFERENCES dataclips(id) ON DELETE SET NULL,
  exit_reason TEXT CHECK (exit_reason IS NULL OR exit_reason IN
    ('success', 'fail', 'crash', 'cancel', 'kill', 'exception', 'lost')),
  error_type TEXT NOT NULL DEFAULT '',
  error_message TEXT NOT NULL DEFAULT '',
  error_line INTEGER,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  duration_ms INTEGER))"),
                QStringLiteral(R"(CREATE TABLE log_lines (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  step_id INTEGER REFERENCES steps(id) ON DELETE CASCADE,
  level TEXT NOT NULL CHECK (level IN ('debug', 'info', 'warn', 'error')),
  source TEXT NOT NULL DEFAULT 'job',
  at INTEGER NOT NULL,
  message TEXT NOT NULL))"),
                QStringLiteral("CREATE INDEX work_orders_workflow ON work_orders(workflow_id, id)"),
                QStringLiteral("CREATE INDEX work_orders_state ON work_orders(state, id)"),
                QStringLiteral("CREATE INDEX runs_work_order ON runs(work_order_id, id)"),
                QStringLiteral("CREATE INDEX runs_available ON runs(state, priority, id)"),
                QStringLiteral("CREATE INDEX steps_run ON steps(run_id, id)"),
                QStringLiteral("CREATE INDEX log_lines_run ON log_lines(run_id, id)"),
                QStringLiteral("CREATE INDEX messages_received ON messages(received_at, id)"),
            }};
}

Migration auditTables()
{
    return {3, "audit events and settings",
            {
                QStringLiteral(R"(CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_key TEXT NOT NULL DEFAULT '',
  project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
  detail TEXT NOT NULL DEFAULT '{}'))"),
                QStringLiteral("CREATE INDEX audit_events_at ON audit_events(at, id)"),
                QStringLiteral(R"(CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL))"),
            }};
}

// The engine: who runs what, cron bookkeeping, retention, per-workflow limits, webhook
// auth (a salted hash only: the secret is shown once and never stored), and the
// free-text search index over each work order's input, outputs and logs.
Migration engineTables()
{
    return {4, "engine instances, cron and retention settings, run ownership, search index",
            {
                // One row per engine process that ever ran on this file. A run claimed by
                // an engine that is gone is lost; this row explains who that was.
                QStringLiteral(R"(CREATE TABLE engines (
  id TEXT PRIMARY KEY,
  host TEXT NOT NULL,
  pid INTEGER NOT NULL,
  mode TEXT NOT NULL DEFAULT 'console',
  listen TEXT NOT NULL DEFAULT '',
  started_at INTEGER NOT NULL,
  heartbeat_at INTEGER NOT NULL,
  stopped_at INTEGER))"),
                QStringLiteral("ALTER TABLE projects ADD COLUMN retention_policy TEXT NOT NULL DEFAULT 'keep_all' "
                               "CHECK (retention_policy IN ('keep_all', 'failures_only', 'erase_after'))"),
                QStringLiteral("ALTER TABLE projects ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 30"),
                // 0 = no limit on runs of this workflow at once.
                QStringLiteral("ALTER TABLE workflows ADD COLUMN concurrency INTEGER NOT NULL DEFAULT 0"),
                // Cron: what to do with fires missed while no engine ran, whether a run
                // starts from the previous run's final state, and the last fire handled.
                QStringLiteral("ALTER TABLE triggers ADD COLUMN missed_fires TEXT NOT NULL DEFAULT 'run_once' "
                               "CHECK (missed_fires IN ('run_once', 'skip'))"),
                QStringLiteral("ALTER TABLE triggers ADD COLUMN cron_from_last_state INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE triggers ADD COLUMN last_fired_at INTEGER"),
                QStringLiteral("ALTER TABLE triggers ADD COLUMN webhook_max_bytes INTEGER NOT NULL DEFAULT 0"),
                // Webhook auth: user name (basic) and "sha256:<salt hex>:<digest hex>".
                QStringLiteral("ALTER TABLE trigger_auth_methods ADD COLUMN username TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE trigger_auth_methods ADD COLUMN secret_hash TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN work_order_id INTEGER"),
                QStringLiteral("ALTER TABLE work_orders ADD COLUMN duration_ms INTEGER"),
                QStringLiteral("ALTER TABLE work_orders ADD COLUMN run_count INTEGER NOT NULL DEFAULT 0"),
                // Set when the retention policy erased the work order's dataclips.
                QStringLiteral("ALTER TABLE work_orders ADD COLUMN wiped_at INTEGER"),
                QStringLiteral("CREATE INDEX work_orders_unwiped ON work_orders(created_at) WHERE wiped_at IS NULL"),
                QStringLiteral("ALTER TABLE runs ADD COLUMN workflow_id INTEGER"),
                QStringLiteral("ALTER TABLE runs ADD COLUMN engine_id TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE runs ADD COLUMN deadline_at INTEGER"),
                QStringLiteral("ALTER TABLE runs ADD COLUMN final_dataclip_id INTEGER"),
                QStringLiteral("ALTER TABLE runs ADD COLUMN trigger_kind TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE steps ADD COLUMN error_column INTEGER"),
                QStringLiteral("ALTER TABLE steps ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE INDEX runs_workflow_state ON runs(workflow_id, state)"),
                QStringLiteral("CREATE INDEX runs_final ON runs(workflow_id, state, finished_at)"),
                QStringLiteral("CREATE INDEX work_orders_created ON work_orders(created_at, id)"),
                QStringLiteral("CREATE INDEX work_orders_workflow_state ON work_orders(workflow_id, state, id)"),
                QStringLiteral("CREATE INDEX dataclips_created ON dataclips(created_at) WHERE wiped_at IS NULL"),
                QStringLiteral("CREATE INDEX messages_trigger ON messages(trigger_id, id)"),
                QStringLiteral("CREATE INDEX messages_outcome ON messages(outcome, id)"),
                // rowid = work order id; text = its input, every step's output and every log
                // line (capped), rewritten when a run of the work order ends.
                QStringLiteral("CREATE VIRTUAL TABLE work_order_search USING fts5(text, "
                               "tokenize = 'unicode61 remove_diacritics 2')"),
            }};
}

// Credentials per environment: a body's non-secret fields (addresses, user names,
// switches) as JSON; its secret fields stay in the keychain under keychain_ref.
Migration credentialTables()
{
    return {5, "credential settings per environment, last test outcome",
            {
                QStringLiteral("ALTER TABLE credential_environments ADD COLUMN settings TEXT NOT NULL DEFAULT '{}'"),
                QStringLiteral("ALTER TABLE credential_environments ADD COLUMN last_test_ok INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE INDEX audit_events_object ON audit_events(object_type, project_id, at)"),
            }};
}

// The SMS Master Mapping Table, versioned: every import is a version (the sheet as compact
// JSON {columns, rows}); publishing a version makes it the one the scheduler uses.
Migration smsTables()
{
    return {6, "SMS mapping tables and their versions",
            {
                QStringLiteral(R"(CREATE TABLE sms_tables (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  current_version INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE sms_table_versions (
  id INTEGER PRIMARY KEY,
  table_id INTEGER NOT NULL REFERENCES sms_tables(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  content TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  published_at INTEGER,
  UNIQUE (table_id, version)))"),
            }};
}

// The SMS scheduler's persistent plan (one row per contact and message, with its state and
// reason) and the SMS settings (the countries table as CSV).
Migration smsPlans()
{
    return {7, "SMS plans per contact and SMS settings",
            {
                QStringLiteral(R"(CREATE TABLE sms_plan_messages (
  contact_id TEXT NOT NULL,
  bulk_id TEXT NOT NULL,
  contact_name TEXT NOT NULL DEFAULT '',
  clinic TEXT NOT NULL DEFAULT '',
  grp TEXT NOT NULL DEFAULT '',
  row_no INTEGER NOT NULL DEFAULT 0,
  language TEXT NOT NULL DEFAULT '',
  recipient TEXT NOT NULL DEFAULT '',
  sender TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  send_at_utc INTEGER,
  send_at_local TEXT NOT NULL DEFAULT '',
  time_zone TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (contact_id, bulk_id)) WITHOUT ROWID)"),
                QStringLiteral("CREATE INDEX sms_plan_clinic ON sms_plan_messages(clinic, state)"),
                QStringLiteral("CREATE INDEX sms_plan_state ON sms_plan_messages(state, send_at_utc)"),
                QStringLiteral(R"(CREATE TABLE sms_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at INTEGER NOT NULL))"),
            }};
}

// Clinics (Salesforce Accounts), their status history, and contacts whose re-planning after
// a status change is still to do.
Migration clinicTables()
{
    return {8, "clinics, clinic status changes, pending re-plans",
            {
                QStringLiteral(R"(CREATE TABLE clinics (
  salesforce_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  location_id TEXT NOT NULL DEFAULT '',
  patients INTEGER NOT NULL DEFAULT 0,
  synced_at INTEGER NOT NULL))"),
                QStringLiteral("CREATE INDEX clinics_name ON clinics(name)"),
                QStringLiteral(R"(CREATE TABLE clinic_status_changes (
  id INTEGER PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  clinic TEXT NOT NULL,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  source TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT ''))"),
                QStringLiteral("CREATE INDEX clinic_changes_clinic ON clinic_status_changes(clinic_id, at)"),
                QStringLiteral(R"(CREATE TABLE clinic_replan_pending (
  clinic_id TEXT NOT NULL,
  contact_id TEXT NOT NULL,
  error TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, contact_id)))"),
            }};
}

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Store)
};

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {projectTables(), historyTables(), auditTables(), engineTables(),
                                             credentialTables(), smsTables(), smsPlans(), clinicTables()};
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

Result<int> currentSchemaVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_migrations"))) {
        // A file with our tables but no version table is not ours to touch.
        if (!db.tables().isEmpty())
            return makeError(Tr::tr("%1 is not a Switchboard database (it has tables but no "
                                "schema version); choose another file with --db.")
                                 .arg(db.databaseName()));
        return 0;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next())
        return makeError(Tr::tr("Cannot read the schema version of %1: %2")
                             .arg(db.databaseName(), q.lastError().text()));
    return q.value(0).toInt();
}

Status migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    const Result<int> current = currentSchemaVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestSchemaVersion())
        return makeError(Tr::tr("%1 was written by a newer Switchboard (schema %2; this build knows "
                            "up to %3). Upgrade Switchboard to open it.")
                             .arg(db.databaseName())
                             .arg(current.value())
                             .arg(latestSchemaVersion()));
    if (current.value() == 0) {
        const Status made = exec(db, QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "description TEXT NOT NULL, applied_at INTEGER NOT NULL)"));
        if (!made)
            return made;
    }
    for (const Migration &m : migrations()) {
        if (m.version <= current.value() || m.version > target)
            continue;
        if (!db.transaction())
            return makeError(Tr::tr("Cannot start a transaction on %1: %2")
                                 .arg(db.databaseName(), db.lastError().text()));
        Status status = Ok{};
        for (const QString &sql : m.statements) {
            status = exec(db, sql);
            if (!status)
                break;
        }
        if (status)
            status = exec(db, QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
                          {m.version, QString::fromLatin1(m.description), QDateTime::currentMSecsSinceEpoch()});
        if (!status || !db.commit()) {
            db.rollback();
            return makeError(Tr::tr("Migration to schema %1 (%2) failed: %3")
                                 .arg(m.version)
                                 .arg(QString::fromLatin1(m.description),
                                      status ? db.lastError().text() : status.error().message));
        }
    }
    return Ok{};
}

} // namespace sb
