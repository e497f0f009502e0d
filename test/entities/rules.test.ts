import { extractEntities } from '../../src/index';

/** [sentence, name, type] — each name must come out as an entity of that type. Sentences written for these tests. */
const FOUND: [string, string, string][] = [
  // titles and honorifics make a person, and are not part of the name
  ['Hôm qua, Tổng thống Mỹ Brandon Kellerman đến thăm một nhà máy.', 'Brandon Kellerman', 'PERSON'],
  ['Cuộc họp có sự tham dự của bà Olivia Hartwell, giám đốc quỹ.', 'Olivia Hartwell', 'PERSON'],
  ['Người phát ngôn Marcus Feld nói rằng kế hoạch đã thay đổi.', 'Marcus Feld', 'PERSON'],
  ['Thư ký báo chí Lena Bracht không bình luận.', 'Lena Bracht', 'PERSON'],
  ['Bộ trưởng Thương mại Nora Quill đã có mặt tại buổi lễ.', 'Nora Quill', 'PERSON'],
  ['Chủ tịch Trung Quốc Lưu Minh Triết phát biểu sáng nay.', 'Lưu Minh Triết', 'PERSON'],
  ['Ông Phạm Văn Khải cho biết dự án sẽ hoàn thành.', 'Phạm Văn Khải', 'PERSON'],
  // location cues
  ['Đoàn công tác đã dừng chân tại Vorlanda trong hai ngày.', 'Vorlanda', 'LOCATION'],
  ['Nhiều người dân ở bang Texarra đã sơ tán.', 'Texarra', 'LOCATION'],
  ['Lũ lớn đổ về thành phố Quy Lâm trong đêm.', 'Quy Lâm', 'LOCATION'],
  // organisation heads, with their lower-case compounds and a place inside
  ['Bộ Tư pháp Hoa Kỳ đã mở cuộc điều tra.', 'Bộ Tư pháp Hoa Kỳ', 'ORGANIZATION'],
  ['Cục Hàng không Liên bang Hoa Kỳ ra thông báo mới.', 'Cục Hàng không Liên bang Hoa Kỳ', 'ORGANIZATION'],
  ['Đại học Bristol ở Glenmoor công bố nghiên cứu.', 'Đại học Bristol ở Glenmoor', 'ORGANIZATION'],
  ['Hạ viện Mỹ thông qua dự luật hôm thứ Ba.', 'Hạ viện Mỹ', 'ORGANIZATION'],
  ['Phát ngôn viên Nhà Trắng khẳng định điều này.', 'Nhà Trắng', 'ORGANIZATION'],
  ['Tập đoàn Sao Mai báo lãi lớn trong quý.', 'Tập đoàn Sao Mai', 'ORGANIZATION'],
  // media cues
  ['Theo Brightwire, cuộc đàm phán kéo dài 3 giờ.', 'Brightwire', 'ORGANIZATION'],
  ['Đám đông tụ tập trước tòa nhà (Ảnh: Nordpix).', 'Nordpix', 'ORGANIZATION'],
  ['Một nhà phân tích nói với tờ Globe Ledger rằng giá sẽ tăng.', 'Globe Ledger', 'ORGANIZATION'],
  // shapes
  ['Các nhà khoa học của NASA đã xác nhận kết quả.', 'NASA', 'ORGANIZATION'],
  ['Hội nghị COP27 sẽ diễn ra vào cuối năm.', 'COP27', 'MISC'],
  ['Hãng sẽ cho máy bay Boeing 777 Max bay trở lại.', 'Boeing 777 Max', 'MISC'],
  ['Ông đăng bài trên mạng xã hội Threadly sáng nay.', 'Threadly', 'MISC'],
  ['Hãng đặt mua thêm 20 chiếc Airbus A321 trong năm nay.', 'Airbus A321', 'MISC'],
  ['Chính sách "Một Trung Quốc" được nhắc lại.', 'Một Trung Quốc', 'MISC'],
  ['Ông Lê Đức Thành phát biểu tại buổi lễ.', 'Lê Đức Thành', 'PERSON'],
  ['Phó chủ tịch UBND tỉnh Quảng Ngãi đã thị sát vùng lũ.', 'UBND tỉnh Quảng Ngãi', 'ORGANIZATION'],
  ['Bí thư thành ủy Đà Nẵng dự buổi lễ.', 'thành ủy Đà Nẵng', 'ORGANIZATION'],
  ['Phóng viên BBC News có mặt tại hiện trường.', 'BBC News', 'ORGANIZATION'],
  ['Giáo sư Đại học Texas ở Austin nhận định như vậy.', 'Đại học Texas ở Austin', 'ORGANIZATION'],
  ['Chiến tranh Triều Tiên ở bán đảo kết thúc năm 1953.', 'Chiến tranh Triều Tiên', 'MISC'],
  ['Người dùng LinkedIn tăng mạnh.', 'LinkedIn', 'MISC'],
  ['Cuộc xung đột này được so sánh với Chiến tranh Lạnh.', 'Chiến tranh Lạnh', 'MISC'],
  ['Đại diện đảng Cộng hòa phản đối dự luật.', 'đảng Cộng hòa', 'ORGANIZATION'],
  ['Quan hệ với phương Tây ngày càng xấu đi.', 'phương Tây', 'LOCATION'],
  // more head words: forces, programmes, stations, laws, pledges, codes, bases and roads
  ['Lực lượng Tuần duyên Marovia đã cứu ba ngư dân.', 'Lực lượng Tuần duyên Marovia', 'ORGANIZATION'],
  ['Theo Chương trình Lương thực Quốc tế Veltra, nạn đói lan rộng.', 'Chương trình Lương thực Quốc tế Veltra', 'ORGANIZATION'],
  ['Đài Khí tượng Thủy văn tỉnh Quảng Ngãi cảnh báo lũ.', 'Đài Khí tượng Thủy văn tỉnh Quảng Ngãi', 'ORGANIZATION'],
  ['Nhiều hãng được hưởng ưu đãi theo Đạo luật Năng lượng Sạch.', 'Đạo luật Năng lượng Sạch', 'MISC'],
  ['Hơn 80 nước đã ký Cam kết Rừng Xanh trong năm nay.', 'Cam kết Rừng Xanh', 'MISC'],
  ['Vệ tinh được phóng từ Căn cứ Không quân Redmoor hôm qua.', 'Căn cứ Không quân Redmoor', 'LOCATION'],
  ['Xe tải bị lật trên Quốc lộ 19C sáng nay.', 'Quốc lộ 19C', 'LOCATION'],
  ['Mưa lớn làm sạt lở nhiều đoạn của ĐT615 và QL24.', 'ĐT615', 'LOCATION'],
  ['Mưa lớn làm sạt lở nhiều đoạn của ĐT615 và QL24.', 'QL24', 'LOCATION'],
  // an abbreviation in brackets closes a treaty's or law's name, lower-case words and all
  ['Hai nước bàn về Hiệp định Hợp tác Qua lại (RCA) tuần này.', 'Hiệp định Hợp tác Qua lại', 'MISC'],
  ['Các bên cam kết tuân thủ Bộ quy tắc ứng xử ở Biển Đông (COC).', 'Bộ quy tắc ứng xử ở Biển Đông', 'MISC'],
  // lower-case administrative and field words inside a body's name
  ['Theo Sở Nông nghiệp và Phát triển nông thôn Bình Định, lúa bị ngập.', 'Sở Nông nghiệp và Phát triển nông thôn Bình Định', 'ORGANIZATION'],
  ['Trung tâm Dự báo Khí tượng Thủy văn quốc gia ra tin bão.', 'Trung tâm Dự báo Khí tượng Thủy văn quốc gia', 'ORGANIZATION'],
  ['Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh đã họp khẩn.', 'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh', 'ORGANIZATION'],
  ['Tờ trình đã được gửi lên UBND tỉnh để phê duyệt.', 'UBND tỉnh', 'ORGANIZATION'],
  // products: a foreign word and a short number after a product cue or with a product's shape
  ['Tên lửa Altair 5 rời bệ phóng lúc rạng sáng.', 'Altair 5', 'MISC'],
  ['Doanh số của iPad 12 tăng mạnh.', 'iPad 12', 'MISC'],
  // the context a cue or role gives reaches past a qualifier, and over a list of streets
  ['Tin được đưa theo hãng thông tấn nhà nước Kovaro.', 'Kovaro', 'ORGANIZATION'],
  ['Kỹ sư trưởng dự án Mara Lindqvist cho biết vệ tinh hoạt động tốt.', 'Mara Lindqvist', 'PERSON'],
  ['Nước ngập các tuyến đường Trần Phú, Phan Bội Châu và Lê Thánh Tông.', 'Phan Bội Châu', 'LOCATION'],
  ['Nước ngập các tuyến đường Trần Phú, Phan Bội Châu và Lê Thánh Tông.', 'Lê Thánh Tông', 'LOCATION'],
  // a member company of a known group
  ['Linh kiện được cung cấp cho Samsung Display từ năm ngoái.', 'Samsung Display', 'ORGANIZATION'],
];

describe('names are found and typed from context', () => {
  test.each(FOUND)('%s → %s (%s)', (text, name, type) => {
    const e = extractEntities(text).find((x) => x.aliases.includes(name));
    expect(e).toBeDefined();
    expect(e!.type).toBe(type);
  });
});

describe('mentions, aliases and titles', () => {
  test('a title goes to titles, never into the mention', () => {
    const text = 'Tổng thống Mỹ Brandon Kellerman phát biểu. Ông Kellerman nói thêm rằng Tổng thống Kellerman sẽ đi tiếp.';
    const e = extractEntities(text).find((x) => x.name === 'Brandon Kellerman')!;
    expect(e.aliases).toEqual(['Brandon Kellerman', 'Kellerman']);
    expect(e.titles).toContain('Tổng thống Mỹ');
    expect(e.mentions).toHaveLength(3);
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('a Chinese family name comes first: "Lưu" is "Lưu Minh Triết"', () => {
    const e = extractEntities('Ông Lưu Minh Triết đến Hà Nội. Ông Lưu nói chuyến đi thành công.');
    const p = e.find((x) => x.name === 'Lưu Minh Triết')!;
    expect(p.aliases).toEqual(['Lưu Minh Triết', 'Lưu']);
  });

  test('a Western surname comes last, even at a sentence start', () => {
    const e = extractEntities('Bà Olivia Hartwell đã đến. Hartwell cho biết bà hài lòng.');
    expect(e.find((x) => x.name === 'Olivia Hartwell')!.mentions).toHaveLength(2);
  });

  test('"Hoa Kỳ" and "Mỹ" are one entity, through the gazetteer, with its QID', () => {
    const e = extractEntities('Quan chức Hoa Kỳ nói với báo chí rằng Mỹ sẽ hành động.');
    const us = e.filter((x) => x.type === 'LOCATION');
    expect(us).toHaveLength(1);
    expect(us[0].name).toBe('Hoa Kỳ');
    expect(us[0].aliases).toEqual(['Hoa Kỳ', 'Mỹ']);
    expect(us[0].wikidata).toBe('Q30');
  });

  test('a one-letter typo joins the full name', () => {
    const e = extractEntities('Ông Brandon Kellerman nói. Sau đó Brandon Kellerma viết thêm.');
    expect(e.filter((x) => x.type === 'PERSON')).toHaveLength(1);
  });

  test('"Mỹ-Trung Quốc" is two places', () => {
    const e = extractEntities('Quan hệ Mỹ-Trung Quốc đang căng thẳng.');
    expect(e.map((x) => x.type)).toEqual(['LOCATION', 'LOCATION']);
  });

  test('ids follow the first mention', () => {
    const e = extractEntities('Bà Olivia Hartwell gặp ông Marcus Feld tại Vorlanda.');
    expect(e.map((x) => [x.id, x.name])).toEqual([['e1', 'Olivia Hartwell'], ['e2', 'Marcus Feld'], ['e3', 'Vorlanda']]);
  });

  test('offsets point into NFD and CRLF input', () => {
    const text = 'Ông Phạm Văn Khải đến\r\nthăm Hoa Kỳ.'.normalize('NFD');
    for (const e of extractEntities(text)) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(extractEntities(text).length).toBe(2);
  });
});
