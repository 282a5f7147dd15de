// jsonpath-plus, browser build: its default evaluator is the safe one (no eval/new Function).
export { JSONPath } from 'jsonpath-plus';
