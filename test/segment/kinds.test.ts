import { analyze, splitParagraphs } from '../../src/index';

const kinds = (text: string) => splitParagraphs(text).map((p) => [p.kind, p.content]);

describe('paragraph kinds', () => {
  test.each([
    ['date 2025-11-25', 'metadata'],
    ['Thứ ba, 13/12/2016 | 14:53 GMT+7', 'metadata'],
    ['12 tháng 12 2016', 'metadata'],
    ['Video đang HOT', 'boilerplate'],
    ['Image copyright AP', 'boilerplate'],
    ['Bộ trưởng Ngoại giao hai nước bắt tay tại Hà Nội hôm 3/5. Ảnh: Reuters', 'caption'],
    ['Bộ trưởng Ngoại giao hai nước bắt tay tại Hà Nội. Ảnh: AFP/TTXVN', 'caption'],
    ['Người dân xếp hàng mua xăng ở Huế (Ảnh cắt từ video)', 'caption'],
    ['Thủ tướng Nhật Bản (trái) và Tổng thống Pháp tại hội nghị.', 'caption'],
    ['Image caption Người biểu tình tụ tập trước quốc hội', 'caption'],
    ['Một cảng container ở Hải Phòng, Việt Nam.', 'caption'],
    ['Quan hệ thương mại giữa hai nước', 'heading'],
    ['Giá dầu tăng mạnh sau quyết định của OPEC, các nhà phân tích cho biết.', 'body'],
    ['Phân tích của Minh Anh, phóng viên tại Bắc Kinh', 'metadata'],
  ])('%s → %s', (text, kind) => {
    expect(splitParagraphs(`${text}\nĐây là một đoạn văn bình thường của bài báo, đủ dài để không bị coi là tiêu đề.`)[0].kind).toBe(kind);
  });

  test('a date header glued to the first line becomes its own paragraph', () => {
    expect(kinds(' date 2025-11-25 Ngày 24/11, hai bên đã điện đàm.')).toEqual([
      ['metadata', 'date 2025-11-25'],
      ['body', 'Ngày 24/11, hai bên đã điện đàm.'],
    ]);
  });

  test('publishedAt comes from the header or a dateline', () => {
    expect(analyze('date 2025-11-25\nHai bên đã điện đàm.').metadata.publishedAt).toBe('2025-11-25');
    expect(analyze('Thứ ba, 13/12/2016 | 14:53 GMT+7\nHai bên đã điện đàm.').metadata.publishedAt).toBe('2016-12-13');
    expect(analyze('Hai bên đã điện đàm hôm 13/12/2016.').metadata.publishedAt).toBeNull();
  });

  test('a run of related-article titles is boilerplate', () => {
    const run = 'Tân đại sứ của Trung Quốc tại Mỹ Nghị quyết lịch sử có thể đốt nóng ganh đua Lỗ hổng trong chiến lược ứng phó Tranh cãi về Chiến tranh Lạnh mới';
    expect(kinds(`Một đoạn văn mở đầu.\n${run}`)[1][0]).toBe('boilerplate');
  });
});

describe('bylines', () => {
  test.each(['Vũ Hoàng', 'Thanh Hà (Theo Reuters, AFP)', 'Minh Anh (tổng hợp)', 'Nguyễn Văn An - Theo AP', 'TTXVN', '(NLĐO)'])('%s closing an article is metadata', (byline) => {
    const paras = splitParagraphs(`Hai nhà lãnh đạo đã gặp nhau tại Hà Nội và thảo luận về thương mại.\n${byline}`);
    expect(paras[1].kind).toBe('metadata');
  });
});

describe('related-article links among the first paragraphs', () => {
  const lead = 'Ngày 13/12, mưa lớn kéo dài khiến nhiều địa phương ở miền Trung bị ngập sâu, giao thông bị chia cắt.';
  test('a headline right after the lead is boilerplate; a section title later is a heading', () => {
    const text = [
      'Miền Trung hứng đợt lũ mới', lead, 'Trường học và bệnh viện ở Nha Trang ngập trong lũ',
      'Chính quyền địa phương đã sơ tán hàng nghìn hộ dân đến nơi an toàn.', 'Người dân cho biết nước lên rất nhanh trong đêm.',
      'Nhiều tuyến đường bị sạt lở nghiêm trọng.', 'Thiệt hại về nông nghiệp', 'Hàng nghìn ha lúa bị ngập úng, nhiều gia súc bị cuốn trôi.',
    ].join('\n');
    expect(splitParagraphs(text).map((p) => p.kind)).toEqual(['heading', 'body', 'boilerplate', 'body', 'body', 'body', 'heading', 'body']);
  });
});

describe('press releases and shared bylines', () => {
  test('letterhead, dateline with a place, numbered section titles, two writers', () => {
    const text = [
      'BỘ KẾ HOẠCH VÀ ĐẦU TƯ', 'Hà Nội, ngày 06 tháng 10 năm 2024', 'THÔNG CÁO BÁO CHÍ',
      'Sáng nay, Tổng cục Thống kê tổ chức họp báo công bố số liệu kinh tế quý III.',
      'I. TĂNG TRƯỞNG KINH TẾ VÀ SẢN XUẤT CÔNG NGHIỆP',
      'Tăng trưởng kinh tế quý III ước đạt 7,4%, cao hơn cùng kỳ năm trước.', 'Trần Hoài - Minh Đức',
    ].join('\n');
    expect(splitParagraphs(text).map((p) => p.kind)).toEqual(['metadata', 'metadata', 'heading', 'body', 'heading', 'body', 'metadata']);
  });
});

describe('web page furniture and interviews', () => {
  test('menus, breadcrumbs, notices and a credited writer before the furniture', () => {
    const text = [
      'Trang chủ | Thời sự | Thế giới | Kinh doanh', 'Thế giới › Kinh tế thế giới',
      'Hai bên đã điện đàm về thương mại và thuế quan trong hơn một giờ.', 'Thanh Tâm (theo Reuters)',
      'Chia sẻ | Bình luận (12)', 'Xem nhiều nhất', '© Bản quyền thuộc về báo điện tử.',
    ].join('\n');
    expect(splitParagraphs(text).map((p) => p.kind)).toEqual(['boilerplate', 'boilerplate', 'body', 'metadata', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  test('turns of a PDF interview start new paragraphs', () => {
    const text = [
      '- Phóng viên: Thưa ông, vì sao năm nay nước mặn lại vào sâu hơn hẳn so với những năm ',
      'trước, kể cả ở các tỉnh vốn ít bị ảnh hưởng?',
      '- PGS Hùng: Các chuyên gia cho rằng tình trạng xâm nhập mặn năm nay sẽ diễn ra sớm hơn ',
      'so với mọi năm và kéo dài hơn, nhất là ở các tỉnh ven biển phía nam, nơi lượng nước ',
      'từ thượng nguồn đổ về rất thấp.',
      '- Phóng viên: Người dân cần chuẩn bị gì trong những tháng cao điểm sắp tới, thưa ông?',
    ].join('\n\n');
    expect(splitParagraphs(text).map((p) => p.content.slice(0, 14))).toEqual(['- Phóng viên: ', '- PGS Hùng: Cá', '- Phóng viên: ']);
  });
});
