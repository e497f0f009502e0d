import { extractEntities } from '../../src/index';

const found = (text: string) => extractEntities(text).map((e) => [e.type, e.name]);

describe('a body, then the person who heads it', () => {
  test.each([
    ['Bộ trưởng Bộ Tài chính và Đầu tư Trần Văn Lâm phát biểu.', 'Bộ Tài chính và Đầu tư', 'Trần Văn Lâm'],
    ['Cục trưởng Cục Thống kê Lê Thị Mai cho biết.', 'Cục Thống kê', 'Lê Thị Mai'],
    ['Hôm qua, Tổng cục trưởng Tổng cục Hải quan Phạm Văn Bình nói vậy.', 'Tổng cục Hải quan', 'Phạm Văn Bình'],
  ])('%s', (text, body, person) => {
    expect(found(text)).toEqual(expect.arrayContaining([['ORGANIZATION', body], ['PERSON', person]]));
  });

  test('a verb that is also a field word ends the body\'s name', () => {
    expect(found('Hôm nay, Bộ Công Thương và Cục Thống kê tổ chức hội thảo.')).toContainEqual(['ORGANIZATION', 'Cục Thống kê']);
  });
});

describe('courts, procuracies, investigators, bar associations', () => {
  test.each([
    ['Sáng nay, TAND TP Đà Nẵng mở phiên xử.', 'TAND TP Đà Nẵng'],
    ['Sáng nay, Viện KSND tỉnh Nghệ An truy tố bị can.', 'Viện KSND tỉnh Nghệ An'],
    ['Hôm qua, Cơ quan Cảnh sát điều tra Bộ Công an khởi tố vụ án.', 'Cơ quan Cảnh sát điều tra Bộ Công an'],
    ['Luật sư Lê Văn An (Đoàn Luật sư TP Cần Thơ) phát biểu.', 'Đoàn Luật sư TP Cần Thơ'],
    ['Ông Tâm là giám đốc Công ty CP Địa ốc Hoa Sen từ năm ngoái.', 'Công ty CP Địa ốc Hoa Sen'],
  ])('%s', (text, body) => {
    expect(found(text)).toContainEqual(['ORGANIZATION', body]);
  });
});

describe('persons, agencies and events from their context', () => {
  test('a photo credit names a photographer, even with no family name', () => {
    expect(found('Người dân đi bầu cử. Ảnh: Thanh Tùng')).toContainEqual(['PERSON', 'Thanh Tùng']);
  });

  test('a given name used alone after the full name is the person', () => {
    const got = found('Tiền đạo Nguyễn Thanh Bình ghi bàn. Thanh Bình chạy. Thanh Bình sút. Thanh Bình ăn mừng.');
    expect(got).toContainEqual(['PERSON', 'Nguyễn Thanh Bình']);
    expect(got.filter(([t]) => t !== 'PERSON')).toEqual([]);
  });

  test('a reporter of an agency: the acronym stays the agency', () => {
    expect(found('Theo phóng viên TTXVN, cuộc họp kết thúc.')).toContainEqual(['ORGANIZATION', 'TTXVN']);
  });

  test('a recurring conference keeps its number', () => {
    expect(found('Sáng nay, Hội nghị Cấp cao APEC lần thứ 31 khai mạc.')).toContainEqual(['MISC', 'Hội nghị Cấp cao APEC lần thứ 31']);
  });

  test('a palace is a place; a shipyard company an organisation', () => {
    const got = found('Ông được đón tại cung điện Soestdijk. Sau đó, Royal Shipyards cũng ký hợp đồng.');
    expect(got).toEqual(expect.arrayContaining([['LOCATION', 'Soestdijk'], ['ORGANIZATION', 'Royal Shipyards']]));
  });
});

describe('lines set in capitals', () => {
  test('a heading in capitals is an alias of a body named elsewhere, and nothing on its own', () => {
    const got = extractEntities('BỘ TÀI CHÍNH\n\nBÁO CÁO TÌNH HÌNH THU CHI\n\nSáng nay, Bộ Tài chính họp báo.');
    expect(got.map((e) => [e.type, e.aliases.slice().sort()])).toEqual([['ORGANIZATION', ['BỘ TÀI CHÍNH', 'Bộ Tài chính']]]);
  });
});
