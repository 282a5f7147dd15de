// language-rapidpro for Switchboard (majors 1–2), over sb.http (docs/http-for-jobs.md).
//
// Configuration: {host, token, apiVersion?}; calls go to {host}/api/{apiVersion|v2}/…
// with `Authorization: Token <token>`.
//
// addContact(params), upsertContact(params), startFlow(params), sendBroadcast(params),
// each with an optional callback, as the real adaptor: the response body in state.data,
// the previous data in state.references, and state.response = {statusCode, headers}
// (the runtime drops state.response at the end of the step).
// upsertContact posts the contact; when RapidPro answers that the URN belongs to another
// contact, it updates that contact (`POST contacts.json?urn=<first urn>`, without urns).
// Both wordings of that answer are recognised (the original knew only the older one).
// HTTP errors fail the step with the status and body (the original threw a bare string for
// flows and broadcasts; the status is more useful).
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { expandReferences } = common.util;
  const { composeNextState } = common;

  const http = () => {
    if (!sb.http) throw new Error('language-rapidpro: HTTP is not available in this engine');
    return sb.http;
  };

  function endpoint(configuration, name) {
    if (!configuration || !configuration.host) {
      throw new Error('language-rapidpro: state.configuration.host is missing (e.g. "https://app.rapidpro.io")');
    }
    if (!configuration.token) throw new Error('language-rapidpro: state.configuration.token is missing');
    return `${String(configuration.host).replace(/\/+$/, '')}/api/${configuration.apiVersion || 'v2'}/${name}`;
  }

  async function postTo(state, name, body, query) {
    const url = endpoint(state.configuration, name);
    const response = await http().request({
      method: 'POST',
      url,
      query,
      headers: { Authorization: `Token ${state.configuration.token}`, 'Content-Type': 'application/json' },
      body,
    });
    console.log(`POST /${name} - ${response.statusCode} in ${response.duration}ms`);
    return response;
  }

  const finish = (state, response, callback) => {
    const next = {
      ...composeNextState(state, response.body),
      response: { statusCode: response.statusCode, statusMessage: response.statusMessage, headers: response.headers },
    };
    return callback ? callback(next) : next;
  };

  function addContact(params, callback) {
    return async (state) => {
      const [resolved] = expandReferences(state, params);
      const response = await postTo(state, 'contacts.json', resolved);
      console.log('Contact added with uuid:', response.body && response.body.uuid);
      return finish(state, response, callback);
    };
  }

  // RapidPro has said "URN belongs to another contact" (a list of messages) and, newer,
  // {"urns": {"0": ["URN is in use by another contact."]}} (messages per URN index).
  const urnTaken = (body) => {
    if (!body || !body.urns || typeof body.urns !== 'object') return false;
    const messages = Array.isArray(body.urns) ? body.urns : [].concat(...Object.values(body.urns));
    return messages.some((m) => typeof m === 'string' && /(belongs to|in use by) another/.test(m));
  };

  function upsertContact(params, callback) {
    return async (state) => {
      const [resolved] = expandReferences(state, params);
      let response;
      try {
        response = await postTo(state, 'contacts.json', resolved);
        console.log('Contact added with uuid:', response.body && response.body.uuid);
      } catch (e) {
        if (!(e && e.statusCode === 400 && urnTaken(e.body)) || !resolved || !Array.isArray(resolved.urns)) throw e;
        const { urns, ...rest } = resolved;
        response = await postTo(state, 'contacts.json', rest, { urn: urns[0] });
        console.log('Contact updated with uuid:', response.body && response.body.uuid);
      }
      return finish(state, response, callback);
    };
  }

  const poster = (name, what) => (params, callback) => async (state) => {
    const [resolved] = expandReferences(state, params);
    try {
      const response = await postTo(state, name, resolved);
      console.log(`${what}:`, response.body);
      return finish(state, response, callback);
    } catch (e) {
      console.log('That was an error from RapidPro.');
      throw e;
    }
  };

  Object.assign(exports, {
    addContact,
    upsertContact,
    startFlow: poster('flow_starts.json', 'Flow started'),
    sendBroadcast: poster('broadcasts.json', 'Broadcast queued'),
  });
});
