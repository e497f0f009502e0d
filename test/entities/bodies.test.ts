import { extractEntities } from '../../src/index';

const found = (text: string) => extractEntities(text).map((e) => [e.type, e.name]);

describe('names of bodies', () => {
  test('a company name stops before "tại + place" and before its chairman\'s name', () => {
    expect(found('Thủ tướng Phạm Minh Chính đã tiếp Chủ tịch Tập đoàn Toyota Akio Toyoda tại Tokyo.')).toEqual([
      ['PERSON', 'Phạm Minh Chính'],
      ['ORGANIZATION', 'Tập đoàn Toyota'],
      ['PERSON', 'Akio Toyoda'],
      ['LOCATION', 'Tokyo'],
    ]);
  });

  test('a university campus keeps "ở + place"', () => {
    expect(found('Bà là giáo sư tại Đại học California ở San Diego.')).toContainEqual(['ORGANIZATION', 'Đại học California ở San Diego']);
  });

  test('"Đại sứ quán" is a body, "Đại sứ" a title', () => {
    expect(found('Hôm qua, Đại sứ quán Mỹ cho biết vậy. Đại sứ Mỹ Marc Knapper cũng nói thế.')).toEqual([
      ['ORGANIZATION', 'Đại sứ quán Mỹ'],
      ['LOCATION', 'Mỹ'],
      ['PERSON', 'Marc Knapper'],
    ]);
  });
});

describe('names with initials and hyphens, and bylines', () => {
  test('a hyphenated foreign given name is one name; a pair of places is two', () => {
    expect(found('Ngoại trưởng Pháp Jean-Noël Barrot phát biểu về quan hệ Israel-Hamas.')).toEqual([
      ['LOCATION', 'Pháp'], ['PERSON', 'Jean-Noël Barrot'], ['LOCATION', 'Israel'], ['ORGANIZATION', 'Hamas'],
    ]);
  });

  test('a capital before a full stop ends the sentence unless it is an initial inside a name', () => {
    expect(found('Ông viết trên mạng xã hội X. Ông nhấn mạnh điều đó.')).toEqual([['MISC', 'X']]);
    expect(found('Bộ trưởng Thương mại Gina M. Raimondo tới Tokyo.')).toContainEqual(['PERSON', 'Gina M. Raimondo']);
  });

  test('the writer of a closing byline is a person', () => {
    expect(found('Hai bên đã ký thỏa thuận tại Hà Nội.\nHoài Thu (Theo AFP, Reuters)')).toEqual([
      ['LOCATION', 'Hà Nội'], ['PERSON', 'Hoài Thu'], ['ORGANIZATION', 'AFP'], ['ORGANIZATION', 'Reuters'],
    ]);
  });
});

describe('abbreviations in brackets', () => {
  test('an abbreviation right after a name is its alias, also where it stands alone', () => {
    const es = extractEntities('Ngân hàng Nhà nước Việt Nam (NHNN) cho biết vậy. Cục Dự trữ Liên bang Mỹ (Fed) giữ lãi suất. NHNN sẽ thanh tra.');
    const sbv = es.find((e) => e.name === 'Ngân hàng Nhà nước Việt Nam');
    expect(sbv?.aliases).toEqual(['Ngân hàng Nhà nước Việt Nam', 'NHNN']);
    expect(sbv?.mentions.map((m) => m.text)).toEqual(['Ngân hàng Nhà nước Việt Nam', 'NHNN', 'NHNN']);
    expect(es.find((e) => e.name === 'Cục Dự trữ Liên bang Mỹ')?.aliases).toContain('Fed');
  });

  test('a place in brackets is not an abbreviation', () => {
    const es = extractEntities('Hai bên gặp nhau tại Zurich (Thụy Sĩ) hôm qua.');
    expect(es.map((e) => e.name)).toEqual(['Zurich', 'Thụy Sĩ']);
  });
});

describe('context that changes a known name, and context that stops', () => {
  test('a street named after a person is a place; the person stays a person', () => {
    expect(found('Nước ngập đường Phạm Văn Đồng. Cố Thủ tướng Phạm Văn Đồng từng nói vậy.')).toEqual([
      ['LOCATION', 'Phạm Văn Đồng'], ['PERSON', 'Phạm Văn Đồng'],
    ]);
  });

  test('"Cố", "Cựu", "Nguyên" before a title are not names', () => {
    expect(found('Cựu Tổng thống Barack Obama cũng thế. Nguyên Chủ tịch nước Trương Tấn Sang đến.')).toEqual([
      ['PERSON', 'Barack Obama'], ['PERSON', 'Trương Tấn Sang'],
    ]);
  });

  test('a title does not reach across a colon', () => {
    expect(found('Bí thư Hà Nội: Công chức ứng xử kém làm cả thành phố mang tiếng.')).toEqual([['LOCATION', 'Hà Nội']]);
  });
});

describe('field words in the names of bodies', () => {
  test.each([
    ['Bộ Tài nguyên và Môi trường cho biết vậy.', 'Bộ Tài nguyên và Môi trường'],
    ['Theo Bộ Kế hoạch và Đầu tư, vốn đã giải ngân.', 'Bộ Kế hoạch và Đầu tư'],
    ['Ông là Vụ trưởng Vụ Công nghiệp nặng (Bộ Công Thương).', 'Vụ Công nghiệp nặng'],
    ['Trung tâm Nghiên cứu Chiến lược và Quốc tế (CSIS) nhận định vậy.', 'Trung tâm Nghiên cứu Chiến lược và Quốc tế'],
  ])('%s', (text, name) => {
    expect(found(text)).toContainEqual(['ORGANIZATION', name]);
  });
});

describe('local names that start with a country, and Korean given names', () => {
  test('"Mỹ Đình" is a place in Hanoi, not the United States; "Tổng thống Mỹ Joe Biden" keeps the country', () => {
    expect(found('Tuyển Việt Nam thắng tại sân Mỹ Đình.')).toContainEqual(['LOCATION', 'Mỹ Đình']);
    expect(found('Tổng thống Mỹ Joe Biden phát biểu.')).toEqual([['LOCATION', 'Mỹ'], ['PERSON', 'Joe Biden']]);
    expect(found('Quan hệ Trung - Mỹ Lỗ hổng lớn')).toContainEqual(['LOCATION', 'Mỹ']);
  });

  test('"Kim Jong-un", "Kim Sang-sik" are whole names', () => {
    expect(found('Lãnh đạo Triều Tiên Kim Jong-un phát biểu. HLV Kim Sang-sik nói vậy.')).toEqual([
      ['LOCATION', 'Triều Tiên'], ['PERSON', 'Kim Jong-un'], ['PERSON', 'Kim Sang-sik'],
    ]);
  });
});

test('particles inside foreign names stay in them', () => {
  expect(found('Thủ tướng Qatar Sheikh Mohammed bin Abdulrahman Al Thani thông báo. Bà Ursula von der Leyen phát biểu.')).toEqual([
    ['LOCATION', 'Qatar'], ['PERSON', 'Mohammed bin Abdulrahman Al Thani'], ['PERSON', 'Ursula von der Leyen'],
  ]);
});

describe('aliases of bodies', () => {
  test('a company\'s short name is its alias, with its legal form and field words left out', () => {
    const es = extractEntities('Công ty CP Công nghệ Hải Vân báo lãi lớn. Trong quý, Hải Vân đã ký thêm hợp đồng.');
    expect(es.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ['ORGANIZATION', 'Công ty CP Công nghệ Hải Vân', ['Công ty CP Công nghệ Hải Vân', 'Hải Vân']],
    ]);
  });

  test('"UBND tỉnh" is the alias of the committee last named, else its own entity', () => {
    const one = extractEntities('UBND tỉnh Bình Định đã họp. Sau đó UBND tỉnh ra công điện.');
    expect(one.find((e) => e.name === 'UBND tỉnh Bình Định')?.aliases).toEqual(['UBND tỉnh Bình Định', 'UBND tỉnh']);
    const two = extractEntities('UBND tỉnh Bình Định đã họp. Tại Phú Yên, UBND Phú Yên cũng họp. UBND tỉnh ra công điện.');
    expect(two.find((e) => e.name === 'UBND Phú Yên')?.aliases).toEqual(['UBND Phú Yên', 'UBND tỉnh']);
    const none = extractEntities('Dự án đã được HĐND tỉnh thông qua.');
    expect(none.map((e) => [e.type, e.name])).toEqual([['ORGANIZATION', 'HĐND tỉnh']]);
  });

  test('a place in brackets after a body is a place, not the body\'s abbreviation', () => {
    const es = extractEntities('Nhà khoa học tại Đại học Brookfield (Anh) nhận định như vậy.');
    expect(es.map((e) => [e.type, e.name])).toEqual([['ORGANIZATION', 'Đại học Brookfield'], ['LOCATION', 'Anh']]);
  });

  test('a name after a sentence-initial function word is kept when found elsewhere', () => {
    const es = extractEntities('Sao Mai báo lãi lớn\n\nTập đoàn Sao Mai vừa công bố kết quả quý. Năm ngoái, Sao Mai từng lỗ.');
    expect(es.find((e) => e.name === 'Tập đoàn Sao Mai')?.mentions.map((m) => m.text)).toEqual(['Sao Mai', 'Tập đoàn Sao Mai', 'Sao Mai']);
  });
});
