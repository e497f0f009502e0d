/**
 * Words that announce a person: honorifics and titles. They are never part of the name;
 * titles go to `Entity.titles`. Matched with the first letter in either case ("Tổng thống", "tổng thống").
 */

/** Honorifics and kinship forms of address directly before a name ("ông Biden", "bà Tai"). */
export const HONORIFICS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ', 'em', 'ngài', 'Sheikh', 'Mr', 'Mrs', 'Ms',
  'nhà báo', 'phóng viên', 'tác giả', 'thầy', 'tiến sĩ', 'TS', 'PGS', 'GS', 'ThS', 'BS', 'bác sĩ', 'luật sư', 'kỹ sư',
  'giáo sư', 'nghệ sĩ', 'ca sĩ', 'diễn viên', 'cầu thủ', 'tiền vệ', 'tiền đạo', 'hậu vệ', 'thủ môn', 'HLV', 'huấn luyện viên',
  'vợ chồng', 'cháu', 'con trai', 'con gái', 'vợ', 'chồng', 'nữ hoàng', 'vua', 'hoàng tử', 'công chúa', 'thái tử',
];

/**
 * Titles ("Tổng thống Mỹ Joe Biden"). A title may be followed by a portfolio ("Bộ trưởng Quốc phòng")
 * and a place ("Chủ tịch Trung Quốc"); the whole run is the title text.
 */
export const TITLES: readonly string[] = [
  'tổng thống', 'phó tổng thống', 'chủ tịch', 'phó chủ tịch', 'thủ tướng', 'phó thủ tướng', 'bộ trưởng', 'thứ trưởng',
  'ngoại trưởng', 'thượng nghị sĩ', 'hạ nghị sĩ', 'nghị sĩ', 'dân biểu', 'đại sứ', 'tổng bí thư', 'bí thư', 'ủy viên', 'uỷ viên', 'ủy viên trung ương', 'ủy viên bộ chính trị', 'phó bí thư',
  'thống đốc', 'thị trưởng', 'tướng', 'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đô đốc', 'đại tá',
  'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'tổng giám đốc', 'phó tổng giám đốc', 'giám đốc', 'phó giám đốc',
  'giám đốc điều hành', 'tổng biên tập', 'chủ nhiệm', 'phó chủ nhiệm', 'trưởng ban', 'phó trưởng ban', 'trưởng phòng',
  'vụ trưởng', 'phó vụ trưởng', 'tổng cục trưởng', 'phó tổng cục trưởng', 'cục trưởng', 'phó cục trưởng', 'chánh văn phòng', 'người phát ngôn', 'phát ngôn viên',
  'thư ký báo chí', 'thư ký', 'cố vấn an ninh quốc gia', 'cố vấn', 'trợ lý', 'đặc phái viên', 'đặc sứ', 'quốc vương',
  'hoàng đế', 'giáo hoàng', 'chủ tịch nước',
  'lãnh đạo', 'nhà lãnh đạo', 'người đứng đầu', 'tổng tư lệnh', 'tư lệnh', 'tham mưu trưởng', 'chánh án', 'viện trưởng',
  'tổng thư ký', 'đại diện thương mại', 'nhà sáng lập', 'CEO', 'tỷ phú', 'cựu tổng thống', 'cựu thủ tướng',
  'cựu ngoại trưởng', 'cựu chủ tịch', 'cựu bộ trưởng', 'đương kim',
  'Bác', 'tổng trưởng', 'nhà ngoại giao', 'nhà nghiên cứu', 'nhà phân tích', 'chuyên gia', 'học giả', 'giáo sư',
];

/** Surnames that start Chinese and Vietnamese names: the family name comes first, the short form may be it. */
export const EAST_ASIAN_SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Trương', 'Đinh', 'Mai', 'Trịnh', 'Đào', 'Cao', 'Lâm', 'Lương', 'Tô', 'Tạ', 'Hà', 'Đoàn', 'Vương', 'Tập', 'Tần', 'Mạnh',
  'Cảnh', 'Thái', 'Ôn', 'Giang', 'Hồ', 'Chu', 'Lưu', 'Mao', 'Đặng', 'Triệu', 'Tôn', 'Khổng', 'Quách', 'Lục', 'Hàn', 'Diệp',
  'Tưởng', 'Viên', 'Kim', 'Park', 'Moon', 'Yoon', 'Lee', 'Xi', 'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao',
  'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Hu', 'Guo', 'He', 'Lin', 'Luo', 'Qin', 'Wen', 'Han', 'Tạ', 'Kiều', 'Lã', 'La',
];
