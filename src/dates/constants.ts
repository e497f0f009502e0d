/** Word tables for the dates stage. Alternations are built from them longest first (see pattern.ts). */

/** Cardinal number words ('năm' = five is left out: it is the word for year). */
export const NUMBER_WORDS: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12, 'mười ba': 13, 'mười bốn': 14, 'mười lăm': 15, 'mười sáu': 16,
  'mười bảy': 17, 'mười tám': 18, 'mười chín': 19, 'hai mươi': 20, 'ba mươi': 30, 'bốn mươi': 40,
  'năm mươi': 50, 'sáu mươi': 60, 'hai mươi lăm': 25, 'mươi': 10, 'trăm': 100, 'một trăm': 100,
};

/** Month names after 'tháng' (lower-cased): 'tháng Giêng', 'tháng hai', 'tháng Chạp'. */
export const MONTH_WORDS: Record<string, number> = {
  giêng: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12, chạp: 12,
};

/** Weekday names after 'thứ' → ISO weekday (Monday 1). */
export const WEEKDAY_WORDS: Record<string, number> = {
  hai: 1, '2': 1, ba: 2, '3': 2, tư: 3, '4': 3, năm: 4, '5': 4, sáu: 5, '6': 5, bảy: 6, bẩy: 6, '7': 6,
};

/** Parts of day → TIMEX3 code, and the hour shift a clock time takes from them. */
export const PARTS_OF_DAY: Record<string, { code: string; pm: boolean }> = {
  sáng: { code: 'MO', pm: false }, trưa: { code: 'MI', pm: true }, chiều: { code: 'AF', pm: true },
  tối: { code: 'EV', pm: true }, đêm: { code: 'NI', pm: true }, khuya: { code: 'NI', pm: true },
};

/** Duration units → TIMEX3 unit letter and whether it is a time unit (PT...). */
export const UNITS: Record<string, { unit: string; time: boolean }> = {
  năm: { unit: 'Y', time: false }, tháng: { unit: 'M', time: false }, tuần: { unit: 'W', time: false },
  ngày: { unit: 'D', time: false }, giờ: { unit: 'H', time: true }, tiếng: { unit: 'H', time: true },
  'tiếng đồng hồ': { unit: 'H', time: true }, phút: { unit: 'M', time: true }, giây: { unit: 'S', time: true },
  'thập kỷ': { unit: 'DE', time: false }, 'thập niên': { unit: 'DE', time: false },
  'thế kỷ': { unit: 'CE', time: false }, 'thế kỉ': { unit: 'CE', time: false }, 'thập kỉ': { unit: 'DE', time: false },
};

/** Quantities that make a vague duration ('nhiều năm' → PXY). */
export const VAGUE_QUANTITIES = ['nhiều', 'vài', 'mấy', 'những', 'hàng', 'một số', 'bao nhiêu', 'một vài', 'các', 'hàng chục', 'vài chục', 'hàng trăm'];

/** Hedges kept in a duration's span ('khoảng 4 giờ', 'gần hai năm'). */
export const HEDGES = ['khoảng', 'gần', 'hơn', 'chừng', 'ít nhất', 'tối đa', 'đúng', 'gần như', 'ước tính'];

/** Repeating times: 'hằng năm' → P1Y. */
export const SET_WORDS = ['hằng', 'hàng', 'mỗi', 'từng'];
export const SET_FIXED: Record<string, string> = { 'thường niên': 'P1Y', 'thường nhật': 'P1D' };

/** Relative words after a calendar unit: 'năm ngoái' → -1. */
export const RELATIVE_SUFFIX: Record<string, number> = {
  nay: 0, này: 0, 'hiện tại': 0, ngoái: -1, trước: -1, 'vừa rồi': -1, sau: 1, tới: 1, 'kế tiếp': 1, 'tiếp theo': 1, 'sắp tới': 1,
};

/** Days relative to the reference. */
export const RELATIVE_DAYS: Record<string, number> = {
  'hôm nay': 0, 'ngày hôm nay': 0, 'hôm qua': -1, 'ngày hôm qua': -1, 'hôm kia': -2, 'ngày mai': 1,
  'ngày kia': 2, 'mai': 1,
};

/** Seasons → TIMEX3. */
export const SEASONS: Record<string, string> = { xuân: 'SP', hè: 'SU', hạ: 'SU', thu: 'FA', đông: 'WI' };

/** Tense cues in a sentence: the one nearest a year-less date decides its year. */
export const PAST_CUES = ['đã', 'vừa qua', 'vừa rồi', 'vừa', 'hồi', 'trước đó', 'trước đây', 'từng', 'đã từng'];
export const FUTURE_CUES = ['sẽ', 'dự kiến', 'kế hoạch', 'sắp', 'dự định', 'chuẩn bị', 'lên kế hoạch', 'sẽ có'];

/** Words before a 'd/m' that make it a fraction or a score, not a date. */
export const NOT_DATE_BEFORE = ['tỷ lệ', 'tỉ lệ', 'tỷ số', 'tỉ số', 'chiếm', 'khoảng', 'gần', 'hơn', 'số', 'bằng', 'phần', 'là', 'thắng', 'thua', 'hòa', 'chỉ', 'version', 'phiên bản', 'đạt'];
/** Words after a 'd/m' that make it a fraction ('1/4 tổng lượng'). */
export const NOT_DATE_AFTER = ['tổng', 'số', 'lượng', 'dân', 'diện tích', 'thời gian', 'phần', 'trong số', 'cử tri', 'người'];

/** Words before 'thứ hai' that make it an ordinal ('lần thứ hai'). */
export const TIME_CUES_BEFORE = ['hôm', 'vào', 'ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'từ', 'đến', 'tới', 'cuối', 'đầu', 'các', 'mỗi', 'hằng', 'hàng', 'thứ', 'tuần'];
