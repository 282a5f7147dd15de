// validate() checks data against a JSON schema and collects failures in validationErrors.
const schema = {
  $id: 'conformance-patient',
  type: 'object',
  required: ['id', 'name', 'visits'],
  properties: {
    id: { type: 'string', pattern: '^P-[0-9]+$' },
    name: { type: 'string', minLength: 3 },
    visits: { type: 'integer', minimum: 1 },
  },
};
each('$.data.patients[*]', validate(schema, 'data'));
validate(schema, { id: 'X9', name: 'Al', visits: 1.5 });
fn(state => ({ ...state, data: { failures: state.validationErrors.length, validationErrors: state.validationErrors } }));
