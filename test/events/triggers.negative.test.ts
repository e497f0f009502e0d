import { findTriggers } from '../../src/events/02-triggers';
import { contextFor } from './helpers';

const words = (text: string) => {
  const ctx = contextFor(text);
  return ctx.sentences.flatMap((s) => findTriggers(s)).map((h) => ctx.doc.text.slice(h.start, h.end));
};

describe('words that look like triggers but are not events', () => {
  test.each([
    ['Doanh nghiệp gặp khó khăn vì lãi suất.'],
    ['Viện đã thăm dò ý kiến cử tri.'],
    ['Thư ký báo chí trả lời phóng viên.'],
    ['Vẫn còn bất đồng ý kiến giữa hai bên.'],
    ['Hai ông chưa gặp mặt trực tiếp trong năm nay.'],
    ['Họ tập hợp chuyên gia để thảo luận về rủi ro.'],
    ['Ông phát biểu tại hội nghị thượng đỉnh về khí hậu.'],
    ['Không rõ liệu ông có được điện đàm với bà hay không.'],
    ['Thủ tướng nói: "Chúng tôi sẽ gặp lại nhau ở Paris vào tháng tới".'],
  ])('%s', (text) => {
    expect(words(text)).toEqual([]);
  });
});
