import type { EntityType } from '../../types';

/**
 * Lower-case context words before a name that decide its type and are not part of it
 * ("tại Glasgow", "bang Texas", "tờ Inquirer", "mạng xã hội X"). Longest first at match time.
 */
export const CUES: readonly { words: string; type: EntityType }[] = [
  ...[
    'tại', 'ở', 'đến', 'tới', 'từ', 'thăm', 'sang', 'về', 'bang', 'thành phố', 'TP', 'TP.', 'tỉnh', 'huyện', 'quận', 'xã',
    'phường', 'thị xã', 'thị trấn', 'làng', 'thôn', 'ấp', 'thủ đô', 'vùng', 'khu vực', 'đảo', 'quần đảo', 'điền trang',
    'sân', 'sân bay', 'cảng', 'đường', 'phố', 'khu', 'nước', 'quốc gia', 'lãnh thổ', 'vùng lãnh thổ', 'tiểu bang',
    'người dân', 'ngoại ô', 'biên giới', 'đặc khu', 'tuyển', 'đội tuyển', 'núi', 'hồ', 'vịnh', 'đèo', 'cầu', 'xứ',
    // palaces and residences: "cung điện Noordeinde", "lâu đài Windsor"
    'cung điện', 'lâu đài',
  ].map((words) => ({ words, type: 'LOCATION' as const })),
  ...[
    'theo', 'tờ', 'báo', 'đài', 'kênh', 'hãng tin', 'hãng thông tấn', 'thông tấn xã', 'tạp chí', 'truyền hình', 'nhật báo',
    'ảnh', 'nguồn', 'công ty', 'tập đoàn', 'hãng', 'nhà sản xuất', 'tổ chức', 'nhóm', 'ngân hàng', 'đảng', 'lực lượng',
    'phong trào', 'trang', 'trang tin', 'viện', 'trường', 'đại học', 'CLB', 'câu lạc bộ', 'đội bóng', 'nhà mạng',
    'hãng hàng không', 'thời báo', 'copyright', 'Image copyright', 'tập đoàn công nghệ', 'công ty công nghệ', 'nhà đài', 'hãng xe', 'hãng phim',
  ].map((words) => ({ words, type: 'ORGANIZATION' as const })),
  ...[
    'mạng xã hội', 'nền tảng', 'ứng dụng', 'máy bay', 'máy bay phản lực', 'tên lửa', 'hệ thống', 'chương trình', 'dự án',
    'dịch', 'đại dịch', 'virus', 'biến thể', 'chiến dịch', 'sự kiện', 'giải', 'dòng', 'mẫu', 'phiên bản', 'tàu sân bay',
    'chiến đấu cơ', 'tiêm kích', 'vaccine', 'vắc xin', 'phần mềm', 'trình duyệt', 'hệ điều hành', 'sách', 'phim', 'cuốn',
  ].map((words) => ({ words, type: 'MISC' as const })),
  ...['chính quyền', 'kỷ nguyên', 'thời kỳ', 'gia đình', 'nội các'].map((words) => ({ words, type: 'PERSON' as const })),
];

/**
 * Words between a cue and its name that qualify the body, not name it: "hãng thông tấn nhà nước Anadolu",
 * "đài truyền hình quốc gia KBS". Read through after an organisation cue.
 */
export const CUE_QUALIFIERS: readonly string[] = ['nhà nước', 'quốc gia', 'quốc doanh', 'tư nhân', 'độc lập', 'hàng đầu', 'nổi tiếng', 'địa phương'];

/** A role word just before a MISC cue: the name after is the person in that role ("kỹ sư trưởng dự án X"). */
export const ROLE_ENDS: readonly string[] = ['trưởng'];

/** Cues strong enough to override a default guess but not a gazetteer entry. */
export const WEAK_CUES: ReadonlySet<string> = new Set(['theo', 'về', 'từ', 'đến', 'tới', 'sang', 'nước', 'quốc gia', 'chính quyền', 'kỷ nguyên', 'thời kỳ']);

/**
 * Capitalised words that start sentences (or follow an opening quote) without naming anything.
 * A run starting with one drops it; a lone unknown capital at a sentence start is only kept if named elsewhere.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'Sau', 'Theo', 'Trong', 'Ông', 'Bà', 'Hai', 'Ba', 'Các', 'Những', 'Một', 'Khi', 'Tại', 'Ở', 'Từ', 'Đến', 'Với', 'Về', 'Cố',
  'Và', 'Nhưng', 'Tuy', 'Tuy nhiên', 'Trước', 'Ngoài', 'Do', 'Vì', 'Nếu', 'Để', 'Cho', 'Còn', 'Cũng', 'Đây', 'Đó', 'Điều',
  'Họ', 'Chúng', 'Tôi', 'Ngày', 'Tháng', 'Năm', 'Hôm', 'Sáng', 'Chiều', 'Tối', 'Trưa', 'Đêm', 'Tuần', 'Thứ', 'Lúc',
  'Bên', 'Phía', 'Người', 'Cuộc', 'Vụ', 'Việc', 'Nhiều', 'Mỗi', 'Mọi', 'Cả', 'Toàn', 'Giới', 'Dù', 'Mặc', 'Tương',
  'Kể', 'Giữa', 'Thay', 'Bởi', 'Hiện', 'Đồng', 'Như', 'Vậy', 'Rồi', 'Sẽ', 'Đã', 'Đang', 'Có', 'Không', 'Chưa', 'Ảnh',
  'Nguồn', 'Video', 'Xem', 'Clip', 'Tin', 'Bài', 'Lưu', 'Chính', 'Mời', 'Hãy', 'Ai', 'Gì', 'Sao', 'Tổng', 'Cựu', 'Nguyên',
  'Anh', 'Chị', 'Em', 'Cô', 'Chú', 'Bác', 'Ngài', 'Thậm', 'Song', 'Riêng', 'Đặc', 'Trên', 'Dưới', 'Qua', 'Bằng', 'Tuyến',
];

/** Capitalised words that are never names: weekdays, months, common acronyms. */
export const NOT_NAMES: readonly string[] = [
  'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật', 'Chủ Nhật', 'Giêng', 'Chạp', 'Tết',
  'AI', 'GDP', 'CEO', 'USD', 'VND', 'VNĐ', 'EUR', 'TV', 'PDF', 'GMT', 'UTC', 'OK', 'CPI', 'FDI', 'ODA', 'SMS', 'IT', 'PR',
  'Nhà nước', 'Tổ quốc', 'Trung ương', 'Trời', 'Phật', 'Chúa', 'Video', 'Clip', 'HOT', 'Ảnh', 'Nguồn', 'TP', 'GS', 'TS',
  'PGS', 'Th', 'Image', 'Image caption', 'BS', 'CT', 'KT', 'TTO', 'Mr', 'Mrs', 'Ms', 'Dr', 'I', 'II', 'III', 'IV', 'PV', 'BTV', 'CTV', 'ĐBQH',
  // economic and scientific acronyms: measures, not bodies
  // a plan a decision approves ("phê duyệt Đề án nâng cao ..."): a document's kind, not its name
  'Đề án',
  // coordinates of a storm's eye: "16,9 độ Vĩ Bắc; 109,8 độ Kinh Đông"
  'Vĩ Bắc', 'Vĩ Nam', 'Kinh Đông', 'Kinh Tây',
  // a board, a doctor's specialist grade, a fuel grade, a comments link: "Chủ tịch HĐQT X", "BS.CKII", "RON 95", "Bình luận"
  'HĐQT', 'HĐTV', 'CKI', 'CKII', 'RON', 'Bình luận',
  'GRDP', 'GNP', 'GNI', 'PMI', 'VAT', 'IPO', 'ETF', 'CO2', 'CH4', 'NOx', 'ROE', 'ROA', 'EPS',
];

/** Lower-case words that stop a name: a name's own lower-case syllables are never these. */
export const STOP_WORDS: readonly string[] = [
  'đã', 'sẽ', 'đang', 'và', 'của', 'cho', 'với', 'là', 'có', 'được', 'bị', 'này', 'đó', 'thì', 'mà', 'nhưng', 'rằng',
  'cũng', 'vẫn', 'còn', 'đều', 'chỉ', 'vào', 'ra', 'trong', 'theo', 'tại', 'ở', 'từ', 'đến', 'về', 'nói', 'hôm', 'ngày',
  'năm', 'tháng', 'người', 'các', 'những', 'một', 'hai', 'ba', 'nay', 'ấy', 'kia', 'nào', 'gì', 'hay', 'hoặc', 'nên',
  'khi', 'lúc', 'sau', 'nhiều', 'khả', 'ít', 'vài', 'mỗi', 'mọi', 'cả', 'luôn', 'từng', 'chưa', 'không thể', 'trước', 'vì', 'do', 'bởi', 'nếu', 'để', 'tới', 'cùng', 'như', 'ông', 'bà', 'họ', 'nhau', 'đây',
  'thể', 'phải', 'muốn', 'cần', 'nhất', 'hơn', 'rất', 'lại', 'đi', 'lên', 'xuống', 'qua', 'vừa', 'mới', 'tuần', 'giờ',
  'gặp', 'cho biết', 'tuyên bố', 'thăm', 'kêu', 'gọi', 'yêu', 'cầu', 'ký', 'đưa', 'tin', 'bày', 'tỏ', 'nhấn', 'mạnh',
];

/** Connectors allowed inside a head-started name when a capital follows ("Đại học California ở San Diego"). */
export const CONNECTORS: readonly string[] = ['ở', 'về', 'của', 'và', 'tại', 'thuộc', 'cho'];

/**
 * Common words that begin with a one-syllable place name ("Ý kiến", "Anh ấy", "Pháp luật"): at a sentence
 * start, where every word is capitalised, the pair is the common word, not the country.
 */
export const COMMON_COMPOUNDS: readonly string[] = [
  'ý kiến', 'ý định', 'ý tưởng', 'ý nghĩa', 'ý thức', 'ý muốn', 'ý chí', 'ý đồ', 'ý niệm', 'ý tôi', 'ý anh', 'ý bà', 'ý ông',
  'ý của', 'ý là', 'ý nói', 'ý thức hệ',
  'anh ấy', 'anh ta', 'anh em', 'anh chị', 'anh hùng', 'anh tài', 'anh cho', 'anh nói', 'anh đã', 'anh cũng', 'anh có',
  'anh là', 'anh không', 'anh vẫn', 'anh sẽ', 'anh đang', 'anh còn', 'anh kể',
  'áo dài', 'áo khoác', 'áo giáp', 'áo mưa', 'áo phao', 'áo sơ',
  'đức tin', 'đức tính', 'đức độ', 'đức hạnh',
  'pháp luật', 'pháp lý', 'pháp quyền', 'pháp chế', 'pháp nhân', 'pháp y', 'pháp định',
  'viên chức', 'viên đạn', 'viên thuốc', 'viên đá',
  'mỹ thuật', 'mỹ phẩm', 'mỹ nhân', 'mỹ mãn', 'mỹ lệ', 'mỹ quan',
];
