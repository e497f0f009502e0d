import { analyze, extractEvents } from '../../src/index';

// Hand-written articles; they go through every stage, so they also check what events get from them.
const CALL = [
  'date 2024-05-21',
  'Tối 20/5, Tổng thống Pháp Emmanuel Macron đã điện đàm với Thủ tướng Nhật Bản Fumio Kishida.',
  'Hai nhà lãnh đạo đã thảo luận về năng lượng và an ninh khu vực, theo Điện Élysée.',
  'Ông Macron cho biết ông đã nhận lời mời của ông Kishida tới thăm Nhật Bản vào tháng 9.',
].join('\n\n');

describe('analyze().events on a hand-written article', () => {
  const { events } = analyze(CALL, { referenceDate: '2024-05-21' });
  const names = (i: number) => events[i].participants.map((p) => p.name).sort();

  test('the call, told twice, is one event with its date', () => {
    const calls = events.filter((e) => e.type === 'meeting');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ mode: 'phone', status: 'occurred', cameo: '041' });
    expect(calls[0].date?.value).toBe('2024-05-20TEV');
    expect(calls[0].topics).toEqual(expect.arrayContaining(['energy', 'security']));
  });

  test('the accepted invitation is a planned visit by the guest', () => {
    const visit = events.findIndex((e) => e.type === 'visit');
    expect(visit).toBeGreaterThanOrEqual(0);
    expect(names(visit)).toEqual(['Emmanuel Macron']);
    expect(events[visit]).toMatchObject({ status: 'planned', cameo: '042' });
    expect(events[visit].location?.name).toBe('Nhật Bản');
  });

  test('participants carry entity ids', () => {
    const ids = new Set(analyze(CALL, { referenceDate: '2024-05-21' }).entities.map((e) => e.id));
    for (const e of events) for (const p of e.participants) expect(ids.has(p.entityId)).toBe(true);
  });

  test('extractEvents gives the same events', () => {
    expect(extractEvents(CALL, { referenceDate: '2024-05-21' })).toEqual(events);
  });
});

describe('bad and empty input', () => {
  test('empty text: no events', () => expect(extractEvents('   ')).toEqual([]));
  test('no named actors: no events', () => {
    expect(extractEvents('Hôm nay trời mưa. Các bên đã gặp nhau và thảo luận.', { referenceDate: '2024-05-21' })).toEqual([]);
  });
});
