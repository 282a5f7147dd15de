// Schedule the welcome message in Infobip, two hours after registration.
fn(state => {
  const c = state.data.form.case.update;
  const sendAt = new Date(Date.parse(state.data.received_on) + 2 * 3600 * 1000).toISOString();
  state.message = {
    bulkId: `welcome-${state.data.form.case['@case_id']}`,
    messages: [{ from: 'MiracleFeet', destinations: [{ to: c.guardian1_phone1 }], text: c.welcome_text, sendAt }],
  };
  return state;
});
post('/sms/2/text/advanced', { body: state => state.message });
