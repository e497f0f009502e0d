import { findTriggers } from '../../src/events/02-triggers';
import { contextFor } from './helpers';

const first = (text: string) => {
  const ctx = contextFor(text);
  return ctx.sentences.flatMap((s) => findTriggers(s)).map((h) => ({ type: h.type, mode: h.mode, text: ctx.doc.text.slice(h.start, h.end) }));
};

describe('trigger words, by type and mode', () => {
  test.each([
    ['Hai bộ trưởng gặp nhau ở Hà Nội.', 'meeting', 'in_person', 'gặp nhau'],
    ['Hai bên đã hội đàm trong ba giờ.', 'meeting', 'in_person', 'hội đàm'],
    ['Hai ông đã điện đàm tối qua.', 'meeting', 'phone', 'điện đàm'],
    ['Cuộc gọi kéo dài một giờ.', 'meeting', 'phone', 'Cuộc gọi'],
    ['Hai bên có cuộc gặp trực tuyến sáng nay.', 'meeting', 'video', 'cuộc gặp'],
    ['Hội nghị thượng đỉnh ảo diễn ra suôn sẻ.', 'meeting', 'video', 'Hội nghị thượng đỉnh'],
    ['Họ tiếp tục đàm phán về thuế.', 'meeting', 'unknown', 'đàm phán'],
    ['Ông sẽ có chuyến thăm Nhật Bản.', 'visit', undefined, 'chuyến thăm'],
    ['Bà đi công tác ở Pháp.', 'visit', undefined, 'đi công tác'],
    ['Hai nước nhất trí tăng cường hợp tác.', 'agreement', undefined, 'nhất trí'],
    ['Hai công ty đã ký kết hợp đồng.', 'agreement', undefined, 'ký kết'],
    ['Hai bên đạt được thỏa thuận về giá.', 'agreement', undefined, 'đạt được thỏa thuận'],
    ['Bộ Y tế thông báo sẽ mở thêm bệnh viện.', 'announcement', undefined, 'thông báo'],
  ])('%s', (text, type, mode, word) => {
    expect(first(text)[0]).toEqual({ type, mode, text: word });
  });

  test('"điện đàm trực tiếp" is still a call', () => {
    expect(first('Ông là người đầu tiên điện đàm trực tiếp với bà.')[0].mode).toBe('phone');
  });
});
