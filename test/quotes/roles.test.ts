import { extractQuotes } from '../../src/index';
import { brief, briefWith } from './helpers';
import { fast, isLetterAt, isUpperAt } from '../../src/quotes/chars';

// Hand-written sentences for speakers that stand behind a role, a pronoun's sex, or the paragraph.
describe('who stands behind a role or a pronoun', () => {
  test('"bà" prefers the woman introduced as "bà X", even when a man is nearer', () => {
    const text = 'Bà Lê Thị Hoa gặp ông Trần Văn Minh tại Huế.\n\n“Chúng tôi sẽ hợp tác lâu dài,” bà nói.';
    expect(brief(text).map((r) => r[2])).toEqual(['Lê Thị Hoa']);
  });

  test('"Theo <title> <body> <person>," names the person, not the body', () => {
    expect(briefWith('Theo Giám đốc Sở Xây dựng Phạm Quang Vinh, đây là “một bước tiến lớn”.', [['ORGANIZATION', 'Sở Xây dựng'], ['PERSON', 'Phạm Quang Vinh']])[0][2]).toBe('Phạm Quang Vinh');
  });

  test('"Lãnh đạo <body>" speaks as the person named elsewhere with that role', () => {
    const text = 'Lãnh đạo Sở Giao thông cho rằng tuyến đường là “ưu tiên số một”.\n\nÔng Đoàn Văn Tâm - Giám đốc Sở Giao thông cho biết thêm về tiến độ.';
    expect(briefWith(text, [['ORGANIZATION', 'Sở Giao thông'], ['PERSON', 'Đoàn Văn Tâm']])[0][2]).toBe('Đoàn Văn Tâm');
  });

  test('"đại diện <body>" with nobody named is an unnamed official', () => {
    expect(briefWith('“Mọi hồ sơ đều đã được duyệt trong tuần này”, đại diện Sở Tài chính nói.', [['ORGANIZATION', 'Sở Tài chính']])[0][2]).toBeNull();
  });

  test('a quote with no cue of its own takes the speaker of an earlier sentence of its paragraph', () => {
    const text = 'Ông Vương Đình Huệ giải thích, nhà máy chỉ dùng nước tái chế. Vì thế "không hề có chuyện tranh nước với dân".';
    expect(brief(text)[0][2]).toBe('Vương Đình Huệ');
  });

  test('"X coi là" reports X\'s view', () => {
    expect(brief('Đây là vùng biển mà Indonesia coi là "vùng đặc quyền kinh tế không thể tranh cãi".')[0][2]).toBe('Indonesia');
  });

  test('a second verb belongs to the sentence subject, not to a name in between', () => {
    const text = 'Ông Hồ Văn Nam từ chối bình luận về bài đăng trên Facebook mà chỉ nói đó là "chuyện nhỏ không đáng bàn".';
    expect(brief(text)[0][2]).toBe('Hồ Văn Nam');
  });

  test('a long clause opening with a term noun is speech, a short one a term', () => {
    expect(brief('“Quan điểm của chúng tôi là giữ giá ổn định cho người dân cả năm”, ông Lý Thành nói.')[0].slice(1)).toEqual(['statement', 'Lý Thành']);
    expect(brief('Ông Lý Thành ủng hộ “Chương trình Xanh” của thành phố.')[0][1]).toBe('term');
  });
});

describe('letter tables', () => {
  test('explicit ranges match what \\p{…} matches', () => {
    const re = fast(/^\p{Lu}[\p{L}\p{N}]*$/u);
    expect(['Đà', 'Ứng', 'Ōsaka', 'X1'].every((w) => re.test(w))).toBe(true);
    expect(['đà', '1X', '-A'].some((w) => re.test(w))).toBe(false);
    expect(isUpperAt('Ư', 0) && !isUpperAt('ư', 0) && isLetterAt('ữ', 0) && !isLetterAt('“', 0)).toBe(true);
  });
});

describe('a role alone after the quote names whoever holds it', () => {
  test('"Tổng Bí thư nhấn mạnh" is the person named with that role, not the last person named', () => {
    const text = 'Chiều 1/12, Tổng Bí thư Tô Lâm đã tiếp Đại sứ Hoa Kỳ Marc Knapper. Tổng Bí thư đánh giá cao Đại sứ Knapper.\n“Việt Nam luôn coi Hoa Kỳ là đối tác quan trọng”, Tổng Bí thư nhấn mạnh.\nĐại sứ Knapper cho biết ông rất vinh dự. “Chúng tôi sẽ tiếp tục hợp tác”, Đại sứ nói.';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tô Lâm', 'Marc Knapper']);
  });
});

describe('sources with long roles, and the media', () => {
  test('"Theo <role> <body> <name>," before the quote names the person', () => {
    const [q] = extractQuotes('Theo người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh, "Bắc Kinh phản đối mọi hành động khiêu khích".');
    expect(q.speaker?.name).toBe('Mao Ninh');
  });

  test('a country\'s media are not its government', () => {
    const [q] = extractQuotes('Truyền thông nhà nước Nga đưa tin: "Cuộc điện đàm diễn ra trong không khí thẳng thắn".');
    expect(q.speaker).toBeNull();
  });
});

test('a place after "ở" locates the subject before it, which is the speaker', () => {
  const [q] = extractQuotes('Tuy nhiên, đảng Dân chủ đối lập ở Hàn Quốc chỉ trích cuộc gặp là "ngoại giao một chiều".');
  expect(q.speaker?.name).toBe('đảng Dân chủ');
});
