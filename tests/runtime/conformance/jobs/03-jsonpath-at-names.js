// CommCare's XML-derived keys as dotted path parts: '@case_id' and friends under form.case,
// '#type', and the same keys bracket-quoted.
fn(state => ({
  ...state,
  data: {
    caseId: dataValue('form.case.@case_id')(state),
    dateModified: dataValue('form.case.@date_modified')(state),
    userId: sourceValue('$.data.form.case.@user_id')(state),
    bracketed: sourceValue("$.data.form.case['@case_id']")(state),
    caseName: dataValue('form.case.create.case_name')(state),
    type: dataValue('form.#type')(state),
  },
}));
