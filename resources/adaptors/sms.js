// language-sms for Switchboard (@switchboard/language-sms 1.x): schedules the Master
// Mapping Table's messages for a list of Salesforce contacts (docs/sms.md).
//
// The table is the store's published version (the SMS page, or `switchboard sms import
// --publish`), the countries table gives sender ids and default zones, and Infobip is
// reached with the job's credential: state.configuration = {baseUrl, apiKey}. The run
// itself is Switchboard's scheduler (look up, schedule, reschedule, cancel: a second run
// on the same data writes nothing); it records each contact's plan for the console.
//
//   scheduleSms(contacts, options)  contacts: an array of Contact records (or a query
//                                   result with records, or a function of state);
//                                   options: {dryRun, table, now, concurrency,
//                                   adoptExisting (default true: for a contact seen the
//                                   first time, look up every bulkId the rules cancel)}
//   planSms(contacts, options)      the same as a dry run: state.data.plan lists what would
//                                   be scheduled, cancelled and skipped; nothing is sent.
//
//   syncClinics(accounts, contacts) the clinics (Salesforce Accounts with Id, Name, Status__c,
//                                   Country__c, CAST_Location_ID__c) into the store; a status
//                                   changed in Salesforce since the last sync is recorded and
//                                   that clinic's contacts (from `contacts`) are re-planned
//                                   through Infobip — the Clinics page's own logic.
//                                   state.data gets {clinics, patients, changes: [{clinic,
//                                   from, to, cancelled, scheduled, pending}]}.
//
// state.data gets {table, version, counts: {contacts, due, later, skipped, lookups,
// scheduled, rescheduled, cancelled, unchanged, failed, writes}, errors, warnings[, plan]}.
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { composeNextState } = common;

  // A value or a function of state (one level: contact records are data, never called).
  const resolve = (state, value) => (typeof value === 'function' ? value(state) : value);

  const recordsOf = (value) => {
    if (Array.isArray(value)) return value;
    if (value && Array.isArray(value.records)) return value.records;
    if (value && Array.isArray(value.contacts)) return value.contacts;
    throw new Error('language-sms: scheduleSms needs the contacts: an array of Salesforce Contact records, or a query result with records');
  };

  function scheduleSms(contacts, options, callback) {
    return async (state) => {
      const resolved = resolve(state, contacts);
      const opts = resolve(state, options) || {};
      const records = recordsOf(resolved);
      const result = await sb.sms.run({
        contacts: records,
        configuration: state.configuration || {},
        dryRun: !!opts.dryRun,
        table: opts.table,
        now: opts.now,
        concurrency: opts.concurrency,
        adoptExisting: opts.adoptExisting !== false,
      });
      if (!result.ok) throw new Error(`language-sms: ${result.error}`);
      const n = result.counts;
      console.log(`${n.contacts} contact(s), table “${result.table}” version ${result.version}: ${n.due} message(s) due, ` +
        `${n.later} beyond the 180-day horizon, ${n.skipped} skipped.`);
      if (opts.dryRun) {
        console.log(`Dry run: ${result.plan.schedule.length} to schedule, ${result.plan.cancel.length} to cancel if they exist; nothing was sent.`);
      } else {
        console.log(`Infobip: ${n.lookups} lookup(s), ${n.scheduled} scheduled, ${n.rescheduled} rescheduled, ` +
          `${n.cancelled} cancelled, ${n.unchanged} unchanged, ${n.failed} failed.`);
      }
      (result.warnings || []).slice(0, 20).forEach((w) => console.warn(w));
      (result.errors || []).forEach((e) => console.error(e));
      if (result.cancelled) throw new Error('language-sms: the run was stopped before it finished; the next run completes it');
      if (n.failed > 0 && n.scheduled + n.rescheduled + n.cancelled + n.unchanged === 0) {
        throw new Error(`language-sms: Infobip took none of the ${n.failed} request(s): ${(result.errors || [])[0] || ''}`);
      }
      const { ok, ...data } = result;
      const next = composeNextState(state, data);
      return callback ? callback(next) : next;
    };
  }

  const planSms = (contacts, options, callback) => scheduleSms(contacts, { ...(options || {}), dryRun: true }, callback);

  const listOf = (value, what) => {
    if (Array.isArray(value)) return value;
    if (value && Array.isArray(value.records)) return value.records;
    throw new Error(`language-sms: syncClinics needs the ${what}: an array of Salesforce records, or a query result with records`);
  };

  function syncClinics(accounts, contacts, callback) {
    return async (state) => {
      const result = await sb.sms.syncClinics({
        accounts: listOf(resolve(state, accounts), 'Accounts'),
        contacts: contacts === undefined ? [] : listOf(resolve(state, contacts), 'contacts'),
        configuration: state.configuration || {},
      });
      if (!result.ok) throw new Error(`language-sms: ${result.error}`);
      console.log(`${result.clinics} clinic(s), ${result.patients} patient(s) in the SMS programme.`);
      if (result.changes.length === 0) console.log('No clinic status changed in Salesforce since the last sync.');
      result.changes.forEach((c) => {
        const pending = c.pending ? `; ${c.pending} contact(s) still to re-plan (Clinics page: Retry)` : '';
        console.log(`${c.clinic}: ${c.from} → ${c.to}: ${c.cancelled} SMS cancelled, ${c.scheduled} scheduled${pending}.`);
      });
      const { ok, ...data } = result;
      const next = composeNextState(state, data);
      return callback ? callback(next) : next;
    };
  }

  Object.assign(exports, { scheduleSms, planSms, syncClinics });
});
