// Top-level const/let/function/class declarations used by the operations.
const LANGUAGES = { en: 'English', fr: 'French', sw: 'Swahili' };
let counter = 0;
var visitsTotal = 0;
function label(p) {
  counter += 1;
  return `${counter}. ${humanProper(p.name)}`;
}
const toVisits = p => (visitsTotal += p.visits);
class Tally { constructor() { this.n = 0; } add() { this.n += 1; return this; } }
const tally = new Tally();
fn(state => {
  const labels = state.data.patients.map(label);
  state.data.patients.forEach(toVisits);
  state.data.patients.forEach(() => tally.add());
  return { ...state, data: { labels, counter, visitsTotal, tally: tally.n, language: LANGUAGES.sw } };
});
