each('$.data.records[*]', post('/sms/2/text/advanced', {
  body: state => ({
    bulkId: `daily-${state.data.Id}`,
    messages: [{ from: 'MiracleFeet', destinations: [{ to: state.data.Phone }], text: state.data.Message__c }],
  }),
}));
