// Runs the table of allowance cases through the PWA's rules (pwa/js/allowances-rules.js) and
// prints, for each case, {errors} or {answer} in the table's shape (test_allowances_cases.py).
// Usage: node tests/travellers/allowances_cases.mjs tests/data/allowances_cases.json
import { readFileSync } from 'node:fs';
import { assess, check } from '../../pwa/js/allowances-rules.js';

const { cases } = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function errorShape(errors) {
  const shape = {};
  if (errors.age) shape.age = true;
  if (errors.items) {
    shape.items = 'code' in errors.items
      ? true
      : Object.fromEntries(Object.entries(errors.items).map(([index, fields]) => [index, Object.keys(fields)[0]]));
  }
  return shape;
}

const outcomes = cases.map(({ age, items }) => {
  const errors = check(age, items);
  if (Object.keys(errors).length) return { errors: errorShape(errors) };
  return { answer: assess(age, items) };
});
process.stdout.write(JSON.stringify(outcomes));
