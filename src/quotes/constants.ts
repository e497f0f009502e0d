/**
 * Word tables of the quotes stage. Regexes are built from them longest first (see `alternation`).
 */

/** Verbs that introduce or close reported speech: "ông Biden nói", "Bắc Kinh cho biết:". */
export const CUE_VERBS: readonly string[] = [
  'nói', 'cho biết', 'viết', 'nhấn mạnh', 'bình luận', 'khẳng định', 'tuyên bố', 'chia sẻ', 'kêu gọi',
  'cho hay', 'nhận định', 'đánh giá', 'bày tỏ', 'phát biểu', 'trả lời', 'lưu ý', 'cảnh báo', 'tiết lộ',
  'thừa nhận', 'giải thích', 'mô tả', 'miêu tả', 'gọi', 'cho rằng', 'nhận xét', 'nêu rõ', 'đưa tin',
  'dẫn lời', 'chỉ trích', 'phê phán', 'lập luận', 'nhắc đến', 'nhắc lại', 'đề nghị', 'yêu cầu',
  'thông báo', 'nhấn mạnh rằng', 'khẳng định rằng', 'viết trên', 'ôn chuyện', 'tỏ ý', 'bác bỏ',
  'đặt câu hỏi', 'coi là', 'xem là', 'phản bác', 'trấn an', 'hứa', 'cam kết', 'kết luận', 'dự đoán', 'chỉ nói', 'nói rõ',
  'nói thêm', 'cho biết thêm', 'ca ngợi', 'hoan nghênh', 'nhận xét rằng', 'than phiền', 'phàn nàn',
  'đề cập', 'tái khẳng định', 'cáo buộc', 'nhắn nhủ', 'trao đổi', 'gửi thông điệp', 'dẫn dụ',
  'đáp lại', 'đáp', 'trả lời rằng', 'nhấn mạnh thêm', 'khuyến cáo', 'nhận mạnh', 'viết thêm',
  'trình bày', 'khai nhận',
];

/** Honorifics that stand for a person on their own ("ông nói") or before a name ("ông Biden"). */
export const PRONOUNS: readonly string[] = ['ông ấy', 'bà ấy', 'ông ta', 'bà ta', 'ông', 'bà', 'anh', 'chị'];

/** Roles written before a name; never part of it. "Chủ tịch Trung Quốc Tập Cận Bình". */
export const TITLES: readonly string[] = [
  'Tổng thống', 'Phó Tổng thống', 'Chủ tịch', 'Phó chủ tịch', 'Phó Chủ tịch', 'Thủ tướng', 'Phó Thủ tướng',
  'Bộ trưởng', 'Thứ trưởng', 'Ngoại trưởng', 'Người phát ngôn', 'người phát ngôn', 'Thư ký báo chí',
  'Tổng Bí thư', 'Bí thư', 'Đại sứ', 'Vụ trưởng', 'Giám đốc', 'giám đốc', 'Tướng', 'Đô đốc', 'Thượng nghị sĩ',
  'Hạ nghị sĩ', 'Nghị sĩ', 'Chủ tịch Hạ viện', 'Thống đốc', 'Thị trưởng', 'Giáo sư', 'Tiến sĩ', 'TS', 'GS',
  'Đại tướng', 'Thủ tướng', 'Quốc vương', 'Hoàng tử', 'Nữ hoàng', 'Sheikh', 'Tổng thư ký', 'Phát ngôn viên',
  'Trưởng đoàn', 'Trưởng ban', 'Chánh văn phòng', 'Cố vấn', 'Đặc phái viên', 'Tổng giám đốc', 'CEO',
  // courts and sport: "bị cáo Trần Thị Mai", "luật sư Phạm Quang Vinh", "HLV Kim Sang-sik"
  'bị cáo', 'Bị cáo', 'luật sư', 'Luật sư', 'thẩm phán', 'Thẩm phán', 'chủ tọa', 'Chủ tọa', 'chủ toạ', 'Chủ toạ',
  'kiểm sát viên', 'Kiểm sát viên', 'HLV', 'huấn luyện viên', 'Huấn luyện viên', 'tiền vệ', 'Tiền vệ', 'tiền đạo',
  'Tiền đạo', 'hậu vệ', 'Hậu vệ', 'trung vệ', 'Trung vệ', 'thủ môn', 'Thủ môn', 'đội trưởng', 'Đội trưởng',
];

/**
 * Descriptions that stand for a person named earlier, never a name themselves: "Nhà lãnh đạo Trung Quốc
 * cũng nhấn mạnh", "nhà cầm quân người Hàn Quốc nói" — the place in them is not the speaker.
 */
export const DESCRIPTORS: readonly string[] = [
  'nhà lãnh đạo', 'nhà cầm quân', 'chiến lược gia', 'thuyền trưởng', 'ông chủ', 'bà chủ',
  'vị lãnh đạo', 'nữ lãnh đạo', 'nữ chính trị gia', 'chính trị gia', 'tân tổng thống', 'cựu tổng thống',
  'vị tổng thống', 'nữ thủ tướng', 'nhà tỷ phú', 'tỷ phú',
];

/** A written statement that speaks for the body that issued it: "“…”, thông cáo viết". */
export const DOCUMENTS: readonly string[] = ['thông cáo', 'bản thông cáo', 'thông cáo báo chí', 'tuyên bố', 'bản tuyên bố', 'thông báo', 'văn bản', 'công văn'];

/** The head word of a body's name, written alone before its generic rest: "Viện kiểm sát", "Bộ này". */
export const BODY_HEADS: readonly string[] = [
  'Viện', 'Bộ', 'Sở', 'Tòa', 'Toà', 'Cục', 'Tổng cục', 'Ủy ban', 'Uỷ ban', 'Công ty', 'Ngân hàng', 'Hội đồng', 'Ban',
  'Trường', 'Tập đoàn', 'Quỹ', 'Liên đoàn', 'Hiệp hội', 'Cơ quan',
];

/** Countries often written between a title and a name: "Chủ tịch Trung Quốc Tập Cận Bình". */
export const TITLE_PLACES: readonly string[] = [
  'Trung Quốc', 'Mỹ', 'Hoa Kỳ', 'Nga', 'Việt Nam', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên', 'Anh', 'Pháp',
  'Đức', 'Ukraine', 'Ấn Độ', 'Australia', 'Úc', 'Canada', 'Philippines', 'Đài Loan', 'Iran', 'Israel',
];

/** Generic nouns for a state speaking collectively: the country is the speaker. */
export const COLLECTIVE: readonly string[] = ['chính quyền', 'giới chức', 'chính phủ', 'quân đội', 'nhà chức trách'];

/** Unnamed speakers: the speaker is null (Policies: officials, media, experts, observers). */
export const ANONYMOUS: readonly string[] = [
  'truyền thông', 'báo chí', 'chuyên gia', 'các chuyên gia', 'giới quan sát', 'nhà quan sát', 'nhà phân tích',
  'một quan chức', 'quan chức', 'một nguồn tin', 'nguồn tin', 'người dân', 'dân địa phương', 'cư dân', 'nhiều người',
  'giới phân tích', 'một số', 'các nhà',
];

/** Nouns that name what follows in quotes as a term, not as speech: chính sách “Một Trung Quốc”. */
export const TERM_NOUNS: readonly string[] = [
  'chính sách', 'quan điểm', 'kỷ nguyên', 'thời kỳ', 'nguyên tắc', 'khái niệm', 'thuật ngữ', 'cụm từ',
  'chiến lược', 'thủ tục', 'chiến dịch', 'phong trào', 'học thuyết', 'dự thảo', 'chương trình', 'danh hiệu',
  'biệt danh', 'khẩu hiệu', 'tên gọi', 'cái gọi là', 'mô hình', 'sáng kiến', 'các quyền', 'quyền', 'từ',
];

/** Words before a name that say it is not the subject: "với ông Biden", "của Mỹ", "theo Tân Hoa Xã". */
export const NOT_SUBJECT_BEFORE: readonly string[] = [
  'của', 'với', 'về', 'tới', 'đến', 'cho', 'từ', 'tại', 'ở', 'giữa', 'theo', 'là', 'gọi', 'trước', 'sau', 'và',
  'thay', 'vào', 'trên', 'dưới', 'bởi', 'do', 'hay', 'hoặc', 'lời', 'như', 'nước', 'nhà', 'bang', 'trong',
];

/** Capitalised words that open a sentence but never a name. */
export const NOT_NAME_START: readonly string[] = [
  'Trong', 'Theo', 'Sau', 'Trước', 'Tại', 'Khi', 'Ông', 'Bà', 'Điều', 'Về', 'Với', 'Những', 'Các', 'Một', 'Hai',
  'Nếu', 'Tuy', 'Nhưng', 'Và', 'Đây', 'Đó', 'Phía', 'Báo', 'Tờ', 'Kênh', 'Hãng', 'Lãnh',
  'Ngoài', 'Hôm', 'Ngày', 'Tháng', 'Năm', 'Cũng', 'Hiện', 'Thế', 'Từ', 'Do', 'Vì', 'Để', 'Còn', 'Bên', 'Cuộc',
  'Đại', 'Phó', 'Vụ', 'Thư', 'Người', 'Truyền', 'Tổng', 'Chủ', 'Thủ', 'Bí', 'Ngoại', 'Giám', 'Thị',
];

/** Common Vietnamese surnames: "Lê" in "thành phố Huế Lê Minh Khoa" opens the person's name. */
export const SURNAME_LIST: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Đào', 'Đoàn', 'Trương', 'Lâm', 'Mai', 'Trịnh', 'Đinh', 'Lương', 'Hà', 'Tạ', 'Cao', 'Châu', 'Tô', 'Thái',
];

/** First-person words: in an interview turn ("- PGS Hùng: … Tôi nói …") they stand for the one answering. */
export const FIRST_PERSON: readonly string[] = ['Tôi', 'tôi', 'Chúng tôi', 'chúng tôi'];
