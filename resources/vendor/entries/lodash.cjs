// The lodash function itself, as `module.exports` (what `import _ from 'lodash'` gives).
module.exports = require('lodash');
