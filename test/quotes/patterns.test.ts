import { brief, quotes } from './helpers';

// Hand-written sentences, one per attribution pattern: [text, [quote, kind, speaker][]].
type Row = [string, [string, string, string | null][]];

describe('speaker after the quote', () => {
  const table: Row[] = [
    ['“Chúng tôi sẽ mở cửa lại nhà máy vào tuần sau,” ông Phạm Văn Hùng nói.', [['Chúng tôi sẽ mở cửa lại nhà máy vào tuần sau', 'statement', 'Phạm Văn Hùng']]],
    ['“Thị trường đang hồi phục rất nhanh” – bà Lê Thu Hà viết trên trang cá nhân.', [['Thị trường đang hồi phục rất nhanh', 'statement', 'Lê Thu Hà']]],
    ['"Giá lúa sẽ còn tăng trong quý tới", Miller nói.', [['Giá lúa sẽ còn tăng trong quý tới', 'statement', 'Miller']]],
    ['"Hai bên sẽ sớm gặp lại nhau ở Hà Nội", hãng AFP dẫn lời Anna Kowalski, phát ngôn viên của bộ.', [['Hai bên sẽ sớm gặp lại nhau ở Hà Nội', 'statement', 'Anna Kowalski']]],
    ['"Không ai muốn xung đột kéo dài thêm nữa", Carlos Mendes, giám đốc một viện nghiên cứu ở Lisbon, nhận xét.', [['Không ai muốn xung đột kéo dài thêm nữa', 'statement', 'Carlos Mendes']]],
    ['"Nước rút rất chậm nên dân phải ở lại trường học", người dân địa phương cho hay.', [['Nước rút rất chậm nên dân phải ở lại trường học', 'statement', null]]],
  ];
  test.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('speaker before the quote', () => {
  const table: Row[] = [
    ['Ông Trần Quốc Bảo nói: “Mọi hợp đồng đều đã được ký xong.”', [['Mọi hợp đồng đều đã được ký xong', 'statement', 'Trần Quốc Bảo']]],
    ['Hà Nội cũng cho biết: “Thành phố sẽ mở thêm ba tuyến xe buýt điện.”', [['Thành phố sẽ mở thêm ba tuyến xe buýt điện', 'statement', 'Hà Nội']]],
    ['Một tài khoản của bộ dẫn lời ông Đinh Công Lý nói: “Chúng tôi hoan nghênh mọi góp ý.”', [['Chúng tôi hoan nghênh mọi góp ý', 'statement', 'Đinh Công Lý']]],
    ['Bà Ngô Mai nói với phóng viên rằng “dự án sẽ hoàn thành trước mùa mưa”.', [['dự án sẽ hoàn thành trước mùa mưa', 'partial', 'Ngô Mai']]],
    ['Ông Vũ Đức Anh gọi kế hoạch này là “một bước lùi đáng tiếc”.', [['một bước lùi đáng tiếc', 'partial', 'Vũ Đức Anh']]],
    ['Bộ trưởng Hoàng Nam mô tả cuộc gặp là “rất thẳng thắn”.', [['rất thẳng thắn', 'partial', 'Hoàng Nam']]],
    ['Theo ông Lâm Tùng, đây là một “cơ hội hiếm có”.', [['cơ hội hiếm có', 'partial', 'Lâm Tùng']]],
    ['Ông Kha: \'Chúng ta phải hành động ngay\'', [['Chúng ta phải hành động ngay', 'statement', 'Kha']]],
    ['Ông Đỗ Minh Quân nói: "Năm nay khó khăn", "Sang năm chắc chắn sẽ tốt hơn".', [
      ['Năm nay khó khăn', 'statement', 'Đỗ Minh Quân'],
      ['Sang năm chắc chắn sẽ tốt hơn', 'statement', 'Đỗ Minh Quân'],
    ]],
  ];
  test.each(table)('%s', (text, expected) => expect(brief(text)).toEqual(expected));
});

describe('continuation and resolution', () => {
  test('a quote split by an attribution is two quotes, same speaker', () => {
    expect(brief('“Chúng tôi đã thử mọi cách,” ông Tôn Thất Long nói, “nhưng thời tiết không ủng hộ.”')).toEqual([
      ['Chúng tôi đã thử mọi cách', 'statement', 'Tôn Thất Long'],
      ['nhưng thời tiết không ủng hộ', 'partial', 'Tôn Thất Long'],
    ]);
  });

  test('"ông" alone resolves to the nearest earlier person; a surname to the full name', () => {
    const text = 'Ông Nguyễn Văn Sơn đến thăm nhà máy sáng nay.\n\n“Sản lượng đã tăng gấp đôi,” ông nói.\n\n“Công nhân làm việc rất chăm chỉ,” ông Sơn nhấn mạnh.';
    const q = quotes(text);
    expect(q.map((x) => x.speaker?.name)).toEqual(['Nguyễn Văn Sơn', 'Nguyễn Văn Sơn']);
    expect(q[0].cue?.text).toBe('nói');
    expect(q[1].cue?.text).toBe('nhấn mạnh');
    for (const x of q) expect(text.slice(x.speaker!.mention!.start, x.speaker!.mention!.end)).toBe(x.speaker!.mention!.text);
  });

  test('a quote in a paragraph of its own continues the previous speaker', () => {
    const text = 'Bà Hồ Thị Yến nói: “Mùa vụ này rất thuận lợi cho bà con.”\n\n“Giá phân bón cũng đã giảm đáng kể so với năm ngoái.”';
    expect(brief(text).map((r) => r[2])).toEqual(['Hồ Thị Yến', 'Hồ Thị Yến']);
  });

  test('the same words quoted again take the speaker', () => {
    const text = 'Một cuộc gặp “hữu ích” đã diễn ra.\n\nÔng Lương Bình mô tả cuộc gặp là “hữu ích”.';
    expect(brief(text).map((r) => r[2])).toEqual(['Lương Bình', 'Lương Bình']);
  });

  test('a government body speaking collectively is its country', () => {
    expect(brief('Nhật Bản đang cân nhắc điều mà chính quyền gọi là "phản ứng tương xứng".')[0][2]).toBe('Nhật Bản');
  });

  test('the subject of the verb, not the nearest name, is the speaker', () => {
    expect(brief('Ông Phan Tâm gọi ông Đặng Khoa là "người đồng nghiệp tận tụy".')[0][2]).toBe('Phan Tâm');
    expect(brief('Đài VTX đưa tin rằng ông Mạc Dũng "sẵn sàng hợp tác với mọi bên".')[0][2]).toBe('VTX');
  });

  test('entities give the canonical name and id', () => {
    // a hand-built entity list, as the entity stage would return it
    const { buildDocument } = require('../../src/document');
    const { findQuotes } = require('../../src/quotes/index');
    const text = '“Tôi rất lạc quan,” ông Tín nói.';
    const doc = buildDocument(text);
    const at = text.indexOf('Tín');
    const entities = [{ id: 'e1', type: 'PERSON', name: 'Huỳnh Trọng Tín', aliases: ['Huỳnh Trọng Tín', 'Tín'], titles: [], mentions: [{ start: at, end: at + 3, text: 'Tín' }] }];
    const [q] = findQuotes(doc, entities);
    expect(q.speaker).toEqual({ name: 'Huỳnh Trọng Tín', entityId: 'e1', mention: { start: at, end: at + 3, text: 'Tín' } });
  });
});
