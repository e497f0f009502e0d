import { extractEntities } from '../../src/index';

/** [sentence, name, type]: hospitals, festivals, tech companies, heritage sites, oil benchmarks. Sentences written for these tests. */
const FOUND: [string, string, string][] = [
  ['Ông Trần Văn Bình đến Bệnh viện Đa khoa Cẩm Lâm sáng nay.', 'Bệnh viện Đa khoa Cẩm Lâm', 'ORGANIZATION'],
  ['Du khách đổ về Lễ hội Đèn lồng Hội An trong tuần này.', 'Lễ hội Đèn lồng Hội An', 'MISC'],
  ['Chủ tịch HĐQT Minh Long Tech nói doanh thu tăng.', 'Minh Long Tech', 'ORGANIZATION'],
  ['Hãng Sơn Ca Digital vừa ra mắt sản phẩm mới.', 'Sơn Ca Digital', 'ORGANIZATION'],
  ['Giá dầu Brent và WTI cùng giảm trong phiên sáng.', 'Brent', 'MISC'],
  ['Giá dầu Brent và WTI cùng giảm trong phiên sáng.', 'WTI', 'MISC'],
  ['Cổ phiếu được niêm yết trên HoSE từ tháng trước.', 'HoSE', 'ORGANIZATION'],
  ['Đoàn khách tham quan Ngọ Môn vào buổi tối.', 'Ngọ Môn', 'LOCATION'],
  ['Buổi lễ diễn ra tại Phủ Chủ tịch chiều qua.', 'Phủ Chủ tịch', 'LOCATION'],
  ['Bảo hiểm xã hội Việt Nam cho biết sẽ chi trả sớm.', 'Bảo hiểm xã hội Việt Nam', 'ORGANIZATION'],
  ['Phó chủ tịch thành phố Huế Lê Minh Khoa nói hôm qua.', 'Huế', 'LOCATION'],
  ['Phó chủ tịch thành phố Huế Lê Minh Khoa nói hôm qua.', 'Lê Minh Khoa', 'PERSON'],
];

/** Capitalised words that name nothing here: a board, a specialist grade, a fuel grade, a comments link. */
const NOT_FOUND: [string, string][] = [
  ['Chủ tịch HĐQT Minh Long Tech nói doanh thu tăng.', 'HĐQT'],
  ['BS.CKII Đỗ Văn Tài khám cho bệnh nhân.', 'CKII'],
  ['Giá xăng RON 95 giảm nhẹ.', 'RON'],
  ['Chia sẻ | Bình luận (3) | Lưu bài', 'Bình'],
  ['Bệnh viện đã bố trí thêm nhân viên.', 'Bệnh'],
  ['Người dân ở Mỹ Đình đi bầu.', 'Mỹ'],
];

describe('synth3 rules', () => {
  test.each(FOUND)('%s → %s', (text, name, type) => {
    const e = extractEntities(text).find((x) => x.name === name);
    expect(e?.type).toBe(type);
  });
  test.each(NOT_FOUND)('%s has no %s', (text, word) => {
    expect(extractEntities(text).some((x) => x.aliases.includes(word))).toBe(false);
  });
});
