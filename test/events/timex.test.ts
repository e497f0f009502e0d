import { compatible, finer, interval } from '../../src/events/timex';
import { fromDate } from '../../src/events/05-status';

const ref = { year: 2024, month: 5, day: 20 };

describe('TIMEX3 values as day intervals', () => {
  test.each([
    ['2024-05-19', '2024-05', true],
    ['2024-05-19T20:00', '2024-05-20T08:00', true], // a time zone apart
    ['2024-05-19', '2024-05-25', false],
    ['2024-W21', '2024-05-22', true],
    ['2024-H1', '2024-03', true],
    ['2023', '2024-05', false],
  ])('%s ~ %s: %s', (a, b, ok) => {
    expect(compatible(a, b)).toBe(ok);
  });

  test('the finer value wins, the first when equally fine', () => {
    expect(finer('2024-05-19', '2024-05-19TEV')).toBe('2024-05-19TEV');
    expect(finer('2024-05', '2024-05-19')).toBe('2024-05-19');
    expect(finer('2024-05-19T20:00', '2024-05-20T08:00')).toBe('2024-05-19T20:00');
  });

  test('unknown values have no interval', () => {
    expect(interval('XXXX-11-15')).toBeNull();
    expect(interval('PT4H')).toBeNull();
  });
});

describe('status from the date and the reference day', () => {
  test.each([
    ['2024-05-19', 'occurred'],
    ['2024-05-20TMO', 'occurred'],
    ['2024-04', 'reported'],
    ['2023', 'reported'],
    ['2024-06', 'planned'],
    ['2024-05-25', 'planned'],
  ])('%s → %s', (value, status) => {
    expect(fromDate(value, ref)).toBe(status);
  });
  test('no reference, no verdict', () => expect(fromDate('2024-05-19', null)).toBeNull());
});
