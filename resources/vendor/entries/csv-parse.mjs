// The synchronous csv-parse API only: the streaming one needs Node's stream module.
export { parse, CsvError } from 'csv-parse/sync';
