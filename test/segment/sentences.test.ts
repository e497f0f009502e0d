import { splitSentences } from '../../src/segment/sentences';

const split = (text: string) => splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end));

describe('sentence splitting', () => {
  test.each([
    ['Ông Biden nói. Ông Tập đồng ý.', ['Ông Biden nói.', 'Ông Tập đồng ý.']],
    ['Họ gặp nhau ở TP.HCM hôm qua. Sau đó về Hà Nội.', ['Họ gặp nhau ở TP.HCM hôm qua.', 'Sau đó về Hà Nội.']],
    ['TS. Nguyễn Văn A cho biết vậy.', ['TS. Nguyễn Văn A cho biết vậy.']],
    ['Bộ trưởng Gina M. Raimondo đã tới.', ['Bộ trưởng Gina M. Raimondo đã tới.']],
    ['Có 1.000 người, chiếm 3,5%. Con số tăng.', ['Có 1.000 người, chiếm 3,5%.', 'Con số tăng.']],
    ['Họ gặp nhau hôm 15/11. Cuộc gặp kéo dài 4 giờ.', ['Họ gặp nhau hôm 15/11.', 'Cuộc gặp kéo dài 4 giờ.']],
    ['“Tôi đồng ý.” Ông nói thêm.', ['“Tôi đồng ý.”', 'Ông nói thêm.']],
    ['“Tôi đồng ý,” ông nói. “Chúng tôi sẽ làm.”', ['“Tôi đồng ý,” ông nói.', '“Chúng tôi sẽ làm.”']],
    ['Ông nói rằng... có lẽ vậy. Hết.', ['Ông nói rằng... có lẽ vậy.', 'Hết.']],
    ['Thật sao? Đúng vậy!', ['Thật sao?', 'Đúng vậy!']],
    ['Mr. Smith came. He left.', ['Mr. Smith came.', 'He left.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
