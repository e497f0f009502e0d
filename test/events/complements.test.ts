import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/index';

const events = (text: string, referenceDate = '2024-12-02') =>
  analyze(text, { referenceDate }).events.map((e) => ({
    type: e.type, who: e.participants.map((p) => p.name).sort(), date: e.date?.value ?? null, status: e.status,
  }));

describe('what an agreement, an invitation and a span of days tell about an event', () => {
  test('"nhất trí sẽ sớm gặp nhau": those who agreed will meet, on the date of the clause', () => {
    const out = events('Ngày 28/11, Thủ tướng Phạm Minh Chính đã điện đàm với Tổng thống đắc cử Mỹ Donald Trump. Hai bên nhất trí sẽ sớm gặp nhau vào đầu năm sau.');
    expect(out).toContainEqual({ type: 'meeting', who: ['Donald Trump', 'Phạm Minh Chính'], date: '2025', status: 'planned' });
    expect(out).toContainEqual({ type: 'meeting', who: ['Donald Trump', 'Phạm Minh Chính'], date: '2024-11-28', status: 'reported' });
  });

  test('"theo lời mời của X": X is the host, not the visitor; "từ ngày 10 đến 13/12" dates the visit', () => {
    const out = events('Bộ trưởng Ngoại giao Bùi Thanh Sơn sẽ thăm chính thức Hoa Kỳ từ ngày 10 đến 13/12 theo lời mời của Ngoại trưởng Antony Blinken.');
    expect(out).toEqual([{ type: 'visit', who: ['Bùi Thanh Sơn'], date: '2024-12-10', status: 'planned' }]);
  });

  test('"chuyến thăm của ông X" names the visitor', () => {
    const out = events('Chuyến thăm của ông Bùi Thanh Sơn tới Hoa Kỳ sẽ diễn ra vào tuần tới.');
    expect(out.map((e) => [e.type, e.who])).toEqual([['visit', ['Bùi Thanh Sơn']]]);
  });
});

describe('a body issuing a document that instructs is an announcement', () => {
  test('"UBND tỉnh có công điện khẩn yêu cầu ...", "Tỉnh đã có công văn chỉ đạo ..." name the body last named', () => {
    const out = events('Ông Trần Văn A, Phó chủ tịch UBND tỉnh Bình Định, cho hay mưa lớn kéo dài. Tỉnh đã có công văn chỉ đạo các địa phương sẵn sàng ứng phó lũ. Tại Phú Yên, UBND Phú Yên họp khẩn. UBND tỉnh có công điện khẩn yêu cầu các địa phương sơ tán dân.', '2016-12-13');
    expect(out.map((e) => [e.type, e.who])).toEqual([['announcement', ['UBND tỉnh Bình Định']], ['announcement', ['UBND Phú Yên']]]);
  });

  test('a named ministry issuing a directive', () => {
    const out = events('Ngày 5/12, Bộ Công Thương ban hành chỉ thị về bảo đảm cung ứng xăng dầu dịp cuối năm.', '2016-12-13');
    expect(out).toEqual([{ type: 'announcement', who: ['Bộ Công Thương'], date: '2016-12-05', status: 'reported' }]);
  });

  test('talking about a document is not issuing one', () => {
    expect(events('Nhiều người dân không biết có công văn nào về việc này.', '2016-12-13')).toEqual([]);
  });
});

test('"các nhà đàm phán" are negotiators, not negotiations', () => {
  const out = events('Đặc phái viên Steve Witkoff đã tới Doha hôm 11/1 để gặp các nhà đàm phán của Qatar.', '2025-01-16');
  expect(out.filter((e) => e.type === 'meeting')).toEqual([]);
});

describe('pairs of ministers, passive receptions, next rounds', () => {
  const text = 'Ngoại trưởng Nhật Bản Yoko Kamikawa và Ngoại trưởng Philippines Enrique Manalo gặp nhau tại Manila. Sáng 12/3, hai bộ trưởng đã hội đàm khoảng 2 giờ. Chiều cùng ngày, bà Kamikawa được Tổng thống Ferdinand Marcos tiếp tại dinh tổng thống. Hai nước cũng nhất trí tổ chức vòng đàm phán tiếp theo tại Tokyo vào cuối tháng này.';
  const out = events(text, '2024-03-13');

  test('"hai bộ trưởng đã hội đàm" is the meeting of the two ministers, dated by its clause', () => {
    expect(out).toContainEqual({ type: 'meeting', who: ['Enrique Manalo', 'Yoko Kamikawa'], date: '2024-03-12TMO', status: 'occurred' });
  });

  test('"X được Y tiếp" is a meeting of X and Y', () => {
    expect(out).toContainEqual({ type: 'meeting', who: ['Ferdinand Marcos', 'Yoko Kamikawa'], date: '2024-03-12TAF', status: 'occurred' });
  });

  test('"vòng đàm phán tiếp theo" is planned and stays apart from the talks that happened', () => {
    expect(out).toContainEqual({ type: 'meeting', who: ['Nhật Bản', 'Philippines'], date: '2024-03', status: 'planned' });
  });
});

describe('arrivals and decisions announced', () => {
  test('"Ông X đến Seoul tối 12/3, bắt đầu chuyến thăm" is a visit dated by the arrival', () => {
    const out = events('Ông Kishida đến Seoul tối 12/3, bắt đầu chuyến thăm chính thức kéo dài hai ngày.', '2024-03-14');
    expect(out).toEqual([{ type: 'visit', who: ['Kishida'], date: '2024-03-12TEV', status: 'occurred' }]);
  });

  test('a place reached by something other than a person is no visit', () => {
    expect(events('Lệnh trừng phạt sẽ tác động đến Việt Nam và Lào.', '2024-03-14')).toEqual([]);
  });

  test('a body announcing a decision; a body reporting a figure is no announcement', () => {
    const out = events('UBND TP Hội An thông báo tạm dừng đón khách tham quan khu phố cổ. Bộ Y tế thông báo số ca mắc tăng.', '2024-10-29');
    expect(out.map((e) => [e.type, e.who])).toEqual([['announcement', ['UBND TP Hội An']]]);
  });
});

test('an undated agreement between the parties of one dated meeting was reached there', () => {
  const out = events('Chiều 13/3, Thủ tướng Nhật Bản Fumio Kishida và Tổng thống Hàn Quốc Yoon Suk Yeol đã hội đàm tại Seoul. Trong tuyên bố chung được công bố sau đó, hai nhà lãnh đạo nhất trí khôi phục cơ chế đối thoại.', '2024-03-14');
  expect(out).toContainEqual({ type: 'agreement', who: ['Fumio Kishida', 'Yoon Suk Yeol'], date: '2024-03-13TAF', status: 'occurred' });
});

test('a call has no place of its own, and a topic\'s place is not the meeting\'s', () => {
  const phone = analyze('Tối 24/11, Tổng thống Donald Trump đã điện đàm với Chủ tịch Tập Cận Bình về xung đột tại Ukraine.', { referenceDate: '2025-11-25' }).events;
  expect(phone.map((e) => e.location)).toEqual([null]);
  const talks = analyze('Sáng 12/3, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Fumio Kishida tại Tokyo về tình hình ở Biển Đông.', { referenceDate: '2024-03-13' }).events;
  expect(talks.map((e) => e.location?.name)).toEqual(['Tokyo']);
});

test('a text of many articles keeps each article\'s events apart', () => {
  const article = readFileSync(join(__dirname, '..', 'fixtures', '002_a52488379b8110d1.txt'), 'utf8').replace(/^ ?date \S+ /u, '');
  const one = analyze(article, { referenceDate: '2025-11-25' }).events.length;
  const filler = Array.from({ length: 100 }, (_, i) => `Đoạn văn thứ ${i + 1} không nói gì về các nhà lãnh đạo.`).join('\n');
  const three = analyze([article, filler, article, filler, article].join('\n'), { referenceDate: '2025-11-25' }).events.length;
  expect(one).toBeGreaterThan(0);
  expect(three).toBe(3 * one);
});
