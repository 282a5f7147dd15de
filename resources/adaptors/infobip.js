// language-infobip for Switchboard (majors 1–2), over sb.http (docs/http-for-jobs.md).
//
// The real @openfn/language-infobip exports sendSMS; Switchboard adds what scheduled
// campaigns need from Infobip's SMS API: bulk status, cancel, reschedule, the scheduled
// time of a bulk, message logs and delivery reports.
//
// Configuration: {baseUrl, apiKey}; baseUrl is the account's API host
// ("xxxxx.api.infobip.com", with or without https://). Every call sends
// `Authorization: App <apiKey>`. Each function puts the response body in state.data
// (the previous data goes to state.references) and takes an optional callback.
//
// Sending: 2.x uses /sms/2/text/advanced, 1.x the older /sms/1/text/advanced.
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { composeNextState } = common;

  // common's expandReferences, except that a Date becomes its ISO text (common turns it
  // into {}), so sendAt may be given as a Date.
  function resolve(state, value) {
    if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return value.toISOString();
    if (typeof value === 'function') return resolve(state, value(state));
    if (Array.isArray(value)) return value.map((v) => resolve(state, v));
    if (value && typeof value === 'object') {
      const out = {};
      for (const key of Object.keys(value)) {
        Object.defineProperty(out, key, { value: resolve(state, value[key]), writable: true, enumerable: true, configurable: true });
      }
      return out;
    }
    return value;
  }
  const expandReferences = (state, ...args) => args.map((a) => resolve(state, a));

  const http = () => {
    if (!sb.http) throw new Error('language-infobip: HTTP is not available in this engine');
    return sb.http;
  };

  const baseUrl = (configuration) => {
    const url = configuration && (configuration.baseUrl || configuration.url);
    if (!url || typeof url !== 'string') {
      throw new Error('language-infobip: state.configuration.baseUrl is missing (the account API host, e.g. "xxxxx.api.infobip.com")');
    }
    const withScheme = /^https?:\/\//i.test(url) ? url : `https://${url}`;
    return withScheme.replace(/\/+$/, '');
  };

  function send(state, method, path, { query, body } = {}) {
    const { configuration } = state;
    if (!configuration || !configuration.apiKey) {
      throw new Error('language-infobip: state.configuration.apiKey is missing');
    }
    const options = {
      method,
      url: baseUrl(configuration) + path,
      query,
      headers: { Authorization: `App ${configuration.apiKey}`, Accept: 'application/json' },
    };
    if (body !== undefined) options.body = body;
    return http().request(options).then((response) => {
      console.log(`${method} ${path} - ${response.statusCode} in ${response.duration}ms`);
      return response;
    });
  }

  const finish = (state, response, callback) => {
    const next = composeNextState(state, response.body);
    return callback ? callback(next) : next;
  };

  const iso = (value) => (value instanceof Date ? value.toISOString() : value);
  const requireBulkId = (bulkId, name) => {
    if (bulkId === undefined || bulkId === null || bulkId === '') {
      throw new Error(`language-infobip: ${name} needs a bulkId`);
    }
    return String(bulkId);
  };

  // One message in Infobip's advanced shape from either that shape or the short one
  // ({to|recipient|recipients, text|message, from, sendAt, callbackData, notifyUrl, …}).
  function toMessage(m) {
    if (!m || typeof m !== 'object') throw new Error('language-infobip: a message must be an object');
    if (Array.isArray(m.destinations)) return { ...m, sendAt: iso(m.sendAt) };
    const { to, recipient, recipients, message, text, ...rest } = m;
    const targets = [].concat(to ?? recipient ?? recipients ?? []).filter((t) => t !== undefined && t !== null && t !== '');
    if (targets.length === 0) throw new Error('language-infobip: a message needs a recipient (to)');
    return {
      ...rest,
      destinations: targets.map((t) => (typeof t === 'object' ? t : { to: String(t) })),
      text: text ?? message,
      sendAt: iso(rest.sendAt),
    };
  }

  function bodyOf(params) {
    if (!params || typeof params !== 'object') throw new Error('language-infobip: sendSMS needs a message object');
    if (Array.isArray(params)) return { messages: params.map(toMessage) };
    if (Array.isArray(params.messages)) {
      const { messages, ...rest } = params;
      return { ...rest, messages: messages.map(toMessage) };
    }
    const { bulkId, tracking, ...message } = params;
    const body = { messages: [toMessage(message)] };
    if (bulkId !== undefined) body.bulkId = bulkId;
    if (tracking !== undefined) body.tracking = tracking;
    return body;
  }

  // Sends now, or schedules when a message has sendAt (at most 180 days ahead).
  function sendSMS(params, callback) {
    return async (state) => {
      const [resolved] = expandReferences(state, params);
      const body = bodyOf(resolved);
      const path = sb.major >= 2 ? '/sms/2/text/advanced' : '/sms/1/text/advanced';
      const response = await send(state, 'POST', path, { body });
      const count = response.body && Array.isArray(response.body.messages) ? response.body.messages.length : 0;
      console.log(`Infobip accepted ${count} message(s)${response.body && response.body.bulkId ? ` in bulk ${response.body.bulkId}` : ''}.`);
      return finish(state, response, callback);
    };
  }

  function getBulkStatus(bulkId, callback) {
    return async (state) => {
      const [id] = expandReferences(state, bulkId);
      const response = await send(state, 'GET', '/sms/1/bulks/status', { query: { bulkId: requireBulkId(id, 'getBulkStatus') } });
      return finish(state, response, callback);
    };
  }

  function cancelBulk(bulkId, callback) {
    return async (state) => {
      const [id] = expandReferences(state, bulkId);
      const response = await send(state, 'PUT', '/sms/1/bulks/status', {
        query: { bulkId: requireBulkId(id, 'cancelBulk') },
        body: { status: 'CANCELED' },
      });
      return finish(state, response, callback);
    };
  }

  function rescheduleBulk(bulkId, sendAt, callback) {
    return async (state) => {
      const [id, when] = expandReferences(state, bulkId, sendAt);
      if (!when) throw new Error('language-infobip: rescheduleBulk needs the new sendAt');
      const response = await send(state, 'PUT', '/sms/1/bulks', {
        query: { bulkId: requireBulkId(id, 'rescheduleBulk') },
        body: { sendAt: iso(when) },
      });
      return finish(state, response, callback);
    };
  }

  function getBulk(bulkId, callback) {
    return async (state) => {
      const [id] = expandReferences(state, bulkId);
      const response = await send(state, 'GET', '/sms/1/bulks', { query: { bulkId: requireBulkId(id, 'getBulk') } });
      return finish(state, response, callback);
    };
  }

  const lister = (path) => (query, callback) => {
    if (typeof query === 'function' && callback === undefined) {
      callback = query;
      query = undefined;
    }
    return async (state) => {
      const [resolved] = expandReferences(state, query);
      const response = await send(state, 'GET', path, { query: resolved || {} });
      return finish(state, response, callback);
    };
  };

  Object.assign(exports, {
    sendSMS,
    send: sendSMS,
    getBulkStatus,
    cancelBulk,
    rescheduleBulk,
    getBulk,
    getLogs: lister('/sms/1/logs'),
    getReports: lister('/sms/1/reports'),
  });
});
