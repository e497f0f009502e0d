import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze as fromSource } from '../../src/index';

// The published bundles (npm test builds first) must behave as the sources do, through require().
const dist = join(__dirname, '..', '..', 'dist');
const text = readFileSync(join(__dirname, '..', 'fixtures', '002_a52488379b8110d1.txt'), 'utf8');

describe('the built package', () => {
  test('the CJS bundle exports the whole contract and gives the same analysis as the sources', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cjs = require(join(dist, 'index.cjs'));
    for (const name of ['detectLanguage', 'splitParagraphs', 'extractDates', 'extractEntities', 'extractQuotes', 'extractEvents', 'analyze']) {
      expect(typeof cjs[name]).toBe('function');
    }
    expect(cjs.analyze(text)).toEqual(fromSource(text));
  });

  test('the ESM bundle and the type declarations exist for both module systems', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    for (const file of [pkg.exports['.'].import.default, pkg.exports['.'].import.types, pkg.exports['.'].require.default, pkg.exports['.'].require.types]) {
      expect(readFileSync(join(__dirname, '..', '..', file), 'utf8').length).toBeGreaterThan(100);
    }
    expect(readFileSync(join(dist, 'index.js'), 'utf8')).toMatch(/export\s*\{/);
  });

  test('the bundle stays small enough to ship to browsers', () => {
    const size = readFileSync(join(dist, 'index.js')).length;
    expect(size).toBeLessThan(1_500_000);
  });
});
