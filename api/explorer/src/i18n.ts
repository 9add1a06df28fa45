// Interface text in Vietnamese (default) and English. Data stays as the sources write it (Vietnamese),
// with the English gloss beside it where the data has one (titleEn, nameEn).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'vi' | 'en';

const strings = {
  appName: { vi: 'PolityGraph · Tra cứu', en: 'PolityGraph · Explorer' },
  skip: { vi: 'Chuyển đến nội dung', en: 'Skip to content' },
  searchLabel: { vi: 'Tìm người, chức vụ, cơ quan, nghị quyết, sự kiện', en: 'Search people, posts, bodies, resolutions, events' },
  searchPlaceholder: { vi: 'vd. dinh tien dung, 15-NQ/TW, bi thu thanh uy', en: 'e.g. dinh tien dung, 15-NQ/TW, bi thu thanh uy' },
  searchTitle: { vi: 'Tìm kiếm', en: 'Search' },
  searchHint: { vi: 'Gõ để tìm; không cần dấu.', en: 'Type to search; diacritics are optional.' },
  noResults: { vi: 'Không có kết quả cho', en: 'No results for' },
  results: { vi: 'kết quả', en: 'results' },
  showing: { vi: 'hiển thị', en: 'showing' },
  language: { vi: 'Ngôn ngữ giao diện', en: 'Interface language' },
  connections: { vi: 'Quan hệ', en: 'Connections' },
  home: { vi: 'Trang đầu', en: 'Home' },
  homeIntro: {
    vi: 'Ai giữ chức vụ nào, khi nào, và nguồn nào nói vậy. Mỗi dữ kiện dẫn tới câu trích nguyên văn từ bài báo.',
    en: 'Who held which post, when, and which source says so. Every fact leads to the verbatim quote of its article.',
  },
  tryThese: { vi: 'Thử', en: 'Try' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  unreachable: { vi: 'Không kết nối được máy chủ API.', en: 'The API cannot be reached.' },
  retrying: { vi: 'Tự thử lại sau', en: 'Retrying by itself in' },
  seconds: { vi: 'giây', en: 's' },
  attempt: { vi: 'lần thử', en: 'attempt' },
  failed: { vi: 'Máy chủ trả lời lỗi', en: 'The API answered with an error' },
  notFound: { vi: 'Không tìm thấy', en: 'Not found' },
  notFoundId: { vi: 'Không có mục nào mang mã', en: 'Nothing has the id' },
  notFoundPage: { vi: 'Không có trang này trong ứng dụng:', en: 'There is no such page in the explorer:' },
  backToSearch: { vi: 'Về trang tìm kiếm', en: 'Back to search' },
  // entity kinds
  person: { vi: 'Người', en: 'Person' },
  people: { vi: 'Người', en: 'People' },
  position: { vi: 'Chức vụ', en: 'Post' },
  positions: { vi: 'Chức vụ', en: 'Posts' },
  body: { vi: 'Cơ quan', en: 'Body' },
  bodies: { vi: 'Cơ quan', en: 'Bodies' },
  resolution: { vi: 'Nghị quyết / văn bản', en: 'Resolution' },
  resolutions: { vi: 'Nghị quyết / văn bản', en: 'Resolutions' },
  event: { vi: 'Sự kiện', en: 'Event' },
  events: { vi: 'Sự kiện', en: 'Events' },
  source: { vi: 'Nguồn', en: 'Source' },
  sources: { vi: 'Nguồn', en: 'Sources' },
  // person
  aliases: { vi: 'Tên khác', en: 'Also known as' },
  postsHeld: { vi: 'Chức vụ đã giữ', en: 'Posts held' },
  timeline: { vi: 'Dòng thời gian', en: 'Timeline' },
  timelineLegend: {
    vi: 'Thanh liền: có ngày bắt đầu/kết thúc; nét đứt: đầu mở (nguồn không nêu); chấm tròn: ngày được nguồn xác nhận; hình thoi: sự kiện.',
    en: 'Solid bar: stated start/end; dashed: open end (no source states it); dots: dates a source attests; diamonds: events.',
  },
  from: { vi: 'Từ', en: 'From' },
  to: { vi: 'Đến', en: 'To' },
  attestedOn: { vi: 'Được xác nhận ngày', en: 'Attested on' },
  notStated: { vi: 'không nêu', en: 'not stated' },
  evidence: { vi: 'Bằng chứng', en: 'Evidence' },
  quotes: { vi: 'trích dẫn', en: 'quotes' },
  participations: { vi: 'Tham gia sự kiện', en: 'Participation in events' },
  about: { vi: 'về', en: 'on' },
  servedAlongside: { vi: 'Cùng công tác', en: 'Served alongside' },
  servedAlongsideHint: {
    vi: 'Những người cùng giữ chức trong một cơ quan hoặc cùng dự một sự kiện.',
    en: 'People holding posts in the same body or taking part in the same event.',
  },
  sharedBodies: { vi: 'cùng cơ quan', en: 'same body' },
  sharedEvents: { vi: 'cùng sự kiện', en: 'same event' },
  findPath: { vi: 'Tìm quan hệ với…', en: 'Find connections to…' },
  none: { vi: 'Không có.', en: 'None.' },
  // position
  holders: { vi: 'Những người giữ chức vụ, theo thứ tự kế nhiệm', en: 'Holders, in order of succession' },
  inBody: { vi: 'Thuộc', en: 'In' },
  // body
  kind: { vi: 'Loại', en: 'Kind' },
  abbreviation: { vi: 'Viết tắt', en: 'Abbreviation' },
  parent: { vi: 'Trực thuộc', en: 'Part of' },
  children: { vi: 'Cơ quan trực thuộc', en: 'Sub-bodies' },
  membersOn: { vi: 'Ai giữ chức vụ vào ngày', en: 'Who held its posts on' },
  membersAll: { vi: 'Mọi nhiệm kỳ đã biết', en: 'Every known tenure' },
  date: { vi: 'Ngày', en: 'Date' },
  anyDate: { vi: 'Mọi thời điểm', en: 'Any date' },
  nobodyOn: { vi: 'Nguồn không cho thấy ai giữ chức vụ của cơ quan này vào ngày đó.', en: 'No source shows anyone in this body’s posts on that date.' },
  resolutionsIssued: { vi: 'Văn bản ban hành', en: 'Resolutions issued' },
  eventsHosted: { vi: 'Sự kiện tổ chức', en: 'Events hosted' },
  postsInBody: { vi: 'Các chức vụ', en: 'Its posts' },
  // resolution / event
  code: { vi: 'Số hiệu', en: 'Code' },
  issuedOn: { vi: 'Ngày ban hành', en: 'Issued on' },
  issuedBy: { vi: 'Cơ quan ban hành', en: 'Issued by' },
  term: { vi: 'Khóa', en: 'Term' },
  plenum: { vi: 'Hội nghị lần thứ', en: 'Plenum' },
  discussedAt: { vi: 'Được thảo luận tại', en: 'Discussed at' },
  whoOnIt: { vi: 'Ai trình bày, phát biểu về văn bản này', en: 'Who presented or spoke on it' },
  location: { vi: 'Địa điểm', en: 'Location' },
  hosts: { vi: 'Cơ quan tổ chức', en: 'Hosted by' },
  participants: { vi: 'Người tham gia', en: 'Participants' },
  resolutionsDiscussed: { vi: 'Văn bản được thảo luận', en: 'Resolutions discussed' },
  // source
  publisher: { vi: 'Nơi đăng', en: 'Publisher' },
  publishedOn: { vi: 'Ngày đăng', en: 'Published on' },
  articleText: { vi: 'Nội dung bài', en: 'Article text' },
  marksHint: {
    vi: 'Mỗi đoạn được đánh dấu là câu trích làm bằng chứng; bấm vào để xem dữ kiện.',
    en: 'Each marked span is a quote used as evidence; follow it to the fact it supports.',
  },
  factsCited: { vi: 'Dữ kiện dựa trên nguồn này', en: 'Facts this source supports' },
  heldPost: { vi: 'giữ chức', en: 'held' },
  // path
  pathTitle: { vi: 'Quan hệ giữa hai mục', en: 'Connection between two entities' },
  pathFrom: { vi: 'Từ (mã hoặc tên)', en: 'From (id or name)' },
  pathTo: { vi: 'Đến (mã hoặc tên)', en: 'To (id or name)' },
  pathFind: { vi: 'Tìm đường ngắn nhất', en: 'Find the shortest chain' },
  pathNone: { vi: 'Không có chuỗi quan hệ nào trong vòng 6 bước.', en: 'No chain of at most 6 steps links them.' },
  pathLength: { vi: 'bước', en: 'steps' },
  pathPick: { vi: 'Chọn hai mục để xem chuỗi quan hệ ngắn nhất giữa chúng.', en: 'Choose two entities to see the shortest chain between them.' },
  pathIdHelp: { vi: 'Gõ tên để chọn từ gợi ý, hoặc dán mã như person:dinh-tien-dung.', en: 'Type a name and pick a suggestion, or paste an id such as person:dinh-tien-dung.' },
} as const;

export type Key = keyof typeof strings;

const enums: Record<string, { vi: string; en: string }> = {
  CHAIRED: { vi: 'Chủ trì', en: 'Chaired' },
  LED: { vi: 'Dẫn đầu', en: 'Led' },
  SPOKE: { vi: 'Phát biểu', en: 'Spoke' },
  PRESENTED: { vi: 'Trình bày', en: 'Presented' },
  ATTENDED: { vi: 'Dự', en: 'Attended' },
  MEMBER: { vi: 'Thành viên', en: 'Member' },
  HELD: { vi: 'giữ chức', en: 'held' },
  IN_BODY: { vi: 'thuộc cơ quan', en: 'in body' },
  PART_OF: { vi: 'trực thuộc', en: 'part of' },
  PARTICIPATED_IN: { vi: 'tham gia', en: 'took part in' },
  HOSTED_BY: { vi: 'do … tổ chức', en: 'hosted by' },
  ISSUED_BY: { vi: 'do … ban hành', en: 'issued by' },
  DISCUSSED: { vi: 'thảo luận', en: 'discussed' },
  PLENUM: { vi: 'Hội nghị', en: 'Plenum' },
  CONGRESS: { vi: 'Đại hội', en: 'Congress' },
  CONFERENCE: { vi: 'Hội nghị', en: 'Conference' },
  WORKING_SESSION: { vi: 'Làm việc', en: 'Working session' },
  SURVEY: { vi: 'Khảo sát', en: 'Survey' },
  MEETING: { vi: 'Cuộc họp', en: 'Meeting' },
  OTHER: { vi: 'Khác', en: 'Other' },
  RESOLUTION: { vi: 'Nghị quyết', en: 'Resolution' },
  DIRECTIVE: { vi: 'Chỉ thị', en: 'Directive' },
  REGULATION: { vi: 'Quy định', en: 'Regulation' },
  CONCLUSION: { vi: 'Kết luận', en: 'Conclusion' },
  PROGRAM: { vi: 'Chương trình', en: 'Programme' },
  PROJECT: { vi: 'Đề án', en: 'Project' },
  POLITBURO: { vi: 'Bộ Chính trị', en: 'Politburo' },
  SECRETARIAT: { vi: 'Ban Bí thư', en: 'Secretariat' },
  CENTRAL_COMMITTEE: { vi: 'Ban Chấp hành Trung ương', en: 'Central Committee' },
  PARTY_COMMITTEE: { vi: 'Đảng ủy / Thành ủy', en: 'Party committee' },
  STANDING_COMMITTEE: { vi: 'Ban Thường vụ', en: 'Standing committee' },
  PARTY_ORGANIZATION: { vi: 'Tổ chức Đảng', en: 'Party organisation' },
  COMMISSION: { vi: 'Ban', en: 'Commission' },
  STEERING_COMMITTEE: { vi: 'Ban Chỉ đạo', en: 'Steering committee' },
  DELEGATION: { vi: 'Đoàn', en: 'Delegation' },
  PEOPLES_COMMITTEE: { vi: 'Ủy ban nhân dân', en: 'People’s Committee' },
  PEOPLES_COUNCIL: { vi: 'Hội đồng nhân dân', en: 'People’s Council' },
  NATIONAL_ASSEMBLY_DELEGATION: { vi: 'Đoàn đại biểu Quốc hội', en: 'National Assembly delegation' },
  FRONT: { vi: 'Mặt trận', en: 'Front' },
};

export const LangContext = createContext<Lang>('vi');

export type Translate = ((key: Key) => string) & { enumLabel: (value: string) => string; lang: Lang };

export function translator(lang: Lang): Translate {
  const t = ((key: Key) => strings[key][lang]) as Translate;
  t.enumLabel = (value: string) => enums[value]?.[lang] ?? value;
  t.lang = lang;
  return t;
}

export function useT(): Translate {
  return translator(useContext(LangContext));
}

export function storedLang(): Lang {
  try {
    const saved = localStorage.getItem('explorer.lang');
    if (saved === 'vi' || saved === 'en') return saved;
  } catch { /* storage may be disabled */ }
  return 'vi';
}

export function storeLang(lang: Lang) {
  try { localStorage.setItem('explorer.lang', lang); } catch { /* ignore */ }
}
