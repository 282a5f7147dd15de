// The part of date-fns that language-common uses: `dateFns` ({format, parse}) and
// util.parseDate / cursor (startOf*, sub*). Add names here when an adaptor needs more;
// unused functions are left out of the bundle.
export {
  format,
  parse,
  parseISO,
  formatISO,
  isValid,
  addDays,
  addHours,
  subDays,
  subHours,
  startOfDay,
  startOfToday,
  startOfYesterday,
} from 'date-fns';
