using PolityGraph.GraphModel;

namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// The closed word lists of Vietnamese press grammar the extractor relies on, written with their
/// diacritics for the reader and compared folded (SearchFolding). General vocabulary only: no entry
/// names a person, and the places are the country's provinces and centrally governed cities.
/// </summary>
public static class Lexicon
{
    /// <summary>
    /// Family names (họ): a person's name starts with one. The common ones cover most officials. Compared with
    /// their diacritics: folded, "Đặng" would let "Đảng" open a name ("... Trung ương Đảng Lò Văn Tám").
    /// </summary>
    public static readonly IReadOnlySet<string> Surnames = Lowered(
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đinh", "Trương", "Lương", "Tô", "Hà", "Mai", "Đào", "Đoàn", "Vương", "Trịnh", "Lâm",
        "Phùng", "Cao", "Tạ", "Châu", "Thái", "Lưu", "Quách", "Triệu", "Kiều", "Tăng", "Từ", "La", "Lại", "Mạc",
        "Khúc", "Chu", "Đồng", "Giang", "Hầu", "Âu", "Nông", "Lò", "Thân", "Doãn", "Tống", "Nghiêm", "Ninh",
        "Lã", "Lục", "Ông", "Bế", "Hứa", "Sầm", "Ma", "Mông", "Quan", "Cù", "Diệp", "Ôn", "Giáp", "Bạch",
        "Khổng", "Đàm", "Kim", "Văn", "Y", "Lưu", "Vi", "Hoàng", "Tôn", "Thạch", "Danh", "Sơn", "Lữ", "Mẫn",
        "Viên", "Khuất", "Trà", "Phí", "Cấn", "Chế", "Bành", "Khương", "Hoa", "Tiêu", "Trình", "Mã", "Nhữ",
        "Khang", "Giàng", "Sùng", "Thào", "Mùa", "Quàng",
        // Family names of the northern uplands' peoples (Thái, Mông, Dao, Tày, Nùng, Giáy, Hà Nhì).
        "Cầm", "Tòng", "Lường", "Vì", "Khà", "Vàng", "Vừ", "Lầu", "Chá", "Sình", "Tẩn", "Chảo", "Bàn", "Lộc", "Tráng", "Cà",
        "Lự", "Lèo", "Điêu", "Xa", "Sần", "Hờ", "Chẩu", "Lù", "Pờ", "Mè", "Hảng",
        // Rarer Kinh family names.
        "Thiều", "Ứng", "Lạc", "Kha", "Ngụy", "Vưu", "Đái", "Lư", "Hàn", "Khiếu", "Mạch", "Nhan", "Dư", "Uông", "Đầu", "Chử", "Chung",
        "Tiết", "Ung",
        // Chinese family names as the press writes them in Sino-Vietnamese ("Tập Cận Bình", "Lật Chiến Thư", "Mạnh Kiến Trụ").
        "Tập", "Lật", "Mạnh", "Giả", "Hác", "Thẩm",
        // Family names of the Central Highlands' peoples (Jarai, Ede): "Rah Lan Chung", "Ksor Phước Hà", "Siu Hương", "Rơ Mah Tuân".
        "Điểu", "Quế", "Rah", "Ksor", "Siu", "Rơ", "Kpă", "Puih", "Kpuih", "Rcom", "Rmah", "Niê", "Mlô", "Byă", "Hđơk", "Kbuôr", "Bdap", "Adrơng", "Ktla");

    /// <summary>
    /// Korean family names as written in Latin letters ("Cho Hyun", "Bae Jin Gyo"): they open a foreign name though Vietnamese
    /// spelling could write some of them as a syllable ("Cho", "Na", "Ha").
    /// </summary>
    public static readonly IReadOnlySet<string> KoreanSurnames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Suh", "Shin", "Kwon",
        "Hwang", "Ahn", "Song", "Yoo", "Yu", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Roh", "Ha",
        "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu", "Na", "Jin", "Yeo", "Choo", "Ban",
    };

    /// <summary>
    /// Countries whose first syllable is a family name ("Chủ tịch Quốc hội Hàn Quốc Park ...", "Thượng viện Hoa Kỳ"): never a
    /// person (<see cref="TownsNamedLikePeople"/>), and the end of a foreign body's name (<see cref="Countries"/>).
    /// </summary>
    private static readonly string[] CountriesNamedLikePeople = ["Hàn Quốc", "Hoa Kỳ", "Thái Lan", "Mông Cổ", "Hà Lan", "Ma Rốc", "Nam Phi"];

    /// <summary>
    /// Cities, towns and districts whose names start with a family name and read as a person's name ("Phan Thiết", "Hà
    /// Tiên", "Cao Lãnh", "Châu Thành"): never a person, even with no unit's word before them.
    /// </summary>
    public static readonly IReadOnlySet<string> TownsNamedLikePeople = Folded([
        "Phan Thiết", "Phan Rang", "Hà Tiên", "Hà Đông", "Đồng Hới", "Đồng Xoài", "Cao Lãnh", "Châu Đốc", "Châu Thành", "Châu Phú",
        "Lương Sơn", "Lâm Hà", "Mai Sơn", "Mai Châu", "Lục Nam", "Lục Ngạn", "Kim Bảng", "Kim Sơn", "Hà Trung", "Hà Quảng", "Thái Hòa",
        "Thái Thụy", "Đông Hà",
        // "Buôn Ma Thuột" (its two last syllables read as a person of the family Ma), the cities' districts named after heroes
        // ("Ngô Quyền", "Lê Chân") and districts whose first syllable is a family name ("Sơn Tây", "Văn Chấn", "Ninh Kiều").
        "Buôn Ma Thuột", "Ma Thuột", "Ngô Quyền", "Lê Chân", "Sơn Tây", "Sơn Trà", "Sơn Tịnh", "Sơn Hòa", "Ninh Kiều", "Ninh Hòa",
        "Ninh Giang", "Ninh Sơn", "Ninh Phước", "Ninh Hải", "Văn Chấn", "Văn Lâm", "Văn Giang", "Văn Yên", "Văn Bàn", "Văn Lãng", "Văn Quan",
        .. CountriesNamedLikePeople,
        "Kim Động", "Kim Thành", "Thạch Thất", "Thạch Hà", "Thạch Thành", "Lý Nhân", "Hoàng Su Phì", "Hoàng Sa", "Lục Yên", "Cao Lộc", "Hồng Ngự", "Cao Phong", "Lạc Sơn", "Lạc Thủy", "Lạc Dương", "Trà Ôn", "Lý Sơn", "Hoàng Mai", "Đồng Văn",
        "Đồng Hỷ", "Võ Nhai", "Bạch Long Vĩ", "Đoan Hùng", "Quan Hóa", "Quan Sơn",
        // Continents, named like a person of the family Châu: "Ủy ban Phật giáo Châu Á vì hòa bình".
        "Châu Á", "Châu Âu", "Châu Phi", "Châu Mỹ", "Châu Úc", "Châu Đại Dương"]);

    /// <summary>
    /// Provinces and centrally governed cities (the 63 of 2008-2025, their common short forms and the spellings the press
    /// uses besides the official one), so that "Hà Nội" or "Đồng Tháp" is never read as a person. A place is matched as
    /// spelled (<see cref="Places"/>), so a spelling the press uses must be listed.
    /// </summary>
    public static readonly IReadOnlyList<string> Places =
    [
        "Hà Nội", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.Hồ Chí Minh", "Hồ Chí Minh",
        "TPHCM", "TP HCM", "TP.HCM", "TP. HCM", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Thừa Thiên Huế",
        "Thừa Thiên - Huế", "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bắc Giang", "Bắc Kạn",
        "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau",
        "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Đăk Lăk", "Đắc Lắc", "Đắk Lăk", "Đăk Nông", "Đắc Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
        "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
        "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
        "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
        "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Tiền Giang", "Trà Vinh",
        "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
        // Provinces of earlier decades, which older officials' careers name ("Giám đốc Công an tỉnh Hà Tây", "quê Hải Hưng").
        "Hà Tây", "Hà Sơn Bình", "Hà Nam Ninh", "Hải Hưng", "Nghệ Tĩnh", "Bình Trị Thiên", "Nghĩa Bình", "Phú Khánh", "Thuận Hải",
        "Sông Bé", "Minh Hải", "Vĩnh Phú", "Bắc Thái", "Hoàng Liên Sơn", "Cửu Long", "Hà Bắc", "Cao Lạng", "Quảng Nam - Đà Nẵng",
    ];

    /// <summary>
    /// Words that open a post, longest first where one begins another. Each is a title head: what
    /// follows it (a body, a place) belongs to the post until a comma, a verb or a name.
    /// </summary>
    public static readonly IReadOnlyList<TitleHead> Heads =
    [
        new("Tổng Bí thư", Bare: true), new("Bí thư thứ nhất"), new("Phó Bí thư"), new("Bí thư"),
        // A diplomat's ranks at an embassy or a mission: "Bí thư thứ ba, Tham tán Công sứ, Phó trưởng Phái đoàn ...".
        new("Bí thư thứ hai", Bare: true), new("Bí thư thứ ba", Bare: true), new("Tham tán Công sứ", Bare: true), new("Tham tán", Bare: true),
        new("Công sứ", Bare: true), new("Phó Tùy viên"), new("Tùy viên"),
        // The Front's vice-chair who is its secretary-general holds one office, written with a dash.
        new("Phó Chủ tịch - Tổng Thư ký"),
        new("Phó Chủ tịch"), new("Chủ tịch"),
        // A ministry's spokesperson: "Người Phát ngôn Bộ Ngoại giao".
        new("Người phát ngôn"), new("Ủy viên dự khuyết"), new("Ủy viên"), new("UVT.Ư", Bare: true),
        new("UVTƯ", Bare: true), new("UVTW", Bare: true), new("UVBCT", Bare: true),
        new("UVBTV", Bare: true), new("UVBTVHU", Bare: true), new("UVBTVTU", Bare: true), new("UV.BTV"), new("CT"), new("UVTV", Bare: true), new("TUV", Bare: true), new("HUV", Bare: true), new("QUV", Bare: true), new("TVTU", Bare: true), new("Phó GĐ"), new("PGĐ"), new("GĐ"), new("PBT"), new("Phó TGĐ", Bare: true), new("TV HĐQT"),
        new("Phó Thủ tướng", Bare: true), new("Thủ tướng", Bare: true), new("Bộ trưởng", Bare: true), new("Thứ trưởng", Bare: true),
        // An investigating agency's head, folded like "Thứ trưởng": "Phó Giám đốc - Thủ trưởng Cơ quan CSĐT Công an tỉnh".
        new("Phó Thủ trưởng"), new("Thủ trưởng"),
        new("Phó Tổng Giám đốc", Bare: true), new("Tổng Giám đốc", Bare: true), new("Phó Giám đốc"), new("Giám đốc"), new("Chánh án"), new("Phó Chánh án"), new("PCT"), new("PTGĐ", Bare: true), new("TGĐ", Bare: true), new("Cục phó"), new("Vụ phó"), new("Đại sứ đặc mệnh toàn quyền", Bare: true), new("Đại sứ", Bare: true), new("Phó Đại sứ", Bare: true), new("Phó Tổng Lãnh sự", Bare: true), new("Tổng Lãnh sự", Bare: true), new("Phó Thống đốc", Bare: true), new("Thống đốc", Bare: true), new("Phó Tổng Biên tập", Bare: true), new("Tổng Biên tập", Bare: true), new("Phó Chánh tòa"), new("Chánh tòa"), new("Thẩm phán"),
        new("Viện trưởng"), new("Phó Viện trưởng"), new("Phó Chủ nhiệm"), new("Chủ nhiệm"),
        new("Phó Chánh Văn phòng"), new("Chánh Văn phòng"), new("Tổng Thư ký", Bare: true), new("Phó BT"), new("Phó Tổng Kiểm toán"), new("Tổng Kiểm toán"),
        new("Phó Tổng Thanh tra", Bare: true), new("Tổng Thanh tra", Bare: true), new("Phó Chánh Thanh tra"), new("Chánh Thanh tra"),
        new("Phó Tổng Thư ký", Bare: true), new("Phó Chi cục trưởng"), new("Chi cục trưởng"), new("Phó Tư lệnh"), new("Tư lệnh"), new("Phó Chính ủy"), new("Chính ủy"),
        new("Tỉnh ủy viên", Bare: true), new("Thành ủy viên", Bare: true), new("Huyện ủy viên", Bare: true), new("Quận ủy viên", Bare: true),
        new("Thị ủy viên", Bare: true), new("Đảng ủy viên", Bare: true), new("Chi ủy viên", Bare: true), new("ĐUV", Bare: true),
        // "UVBCH Tổng LĐLĐ Việt Nam", "UV BCH Trung ương Hội Nông dân": a member's post abbreviated, its board after it.
        new("UVBCH"), new("UV"),
        // The elderly's associations are led by a representative board: "Trưởng ban đại diện Hội Người cao tuổi tỉnh".
        new("Phó Trưởng ban đại diện"), new("Trưởng ban đại diện"), new("Phó ban đại diện"),
        new("Đại biểu Quốc hội", Bare: true), new("ĐBQH", Bare: true), new("Đại biểu HĐND"), new("Đại biểu Hội đồng nhân dân"), new("Phó Chỉ huy trưởng"), new("Chỉ huy trưởng"), new("Phó Tổng Tham mưu trưởng"), new("Tổng Tham mưu trưởng"),
        new("Phó Tham mưu trưởng"), new("Tham mưu trưởng"), new("Phó Sư đoàn trưởng"), new("Sư đoàn trưởng"), new("Phó Lữ đoàn trưởng"), new("Lữ đoàn trưởng"),
        new("Phó Trung đoàn trưởng"), new("Trung đoàn trưởng"), new("Phái viên"), new("Phó Tổng cục trưởng"), new("Tổng cục trưởng"), new("Phó Cục trưởng"), new("Cục trưởng"),
        new("Phó Vụ trưởng"), new("Vụ trưởng"), new("Phó Hiệu trưởng"), new("Hiệu trưởng"), new("Phó ban"), new("Phó Trưởng phòng"), new("Trưởng phòng"), new("Phó Trưởng trạm"), new("Trưởng trạm"),
        // A hospital's or a university's faculty: "Trưởng khoa Phẫu thuật Ung bướu", "Phó Trưởng khoa Luật".
        new("Phó Trưởng khoa"), new("Trưởng khoa"),
        // A village's and a working group's heads: "Trưởng thôn Trung Tâm", "Trưởng ấp Long Hòa", "Tổ trưởng Tổ công tác" (not
        // "Trưởng bản": folded, it is "Trưởng Ban").
        new("Phó Trưởng thôn"), new("Trưởng thôn"), new("Trưởng ấp"), new("Tổ trưởng", Bare: true), new("Tổ phó", Bare: true),
        // Laos' and Cambodia's provincial and district governors, and a foreign city's mayor: "Tỉnh trưởng Luang Prabang", "Phó Tỉnh trưởng".
        new("Phó Tỉnh trưởng", Bare: true), new("Tỉnh trưởng", Bare: true), new("Phó Huyện trưởng", Bare: true), new("Huyện trưởng", Bare: true),
        new("Phó Thị trưởng", Bare: true), new("Thị trưởng", Bare: true),
        // A foreign minister as the press calls one: "Ngoại trưởng Hoa Kỳ Rex Tillerson".
        new("Ngoại trưởng", Bare: true),
        // Foreign heads of state and a ministry's spokesperson: "Tổng thống Chile Michelle Bachelet", "Quốc vương Campuchia Norodom
        // Sihamoni", "phát ngôn viên Bộ Ngoại giao".
        new("Phó Tổng thống", Bare: true), new("Tổng thống", Bare: true), new("Quốc vương", Bare: true), new("Phát ngôn viên", Bare: true),
        // Foreign legislators: "Thượng nghị sỹ John McCain", "Hạ nghị sĩ Suzuki Norikazu".
        new("Thượng nghị sĩ", Bare: true), new("Thượng nghị sỹ", Bare: true), new("Hạ nghị sĩ", Bare: true), new("Hạ nghị sỹ", Bare: true),
        // "các Nghị sĩ Quốc hội: A, B": a member of a foreign parliament, with the parliament as its body.
        new("Nghị sĩ"), new("Nghị sỹ"),
        new("Phó Trưởng"), new("Trưởng"), new("Thường trực"), new("Thường vụ"), new("Thành viên"), new("Trợ lý"),
        // An adviser to a body: "Cố vấn Hội đồng An ninh Quốc gia", "cố vấn Ban chỉ đạo Trung ương", "Cố vấn Đặc biệt Nội các".
        new("Cố vấn"),
    ];

    /// <summary>Heads that need a body after them to be a post: "Trưởng" alone is not one, "Trưởng Ban Dân vận" is.</summary>
    public sealed record TitleHead(string Text, bool Bare = false)
    {
        public string[] Folded { get; } = SearchFolding.Fold(Text).Split(' ');

        /// <summary>
        /// Each word's spelling (<see cref="PolityGraph.Extractor.Text.Token.SpellingOf"/>): a word written with diacritics must
        /// spell the head's word, not only fold to it ("Trường" or "Trương" is no "Trưởng", "Vượng" no "vương").
        /// </summary>
        public string[] Spelled { get; } = [.. Text.Split(' ').Select(PolityGraph.Extractor.Text.Token.SpellingOf)];
    }

    /// <summary>
    /// Lower-case words a post may carry after its head: where the body is ("tỉnh", "thành phố"), "nước"
    /// of Chủ tịch nước, qualifiers ("thường trực", "dự khuyết", "thứ nhất") and the lower-case words of
    /// bodies' names ("Ủy ban nhân dân", "Đoàn đại biểu Quốc hội", "Đảng ủy Khối các cơ quan"), and the mass
    /// associations' lower-case words ("Hội Người cao tuổi", "Hội Khuyến học", "Hội Chữ thập đỏ").
    /// </summary>
    public static readonly IReadOnlyList<string[]> LowerCasePhrases = FoldedPhrases(LowerCasePhraseTexts);

    /// <summary>
    /// The one-syllable phrases of <see cref="LowerCasePhrases"/>, compared with their diacritics: folded, "quận" would take
    /// "quán" ("đảng ủy quán triệt ..."), "xã" "xa", "ban" "bản".
    /// </summary>
    public static readonly IReadOnlySet<string> LowerCaseWords = Lowered([.. LowerCasePhraseTexts.Where(p => !p.Contains(' '))]);

    private static string[] LowerCasePhraseTexts =>
    [
        "thành phố", "thị xã", "thị trấn", "nhân dân", "đại biểu", "quốc hội", "cấp tỉnh", "cấp huyện", "cấp xã", "cửa khẩu", "thư ký", "thường trực", "thường vụ",
        "dự khuyết", "thứ nhất", "không chuyên trách", "danh dự", "các cơ quan", "cơ quan", "doanh nghiệp", "chuyên trách", "mặt trận", "tổ quốc",
        "ban chấp hành", "chấp hành", "trung ương", "kiểm tra", "tỉnh ủy", "thành ủy", "huyện ủy", "thị ủy", "quận ủy", "đảng ủy",
        "khảo sát", "công tác", "quốc gia", "cổ phần", "ngân hàng", "đại học", "điện tử", "quân sự", "cao tuổi", "khuyến học", "chữ thập đỏ", "người mù",
        "cựu thanh niên xung phong", "cán sự đảng", "thanh niên xung phong", "tối cao", "cấp cao", "phụ nữ", "nông dân", "cựu chiến binh", "tỉnh", "quận", "huyện", "xã", "phường", "khối", "ban", "đoàn", "ủy ban", "hội đồng",
        // The army's units in lower case ("Tư lệnh quân khu 7"): folded, "quân" was once taken for "quận".
        "quân khu", "quân đoàn", "quân chủng",
        // The special zones of 2025 ("Chủ tịch UBND đặc khu Phú Quốc", "Bí thư Đảng ủy đặc khu").
        "đặc khu",
        // An interim council of a ward or commune set up in 2025: "Chủ tịch HĐND lâm thời phường An Hải". "Hội nhà báo tỉnh".
        "lâm thời", "nhà báo",
        // A continent after a union's name: "Liên minh châu Âu"; a region after an institute's or a unit's: "Viện Khoa học xã hội
        // vùng Nam Bộ", "Chi cục Kiểm lâm vùng IV".
        "châu", "vùng",
        // The United Nations as the press writes it: "Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc".
        "hợp quốc",
    ];

    /// <summary>A school's level written in lower case after "trường" ("trường tiểu học Thanh Lạng"), the longest first.</summary>
    public static readonly IReadOnlyList<string[]> SchoolLevels =
        FoldedPhrases("trung học cơ sở", "trung học phổ thông", "tiểu học", "mầm non", "mẫu giáo", "phổ thông");

    /// <summary>
    /// Lower-case phrases of <see cref="LowerCasePhrases"/> that are verbs too ("Phạm Văn A kiểm tra công trình", "khảo sát",
    /// "công tác tại"): they name a board only right after a board's noun ("ủy ban kiểm tra", "đoàn khảo sát", "tổ công tác"),
    /// so that after a name they never carry the post's body past it.
    /// </summary>
    public static readonly IReadOnlyList<string[]> VerbPhrases = FoldedPhrases("kiểm tra", "khảo sát", "công tác");

    /// <summary>
    /// The state's honorary titles, abbreviated before a name as ranks are: People's and Meritorious Artists, Teachers and
    /// Physicians ("NSND Quang Vinh - Quyền Cục trưởng ...").
    /// </summary>
    /// <remarks>Cambodia's honorifics before a leader's name ("Thủ tướng Campuchia Samdech Techo Hun Sen") likewise.</remarks>
    public static readonly IReadOnlySet<string> HonoraryTitles = Lowered("NSND", "NSƯT", "NGND", "NGƯT", "TTND", "TTƯT", "NNND", "NNƯT", "Samdech", "Techo");

    /// <summary>The nouns of a board a verb phrase may name right after: "ủy ban kiểm tra", "đoàn công tác", "tổ công tác".</summary>
    public static readonly IReadOnlySet<string> TeamNouns = Lowered("ban", "đoàn", "tổ");

    /// <summary>
    /// Second syllables of two-syllable words that bodies' names write in lower case after a capital
    /// ("Bộ Chính trị", "Ban Tổ chức", "Tỉnh ủy"): allowed only after the first syllable they belong to.
    /// </summary>
    public static readonly IReadOnlySet<string> Compounds = Folded(CompoundTexts);

    /// <summary>
    /// The <see cref="Compounds"/> as spelled (<see cref="Text.Token.SpellingOf"/>): folded, "quận đối" ("quận đối với") would be
    /// "Quân đội".
    /// </summary>
    public static readonly IReadOnlySet<string> CompoundSpellings =
        CompoundTexts.Select(c => string.Join(' ', c.Split(' ').Select(Text.Token.SpellingOf))).ToHashSet(StringComparer.Ordinal);

    private static string[] CompoundTexts =>
    [
        "Chính trị", "Chấp hành", "Thường vụ", "Thường trực", "Dân nguyện", "Trung ương", "Tổ chức", "Tuyên giáo", "Dân vận",
        // The communes' departments since 2025: "Phòng Kinh tế, Hạ tầng và Đô thị".
        "Hạ tầng",
        // Administrative fields in units' names: "Phòng Đấu thầu, Thẩm định và giám sát đầu tư", "Cục Giám sát, Thẩm định và Xử lý sau
        // thanh tra", "Ủy ban Biên giới quốc gia", "Tạp chí Toàn cảnh, Sự kiện và Dư luận", "Cục Bảo vệ thực vật", "Liên hiệp các tổ
        // chức Hữu nghị", "Công ty Dịch vụ công ích", "Liên đoàn Cử tạ - thể hình".
        "Thẩm định", "Giám sát", "Đấu thầu", "Xử lý", "Biên giới", "Toàn cảnh", "Sự kiện", "Dư luận", "Thực vật", "Hữu nghị", "Dịch vụ",
        "Công ích", "Cử tạ", "Thể hình",
        // "Cục Việc làm", "Trung tâm Dịch vụ việc làm"; "Hội Doanh nghiệp nhỏ và vừa"; "Cục Giám định Nhà nước về chất lượng công trình".
        "Việc làm", "Chất lượng", "Công trình",
        // "Ngân hàng Thế giới", "Tổ chức Y tế Thế giới"; "Đại sứ quán", "Tổng Lãnh sự quán".
        "Thế giới", "Sứ quán", "Sự quán",
        // "Đảng Dân chủ Tự do Nhật Bản"; "Phòng Đăng ký kinh doanh".
        "Tự do", "Đăng ký",
        // "Trung tâm Xúc tiến đầu tư", "Bệnh viện Chấn thương chỉnh hình", "Ủy ban chỉ đạo hợp tác song phương", "Bệnh viện Bệnh Nhiệt đới".
        "Xúc tiến", "Chỉnh hình", "Hợp tác", "Song phương", "Nhiệt đới", "Bồi dưỡng",
        // The special zones of 2025, capitalised in their committees' names: "Đảng ủy Đặc khu Côn Đảo".
        "Đặc khu",
        "Nội chính", "Chỉ đạo", "Quốc hội", "Chính phủ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy",
        "Đảng ủy", "Quân ủy", "Đảng đoàn", "Ủy ban", "Nhân dân", "Mặt trận", "Tổ quốc", "Kiểm tra", "Văn phòng",
        "Thanh tra", "Công an", "Quốc phòng", "Tài chính", "Kế hoạch", "Đầu tư", "Nội vụ", "Ngoại giao", "Tư pháp",
        "Giáo dục", "Đào tạo", "Y tế", "Xây dựng", "Giao thông", "Vận tải", "Công thương", "Nông nghiệp",
        "Phát triển", "Nông thôn", "Tài nguyên", "Môi trường", "Lao động", "Thương binh", "Xã hội", "Văn hóa",
        "Thể thao", "Du lịch", "Khoa học", "Công nghệ", "Thông tin", "Truyền thông", "Kiểm toán", "Nhà nước",
        "Ngân hàng", "Tòa án", "Kiểm sát", "Nông dân", "Cựu chiến", "Chiến binh", "Phụ nữ", "Thanh niên",
        "Cộng sản", "Liên đoàn", "Dân tộc", "Tôn giáo", "Đối ngoại", "Kinh tế", "Dân chủ", "Pháp luật", "Bí thư",
        "Hội đồng", "Đại biểu", "Khảo sát", "Công tác", "Quân sự", "Biên phòng", "Tuyên truyền", "Đề án", "Luật sư",
        "Chương trình", "Thi đua", "Khen thưởng", "Bảo vệ", "Chăm sóc", "Sức khỏe", "Cán bộ", "Cơ quan",
        "Doanh nghiệp", "Công ty", "Thủ đô", "Tỉnh đoàn", "Thành đoàn", "Đoàn thể", "Hành chính", "Đô thị", "Quy hoạch",
        "Kiến trúc", "Ngoại vụ", "Đảng bộ", "Dân số", "Tư tưởng", "Lý luận", "Thường vụ", "Trung tâm", "Báo chí", "Chỉ huy", "Học viện", "Thương mại", "Ngân sách",
        "Tổng cục", "Công nghiệp", "Hậu cần", "Kỹ thuật", "Pháp chế", "An ninh", "Bệnh viện", "Kiểm dịch", "Đa khoa", "Tham mưu", "Cảnh sát", "Hồ sơ", "Quân khu", "Quân đoàn", "Sư đoàn", "Tư lệnh", "Thành phố",
        "Liên hiệp", "Chủ tịch", "Đường bộ", "Đường sắt", "Hàng không", "Hàng hải", "Tổng hợp", "Nghiệp vụ", "Quản lý", "Tối cao",
        // "Ban Cán sự đảng" written with a capital C: "Cán sự", then "sự đảng".
        "Cán sự", "Sự đảng", "Thập đỏ", "Tiếng nói", "Thư ký", "Quân đội", "Sinh viên", "Quản trị", "Đoàn kết", "Tập hợp", "Nhi đồng", "Thiếu niên",
        // "Vụ Đổi mới doanh nghiệp", "Khoa Công trình", "Ủy ban Chính quyền tỉnh" (Laos' provincial government), "Ban Chỉ đạo Bầu cử":
        // "mới", "trình", "quyền", "cử" end these words, not the name ("quyền" is no acting post here).
        "Đổi mới", "Công trình", "Chính quyền", "Bầu cử", "Đại học",
        // A government: "Cố vấn Đặc biệt Nội các", "Chánh Văn phòng Nội các" ("các" is no plural here).
        "Nội các",
        // "Cục Quản lý Thi hành án dân sự", "Văn phòng Điều phối nông thôn mới".
        "Hành án", "Điều phối",
    ];

    /// <summary>
    /// Fields of two syllables that bodies' names write in lower case after their capitalised first field ("Vụ Hợp tác quốc
    /// tế", "Vụ Chính sách tiền tệ", "Ban quản lý dự án lưới điện"), besides the <see cref="Compounds"/>: a run of such pairs
    /// is part of the name (TitleParser.LowerFieldRunAt).
    /// </summary>
    public static readonly IReadOnlySet<string> LowerFields = Folded(
        "quốc tế", "tiền tệ", "chữa bệnh", "khám bệnh", "điện lực", "dự án", "lưới điện", "thị trường", "hình sự", "dân sự",
        "bảo hiểm", "hải quan", "chứng khoán", "giao dịch", "lâm nghiệp", "thủy lợi", "thuỷ lợi", "thủy sản", "thuỷ sản", "đất đai",
        "nhà ở", "trẻ em", "kinh doanh", "xuất khẩu", "nhập khẩu", "năng lượng", "viễn thông", "bưu chính", "nội địa", "điều tra",
        "tội phạm", "ma túy", "ma tuý", "khí hậu", "lưu trữ", "văn thư", "miền bắc", "miền trung", "miền nam", "tổng hợp",
        "sức khỏe", "sức khoẻ", "chăm sóc", "cán bộ", "trung ương", "tập hợp", "đoàn kết", "thanh niên", "nhi đồng", "thiếu niên",
        "hành chính", "tư pháp", "thông tin", "truyền thông", "công nghệ", "môi trường", "tài nguyên", "kế hoạch", "đầu tư",
        "tài chính", "ngân sách", "pháp chế", "quản lý", "an toàn", "thực phẩm", "dược phẩm", "y tế", "dự phòng", "nông thôn",
        "xã hội", "dân tộc", "tôn giáo", "văn hóa", "văn hoá", "thể thao", "du lịch", "giáo dục", "đào tạo", "nghề nghiệp",
        "khoa học", "kỹ thuật", "công nghiệp", "thương mại", "vận tải", "đường bộ", "đường sắt", "xây dựng", "đô thị", "chủ nghĩa", "công trình", "sinh học",
        // Steering committees' and election boards' fields: "Ban Chỉ đạo bầu cử tỉnh", "Ban Chỉ đạo cải cách tư pháp Trung ương".
        "bầu cử", "cải cách",
        // Economic zones: "Ban Quản lý các khu công nghiệp", "Khu chế xuất", "Ban quản lý khu kinh tế".
        "chế xuất", "kinh tế",
        // "Viện Khoa học tổ chức nhà nước": the state's organisation, a field.
        "tổ chức", "nhà nước",
        // "Cục Nghệ thuật biểu diễn": the performing arts; "Bộ Tư lệnh Cảnh sát cơ động"; "Trung tâm nghiên cứu kinh tế"; "Cục Phát
        // thanh, truyền hình".
        "biểu diễn", "cơ động", "nghiên cứu", "phát thanh", "truyền hình",
        // Ministries' departments and state companies: "Phòng Kiểm định xe cơ giới", "Phòng Hệ thống thông tin không gian", "Viện Bảo
        // tồn di tích", "Công ty Vận tải hành khách", "Ban Kế toán tài sản", "Cục Hàng không dân dụng".
        "cơ giới", "không gian", "bảo tồn", "di tích", "hành khách", "hàng hóa", "hàng hoá", "tài sản", "kế toán", "kiểm định",
        "đăng kiểm", "hạ tầng", "giao thông", "an ninh", "quốc phòng", "nông nghiệp", "thống kê", "dữ liệu", "hàng không", "hàng hải",
        "dân dụng", "vũ trụ", "viễn thám", "bản đồ", "đo đạc", "khí tượng", "thủy văn", "thuỷ văn", "địa chất", "khoáng sản",
        "mô hình",
        // "Viện Địa lý nhân văn": human geography.
        "nhân văn",
        // "Văn phòng đăng ký đất đai huyện", "Binh chủng Thông tin liên lạc".
        "đăng ký", "liên lạc",
        // The Lao Front for National Development: "Ủy ban Trung ương Mặt trận Lào Xây dựng đất nước".
        "đất nước",
        // A state company's members' council (HĐTV) and board (HĐQT): "Chủ tịch Hội đồng thành viên Tập đoàn", "Chủ tịch hội đồng quản trị".
        "thành viên", "quản trị",
        // A permanent mission: "Phái đoàn đại diện thường trực Việt Nam".
        "đại diện",
        // Schools' levels: "Trường cao đẳng Y tế", "Trường trung cấp Nghề", "Trường mầm non Hoa Sen".
        "cao đẳng", "trung cấp", "mầm non", "tiểu học", "trung học", "phổ thông");

    /// <summary>
    /// The nouns of a board, a department or a ministry whose field the press may write in lower case after them ("Ban
    /// tổ chức", "ban văn hóa xã hội HĐND", "Tổng cục Công nghiệp quốc phòng"). Compared with diacritics ("Vụ", not "Vũ").
    /// </summary>
    public static readonly IReadOnlySet<string> BoardNouns = Lowered("ban", "cục", "vụ", "viện", "bộ", "sở", "khu");

    /// <summary>
    /// Fields a board's name may write in lower case: nouns only, so that a verb after a post ("Giám đốc Sở Y tế chỉ
    /// đạo ...") never joins its body. "tổ chức" and "chỉ đạo" are verbs too: they name a board only right after "Ban".
    /// </summary>
    public static readonly IReadOnlySet<string> LowerCaseFields = Folded(
        "quốc phòng", "an ninh", "xã hội", "văn hóa", "kinh tế", "ngân sách", "pháp chế", "dân tộc", "tuyên giáo", "dân vận",
        "nội chính", "chính trị", "hậu cần", "kỹ thuật", "công nghiệp", "đối ngoại", "thi đua", "khen thưởng", "thực vật", "nông thôn", "vận tải", "dự án", "điện tử", "thông tin", "công nghệ", "môi trường", "y tế", "đô thị", "nông nghiệp",
        "cán bộ", "khoa học", "quản lý");

    /// <summary>Lower-case words that name a board only right after "Ban": "Ban tổ chức", "Ban chỉ đạo".</summary>
    public static readonly IReadOnlySet<string> BoardOnlyFields = Folded("tổ chức", "chỉ đạo");

    /// <summary>
    /// What a police investigation unit's name says it investigates, after "điều tra tội phạm về": "Cục Cảnh sát điều tra tội
    /// phạm về tham nhũng, kinh tế, buôn lậu", "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội".
    /// </summary>
    public static readonly IReadOnlyList<string[]> InvestigatedCrimes = FoldedPhrases(
        "trật tự quản lý kinh tế và chức vụ", "trật tự xã hội", "tham nhũng", "kinh tế", "buôn lậu", "môi trường", "ma túy", "ma tuý",
        "chức vụ", "hình sự", "sở hữu trí tuệ", "công nghệ cao");

    /// <summary>
    /// What a steering committee is "về" in its name, after "phòng, chống": "Ban Chỉ đạo Trung ương về phòng, chống tham
    /// nhũng, tiêu cực". Each is a harm of two syllables, or three ("gian lận thương mại").
    /// </summary>
    public static readonly IReadOnlyList<string[]> PreventedHarms = FoldedPhrases(
        "tham nhũng", "tiêu cực", "lãng phí", "buôn lậu", "gian lận thương mại", "hàng giả", "tội phạm", "ma túy", "thiên tai",
        "dịch bệnh");

    /// <summary>
    /// Capitalised words that name a body or a post and are no syllable of a person's name (given
    /// names such as Thành, Quốc, Chính, Thanh are, so they are not here). Compared with their
    /// diacritics (<see cref="Text.Token.Lowered"/>): folded, "Đảng" would exclude the given name "Đăng",
    /// "Vụ" the name "Vũ", "Huyện" "Huyền", "Quận" "Quân", "Khối" "Khôi", "Trưởng" "Trường".
    /// </summary>
    public static readonly IReadOnlySet<string> BodyWords = Lowered(
        "Ban", "Bộ", "Ủy", "Uỷ", "Đảng", "Tỉnh", "Huyện", "Quận", "Sở", "Cục", "Vụ", "Viện", "Tòa", "Khối",
        "Phó", "Chủ", "Bí", "Trưởng", "Đoàn", "Mặt", "Hội", "Ủy ban", "Thường", "Tổng");

    /// <summary>
    /// Well-known bodies whose full names carry lower-case words the rules above would cut ("Cục Tổ chức cán bộ" at "cán",
    /// "Bộ đội biên phòng" at "đội"): at a body's place, such a name is taken whole, whatever its case. Central bodies and the
    /// forces' commands only, each a name the press writes as it stands; compared folded.
    /// </summary>
    public static readonly IReadOnlyList<string[]> WellKnownBodies = FoldedPhrases(
        // The Lao party, as the press writes its name: "Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân cách mạng Lào".
        "Đảng Nhân dân Cách mạng Lào",
        "Cục Tổ chức cán bộ", "Vụ Tổ chức cán bộ", "Vụ Tổ chức - Cán bộ", "Cục Kinh tế", "Văn phòng Chính phủ", "Văn phòng Quốc hội",
        "Văn phòng Chủ tịch nước", "Văn phòng Trung ương Đảng", "Bộ Tư lệnh Bộ đội biên phòng", "Bộ đội biên phòng", "Cục Cảnh sát giao thông",
        "Cục Cảnh sát hình sự", "Cục Cảnh sát kinh tế", "Cục An ninh điều tra", "Cơ quan Cảnh sát điều tra", "Cơ quan An ninh điều tra", "Cục An ninh chính trị nội bộ", "Cục An ninh kinh tế", "Tổng cục Quản lý thị trường",
        "Cục Quản lý thị trường", "Viện Kiểm sát nhân dân tối cao", "Tòa án nhân dân tối cao", "Kho bạc Nhà nước", "Ngân hàng Nhà nước Việt Nam",
        "Kiểm toán Nhà nước", "Thanh tra Chính phủ", "Học viện Chính trị quốc gia Hồ Chí Minh",
        // The news agency: "xã" inside its name is no commune. The academies (not a compound "Hàn lâm": folded, "Hân làm" would be one).
        "Thông tấn xã Việt Nam", "Thông tấn xã", "Viện Hàn lâm",
        "Quân chủng Phòng không - Không quân", "Quân chủng Phòng không-Không quân",
        // The state's name, after "Chủ tịch nước": "nguyên Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam".
        "Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam",
        // The Party committee of the Front and the mass organisations (2025), a comma inside its name.
        "Đảng ủy Mặt trận Tổ quốc , các đoàn thể Trung ương", "Đảng ủy MTTQ , các đoàn thể Trung ương",
        // Ministries' and departments' fields, which the press often writes in lower case after the first word ("Bộ trưởng
        // Giao thông vận tải trao ...", where a verb follows with no comma).
        "Giao thông vận tải", "Tài nguyên và môi trường", "Tài nguyên môi trường", "Kế hoạch và đầu tư", "Khoa học và công nghệ",
        "Giáo dục và đào tạo", "Thông tin và truyền thông", "Văn hóa , thể thao và du lịch", "Văn hóa thể thao và du lịch",
        "Lao động thương binh và xã hội", "Lao động , thương binh và xã hội", "Nông nghiệp và phát triển nông thôn", "Nông nghiệp và môi trường",
        // The Party's commission named in 2025 with a comma inside its name.
        "Ban Chính sách , Chiến lược Trung ương",
        // National unions of associations, whose names carry "các" ("of the").
        "Liên hiệp các Hội Văn học nghệ thuật", "Liên hiệp các Hội Khoa học và Kỹ thuật", "Liên hiệp các tổ chức hữu nghị",
        // The National Assembly's committee and the office's department that write "các vấn đề" in their names.
        "Ủy ban Các vấn đề xã hội", "Ủy ban về các vấn đề xã hội", "Vụ các vấn đề xã hội", "UB Các vấn đề xã hội",
        // The coast guard's command and regions: "Tư lệnh Vùng Cảnh sát biển 4".
        "Cảnh sát biển Việt Nam", "Bộ Tư lệnh Cảnh sát biển", "Vùng Cảnh sát biển",
        "Ủy ban Văn hóa , Giáo dục , Thanh niên , Thiếu niên và Nhi đồng", "Ủy ban Văn hóa , Giáo dục",
        // The National Assembly's finance committee (2007-2025), its name enumerating with a comma.
        "Ủy ban Tài chính , Ngân sách",
        // National agencies named for what they oversee, "về" inside the name: "Phó Cục trưởng Cục Cảnh sát quản lý hành chính về
        // trật tự xã hội", "Cục trưởng Cục Giám định Nhà nước về chất lượng công trình xây dựng".
        "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Ủy ban Quốc gia về thanh niên Việt Nam",
        "Cảnh sát quản lý hành chính về trật tự xã hội", "Cảnh sát QLHC về TTXH", "Giám định Nhà nước về chất lượng công trình xây dựng");

    /// <summary>
    /// Words that open the rest of a clause, not more of a body's name: function words (tense, passive, prepositions,
    /// conjunctions, quantifiers) and the verbs news puts right after an official ("Giám đốc Sở Y tế cho biết", "... chủ trì
    /// hội nghị"). A run of other lower-case words inside a body ("Liên đoàn lao động thành phố", "Cục An ninh điều tra")
    /// stops at the first of them (<see cref="TitleParser.BodyEnd"/>). Compared with diacritics, single syllables: "có" is a
    /// clause word, "cơ" of "cơ quan" is not. General Vietnamese, written from no gold passage.
    /// </summary>
    public static readonly IReadOnlySet<string> ClauseWords = Lowered(
        // tense, aspect, passive, copula
        "đã", "đang", "sẽ", "vừa", "mới", "từng", "cũng", "còn", "đều", "vẫn", "được", "bị", "là", "có", "không", "chưa",
        // prepositions, conjunctions, relatives, quantifiers, times
        "và", "với", "cùng", "tại", "ở", "về", "đến", "từ", "cho", "của", "để", "trong", "ngoài", "theo", "thay", "thuộc",
        "trên", "dưới", "sau", "trước", "khi", "nhưng", "mà", "thì", "nên", "vì", "do", "bởi", "hay", "hoặc", "như", "gồm",
        "đối", "qua", "tới", "lên", "ra", "vào", "nhằm", "kể", "nhiệm", "khóa", "khoá", "giai", "lần", "năm", "ngày",
        "tháng", "sáng", "chiều", "nay", "này", "đó", "ấy", "các", "những", "một", "hai", "ba", "mọi", "đồng",
        // verbs that follow an official in news, where their first syllable names nothing in a body
        "làm", "giữ", "kiêm", "nhận", "trao", "tặng", "dự", "chủ", "nói", "nêu", "nhấn", "khẳng", "yêu", "đề", "chúc",
        "trình", "thăm", "tiếp", "gặp", "đón", "ký", "kí", "đọc", "mong", "ghi", "đánh", "lưu", "dẫn", "chứng", "trúng",
        "đắc", "tái", "nghỉ", "thôi", "chuyển", "bổ", "bầu", "hiệp", "miễn", "cách", "xóa", "xoá", "kỷ", "kỉ", "họp", "đi",
        "đứng", "tiến", "cảm", "gửi", "mời", "kêu", "cam", "hứa", "tin", "phê", "ủng", "quyết", "xin", "hỏi", "sinh", "quê",
        "hiện", "nguyên", "quyền", "chia", "trả", "giới", "quán", "biểu", "kết", "khai", "bế", "vắng", "bày",
        // "then", between two posts of a career ("Chủ tịch UBND TP Bảo Lộc rồi Bí thư Thành ủy")
        "rồi",
        // "khai trừ ... bằng hình thức", "sang thăm", "trân trọng cảm ơn", "viết thư": after a foreign body or a department's field
        "bằng", "sang", "trân", "viết");

    /// <summary>
    /// Verbs of two syllables whose first syllable is also a body's word ("chỉ đạo" but "Bộ chỉ huy", "điều hành" but
    /// "Cục An ninh điều tra", "công bố" but "công an"): clause words as a pair only (<see cref="ClauseWords"/>).
    /// </summary>
    public static readonly IReadOnlyList<string[]> ClauseVerbs = FoldedPhrases(
        "chỉ đạo", "chỉ rõ", "chỉ ra", "điều hành", "điều động", "công bố", "công tác", "thông báo", "thông qua", "phát biểu",
        "phát động", "tham dự", "tham gia", "giao nhiệm", "giao quyền", "phân công", "bàn giao", "thực hiện", "triển khai",
        "tổ chức", "tổng kết", "trực tiếp", "báo cáo", "tuyên bố", "vi phạm", "kiểm tra", "khảo sát", "chia sẻ", "quán triệt");

    /// <summary>Words introducing a person: "đồng chí Nguyễn Văn A", "ông ...", "bà ...".</summary>
    /// <remarks>The Front's and religious bodies' news introduces clergy by their rank ("Hòa thượng Thích Văn A, Chủ tịch ...",
    /// "Linh mục Nguyễn Văn B"); two syllables each, matched however capitalised.</remarks>
    public static readonly IReadOnlySet<string> PersonMarkers = Folded(
        "đồng chí", "ông", "bà", "đ/c", "ông/bà", "bà/ông",
        // Foreign guests: "tiếp ngài Sandeep Araya-Đại sứ ...", "Ngài Marc Knapper, Đại sứ ...".
        "ngài",
        // A profession written before a name as a title of respect: "Nhà báo A tái đắc cử ...", "nhà thơ B, Ủy viên ...".
        "nhà báo", "nhà thơ", "nhà văn", "nhạc sĩ", "họa sĩ", "hoạ sĩ", "nhà giáo",
        "hòa thượng", "hoà thượng", "thượng tọa", "thượng toạ", "đại đức", "ni sư", "linh mục", "giám mục", "mục sư");

    /// <summary>
    /// "anh Nguyễn Văn A", "chị ...": how the youth union's press introduces its officials; lower case only, compared with
    /// diacritics ("chị", not "chi" nor "chỉ").
    /// </summary>
    public static readonly IReadOnlySet<string> YouthMarkers = Lowered("anh", "chị");

    /// <summary>
    /// Honorifics that, capitalised at a sentence's opening, still introduce a name ("Ông Lê Văn A cho biết"),
    /// although "Ông" is also a family name; the youth union's "Anh", "Chị" likewise. Compared with diacritics: "Bà", not "Ba".
    /// </summary>
    public static readonly IReadOnlySet<string> OpeningHonorifics = Lowered("ông", "bà", "anh", "chị");

    /// <summary>
    /// Countries as Vietnamese writes them, which end a foreign body's name ("Quân ủy Trung ương Trung Quốc", "Hiến binh Hoàng gia
    /// Campuchia"): a lower-case word after them is the clause's ("sang thăm", "trân trọng"). Not "Mỹ", "Pháp", "Anh", "Đức": first
    /// syllables of fields and given names too ("Mỹ thuật", "Pháp luật").
    /// </summary>
    private static readonly IReadOnlySet<string> Countries = Folded([
        .. CountriesNamedLikePeople, "Trung Quốc", "Nhật Bản", "Triều Tiên", "Ấn Độ", "Ba Lan", "Tây Ban Nha",
        "Campuchia", "Lào", "Nga", "Italy", "Úc", "Singapore", "Indonesia", "Malaysia", "Philippines", "Myanmar", "Brunei", "Cuba",
        "Canada", "Australia", "Belarus", "Hungary", "Séc", "Slovakia", "Ukraine", "Venezuela", "Mozambique", "Angola", "Algeria",
        // Transliterated as some papers spell them, syllable by syllable with hyphens ("Đại sứ Ô-xtrây-li-a Cờ-rếc Chít-tích").
        "Ô-xtrây-li-a", "Niu Di-lân", "Ác-hen-ti-na", "Bra-xin", "In-đô-nê-xi-a", "Ma-lai-xi-a", "Xin-ga-po", "Phi-líp-pin",
        "Mi-an-ma", "Cam-pu-chia", "Italia", "Ca-na-đa", "Mê-hi-cô", "Chi-lê", "Pê-ru", "I-ta-li-a"]);

    /// <summary>The token after the country's name starting at <paramref name="at"/> (<see cref="Countries"/>), or -1.</summary>
    public static int CountryFrom(IReadOnlyList<PolityGraph.Extractor.Text.Token> tokens, int at)
    {
        for (var length = 3; length >= 1; length--)
            if (CountryAt(tokens, at, length)) return at + length;
        return -1;
    }

    /// <summary>The <paramref name="length"/> capitalised tokens from <paramref name="start"/>, in one sentence, name a country.</summary>
    private static bool CountryAt(IReadOnlyList<PolityGraph.Extractor.Text.Token> tokens, int start, int length) =>
        start >= 0 && start + length <= tokens.Count &&
        Enumerable.Range(start, length).All(i => tokens[i].IsCapitalized && tokens[i].Sentence == tokens[start].Sentence) &&
        Countries.Contains(string.Join(' ', Enumerable.Range(start, length).Select(i => tokens[i].Folded)));

    /// <summary>A country's name (<see cref="Countries"/>) ends at the capitalised token <paramref name="at"/>.</summary>
    public static bool CountryEndsAt(IReadOnlyList<PolityGraph.Extractor.Text.Token> tokens, int at) =>
        Enumerable.Range(1, 3).Any(length => CountryAt(tokens, at - length + 1, length));

    private static readonly IReadOnlySet<string> SurnameSpellings =
        Surnames.Select(Text.Token.SpellingOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A family name (<see cref="Surnames"/>), its tone mark where the old spelling puts it too: "Nguỵ" is "Ngụy", "Hoà" is "Hòa".
    /// </summary>
    public static bool IsSurname(Text.Token token) =>
        Surnames.Contains(token.Lowered) || token.IsWord && SurnameSpellings.Contains(Text.Token.SpellingOf(token.Text));

    private static IReadOnlySet<string> Lowered(params string[] words) =>
        words.Select(w => w.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlySet<string> Folded(params string[] words) =>
        words.Select(SearchFolding.Fold).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<string[]> FoldedPhrases(params string[] phrases) =>
        [.. phrases.Select(p => SearchFolding.Fold(p).Split(' ')).OrderByDescending(p => p.Length)];
}
