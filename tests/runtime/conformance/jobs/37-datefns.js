// dateFns.format and dateFns.parse (local time on both sides, no clock reads).
fn(state => {
  const visit = dateFns.parse(state.data.form.calcs.general.next_visit_date, 'yyyy-MM-dd', new Date(2000, 0, 1));
  const dob = dateFns.parse('04/10/2020', 'dd/MM/yyyy', new Date(2000, 0, 1));
  return {
    ...state,
    data: {
      visit: dateFns.format(visit, 'EEEE d MMMM yyyy'),
      visitShort: dateFns.format(visit, 'dd/MM/yy'),
      dob: dateFns.format(dob, 'yyyy-MM-dd'),
      time: dateFns.format(new Date(2024, 2, 5, 14, 7, 9), "HH:mm:ss 'on' do MMM"),
      invalid: Number.isNaN(dateFns.parse('not a date', 'yyyy-MM-dd', new Date(2000, 0, 1)).getTime()),
    },
  };
});
