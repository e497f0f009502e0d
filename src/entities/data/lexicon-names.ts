/**
 * Head words that start an organisation or MISC name and belong to it ("Bộ Tư pháp", "Chiến tranh Lạnh").
 * Capitalised in the text; a head alone is not a name unless listed in STANDALONE_ORGS.
 */
export const ORG_HEADS: readonly string[] = [
  'Bộ', 'Cục', 'Vụ', 'Viện', 'Sở', 'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND', 'Hội đồng', 'Đảng', 'Đại học', 'Học viện',
  'Trường Đại học', 'Trung tâm', 'Tập đoàn', 'Công ty', 'Tổng công ty', 'Ngân hàng', 'Quỹ', 'Hạ viện', 'Thượng viện', 'Quốc hội',
  'Tòa án', 'Toà án', 'Viện kiểm sát', 'Văn phòng', 'Liên đoàn', 'Hiệp hội', 'Tổ chức', 'Liên minh', 'Mặt trận',
  'Quân đội', 'Quân đoàn', 'Hải quân', 'Không quân', 'Lục quân', 'Công an', 'Cảnh sát', 'Thành ủy', 'Thành uỷ', 'Tỉnh ủy',
  'Tỉnh uỷ', 'Huyện ủy', 'Tổng cục', 'Thông tấn xã', 'Đài Truyền hình', 'Đài Phát thanh', 'Tạp chí', 'Nhà xuất bản', 'Câu lạc bộ', 'CLB',
  'Liên hợp quốc', 'Chính phủ', 'Nhà Trắng', 'Điện Kremlin', 'Lầu Năm Góc', 'Thường trực', 'Văn phòng',
  'Quốc dân Đảng', 'Cơ quan', 'Tòa Bạch Ốc', 'Phủ Tổng thống', 'Nhà máy', 'Thời báo', 'Nhật báo', 'Truyền hình',
  'Đại sứ quán', 'Tổng Lãnh sự quán', 'Tổng lãnh sự quán', 'Lãnh sự quán', 'Phòng Thương mại', 'Ban', 'Tiểu ban',
  // "Lực lượng Bảo vệ Bờ biển Philippines", "Chương trình Môi trường Liên Hợp Quốc", "Đài Khí tượng Thủy văn tỉnh X"
  // ("Đài Loan", "Đài Bắc" are longer gazetteer forms: a head yields to them)
  'Lực lượng', 'Chương trình', 'Đài',
  // courts, procuracies and investigators, full and abbreviated: "TAND TP Hà Nội", "Viện KSND tỉnh Nghệ An",
  // "Cơ quan Cảnh sát điều tra Bộ Công an", "Đoàn Luật sư TP Hà Nội" (a place follows after "TP"/"tỉnh")
  'TAND', 'VKSND', 'Viện KSND', 'Tòa án nhân dân', 'Toà án nhân dân', 'Viện kiểm sát nhân dân', 'Cơ quan Cảnh sát điều tra',
  'Cơ quan điều tra', 'Đoàn Luật sư',
  // hospitals: "Bệnh viện Đa khoa tỉnh X", "Bệnh viện Chợ Rẫy" (alone, "Bệnh viện đã ..." is no name)
  'Bệnh viện',
];

/** Heads that are a plain noun when only a place follows: "Lực lượng Nga", "Quân đội Mỹ" name the country's forces. */
export const GENERIC_HEADS: readonly string[] = ['Lực lượng', 'Quân đội'];

/**
 * Heads of places that belong to the name: "Căn cứ Không quân Andersen", "Quốc lộ 1A" (a route number may
 * follow the road heads: ROUTE_HEADS).
 */
export const PLACE_HEADS: readonly string[] = ['Căn cứ', 'Quốc lộ', 'Tỉnh lộ', 'Đại lộ', 'Cao tốc'];
export const ROUTE_HEADS: readonly string[] = ['Quốc lộ', 'Tỉnh lộ', 'Đại lộ', 'Cao tốc'];

/** Documents that "Căn cứ" ("on the basis of") cites: "Căn cứ Quyết định 15" is no military base. */
export const DOCUMENT_WORDS: readonly string[] = [
  'Quyết định', 'Công văn', 'Kế hoạch', 'Điều', 'Khoản', 'Thông báo', 'Tờ trình', 'Hiến pháp', 'Kết luận', 'Biên bản', 'Văn bản',
];

/**
 * Vietnamese road codes: "QL1A" (quốc lộ), "ĐT609" / "DT609" (đường tỉnh), "TL8" (tỉnh lộ), "HL2" (hương lộ),
 * "ĐH4" (đường huyện), "CT01" (cao tốc). A code alone names a road, a place.
 */
export const ROAD_CODE_PREFIXES: readonly string[] = ['QL', 'ĐT', 'DT', 'TL', 'HL', 'ĐH', 'CT'];

/** Heads that name one body by themselves ("Quốc hội", "Nhà Trắng", "Đảng" for the Communist Party). */
export const STANDALONE_ORGS: readonly string[] = [
  'Quốc hội', 'Chính phủ', 'Nhà Trắng', 'Điện Kremlin', 'Lầu Năm Góc', 'Liên hợp quốc', 'Quốc dân Đảng', 'Hạ viện',
  'Thượng viện', 'Đảng', 'Thành ủy', 'Thành uỷ', 'Tòa Bạch Ốc',
];

/** Heads of MISC names: events, wars, treaties, laws, awards ("Chiến tranh Lạnh", "Hội nghị ... COP26"). */
export const MISC_HEADS: readonly string[] = [
  'Hội nghị', 'Chiến tranh', 'Nội chiến', 'Thế chiến', 'Công ước', 'Hiệp định', 'Hiệp ước', 'Luật', 'Bộ luật', 'Nghị quyết',
  'Nghị định', 'Huân chương', 'Huy chương', 'Giải thưởng', 'Quy chế', 'Dự thảo', 'Chiến dịch', 'Thế vận hội', 'Tuyên bố',
  'Sáng kiến', 'Chiến lược', 'Đại hội', 'Diễn đàn', 'Hội chợ', 'Thông tư', 'Chỉ thị', 'Cách mạng',
  // "Đạo luật Giảm lạm phát", "Cam kết Mê-tan Toàn cầu", "Bộ quy tắc ứng xử ở Biển Đông (COC)"
  'Đạo luật', 'Cam kết', 'Bộ quy tắc',
  // festivals: "Lễ hội Đèn lồng Hội An", "Lễ hội Hoa anh đào"
  'Lễ hội',
];

/** Lower-case words that belong to a following name ("đảng Cộng hòa", "châu Âu", "sông Hinh"). */
export const NAME_PREFIXES: readonly { words: string; type: 'LOCATION' | 'ORGANIZATION' }[] = [
  { words: 'đảng', type: 'ORGANIZATION' }, { words: 'châu', type: 'LOCATION' }, { words: 'phương', type: 'LOCATION' },
  { words: 'miền', type: 'LOCATION' }, { words: 'sông', type: 'LOCATION' }, { words: 'kênh đào', type: 'LOCATION' },
  { words: 'bán đảo', type: 'LOCATION' }, { words: 'eo biển', type: 'LOCATION' },
  { words: 'thành ủy', type: 'ORGANIZATION' }, { words: 'thành uỷ', type: 'ORGANIZATION' }, { words: 'tỉnh ủy', type: 'ORGANIZATION' },
  { words: 'tỉnh uỷ', type: 'ORGANIZATION' }, { words: 'huyện ủy', type: 'ORGANIZATION' },
];

/** Last words that make an unknown name an organisation ("Rhodium Group", "Fox News") or a MISC name. */
export const ORG_TAILS: readonly string[] = [
  'Group', 'News', 'Times', 'Images', 'Daily', 'Post', 'Journal', 'Airlines', 'Airways', 'Bank', 'Inc', 'Corp', 'Corporation',
  'Ltd', 'Motors', 'Press', 'Agency', 'University', 'Institute', 'Foundation', 'Council', 'Committee', 'Party', 'Association',
  'Media', 'Network', 'Television', 'Radio', 'Company', 'Holdings', 'Capital', 'Partners', 'Reuters', 'Club', 'FC', 'Energy',
  'Technologies', 'Systems', 'Shipyards', 'Shipyard', 'Labs', 'Studio', 'Studios', 'Records', 'Tribune', 'Herald', 'Guardian', 'Telegraph', 'Review',
  'Magazine', 'Report', 'Center', 'Centre', 'Service', 'Forces', 'Army', 'Navy', 'Police', 'Office', 'Ministry',
  // a group's member companies: "Samsung Electronics", "Toyota Motor", "LG Innotek", "Hyundai Steel"
  'Electronics', 'Motor', 'Display', 'Chemical', 'Innotek', 'Semiconductor', 'Steel', 'Industries', 'Pharma', 'Biologics',
  // tech companies: "FPT Software", "Sakura Digital", "X Tech"
  'Tech', 'Digital', 'Software', 'Solutions', 'Robotics',
];
export const MISC_TAILS: readonly string[] = ['Social', 'Max', 'Pro', 'Plus', 'GPT', 'Cup', 'Award', 'Awards', 'Summit', 'Games', 'Festival', 'Act'];

/**
 * Words of two or three syllables that name a field in bodies' names, written with only their first
 * syllable capitalised: "Bộ Tài nguyên và Môi trường", "Bộ Kế hoạch và Đầu tư", "Vụ Công nghiệp nặng",
 * "Trung tâm Nghiên cứu Chiến lược và Quốc tế". Lower case; from the names of Vietnam's ministries,
 * departments and research centres (their official Vietnamese names).
 */
export const FIELD_WORDS: readonly string[] = [
  'môi trường', 'đầu tư', 'quốc tế', 'xã hội', 'thương binh', 'lao động', 'tài nguyên', 'kế hoạch', 'công nghiệp',
  'công nghiệp nặng', 'công nghiệp nhẹ', 'công nghệ', 'khoa học', 'giáo dục', 'đào tạo', 'y tế', 'văn hóa', 'văn hoá', 'thể thao',
  'du lịch', 'giao thông', 'vận tải', 'xây dựng', 'tư pháp', 'nội vụ', 'ngoại giao', 'quốc phòng', 'công an', 'tài chính',
  'thông tin', 'truyền thông', 'nông nghiệp', 'phát triển', 'nông thôn', 'kinh tế', 'chính trị', 'chiến lược', 'an ninh',
  'nghiên cứu', 'thương mại', 'dịch vụ', 'hàng không', 'hàng hải', 'năng lượng', 'khí tượng', 'thủy văn', 'thuỷ văn',
  'dự báo', 'bảo hiểm', 'chứng khoán', 'hải quan', 'kiểm toán', 'thanh tra', 'dân tộc', 'tôn giáo', 'tuyên giáo',
  'đối ngoại', 'kiểm tra', 'tổ chức', 'dân vận', 'pháp chế', 'hợp tác', 'quản lý', 'quy hoạch', 'thống kê', 'môi sinh',
  'biển đảo', 'biên giới', 'lãnh sự', 'báo chí', 'xuất bản', 'phát thanh', 'truyền hình', 'điện ảnh', 'di sản', 'nhân quyền',
  'sản xuất', 'cổ phần', 'chỉ huy', 'phòng chống', 'thiên tai', 'phòng chống thiên tai', 'tìm kiếm', 'cứu nạn',
  'tìm kiếm cứu nạn', 'cứu hộ', 'bảo vệ', 'môi trường biển', 'toàn cầu',
  // scopes written in lower case after a field: "Phát triển nông thôn", "Khí tượng Thủy văn quốc gia"
  'quốc gia', 'trung ương', 'nông thôn', 'đô thị', 'khu vực',
  // companies' trades: "Công ty CP Địa ốc Kim Phát", "Tập đoàn Bất động sản X"
  'địa ốc', 'bất động sản',
];

/**
 * Field words that are also verbs: in lower case after a body's name they start the predicate
 * ("Bộ Kế hoạch và Đầu tư | tổ chức họp báo"), so they never extend the name in lower case.
 */
export const VERB_FIELDS: readonly string[] = [
  'tổ chức', 'quản lý', 'kiểm tra', 'hợp tác', 'nghiên cứu', 'bảo vệ', 'thanh tra', 'sản xuất', 'xây dựng', 'dự báo',
  'tìm kiếm', 'cứu hộ', 'phòng chống', 'đầu tư', 'kiểm toán', 'đào tạo', 'quy hoạch', 'thông tin', 'phát triển',
];

/**
 * Lower-case particles inside foreign personal names: "Mohammed bin Salman", "Ursula von der Leyen",
 * "Charles de Gaulle", "Leonardo da Vinci". Kept inside a name between capitalised foreign words.
 */
export const NAME_PARTICLES: readonly string[] = ['bin', 'bint', 'ibn', 'al', 'el', 'von', 'van', 'der', 'den', 'de', 'du', 'da', 'dos', 'del', 'di', 'la', 'le'];
