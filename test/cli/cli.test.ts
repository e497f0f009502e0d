import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Runs the built CLI (npm test builds first), as a user would.
const CLI = join(__dirname, '..', '..', 'dist', 'cli.cjs');
const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.txt');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });

describe('vinews CLI', () => {
  test('prints analyze() of a file as JSON', () => {
    const r = run([SAMPLE]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.language.code).toBe('vie');
    expect(out.metadata.publishedAt).toBe('2025-11-25');
    expect(out.events.length).toBeGreaterThan(0);
  });

  test('--events prints only the events; reads standard input with "-"', () => {
    const r = run(['-', '--events', '--reference-date', '2025-11-25'], 'Ngày 24/11, Tổng thống Donald Trump đã có cuộc điện đàm với Chủ tịch Trung Quốc Tập Cận Bình.');
    expect(r.status).toBe(0);
    const events = JSON.parse(r.stdout);
    expect(events[0]).toMatchObject({ type: 'meeting', mode: 'phone', date: { value: '2025-11-24' } });
  });

  test('--summary prints one line per event', () => {
    const r = run([SAMPLE, '--summary']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2025-11-24TEV\s+meeting\/phone\s+Donald Trump \+ Tập Cận Bình/);
  });

  test('--jsonl reads one article per line and writes one result per line', () => {
    const input = [
      JSON.stringify({ text: 'Tối 24/11, hai nhà lãnh đạo điện đàm.', referenceDate: '2025-11-25' }),
      JSON.stringify({ text: 'Ngày 12/11, Nhà Trắng thông báo.', referenceDate: '2021-11-13' }),
    ].join('\n');
    const r = run(['--jsonl', '-'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.dates[0].value)).toEqual(['2025-11-24TEV', '2021-11-12']);
  });

  test('a missing file is a clear error with exit code 1', () => {
    const r = run(['no/such/file.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such file: no\/such\/file\.txt/);
  });

  test('bad JSON in --jsonl names the line', () => {
    const r = run(['--jsonl', '-'], '{"text": "a"}\n{oops\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
  });

  test('an unknown option prints the usage', () => {
    const r = run(['--nope']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown option --nope/);
    expect(r.stderr).toMatch(/Usage: vinews/);
  });
});
