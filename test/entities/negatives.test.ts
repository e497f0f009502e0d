import { extractEntities } from '../../src/index';

/** Sentences with capitals that name nothing, and the strings that must not come out as names. */
const NOT: [string, string][] = [
  ['Sau cuộc họp, hai bên ra về.', 'Sau'],
  ['Theo kế hoạch, dự án hoàn thành vào tháng tới.', 'Theo'],
  ['Trong khi đó, giá vàng tăng.', 'Trong'],
  ['Các quan chức cho biết họ sẽ xem xét.', 'Các'],
  ['Hai bên nhất trí tiếp tục đối thoại.', 'Hai'],
  ['Những con tàu rời cảng lúc sáng.', 'Những'],
  ['Thương mại giữa hai nước tăng mạnh.', 'Thương'],
  ['Cuộc họp diễn ra vào Thứ Tư.', 'Thứ Tư'],
  ['Công nghệ AI đang thay đổi ngành báo chí.', 'AI'],
  ['Tổng thống nói rằng nhiệm kỳ Tổng thống sắp kết thúc.', 'Tổng'],
  ['Hội nghị thượng đỉnh ảo kéo dài bốn giờ.', 'Hội nghị'],
  ['Nhà nước sẽ hỗ trợ người dân.', 'Nhà nước'],
  // a one-syllable country at a sentence start that forms a common word with the next word
  ['Ý kiến của cử tri được ghi nhận.', 'Ý'],
  ['Ông nói: "Ý tôi là chúng ta cần chờ."', 'Ý'],
  ['Anh ấy đến muộn vì tắc đường.', 'Anh'],
  ['Pháp luật phải được tôn trọng.', 'Pháp'],
  // a country's one-syllable name inside a Vietnamese person's name
  ['Ông Lê Đức Thành phát biểu tại buổi lễ.', 'Đức'],
  ['Thư ký báo chí Quan Văn Bình nói như vậy.', 'Quan Văn'],
  // document numbers and economic measures
  ['Ông ký Quyết định số 77/QĐ-UBND về việc này.', 'QĐ-UBND'],
  ['Tăng trưởng GRDP của tỉnh đạt 7%, lượng CO2 giảm.', 'GRDP'],
  ['Tăng trưởng GRDP của tỉnh đạt 7%, lượng CO2 giảm.', 'CO2'],
  // "Căn cứ" citing a document, and a country's forces
  ['Căn cứ Nghị định 15, bộ đã ra thông báo.', 'Căn cứ Nghị định'],
  ['Lực lượng Nga đã rút khỏi thị trấn.', 'Lực lượng Nga'],
  // a place head yields to a longer place name
  ['Đài Loan phản đối cuộc tập trận.', 'Đài'],
  // a product number is never a year
  ['Tên lửa Altair ra mắt năm 2024.', 'Altair 2024'],
  ['Nhà máy sản xuất 500 triệu kWh mỗi năm.', 'kWh'],
];

describe('not names', () => {
  test.each(NOT)('%s has no "%s"', (text, word) => {
    const names = extractEntities(text).flatMap((e) => e.aliases);
    expect(names).not.toContain(word);
  });

  test('generic words before a name stay out of it', () => {
    const names = extractEntities('Ông xuất hiện trên đài Fox Channel và tờ Morning Ledger, tại thành phố Brisdale.').flatMap((e) => e.aliases);
    expect(names).toEqual(expect.arrayContaining(['Fox Channel', 'Morning Ledger', 'Brisdale']));
    expect(names.join(' ')).not.toMatch(/đài|tờ|thành phố/u);
  });

  test('honorifics and titles are never inside a mention', () => {
    for (const e of extractEntities('Bà Olivia Hartwell và Thủ tướng Marcus Feld gặp nhau.'))
      for (const m of e.mentions) expect(m.text).not.toMatch(/^(Bà|Thủ tướng)/u);
  });

  test('empty and whitespace-only input give no entities', () => {
    expect(extractEntities('')).toEqual([]);
    expect(extractEntities('  \n ')).toEqual([]);
  });
});
