import type { GazetteerEntry, GazetteerKind } from './types';

/**
 * MISC names: platforms and products (social networks, AI chatbots, aircraft, weapons),
 * named events (summits, conferences, wars, sports events), agreements and laws, diseases,
 * market indices.
 *
 * Choices follow the annotation guidelines and the gold files: platforms are MISC
 * ("Truth Social", "LinkedIn", X/Twitter), products are MISC ("Boeing 737 Max"), COVID/COVID-19 is
 * MISC, COP26 is MISC with its full Vietnamese title as an alias, "Chiến tranh Lạnh" and
 * "Nội chiến Quốc-Cộng" are MISC. The one-letter "X" is deliberately not an alias (too ambiguous);
 * 'Twitter' stands for the platform. Names as written in VnExpress/TTXVN; QIDs only where certain.
 * All strings are NFC.
 */

/** [name, aliases, wikidata QID]. */
type Row = readonly [name: string, aliases?: readonly string[], wikidata?: string];

function table(kind: GazetteerKind, rows: readonly Row[]): GazetteerEntry[] {
  return rows.map(([name, aliases, wikidata]) => {
    const entry: GazetteerEntry = { name, type: 'MISC', kind };
    if (aliases && aliases.length > 0) entry.aliases = aliases;
    if (wikidata) entry.wikidata = wikidata;
    return entry;
  });
}

/** Social networks, messaging apps, marketplaces, AI assistants. */
const PLATFORMS: readonly Row[] = [
  ['Twitter', []],
  ['Truth Social', []],
  ['LinkedIn', ['Linkedin']],
  ['Facebook', []],
  ['Instagram', []],
  ['WhatsApp', ['Whatsapp']],
  ['Threads', []],
  ['YouTube', ['Youtube']],
  ['TikTok', ['Tiktok']],
  ['Douyin', []],
  ['WeChat', ['Wechat', 'Weixin']],
  ['Weibo', []],
  ['Telegram', []],
  ['Zalo', []],
  ['Bluesky', []],
  ['Reddit', []],
  ['Snapchat', []],
  ['Shopee', []],
  ['Lazada', []],
  ['Temu', []],
  ['ChatGPT', []],
  ['Gemini', []],
  ['Grok', []],
  ['Copilot', []],
  ['Starlink', []],
];

/** Devices, software, vehicles, aircraft, weapons, chips, currencies as products. */
const PRODUCTS: readonly Row[] = [
  ['iPhone', []],
  ['iPad', []],
  ['Android', []],
  ['Windows', []],
  ['Boeing 737 Max', ['Boeing 737 MAX', 'Boeing 737-MAX', '737 Max', '737 MAX']],
  ['Boeing 787 Dreamliner', ['Boeing 787', '787 Dreamliner']],
  ['Cybertruck', []],
  ['F-35', ['F35']],
  ['F-16', ['F16']],
  ['F-22', []],
  ['Su-35', []],
  ['Su-57', []],
  ['J-20', []],
  ['HIMARS', []],
  ['ATACMS', []],
  ['Patriot', []],
  ['S-400', []],
  ['Vòm Sắt', ['Iron Dome']],
  ['Tomahawk', []],
  ['Oreshnik', []],
  ['Bitcoin', ['bitcoin']],
  ['Ethereum', []],
  ['H20', []],
  ['H100', []],
];

/** Summits, conferences, forums, sports and cultural events, awards. */
const EVENTS: readonly Row[] = [
  // UNESCO-listed intangible heritage
  ['Nhã nhạc cung đình Huế', ['Nhã nhạc Cung đình Huế']],
  ['COP26', ['Hội nghị lần thứ 26 Các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu', 'Hội nghị lần thứ 26 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu']],
  ['COP21', []],
  ['COP27', []],
  ['COP28', []],
  ['COP29', []],
  ['COP30', []],
  ['Đối thoại Shangri-La', ['Shangri-La Dialogue']],
  ['Hội nghị An ninh Munich', ['Hội nghị An ninh München']],
  ['Olympic', ['Thế vận hội', 'Olympics']],
  ['Paralympic', []],
  ['World Cup', ['Cúp Thế giới']],
  ['SEA Games', []],
  ['ASIAD', ['Asian Games']],
  ['AFF Cup', ['ASEAN Cup']],
  ['Champions League', []],
  ['Premier League', []],
  ['Super Bowl', []],
  ['Oscar', []],
  ['Grammy', []],
  ['Nobel', ['giải Nobel', 'Giải Nobel']],
];

/** Wars, revolutions and other historical events. */
const HISTORY: readonly Row[] = [
  ['Chiến tranh Lạnh', ['chiến tranh Lạnh']],
  ['Chiến tranh Thế giới thứ hai', ['Chiến tranh thế giới thứ hai', 'Chiến tranh Thế giới thứ 2', 'Chiến tranh thế giới thứ 2', 'Thế chiến II', 'Thế chiến thứ hai', 'Thế chiến thứ 2', 'Thế chiến 2', 'Đệ nhị Thế chiến']],
  ['Chiến tranh Thế giới thứ nhất', ['Chiến tranh thế giới thứ nhất', 'Thế chiến I', 'Thế chiến thứ nhất', 'Thế chiến 1', 'Đệ nhất Thế chiến']],
  ['Nội chiến Quốc-Cộng', ['Nội chiến Quốc - Cộng', 'Nội chiến Trung Quốc']],
  ['Chiến tranh Triều Tiên', []],
  ['Chiến tranh Việt Nam', []],
  ['Chiến tranh vùng Vịnh', ['Chiến tranh Vùng Vịnh']],
  ['Cách mạng Văn hóa', ['Cách mạng Văn hoá']],
  ['Cách mạng Tháng Tám', []],
  ['Chiến dịch Điện Biên Phủ', ['Chiến thắng Điện Biên Phủ']],
];

/** Treaties, agreements, initiatives, laws. */
const AGREEMENTS: readonly Row[] = [
  ['Thỏa thuận Paris', ['Thỏa thuận khí hậu Paris', 'Thoả thuận Paris']],
  ['Hiệp định Paris', ['Hiệp định Paris năm 1973']],
  ['Hiệp định Genève', ['Hiệp định Geneva', 'Hiệp định Giơnevơ']],
  ['UNCLOS', ['Công ước Liên hợp quốc về Luật Biển', 'Công ước Liên hợp quốc về Luật biển', 'Công ước Luật Biển']],
  ['CPTPP', ['Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương']],
  ['TPP', ['Hiệp định Đối tác xuyên Thái Bình Dương']],
  ['RCEP', ['Hiệp định Đối tác Kinh tế Toàn diện Khu vực']],
  ['EVFTA', []],
  ['NAFTA', []],
  ['USMCA', []],
  ['JCPOA', ['Kế hoạch Hành động Chung Toàn diện']],
  ['New START', []],
  ['Sáng kiến Vành đai và Con đường', ['Vành đai và Con đường', 'Vành đai, Con đường', 'BRI']],
  ['Đạo luật CHIPS', ['CHIPS Act', 'Đạo luật Khoa học và Chip']],
  ['DOC', ['Tuyên bố về ứng xử của các bên ở Biển Đông']],
  ['COC', ['Bộ Quy tắc Ứng xử ở Biển Đông', 'Bộ quy tắc ứng xử ở Biển Đông']],
];

/** Diseases and pathogens. */
const DISEASES: readonly Row[] = [
  ['COVID-19', ['COVID', 'Covid-19', 'Covid', 'Covid 19', 'COVID 19']],
  ['SARS-CoV-2', []],
  ['Ebola', []],
];

/** Market indices. */
const INDICES: readonly Row[] = [
  ['Dow Jones', ['Dow Jones Industrial Average', 'DJIA']],
  ['S&P 500', ['S&P500']],
  ['Nasdaq', ['Nasdaq Composite']],
  ['Nikkei 225', []],
  ['Hang Seng', []],
  ['VN-Index', ['VNIndex', 'VN Index']],
  // oil price benchmarks
  ['Brent', []],
  ['WTI', []],
];

export const MISC: readonly GazetteerEntry[] = [
  ...table('product', PLATFORMS),
  ...table('product', PRODUCTS),
  ...table('event', EVENTS),
  ...table('event', HISTORY),
  ...table('misc', AGREEMENTS),
  ...table('misc', DISEASES),
  ...table('misc', INDICES),
];
