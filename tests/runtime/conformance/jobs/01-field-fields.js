// field() makes pairs, fields() makes a plain object; a duplicate key: the last one wins.
fn(state => {
  const contact = fields(
    field('External_ID__c', 'P-1'),
    field('LastName', 'Bello'),
    field('Visits__c', 3),
    field('LastName', 'Bello-Okafor'),
    field('Tags__c', ['clubfoot', 'sms'])
  );
  return { ...state, data: { contact, pair: field('k', { nested: true }) } };
});
