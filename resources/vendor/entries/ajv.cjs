// The three Ajv classes language-common picks from by the schema's $schema
// (draft-07 by default, 2019-09, 2020-12). Compiling a schema generates code with
// new Function: the runtime allows that only inside sb.withCodegen().
module.exports = {
  Ajv: require('ajv').default,
  Ajv2019: require('ajv/dist/2019').default,
  Ajv2020: require('ajv/dist/2020').default,
};
