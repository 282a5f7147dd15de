// Injected into bundles that use Node's global Buffer (csv-parse): the engine has none.
export { Buffer } from 'buffer';
