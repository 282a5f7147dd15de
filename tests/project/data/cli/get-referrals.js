getCases({ remote: true, last_updated_at: `${state.lastRunAt}..`, workflow: 'referral_to_oscar' }, {}, state => {
  state.referrals = state.data.map(c => ({ external_id: c.case_id, given_name: c.name_first, family_name: c.name_last }));
  return state;
});
