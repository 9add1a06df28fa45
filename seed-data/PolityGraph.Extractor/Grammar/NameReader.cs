using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// A person's name: 2 to 4 capitalised syllables (5 when one is spelled outside Kinh orthography, as ethnic-minority
/// names of the Central Highlands are: "Y ... K'đăm", "Y ... Knơng"), the first a family name, none of them an
/// abbreviation or a word of a body's name, and not a province or city ("Hà Nội", "Đồng Tháp").
/// </summary>
public static class NameReader
{
    public const int MinSyllables = 2;
    public const int MaxSyllables = 5;
    public const int MaxPlainSyllables = 4;

    /// <summary>True when tokens [start, end) can be a person's name.</summary>
    /// <summary>
    /// Syllables glued to a word or to each other without a space ("ĐảngHà", "VănPhạm", Tokenizer.Glued) make no name: the
    /// name, its syllables joined by spaces, would not read as the text writes it.
    /// </summary>
    public static bool Glued(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start > 0 && tokens[start - 1].IsWord && tokens[start - 1].End == tokens[start].Start) return true;
        if (end < tokens.Count && tokens[end].IsWord && tokens[end].Start == tokens[end - 1].End) return true;
        for (var i = start + 1; i < end; i++) if (tokens[i - 1].End == tokens[i].Start && tokens[i - 1].IsWord && tokens[i].IsWord) return true;
        return false;
    }

    /// <summary>Some person's name of 2 to 5 syllables starts at <paramref name="start"/>.</summary>
    public static bool StartsAt(IReadOnlyList<Token> tokens, int start)
    {
        for (var end = start + MinSyllables; end <= start + MaxSyllables && end <= tokens.Count; end++)
            if (IsName(tokens, start, end)) return true;
        return false;
    }

    /// <summary>The end of the longest name starting at <paramref name="start"/>, or null.</summary>
    public static int? LongestNameFrom(IReadOnlyList<Token> tokens, int start)
    {
        for (var end = start + MaxSyllables; end >= start + MinSyllables; end--)
            if (IsName(tokens, start, end)) return end;
        return null;
    }

    public static bool IsName(IReadOnlyList<Token> tokens, int start, int end)
    {
        var length = end - start;
        if (length is < MinSyllables or > MaxSyllables || end > tokens.Count) return false;
        if (length > MaxPlainSyllables && !LongNameAllowed(tokens, start, end)) return false;
        if (!Lexicon.IsSurname(tokens[start]) && !ForeignName(tokens, start, end) && !LaoName(tokens, start, end) && !AfterMissionToVietnam(tokens, start) &&
            !AfterCambodianHonorific(tokens, start)) return false;
        if (Glued(tokens, start, end)) return false;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (!token.IsNameLike || token.Sentence != tokens[start].Sentence || token.Text.Contains('.')) return false;
            if (i > start && Lexicon.BodyWords.Contains(token.Lowered) && !GivenNameLikeABodyWord(tokens, start, i, end)) return false;
        }
        // "phường Tân Sơn Nhất": a name never starts inside a unit's name (a capitalised word after the unit's lower-case word);
        // but after a foreign place of one word a foreign name may ("Phó Thống đốc tỉnh Yamanashi Fshidera Junichi").
        // "Thị trưởng thành phố Quảng Châu Tôn Chí Dương": after "thành phố" too.
        if (start >= 2 && tokens[start - 1].IsNameLike && tokens[start - 2].IsLower && (Places.IsUnitWord(tokens[start - 2]) || tokens[start - 2].Lowered == "phố") &&
            tokens[start - 1].Sentence == tokens[start].Sentence && !(ForeignWord(tokens[start - 1]) && ForeignName(tokens, start, end))) return false;
        // ... nor starts with that foreign place itself.
        if (start >= 1 && tokens[start - 1].IsLower && Places.IsUnitWord(tokens[start - 1]) && tokens[start - 1].Sentence == tokens[start].Sentence &&
            ForeignWord(tokens[start]) && end - start >= 3) return false;
        // "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình", "Bồ Đào Nha": a country's second syllable opens no family name.
        if (start >= 1 && tokens[start - 1].Sentence == tokens[start].Sentence &&
            (tokens[start - 1].Lowered, tokens[start].Lowered) is ("trung", "hoa") or ("bồ", "đào")) return false;
        // "Bí thư Huyện ủy Xuân Lộc Viên Hồng Tiến": after a district's committee and one capitalised syllable, a name of four
        // whose last three are a name themselves starts one syllable later; the first is the district's ("Xuân Lộc").
        // "Bí thư Huyện ủy Phú Ninh Nguyễn Cảnh": so after three, whose last two are a name.
        if (end - start >= 3 && start >= 3 && tokens[start - 1].IsNameLike && tokens[start - 2].Lowered is "ủy" or "uỷ" &&
            tokens[start - 3].Lowered is "huyện" or "quận" or "thị" or "thành" && tokens[start - 1].Sentence == tokens[start].Sentence &&
            IsName(tokens, start + 1, end)) return false;
        // "Tổng Lãnh sự Việt Nam tại Quảng Châu Nguyễn Việt Dũng": after "tại" and one capitalised syllable, likewise the place's.
        if (end - start >= 3 && start >= 2 && tokens[start - 1].IsNameLike && tokens[start - 2].IsLower && tokens[start - 2].Lowered == "tại" &&
            tokens[start - 2].Sentence == tokens[start].Sentence && IsName(tokens, start + 1, end)) return false;
        // "Thiếu tướng Nguyễn Minh Tuấn Giám đốc Công an tỉnh": a name never ends with the first syllable of a post's head.
        if (TitleParser.HeadAt(tokens, end - 1) is { Folded.Length: > 1 }) return false;
        // "Bí thư Huyện ủy Triệu Sơn, Bí thư ...": a district named after its committee is no person, whatever follows it.
        if (NamesALocalUnit(tokens, start, end)) return false;
        // "Chủ tịch HĐND TP. Đồng Hới": after the city's abbreviation and its dot comes the city's name; so after "TP Hà Tiên",
        // "TX Hương Trà" written without the dot.
        if (start > 0 && Tokenizer.IsCityDot(tokens, start - 1)) return false;
        // But "Chủ tịch UBND TP Nguyễn Thành Phong": after a body's "TP" standing for the city the text is about, a name of three
        // syllables or more opened by a family name, no place.
        if (start > 0 && tokens[start - 1].Text is "TP" or "Tp" or "TX" or "Tx" && tokens[start - 1].Sentence == tokens[start].Sentence &&
            !(end - start >= 3 && start >= 2 && tokens[start - 2].Folded is "ubnd" or "hdnd" or "uy" && Lexicon.IsSurname(tokens[start]) &&
              !Lexicon.TownsNamedLikePeople.Contains(tokens[start].Folded + " " + tokens[start + 1].Folded))) return false;
        // "Bí thư thứ nhất T.Ư Đoàn Bùi Quang Huy", "Bí thư Tỉnh Đoàn Lê Văn A": "Đoàn" after "Trung ương" or a unit's word is the
        // Youth Union's, not a family name.
        if (start > 0 && Lexicon.BodyWords.Contains(tokens[start].Lowered) && tokens[start - 1].Sentence == tokens[start].Sentence &&
            (tokens[start - 1].Folded is "t.u" or "tu" or "tw" or "uong" || tokens[start - 1].IsCapitalized && Places.IsUnitWord(tokens[start - 1]) ||
             // "Ủy viên Ban Chấp hành Đoàn Trường", "Ban Thường vụ Đoàn trường": the union's committee of a school.
             tokens[start].Lowered == "đoàn" && tokens[start - 1].Lowered is "hành" or "vụ"))
            return false;
        // "Bệnh viện Bạch Mai", "Trường Lê Quý Đôn", "Báo Nhân Dân": right after an institution's noun, capitalised words are its
        // name, often a person's or a place's, never the person the sentence speaks of.
        if (start > 0 && tokens[start - 1].IsWord && tokens[start - 1].Sentence == tokens[start].Sentence && InstitutionNounEndsAt(tokens, start - 1)) return false;
        // "Trường THPT An Lương Đông": one capitalised syllable after the noun is no institution's whole name; the two after it are
        // the rest of it, not a person of two syllables.
        if (end - start == 2 && start > 1 && tokens[start - 1].IsNameLike && tokens[start - 2].IsWord && tokens[start - 2].Sentence == tokens[start].Sentence &&
            InstitutionNounEndsAt(tokens, start - 2)) return false;
        // "Ông Lê Văn Tâm cho biết": at a sentence's opening the honorific introduces the name, it is not a family name.
        if (IsOpeningHonorific(tokens, start)) return false;
        if (Places.Covers(tokens, start) || Places.LengthAt(tokens, start) > 0) return false;
        // "Phan Thiết", "Hà Tiên", "Cao Lãnh": towns whose names start with a family name (two or three syllables) are no person.
        if (end - start <= 3 && Lexicon.TownsNamedLikePeople.Contains(string.Join(' ', Enumerable.Range(start, end - start).Select(i => tokens[i].Folded)))) return false;
        // "Chủ tịch Quốc hội Hàn Quốc Park Byeong Seug", "Ngoại trưởng Hoa Kỳ Rex Tillerson": a run opened by a country or a town is
        // the place and a name after it, when a long one or when the rest is a foreign name.
        if (end - start > 2 && Enumerable.Range(2, 2).Any(n => start + n < end &&
                Lexicon.TownsNamedLikePeople.Contains(string.Join(' ', Enumerable.Range(start, n).Select(i => tokens[i].Folded))) &&
                (end - start > MaxPlainSyllables || ForeignName(tokens, start + n, end)))) return false;
        // "Tỉnh trưởng Battambang Sok Lou", "Thị trưởng Yokohama Yamanaka Takeharu": after a foreign governor's or mayor's head, the
        // first of three foreign words is the province or the city.
        if (end - start == 3 && start > 0 && tokens[start - 1].Sentence == tokens[start].Sentence && ForeignWord(tokens[start]) &&
            TitleParser.HeadEndingAt(tokens, start)?.Folded is [.., "tinh" or "thi" or "huyen", "truong"] && ForeignName(tokens, start + 1, end)) return false;
        for (var i = start + 1; i < end; i++)
            if (Places.LengthAt(tokens, i) is > 0 and var length2 && i + length2 <= end && i + length2 > i + 1 && !GivenNameIsAPlace(tokens, start, i, end))
                return false;
        // "... Đoàn Đại biểu": the last syllable starts a lower-case word, so it is a body's name, not a person's.
        if (end < tokens.Count && tokens[end].IsLower && tokens[end].Sentence == tokens[start].Sentence &&
            Lexicon.Compounds.Contains(tokens[end - 1].Folded + " " + tokens[end].Folded)) return false;
        // A name is a whole run of capitalised syllables: a capital right after it means the run is longer, unless a
        // post's head starts there ("ông Nguyễn Văn A Chủ tịch UBND tỉnh", written without the comma).
        // "Nguyễn Công Trưởng, Ủy viên ...": a head needing a body, with none after it, starts no post there.
        if (end < tokens.Count && tokens[end].IsNameLike && tokens[end].Sentence == tokens[start].Sentence &&
            (TitleParser.HeadAt(tokens, end) is null || HeadWithoutBody(tokens, end))) return false;
        return true;
    }

    /// <summary>
    /// "Trần Đức Quận - Phó Bí thư", "Lê Văn Hội, Chủ tịch": a body's word that is also a given name ("Quận", "Hội", "Khối",
    /// "Đoàn") ends a name of three or four syllables when nothing of a body follows it (a punctuation mark or a lower-case word,
    /// never a capital or a number, which would make it the unit's word: "Quận 1", "Đảng ủy Khối Doanh nghiệp").
    /// </summary>
    private static bool GivenNameLikeABodyWord(IReadOnlyList<Token> tokens, int start, int at, int end) =>
        at == end - 1 && end - start >= 3 && tokens[at].Lowered is "quận" or "hội" or "khối" or "đoàn" &&
        (end >= tokens.Count || tokens[end].Sentence != tokens[at].Sentence || !tokens[end].IsWord || tokens[end].IsLower);

    /// <summary>
    /// The noun of an institution ends at the token: "bệnh viện", "học viện", "công ty", "tập đoàn", "đại học", or "Trường", "Báo",
    /// "Đài" capitalised opening a name (in lower case these end other words: "nhà báo", "môi trường").
    /// </summary>
    private static bool InstitutionNounEndsAt(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Lowered is "viện" && at > 0 && tokens[at - 1].Lowered is "bệnh" or "học" ||
        // "Trường THCS Nguyễn Huệ", "Trường Tiểu học Lê Lợi", "Trường Mầm non Hoa Sen": a school's level after "Trường", then its name.
        SchoolLevelEndsAt(tokens, at) ||
        tokens[at].IsCapitalized && tokens[at].Lowered is "trường" or "báo" or "đài" && !(at > 0 && tokens[at - 1].IsNameLike && tokens[at - 1].Sentence == tokens[at].Sentence) ||
        at > 0 && (tokens[at - 1].Lowered + " " + tokens[at].Lowered) is "công ty" or "tập đoàn" ||
        // Not a field of study: "Vụ Giáo dục Đại học Nguyễn Thị A", "Phòng Sau đại học".
        at > 0 && (tokens[at - 1].Lowered + " " + tokens[at].Lowered) == "đại học" &&
        !(at >= 3 && tokens[at - 3].Folded == "giao" && tokens[at - 2].Folded == "duc" || at >= 2 && tokens[at - 2].Folded == "sau");

    /// <summary>A school's level ends at the token after "Trường": "THCS", "THPT", "Tiểu học", "Trung học cơ sở", "Mầm non".</summary>
    private static bool SchoolLevelEndsAt(IReadOnlyList<Token> tokens, int at)
    {
        // "Trường THPT chuyên Lê Quý Đôn", "Trường PTTH chuyên ban Võ Minh Đức": a specialised school, its name after "chuyên [ban]".
        if (at >= 2 && tokens[at].IsLower && tokens[at].Lowered == "chuyên") return SchoolLevelEndsAt(tokens, at - 1);
        if (at >= 3 && tokens[at].IsLower && tokens[at].Lowered == "ban" && tokens[at - 1].Lowered == "chuyên") return SchoolLevelEndsAt(tokens, at - 2);
        if (at >= 1 && tokens[at].Text is "THCS" or "THPT" or "PTTH" or "TH" or "MN" or "PTDTNT" or "PTDTBT" or "THPTDTNT" or "TH&THCS" or "TH-THCS" &&
            tokens[at - 1].Lowered == "trường") return true;
        if (at < 2 || (tokens[at - 1].Lowered + " " + tokens[at].Lowered) is not ("tiểu học" or "mầm non" or "cơ sở" or "phổ thông" or "trung học")) return false;
        for (var i = at - 2; i >= 0 && i >= at - 6 && tokens[i].Sentence == tokens[at].Sentence; i--)
            if (tokens[i].Lowered == "trường") return true;
        return false;
    }

    /// <summary>
    /// "Nguyễn Hòa Bình", "Trần Thái Bình": a family name, then given names that spell a province, closing the name. Vietnamese
    /// writes a place after its unit's word ("tỉnh Hòa Bình", "Tỉnh ủy Thái Bình"), never after a family name, so such a run is
    /// a person's; not when the family name is also a body's word ("Tỉnh Đoàn Thái Bình"), nor after a unit's word.
    /// </summary>
    private static bool GivenNameIsAPlace(IReadOnlyList<Token> tokens, int start, int place, int end) =>
        place + Places.LengthAt(tokens, place) == end && end - start >= 3 && !Lexicon.BodyWords.Contains(tokens[start].Lowered) &&
        !(start > 0 && tokens[start - 1].IsWord && (Lexicon.BodyWords.Contains(tokens[start - 1].Lowered) ||
                                                     tokens[start - 1].Lowered is "tỉnh" or "thành" or "phố" or "huyện" or "quận" or "xã" or "phường"));

    /// <summary>
    /// "Trưởng, Ủy viên ...": the head at <paramref name="at"/> needs a body and no word follows it, so it starts no post there
    /// (a family or given name spelled like a head: "Nguyễn Công Trưởng").
    /// </summary>
    private static bool HeadWithoutBody(IReadOnlyList<Token> tokens, int at) =>
        TitleParser.HeadAt(tokens, at) is { Bare: false } head && (at + head.Folded.Length >= tokens.Count || !tokens[at + head.Folded.Length].IsWord);

    /// <summary>
    /// The name closing a post's body ("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng"): the longest name that
    /// ends where the post ends and leaves a post before it. Null when the body ends in no name.
    /// </summary>
    public static int? TailName(IReadOnlyList<Token> tokens, Title title)
    {
        for (var start = Math.Max(title.HeadEnd, title.End - MaxSyllables); start <= title.End - MinSyllables; start++)
        {
            if (!IsName(tokens, start, title.End)) continue;
            // "Phó chủ tịch Khúc Văn Lâm": "Văn Lâm" is the end of a longer name, not a name of its own.
            if (start > title.HeadEnd && tokens[start - 1].IsNameLike && IsName(tokens, start - 1, title.End) && !InsideACountry(tokens, title.HeadEnd, start - 1)) continue;
            // The post left before the name must still be a post: a head alone only if it may stand bare.
            var head = TitleParser.HeadAt(tokens, title.HeadStart, allowLower: true)!;
            // "Chủ tịch Nguyễn Thị Bích Ngọc, Phó chủ tịch Nguyễn Văn Hoạt": a leader's head names the post right before a name,
            // its body the one the text is about; a member's or a deputy's word ("Ủy viên", "Trưởng", "Thành viên") does not.
            if (start == title.HeadEnd && !head.Bare && !(LeadsBeforeAName(head) && !InsideALongerHead(tokens, title.HeadStart))) continue;
            // "Tổng thống Nam Phi Matamela Cyril Ramaphosa": a name never starts with a country's name; the country is the post's.
            if (InsideACountry(tokens, title.HeadEnd, start)) continue;
            // "Bí thư Đảng ủy thị trấn Dương Đông": right after "thị trấn" comes the town's name, never a person's. (After "tỉnh",
            // "huyện", "xã" the press does write the holder's name: "Phó Chủ tịch UBND tỉnh Nguyễn Văn A".)
            if (start >= 2 && start > title.HeadEnd && tokens[start - 1].IsLower && tokens[start - 1].Lowered == "trấn" && tokens[start - 2].Lowered == "thị") continue;
            // A name never starts inside a place, and a place right before it must be complete.
            if (Places.Covers(tokens, start)) continue;
            if (NamesALocalUnit(tokens, start, title.End)) continue;
            return start;
        }
        return null;
    }

    /// <summary>"Samdech Techo Hun Sen", "Samdech Heng Samrin": Cambodia's honorifics introduce a name however it is spelled.</summary>
    private static bool AfterCambodianHonorific(IReadOnlyList<Token> tokens, int start) =>
        start > 0 && tokens[start - 1].Sentence == tokens[start].Sentence && tokens[start - 1].Lowered is "samdech" or "techo";

    /// <summary>The token at <paramref name="at"/> is part of a country's name that starts at or after <paramref name="from"/>.</summary>
    private static bool InsideACountry(IReadOnlyList<Token> tokens, int from, int at) =>
        Enumerable.Range(Math.Max(from, at - 2), at - Math.Max(from, at - 2) + 1).Any(country => Lexicon.CountryFrom(tokens, country) > at);

    /// <summary>"các phó Tổng Giám đốc A": the head at <paramref name="at"/> is the end of a longer one ("Tổng Giám đốc"), no post of its own.</summary>
    private static bool InsideALongerHead(IReadOnlyList<Token> tokens, int at) =>
        Enumerable.Range(1, 2).Any(back => at - back >= 0 && TitleParser.HeadAt(tokens, at - back, allowLower: true) is { } longer &&
                                           at - back + longer.Folded.Length > at);

    private static bool LeadsBeforeAName(Lexicon.TitleHead head) =>
        head.Folded is ["chu", "tich"] or ["pho", "chu", "tich"] or ["bi", "thu"] or ["pho", "bi", "thu"] or ["giam", "doc"] or ["pho", "giam", "doc"] or
            ["chanh", "an"] or ["pho", "chanh", "an"] or ["vien", "truong"] or ["pho", "vien", "truong"] or ["chu", "nhiem"] or ["pho", "chu", "nhiem"] or
            ["hieu", "truong"] or ["pho", "hieu", "truong"] or ["cuc", "truong"] or ["pho", "cuc", "truong"] or ["vu", "truong"] or ["pho", "vu", "truong"] or
            ["chanh", "van", "phong"] or ["pho", "chanh", "van", "phong"] or ["chanh", "thanh", "tra"] or ["pho", "chanh", "thanh", "tra"] or
            ["tu", "lenh"] or ["pho", "tu", "lenh"] or ["chinh", "uy"] or ["pho", "chinh", "uy"] or ["chi", "huy", "truong"] or ["pho", "chi", "huy", "truong"];

    /// <summary>Words of companies' and countries' names written in Latin letters ("Petro Vietnam", "Vietnam Airlines", "Mauritius").</summary>
    private static readonly HashSet<string> OrganisationWords =
    [
        "vietnam", "viet", "airlines", "airways", "group", "bank", "corporation", "corp", "company", "holdings", "holding", "petro",
        "petrolimex", "telecom", "electronics", "electric", "motor", "motors", "international", "global", "energy", "airport",
        // Foreign capitals and provinces, written in Latin letters before a name: "Chủ tịch HĐND thành phố Vientiane Anouphab Tounalom".
        "vientiane", "phnom", "penh", "bangkok", "beijing", "tokyo", "seoul", "washington", "moscow", "london", "paris", "berlin",
        "canberra", "ottawa", "jakarta", "manila", "singapore", "kuala", "lumpur", "yangon", "naypyidaw", "luang", "prabang",
        "champasak", "savannakhet", "york", "delhi", "osaka", "busan", "sydney", "melbourne", "geneva", "brussels", "havana",
        "airports", "university", "college", "institute", "foundation", "association", "fund", "capital", "securities", "insurance",
        "limited", "ltd", "inc", "joint", "stock", "power", "oil", "gas", "steel", "cement", "textile", "garment", "logistics",
        "express", "post", "media", "news", "television", "radio", "press", "times", "daily", "online", "net", "tech", "technology",
        "software", "pharma", "medical", "hospital", "clinic", "hotel", "resort", "land", "real", "estate", "invest", "investment",
        "development", "construction", "engineering", "services", "service", "trading", "import", "export", "industries", "industry",
        "mauritius", "maroc", "morocco", "serbia", "litva", "fiji", "tajikistan", "estonia", "peru", "mexico", "chile", "argentina",
        "brazil", "colombia", "venezuela", "cuba", "canada", "australia", "zealand", "singapore", "malaysia", "indonesia", "philippines",
        "myanmar", "thailand", "cambodia", "laos", "china", "japan", "korea", "india", "pakistan", "bangladesh", "nepal", "mongolia",
        "russia", "ukraine", "belarus", "kazakhstan", "uzbekistan", "germany", "france", "italy", "spain", "portugal", "netherlands",
        "belgium", "sweden", "norway", "denmark", "finland", "poland", "hungary", "romania", "bulgaria", "greece", "turkey", "egypt",
        "nigeria", "kenya", "algeria", "angola", "mozambique", "tanzania", "ethiopia", "israel", "palestine", "iran", "iraq", "kuwait",
        "qatar", "emirates", "arabia", "oman", "america", "usa", "europe", "asia", "africa", "asean", "apec", "unesco", "unicef", "undp",
        // Countries as the press transliterates them, typos too, and a Khmer honorific: "Chủ tịch Thượng viện Campuchia Samdech Say Chhum".
        "campuchia", "camphuchia", "campuchai", "samdech",
        "sri", "lanka", "brunei", "timor", "leste", "bhutan", "maldives", "afghanistan", "azerbaijan", "armenia", "georgia", "slovakia",
        "slovenia", "croatia", "austria", "switzerland", "ireland", "scotland", "luxembourg", "panama", "ecuador", "uruguay", "paraguay",
        "bolivia", "guatemala", "honduras", "nicaragua", "jamaica", "haiti", "senegal", "ghana", "cameroon", "uganda", "rwanda", "zambia",
        "zimbabwe", "namibia", "botswana", "madagascar", "sudan", "libya", "tunisia", "jordan", "lebanon", "syria", "yemen", "bahrain",
        "kyrgyzstan", "turkmenistan", "guinea", "papua", "samoa", "tonga", "vanuatu", "nauru", "kiribati", "palau", "tuvalu",
    ];

    /// <summary>
    /// A Lao name as the press transliterates it, every word's syllables joined by hyphens ("Xổm-xạ-vạt Lèng-xa-vắt", "Khăm-phăn
    /// Đăm-lắt"; the tokenizer keeps such a hyphen only there): two to four words, each with a hyphen before a lower-case syllable.
    /// </summary>
    private static bool LaoName(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start is >= 2 and <= 4 && Enumerable.Range(start, end - start).All(i =>
            tokens[i].IsNameLike && tokens[i].Text.IndexOf('-') is > 0 and var dash && dash + 1 < tokens[i].Text.Length && char.IsLower(tokens[i].Text[dash + 1]));

    /// <summary>
    /// Right after "tại Việt Nam" closing a foreign envoy's post ("Tham tán công sứ Campuchia tại Việt Nam Sam Than"): the
    /// capitalised words are the envoy's name, though spelled like Vietnamese syllables and with no Vietnamese family name.
    /// </summary>
    private static bool AfterMissionToVietnam(IReadOnlyList<Token> tokens, int start) =>
        start >= 3 && tokens[start - 3].IsLower && tokens[start - 3].Lowered == "tại" && tokens[start - 2].Folded == "viet" &&
        tokens[start - 1].Folded == "nam" && tokens[start - 3].Sentence == tokens[start].Sentence;

    /// <summary>A vowel letter without diacritics.</summary>
    private static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A letter of another language written in Latin letters that Vietnamese spelling never uses: "ż", "ł", "ö", "ñ", "ç", "ß".</summary>
    private static bool ForeignLetter(char c) =>
        c is >= '\u0100' and <= '\u017F' && c is not ('ă' or 'Ă' or 'đ' or 'Đ' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ') ||
        c is 'ä' or 'ë' or 'ï' or 'ö' or 'ü' or 'ñ' or 'ç' or 'ß' or 'å' or 'ø' or 'æ' or 'ÿ' or 'î' or 'û' or 'Ä' or 'Ö' or 'Ü' or 'Ñ' or 'Ç' or 'Å' or 'Ø' or 'Æ';

    /// <summary>A capitalised word in Latin letters that Vietnamese spelling never writes as one syllable ("Yamanashi", "Tochigi").</summary>
    private static bool ForeignWord(Token token) =>
        token.IsNameLike && SpelledInLatin(token.Text) && NoVietnameseSyllable(Unaccented(token.Text));

    /// <summary>
    /// A word a foreign name may hold: Latin letters Vietnamese never writes or plain ones ("Kunio", "Elżbieta"); also a word
    /// with a hyphen between its parts ("Noh-wan", "Díaz-Canel") or with the accents western languages share with Vietnamese
    /// ("Díaz", "Bermúdez") when, read without them, Vietnamese never writes it as one syllable ("diaz"), so that "Hóa" stays Vietnamese.
    /// </summary>
    private static bool SpelledInLatin(string text)
    {
        if (text.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || ForeignLetter(c))) return true;
        if (text.Split('-').Any(part => part.Length == 0)) return false;
        return text.All(c => c is '-' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' || ForeignLetter(c) || c is >= '\u00C0' and <= '\u00FF' && char.IsLetter(c) &&
                                                                         "âêôÂÊÔ".IndexOf(c) < 0) &&
               text.Split('-').Any(part => NoVietnameseSyllable(Unaccented(part)));
    }

    /// <summary>
    /// A foreign word transliterated syllable by syllable, joined by hyphens, the first capitalised ("Cờ-rếc Chít-tích",
    /// "Xéc-gây"): Vietnamese names are never hyphenated.
    /// </summary>
    private static bool Transliterated(string text) =>
        text.Split('-') is { Length: >= 2 } parts && parts.All(part => part.Length > 0 && part.All(char.IsLetter)) &&
        char.IsUpper(parts[0][0]) && parts[0].Skip(1).All(char.IsLower) && parts.Skip(1).All(part => part.All(char.IsLower));

    /// <summary>In lower case, the accents Vietnamese shares dropped ("díaz" → "diaz"), another language's letters kept ("ż", "ö").</summary>
    private static string Unaccented(string text) =>
        new(text.ToLowerInvariant().Select(c => c is >= '\u00C0' and <= '\u00FF' && !ForeignLetter(c) ? GraphModel.SearchFolding.Fold(c.ToString()) is [var plain] ? plain : c : c).ToArray());

    /// <summary>
    /// A word (in lower case) Vietnamese never writes as one syllable: two groups of vowels ("kunio"), f, j, w or z, a letter of
    /// another language ("elżbieta"), or consonants Kinh syllables never have ("park").
    /// </summary>
    private static bool NoVietnameseSyllable(string lower) =>
        lower.Where((c, k) => Vowel(c) && (k == 0 || !Vowel(lower[k - 1]))).Count() >= 2 || lower.Any(c => c is 'f' or 'j' or 'w' or 'z' || ForeignLetter(c)) ||
        SpelledOutsideKinh(lower);

    /// <summary>
    /// A foreign name written in Latin letters ("Kunio Umeda", "Thongloun Sisoulith", "Nicolas Warnery", "Elżbieta Witek"): two to
    /// four capitalised words of letters without Vietnamese diacritics (another language's letters allowed), none an initial nor a
    /// company's, a country's or a foreign capital's word, the first one Vietnamese spelling never writes as one syllable
    /// (<see cref="NoVietnameseSyllable"/>), the run ending there (no capitalised word after it).
    /// </summary>
    private static bool ForeignName(IReadOnlyList<Token> tokens, int start, int end)
    {
        // "Hany Mostafa Mohamed Mostafa Hassan", "Ahmad Bin Abdullah Al Mahmoud": five words when two or more are no Vietnamese syllable.
        if (end - start is < 2 or > MaxSyllables) return false;
        if (end < tokens.Count && tokens[end].IsNameLike && tokens[end].Sentence == tokens[start].Sentence) return false;
        if (end - start > MaxPlainSyllables && Enumerable.Range(start, end - start).Count(i => NoVietnameseSyllable(tokens[i].Text.ToLowerInvariant())) < 2) return false;
        var foreign = false;
        for (var i = start; i < end; i++)
        {
            var text = tokens[i].Text;
            // "Antony J. Blinken": an initial is no word of a name read whole.
            if (text.Length == 1) return false;
            var transliterated = Transliterated(text);
            if (!tokens[i].IsNameLike || !(SpelledInLatin(text) || transliterated)) return false;
            var lower = Unaccented(text);
            // "Petro Vietnam", "Vietnam Airlines", "Samsung Electronics": a company's or a country's name, not a person's.
            if (OrganisationWords.Contains(lower)) return false;
            // "Elżbieta Witek", "Park ...": a letter Vietnamese never writes, or consonants its syllables never have.
            var outside = transliterated || NoVietnameseSyllable(lower);
            // The first word foreign too: "Nam" of "Việt Nam" before "Nicolas Warnery" opens no name. After a lower-case word
            // no capitalised run goes on, so a first word spelled like a syllable may open one: "Chánh văn phòng Trung ương Phet
            // Phomphiphak".
            // Not a country ("Bộ Ngoại giao Nga Igor Morgulov", "Hạ viện Ba Lan Elżbieta Witek") nor a place after "tại" ("tại San
            // Francisco").
            // "Bộ trưởng Ngoại giao Hàn Quốc Cho Hyun": a Korean family name opens one, however Vietnamese could spell it.
            if (i == start && !outside && Lexicon.KoreanSurnames.Contains(text) && end - start >= 2) continue;
            if (i == start && !outside && !(start > 0 && tokens[start - 1].IsLower && tokens[start - 1].Sentence == tokens[start].Sentence &&
                                            tokens[start - 1].Folded is not ("tai" or "o") && !Enumerable.Range(start, Math.Min(3, end - start)).Any(k => Lexicon.CountryEndsAt(tokens, k)))) return false;
            foreign |= outside;
        }
        return foreign;
    }

    /// <summary>
    /// A name longer than four syllables only when one of them is spelled outside Vietnamese (Kinh) orthography, as
    /// Central Highlands names are: an apostrophe ("K'đăm"), an initial cluster Kinh never writes ("Knơng", "Gry") or a
    /// final it never writes ("Biêr"). "Nguyễn Văn Lâm Anh Tuấn" is no name.
    /// </summary>
    private static bool LongNameAllowed(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++) if (tokens[i].HasApostrophe || SpelledOutsideKinh(tokens[i].Folded)) return true;
        return false;
    }

    private static readonly HashSet<string> KinhInitials =
        ["", "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"];

    private static readonly HashSet<string> KinhFinals = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    /// <summary>
    /// The vowels of a Kinh syllable with its diacritics folded ("uye" of "nguyễn", "uoi" of "người"), the "u" of "qu" and the "i"
    /// of "gi" counted with them ("uai" of "quái", "iuo" of "giường"). Checked against every word with diacritics of the dev
    /// passages, the seed articles and the read news sets: none has vowels outside it.
    /// </summary>
    private static readonly HashSet<string> KinhVowels =
    [
        "a", "e", "i", "o", "u", "y",
        "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye",
        "ieu", "uoi", "uou", "oai", "oay", "oeo", "uay", "uya", "uye", "uyu", "yeu", "uai", "uao", "uau",
        "iao", "iai", "iau", "iay", "ieo", "iuo", "iua", "ioi",
    ];

    /// <summary>
    /// A folded syllable ("knong", "bier", "hyun") whose initial or final consonants, or whose vowels ("yu" of "Hyun", "ee" of
    /// "Lee"), Kinh spelling does not have.
    /// </summary>
    internal static bool SpelledOutsideKinh(string folded)
    {
        if (folded.Length == 0 || !folded.All(c => c is >= 'a' and <= 'z')) return false;
        var first = folded.TakeWhile(c => !Vowel(c)).Count();
        if (first == folded.Length) return true;
        var last = folded.Length - folded.Reverse().TakeWhile(c => !Vowel(c)).Count();
        // Vowels apart ("tutai", two syllables typed together) are no one syllable's: only a single run of vowels is checked.
        var vowels = folded[first..last];
        return !KinhInitials.Contains(folded[..first]) || !KinhFinals.Contains(folded[last..]) || vowels.All(Vowel) && !KinhVowels.Contains(vowels) ||
               folded.Any(c => c is 'f' or 'j' or 'w' or 'z');
    }

    /// <summary>
    /// "ông Lò Văn Hội, Phó Bí thư Tỉnh ủy": a name whose given name, its last syllable, is also a body word ("Hội", "Ban",
    /// "Tỉnh", "Đoàn"). Read only where the caller has seen a person marker before it and a post after it; the run of 2-4
    /// capitalised syllables from <paramref name="start"/>, a listed family name first, no other body word, no place.
    /// Where it ends, or null.
    /// </summary>
    public static int? NameEndingInBodyWord(IReadOnlyList<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && tokens[end].IsNameLike && tokens[end].Sentence == tokens[start].Sentence && end - start <= MaxPlainSyllables) end++;
        if (end - start is < MinSyllables or > MaxPlainSyllables) return null;
        if (!Lexicon.IsSurname(tokens[start]) || !Lexicon.BodyWords.Contains(tokens[end - 1].Lowered)) return null;
        for (var i = start; i < end; i++)
            if (i < end - 1 && i > start && Lexicon.BodyWords.Contains(tokens[i].Lowered) || tokens[i].Text.Contains('.') ||
                Places.LengthAt(tokens, i) > 0 || i > start && TitleParser.HeadAt(tokens, i) is { } head &&
                // "ông Nguyễn Công Trưởng, Ủy viên ...": the last syllable a head that needs a body and has none after it.
                !(i == end - 1 && head.Folded.Length == 1 && HeadWithoutBody(tokens, i))) return null;
        return end;
    }

    /// <summary>
    /// Two capitalised syllables right after a district, commune or ward body ("Bí thư Huyện ủy Đồng Hỷ", "Chủ tịch
    /// UBND huyện Hoa Lư"): the unit's own name, which the press writes there far more often than a person's, and
    /// which the lexicon of provinces cannot list. A person after such a unit comes after its name, and is longer. After a
    /// commune or ward written in lower case, three syllables too ("phường Phan Đình Phùng"). National parks and nature
    /// reserves likewise.
    /// </summary>
    private static bool NamesALocalUnit(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start is not (2 or 3) || start < 1) return false;
        var before = tokens[start - 1];
        // "Bí thư Đảng ủy phường Phan Đình Phùng": wards and communes are named after people too, with all three syllables.
        if (before.Lowered is "xã" or "phường" && before.IsLower) return true;
        if (end - start != 2) return false;
        if (before.Lowered is "huyện" or "quận" or "xã" or "phường" or "thị trấn") return true;
        // "Giám đốc Vườn Quốc gia Hoàng Liên", "Khu bảo tồn thiên nhiên Pù Luông": parks and reserves are named after places.
        if (start >= 3 && tokens[start - 3].Folded == "vuon" && tokens[start - 2].Folded == "quoc" && before.Folded == "gia") return true;
        if (start >= 2 && tokens[start - 2].Folded == "bao" && before.Folded == "ton" ||
            start >= 4 && tokens[start - 4].Folded == "bao" && tokens[start - 3].Folded == "ton" && tokens[start - 2].Folded == "thien" && before.Folded == "nhien") return true;
        // "Bí thư Thành ủy Đồng Hới", "Huyện ủy Tân Lạc": a committee's unit is named right after it. Not after "Tỉnh ủy": every
        // province is listed (Places), so two unlisted syllables after it are a person ("Trưởng ban Tổ chức Tỉnh ủy Nguyễn Chín").
        return start >= 2 && before.Folded == "uy" && tokens[start - 2].Lowered is "huyện" or "quận" or "thị" or "thành";
    }

    /// <summary>
    /// Where a name starting at <paramref name="start"/> ends when its family name is not in the lexicon: the whole run of
    /// 2-4 capitalised syllables, none a body word nor a post's head, no place. Null if the run is not such a name.
    /// Lao names written in Vietnamese syllables run to six ("Khăm Khăn Chăn Thạ Vy Sục", "Xay Sổm Phon Phôm Vi Hẳn"): a run of
    /// five or six is a name when it does not open with a Vietnamese family name (the callers have seen a marker before it
    /// and a post after it); "Nguyễn Văn Lâm Anh Tuấn" is two names, not one.
    /// </summary>
    public static int? UnlistedNameEndingAt(IReadOnlyList<Token> tokens, int start)
    {
        const int maxUnlisted = 6;
        var end = start;
        while (end < tokens.Count && tokens[end].IsNameLike && tokens[end].Sentence == tokens[start].Sentence && end - start <= maxUnlisted) end++;
        if (end - start is < MinSyllables or > maxUnlisted) return null;
        if (end - start > MaxPlainSyllables && !LongNameAllowed(tokens, start, end) && Lexicon.IsSurname(tokens[start])) return null;
        // "Việt Nam", the country, after an association's name is no unlisted person.
        if (end - start == 2 && tokens[start].Folded == "viet" && tokens[start + 1].Folded == "nam") return null;
        for (var i = start; i < end; i++)
            if (Lexicon.BodyWords.Contains(tokens[i].Lowered) || TitleParser.HeadAt(tokens, i) is not null || Places.LengthAt(tokens, i) > 0 ||
                tokens[i].Text.Contains('.')) return null;
        return end;
    }

    /// <summary>
    /// A name standing on its own, ending just before <paramref name="end"/>: the whole run of capitalised
    /// syllables before it, if that run is a name.
    /// </summary>
    public static int? NameEndingAt(IReadOnlyList<Token> tokens, int end)
    {
        var start = end;
        while (start > 0 && tokens[start - 1].IsNameLike && tokens[start - 1].Sentence == tokens[end - 1].Sentence && end - start < MaxSyllables + 1)
            start--;
        if (start > 0 && tokens[start - 1].IsNameLike && tokens[start - 1].Sentence == tokens[end - 1].Sentence) return null;
        if (IsOpeningHonorific(tokens, start)) start++;
        return IsName(tokens, start, end) ? start : null;
    }

    /// <summary>
    /// A capitalised "Ông" or "Bà" opening a sentence (or a quotation, a bracket, a dash, or a list's item after a colon
    /// or a semicolon) before another capitalised syllable: the honorific that lower case writes "ông", "bà".
    /// </summary>
    public static bool IsOpeningHonorific(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || !tokens[at].IsCapitalized || !Lexicon.OpeningHonorifics.Contains(tokens[at].Lowered)) return false;
        if (!tokens[at + 1].IsNameLike || tokens[at + 1].Sentence != tokens[at].Sentence) return false;
        if (at == 0 || tokens[at - 1].Sentence != tokens[at].Sentence) return true;
        if (tokens[at - 1].Text is ":" or ";" or "\"" or "“" or "(" or "-" or "–" or "—" or "•") return true;
        // "Về dự có Ông Võ Văn Chánh - ...": inside a sentence, capitalised before a full name of three syllables or more (a
        // family name "Ông" takes two given names at most: "Ông Văn Dư").
        var run = at + 1;
        while (run < tokens.Count && run - at <= MaxPlainSyllables && tokens[run].IsNameLike && tokens[run].Sentence == tokens[at].Sentence) run++;
        // "Ông Võ Minh Hùng Thành ủy viên": the run may go on into a post written right after the name, with no comma.
        for (var end = run; end - at - 1 >= 3; end--)
            if (IsName(tokens, at + 1, end)) return true;
        // "do Ông Nakamura Shinji, Thị trưởng ...": before a foreign name, which no Vietnamese family name "Ông" opens.
        return run - at - 1 >= 2 && ForeignName(tokens, at + 1, run);
    }
}
