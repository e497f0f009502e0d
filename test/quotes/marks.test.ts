import { pairMarks } from '../../src/quotes/marks';
import { brief, quotes } from './helpers';

const contents = (s: string) => pairMarks(s, 0, s.length, 0).map((m) => s.slice(m.start, m.end));

describe('pairMarks: which marks make a quote', () => {
  const table: [string, string[]][] = [
    ['Anh ấy nói “xin chào” rồi đi.', ['xin chào']],
    ['Họ gọi là "bạn cũ" và "đối tác".', ['bạn cũ', 'đối tác']],
    ['Tiêu đề ‘Hợp tác’ và «Hòa bình».', ['Hợp tác', 'Hòa bình']],
    ["Bài báo 'ngắn gọn' của ông O'Neill.", ['ngắn gọn']],
    ['Tờ People’s Weekly viết “rất tốt”.', ['rất tốt']],
    ['Mở “cong, đóng thẳng" được.', ['cong, đóng thẳng']],
    ['Cô ấy hỏi: "Vì sao lại gọi là \'mùa vàng\' nhỉ?"', ['Vì sao lại gọi là \'mùa vàng\' nhỉ?', 'mùa vàng']],
  ];
  test.each(table)('%s', (s, expected) => expect(contents(s).sort()).toEqual(expected.sort()));

  test('an unclosed mark ends at the paragraph end, never in the next paragraph', () => {
    const text = 'Ông Nam nói: “Trời sẽ mưa to\n\nĐoạn sau không được trích dẫn.';
    const q = quotes(text);
    expect(q).toHaveLength(1);
    expect(q[0].text).toBe('Trời sẽ mưa to');
  });

  test('a quote continued over paragraphs is one quote per paragraph, same speaker', () => {
    const text = 'Bà Lan cho biết: “Chúng tôi đã chuẩn bị kỹ.\n\n“Mọi người sẽ an toàn trong mùa bão năm nay.”';
    expect(brief(text)).toEqual([
      ['Chúng tôi đã chuẩn bị kỹ', 'statement', 'Lan'],
      ['Mọi người sẽ an toàn trong mùa bão năm nay', 'statement', 'Lan'],
    ]);
  });

  test('a quote over wrapped lines keeps raw offsets', () => {
    const text = '“Chúng tôi sẽ tiếp tục\nđàm phán trong tuần tới,” ông Hùng nói.';
    const [q] = quotes(text);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.text.startsWith('Chúng tôi sẽ tiếp tục')).toBe(true);
  });

  test('trailing comma, full stop and ellipsis are dropped; ? and ! stay', () => {
    expect(brief('“Tất cả đã sẵn sàng chưa?” ông Minh hỏi.')[0][0]).toBe('Tất cả đã sẵn sàng chưa?');
    expect(brief('“Chúng ta sẽ thắng!” ông Minh nói.')[0][0]).toBe('Chúng ta sẽ thắng!');
    expect(brief('“Chúng ta sẽ còn gặp lại...” ông Minh nói.')[0][0]).toBe('Chúng ta sẽ còn gặp lại');
  });
});
