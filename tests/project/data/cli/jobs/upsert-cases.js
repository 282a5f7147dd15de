each('$.data.data[*]', upsertCase({ externalIds: ['oscar_number'], data: state => ({ oscar_number: state.data.global_id }) }));
