// An '@' key one level below form: jsonpath-plus reads '@name' as a value-type selector
// there (it treats '@…' literally only every other level), so the step fails.
fn(state => ({ ...state, data: { ...state.data, formName: dataValue('form.@name')(state) } }));
