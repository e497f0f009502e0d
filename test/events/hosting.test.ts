import { analyze } from '../../src/index';

const events = (text: string, referenceDate = '2024-05-16') =>
  analyze(text, { referenceDate }).events.map((e) => ({ type: e.type, who: e.participants.map((p) => p.name).sort(), date: e.date?.value ?? null }));

describe('receiving someone is a meeting; a visit named as the occasion has a visitor', () => {
  test('"tiếp" + a person received is a meeting', () => {
    expect(events('Sáng 15/5, Thủ tướng Phạm Minh Chính đã tiếp Chủ tịch Tập đoàn Toyota Akio Toyoda tại Tokyo.')).toContainEqual(
      { type: 'meeting', who: ['Akio Toyoda', 'Phạm Minh Chính'], date: '2024-05-15TMO' },
    );
  });

  test.each([
    'Bộ trưởng Nguyễn Văn An tiếp tục chủ trì cuộc họp với các doanh nghiệp.',
    'Ông Nguyễn Văn An cho rằng cần tiếp cận thị trường Nhật Bản theo cách khác.',
    'Phóng viên đã phỏng vấn trực tiếp Thủ tướng Nhật Bản Fumio Kishida.',
  ])('"tiếp" inside another word is not: %s', (text) => {
    expect(events(text).filter((e) => e.type === 'meeting')).toEqual([]);
  });

  test('"nhân chuyến thăm" gives the main clause\'s subject as the visitor', () => {
    const out = events('Chiều 15/5, tại Tokyo, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản Fumio Kishida, nhân chuyến thăm chính thức Nhật Bản.');
    expect(out).toContainEqual(expect.objectContaining({ type: 'visit', who: ['Phạm Minh Chính'] }));
    expect(out).toContainEqual(expect.objectContaining({ type: 'meeting', who: ['Fumio Kishida', 'Phạm Minh Chính'] }));
  });

  test('one leader meeting two different people makes two meetings', () => {
    const out = events('Chiều 15/5, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản Fumio Kishida. Trước đó, Thủ tướng Phạm Minh Chính đã tiếp Chủ tịch Tập đoàn Toyota Akio Toyoda.');
    expect(out.filter((e) => e.type === 'meeting').map((e) => e.who)).toEqual([
      ['Fumio Kishida', 'Phạm Minh Chính'],
      ['Akio Toyoda', 'Phạm Minh Chính'],
    ]);
  });
});
