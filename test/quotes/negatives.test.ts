import { brief } from './helpers';

describe('quotes that are not speech, and marks that are not quotes', () => {
  const terms: string[] = [
    'Hai nước vẫn giữ chính sách “Một Lãnh thổ” trong nhiều năm.',
    'Sau những năm của "kỷ nguyên dầu mỏ", thành phố đổi khác.',
    'Công ty đã giúp "kết nối" hai nhà đầu tư với nhau.',
  ];
  test.each(terms)('term, no speaker: %s', (text) => {
    const [q] = brief(text);
    expect(q[1]).toBe('term');
    expect(q[2]).toBeNull();
  });

  const none: string[] = [
    "Ông O'Brien đến Hà Nội hôm qua.",
    'Tờ People’s Daily đăng bài về lũ lụt.',
    'Màn hình 15" và cáp 3\' được bán riêng.',
    'Không có dấu ngoặc kép nào ở đây.',
    '',
  ];
  test.each(none)('no quote: %s', (text) => expect(brief(text)).toEqual([]));

  test('anonymous speakers are null', () => {
    expect(brief('Các chuyên gia nhận định rằng “lãi suất sẽ còn giảm trong năm tới”.')[0][2]).toBeNull();
    expect(brief('Truyền thông địa phương bình luận rằng đây là “một bước ngoặt”.')[0][2]).toBeNull();
  });

  test('a conjoined subject names no single speaker', () => {
    expect(brief('Lào và Campuchia đã tuyên bố thiết lập quan hệ “đặc biệt bền chặt”.')[0][2]).toBeNull();
  });

  test('a conversation is no cue', () => {
    expect(brief('Sau cuộc nói chuyện “cởi mở” hôm qua, hai bên chia tay.')[0][1]).toBe('term');
  });
});
