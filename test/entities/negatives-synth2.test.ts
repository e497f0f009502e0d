import { extractEntities } from '../../src/index';

const names = (text: string) => extractEntities(text).map((e) => e.name);

describe('not names', () => {
  test.each([
    ['Tâm bão ở khoảng 17,2 độ Vĩ Bắc; 110,5 độ Kinh Đông.', ['Vĩ Bắc', 'Kinh Đông']],
    ['Thủ tướng phê duyệt Đề án phát triển nhà ở. Theo Đề án, đến năm 2030 xong.', ['Đề', 'Đề án']],
  ])('%s', (text, never) => {
    const got = names(text);
    for (const n of never) expect(got).not.toContain(n);
  });
});
