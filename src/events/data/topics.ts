/**
 * The topic taxonomy of events: a topic id and the keywords (lower case, NFC) that signal it in
 * the evidence sentence or in the quotes attached to the event. Hand-written for Vietnamese
 * international and domestic news, after the issue areas GDELT's themes and the gold articles use.
 * A keyword with a capital letter ('AI') matches case-sensitively; the others ignore case.
 */
export interface TopicEntry {
  readonly topic: string;
  readonly keywords: readonly string[];
}

export const TOPICS: readonly TopicEntry[] = [
  { topic: 'trade', keywords: ['thương mại', 'xuất khẩu', 'nhập khẩu', 'đậu nành', 'mua bán', 'hàng hóa', 'hàng hoá', 'trợ cấp'] },
  { topic: 'tariffs', keywords: ['thuế quan', 'mức thuế', 'áp thuế', 'thuế nhập khẩu'] },
  { topic: 'fentanyl', keywords: ['fentanyl', 'fetanyl', 'ma túy', 'ma tuý', 'tiền chất'] },
  { topic: 'taiwan', keywords: ['đài loan'] },
  { topic: 'ukraine', keywords: ['ukraine', 'nga - ukraine', 'nga – ukraine'] },
  { topic: 'ai', keywords: ['trí tuệ nhân tạo', 'AI'] },
  { topic: 'military', keywords: ['quân sự', 'quân đội', 'quốc phòng', 'vũ khí', 'liên lạc quân đội'] },
  { topic: 'climate', keywords: ['khí hậu', 'khí thải', 'phát thải', 'biến đổi khí hậu', 'carbon', 'cop26'] },
  { topic: 'technology', keywords: ['công nghệ', 'chất bán dẫn', 'bán dẫn', 'chip', 'viễn thông', 'an ninh mạng'] },
  { topic: 'energy', keywords: ['năng lượng', 'dầu khí', 'than đá', 'nhiệt điện than', 'sử dụng than', 'khí đốt', 'giá điện', 'nhiên liệu'] },
  { topic: 'agriculture', keywords: ['nông dân', 'nông nghiệp', 'nông sản', 'đậu nành', 'mùa vụ'] },
  { topic: 'security', keywords: ['an ninh', 'hòa bình', 'hoà bình', 'xung đột', 'chiến sự', 'khủng hoảng'] },
  { topic: 'economy', keywords: ['kinh tế', 'tăng trưởng', 'đầu tư', 'ngân sách', 'tài chính'] },
  { topic: 'nuclear', keywords: ['hạt nhân'] },
  { topic: 'human-rights', keywords: ['nhân quyền', 'tân cương', 'tây tạng', 'hồng kông'] },
  { topic: 'middle-east', keywords: ['trung đông', 'israel', 'hamas', 'gaza', 'iran'] },
  { topic: 'health', keywords: ['covid', 'đại dịch', 'y tế'] },
  { topic: 'diplomacy', keywords: ['ngoại giao', 'quan hệ song phương', 'đối tác chiến lược'] },
];
