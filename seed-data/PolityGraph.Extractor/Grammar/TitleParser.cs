using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// Reads one post at a token: status word, head, then the body words until a comma, a semicolon, a
/// verb, "nhiệm kỳ" or the next head. Capitalised words run on (bodies and places are capitalised,
/// and so is a name after the post: <see cref="NameReader.TailName"/> cuts it off).
/// </summary>
public static class TitleParser
{
    /// <param name="lowerHead">
    /// A lower-case head is a post too ("được bầu làm chủ tịch HĐND tỉnh"), when the caller has seen an election or
    /// appointment just before it and the body names something (a capitalised word or an abbreviation).
    /// </param>
    public static Title? Parse(IReadOnlyList<Token> tokens, int at, bool lowerHead = false)
    {
        if (at >= tokens.Count || !tokens[at].IsWord) return null;
        PostStatus? marked = tokens[at].Folded switch
        {
            "nguyen" => PostStatus.Former,
            "cuu" when at + 1 < tokens.Count && tokens[at + 1].Folded != "chien" => PostStatus.Former, // "cựu Chủ tịch", not "Cựu chiến binh"
            "quyen" => PostStatus.Acting,
            // "ông A, tân Tổng Lãnh sự Belarus tại TPHCM": the newcomer's post, written in lower case before the head.
            "tan" when tokens[at].IsLower && tokens[at].Lowered == "tân" && at + 1 < tokens.Count && tokens[at + 1].IsCapitalized => PostStatus.New,
            _ => null,
        };
        // "Bộ trưởng Xây dựng, đồng Chủ tịch Ủy ban Liên Chính phủ Việt Nam-Cuba": a co-chair, "đồng" written with the post.
        var coHead = marked is null && tokens[at].IsLower && tokens[at].Lowered == "đồng" && at + 1 < tokens.Count && tokens[at + 1].IsCapitalized &&
                     tokens[at + 1].Folded is "chu" or "truong";
        var headStart = marked is null && !coHead ? at : at + 1;
        // "giữ chức vụ Trưởng Ban ...": "vụ" of "chức vụ" (a post, the word) opens no "Vụ trưởng".
        if (at > 0 && tokens[at].IsLower && tokens[at].Folded == "vu" && tokens[at - 1].Folded == "chuc") return null;
        // "nguyên giám đốc sở Y tế": a post left, in lower case, still names a post when its body names something.
        var head = HeadAt(tokens, headStart, lowerHead || marked == PostStatus.Former && tokens[at].IsLower);
        if (head is null) return null;
        // "Ban Thường vụ Tỉnh ủy", "Ủy viên Thường trực Ủy ban ...": inside a body's or a post's name, no post of its own.
        // "thành viên trong Thường trực Tỉnh ủy", "vào Thường vụ Tỉnh ủy": the standing office itself, a body.
        if (headStart > 0 && head.Folded is ["thuong", "vu"] or ["thuong", "truc"] && tokens[headStart - 1].Folded is "ban" or "vien" or "uy" or "trong" or "vao") return null;
        // "Ban Bí thư Trung ương gồm: ...": the Secretariat's name, no secretary's post.
        if (headStart > 0 && head.Folded is ["bi", "thu"] && tokens[headStart - 1].Folded == "ban" && tokens[headStart - 1].IsCapitalized) return null;
        // "phong hàm Đại sứ bậc hai": the ambassador's rank, conferred, is no post.
        if (headStart > 0 && head.Folded is ["dai", "su"] && tokens[headStart - 1].Folded == "ham") return null;
        // "Đoàn ĐBQH tỉnh", "Đoàn đại biểu Quốc hội": the delegation's name, no deputy's post.
        if (headStart > 0 && tokens[headStart - 1].Folded == "doan" && head.Folded[0] is "dbqh" or "dai") return null;
        // "phó Tổng Giám đốc A", "Phó Tổng Thư ký": a head after "phó" is the deputy's post, read whole or not at all.
        if (headStart > 0 && tokens[headStart - 1].Folded == "pho" && head.Folded[0] != "pho" && tokens[headStart - 1].Sentence == tokens[headStart].Sentence) return null;
        var headEnd = headStart + head.Folded.Length;
        // "Phó Tư lệnh Tham mưu trưởng Vùng Cảnh sát biển 2", "Bộ trưởng Chủ nhiệm Văn phòng Chính phủ": two posts written without
        // the comma between them; the first stands bare, the second is read on its own (MentionReader joins them).
        if (SecondHeadAt(tokens, head, headEnd)) return new Title(at, coHead ? at : headStart, headEnd, headEnd, marked);
        var end = BodyEnd(tokens, headEnd, headEnd);
        // "Trợ lý Bộ trưởng", "Trợ lý Tổng Bí thư": an assistant's post names the post assisted.
        if (head.Folded is ["tro", "ly"] && HeadAt(tokens, headEnd) is { } assisted)
        {
            end = Parse(tokens, headEnd) is { } post && tokens[post.End - 1].Sentence == tokens[headEnd].Sentence ? post.End : headEnd + assisted.Folded.Length;
            // "Trợ lý Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương": a membership does not name whom
            // one assists, so the posts after it, to the end of the stack, name the same person ("Trợ lý Bộ trưởng, Vụ trưởng
            // Vụ X" is two posts).
            if (assisted.Folded[0] == "uy" && assisted.Folded[^1] == "vien")
                while (end + 1 < tokens.Count && tokens[end].Is(",") && tokens[end + 1].Sentence == tokens[end].Sentence &&
                       Parse(tokens, end + 1) is { Marked: null } next && HeadAt(tokens, end + 1)?.Folded is not ["tro", "ly"])
                    end = next.End;
        }
        // "Đại biểu Quốc hội khóa XV, Chủ tịch ...": a head standing bare, its legislature's number after it.
        if (end == headEnd && head.Bare && NumberedTermAt(tokens, end)) end += TermLength(tokens, end);
        if (end == headEnd && !head.Bare) return null;
        // A lower-case head names a post when something capitalised follows, in its body or its own words ("đại biểu HĐND tỉnh").
        // "tỉnh ủy viên" names its committee in its own words: a post in lower case too, where a lower-case head may be one.
        if (!tokens[headStart].IsCapitalized && !Enumerable.Range(headStart + 1, end - headStart - 1).Any(i => tokens[i].IsCapitalized) &&
            !(head.Bare && head.Folded is [_, "uy", "vien"])) return null;
        if (OnlyAUnitNoun(tokens, head, headEnd, end)) return null;
        // "Phó Chủ tịch Liên đoàn đã ...": a unit's noun cut before a lower-case word names no unit one can record.
        // Not after a head that is a post on its own ("Phó tổng giám đốc Tập đoàn cho hay", "Tổng Giám đốc Tổng Công ty đã ..."): the
        // group's chief executive, its unit written as the text writes it.
        // "...: Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp; Vụ trưởng Vụ thi đua khen thưởng.": a department's name
        // inside an item of a list runs to the item's end.
        if ((head.Folded[^1] == "phong" || headEnd < tokens.Count && tokens[headEnd].IsCapitalized && tokens[headEnd].Lowered is "vụ" or "cục" or "phòng" or "viện") &&
            DepartmentItemEnd(tokens, headEnd, end) is { } itemEnd) end = itemEnd;
        else if (!head.Bare && UnnamedUnit(tokens, headEnd, end) && end < tokens.Count && tokens[end].IsLower && tokens[end].Sentence == tokens[headEnd].Sentence) return null;
        end = WithParentBody(tokens, head, headEnd, end);
        return new Title(at, coHead ? at : headStart, headEnd, end, marked);
    }

    /// <summary>
    /// Where a body's name starting at <paramref name="from"/> ends: body words, places and capitalised words run on
    /// until a comma, a verb, "nhiệm kỳ", "khóa" or, past <paramref name="headEnd"/>, the next post's head.
    /// </summary>
    public static int BodyEnd(IReadOnlyList<Token> tokens, int from, int headEnd)
    {
        var end = from;
        if (from >= tokens.Count) return end;
        var sentence = tokens[from].Sentence;
        while (end < tokens.Count && tokens[end].Sentence == sentence &&
               (tokens[end].IsWord || JoinsBody(tokens, end, headEnd) || EnumerationInsideBody(tokens, end, headEnd) || AmpersandInsideBody(tokens, end, headEnd) ||
                Tokenizer.IsCityDot(tokens, end) || AbbreviationInBrackets(tokens, end, headEnd) > 0 || FieldsAfterDash(tokens, end, headEnd) > 0 ||
                FieldsOfALegislatureCommittee(tokens, end, headEnd) > 0 || DashInsideANamedUnit(tokens, end, headEnd) > 0 || BranchAfterDash(tokens, end, headEnd) > 0 ||
                LowerFieldsAfterDash(tokens, end, headEnd) > 0))
        {
            if (BranchAfterDash(tokens, end, headEnd) is > 0 and var branch) { end += branch; continue; }
            if (LowerFieldsAfterDash(tokens, end, headEnd) is > 0 and var lowerFields) { end += lowerFields; continue; }
            // "Vụ trưởng Pháp luật dân sự – kinh tế": two lower-case fields of a unit's name joined by a dash.
            if (DashInsideANamedUnit(tokens, end, headEnd) is > 0 and var joined) { end += joined; continue; }
            if (FieldsOfALegislatureCommittee(tokens, end, headEnd) is > 0 and var committee) { end += committee; continue; }
            if (AbbreviationInBrackets(tokens, end, headEnd) is > 0 and var bracket) { end += bracket; continue; }
            if (FieldsAfterDash(tokens, end, headEnd) is > 0 and var fields) { end += 1 + fields; continue; }
            // "Chủ tịch hội LHPN phường", "Phó Tổng Biên tập báo Tiền Phong", "Giám đốc bệnh viện Bạch Mai": an organisation's noun in
            // lower case right after the head, its name capitalised after it (not "hội đàm", "hội kiến", verbs).
            if (end == headEnd && OrganisationNounAt(tokens, end) is > 0 and var noun && end + noun < tokens.Count && tokens[end + noun].IsCapitalized &&
                tokens[end + noun].Sentence == sentence) { end += noun; continue; }
            // "Hiệu trưởng trường tiểu học Thanh Lạng": a school's noun and its level in lower case, its name capitalised after them.
            if (end == headEnd && tokens[end].IsLower && tokens[end].Lowered == "trường" && end + 1 < tokens.Count &&
                ListedLowerPhraseAt(tokens, end + 1, sentence, Lexicon.SchoolLevels) is > 0 and var level &&
                end + 2 + level < tokens.Count && tokens[end + 1 + level].Sentence == sentence &&
                (tokens[end + 1 + level].IsCapitalized || tokens[end + 1 + level].Lowered is "xã" or "phường" && tokens[end + 2 + level].IsCapitalized))
            { end += 1 + level; continue; } // "... trường tiểu học xã Thanh Thạch" too
            if (InChargeAt(tokens, end, headEnd) is > 0 and var inCharge) { end += inCharge; continue; }
            // "làm Chủ tịch hội;", "Phó Chủ tịch Thường trực hội.": the association the sentence is about, named by its noun alone.
            if (AssociationNamedByItsNounAt(tokens, end, headEnd)) { end++; break; }
            if (!tokens[end].IsWord) { end++; continue; }
            var token = tokens[end];
            // "Trường THPT chuyên Lê Quý Đôn", "Đoàn Trường PTTH chuyên ban Võ Minh Đức": a specialised school's word before its name.
            if (token.IsLower && token.Lowered == "chuyên" && end > headEnd && tokens[end - 1].Text is "THPT" or "PTTH" or "THCS" &&
                (end + 1 < tokens.Count && tokens[end + 1].IsLower && tokens[end + 1].Lowered == "ban" ? end + 2 : end + 1) is var named &&
                named < tokens.Count && tokens[named].IsCapitalized && tokens[named].Sentence == sentence) { end = named; continue; }
            // "Đại sứ Việt Nam tại Mozambique", "Tổng Lãnh sự Việt Nam tại Vancouver - Canada", "Đại sứ đặc mệnh toàn quyền nước Cộng
            // hòa Xã hội chủ nghĩa Việt Nam": a diplomat's post names the country served and the one posted to ("Đại sứ đặc mệnh
            // toàn quyền tại Việt Nam": the latter only).
            if (token.IsLower && Diplomat(tokens, headEnd) && end + 1 < tokens.Count && tokens[end + 1].IsNameLike && tokens[end + 1].Sentence == sentence &&
                (token.Folded == "tai" && (end > headEnd || tokens[headEnd - 1].Folded == "quyen") || token.Lowered == "nước" && end == headEnd)) { end++; continue; }
            // "Tham tán thương mại", "Tùy viên quốc phòng": a diplomat's field, in lower case right after the head.
            if (end == headEnd && token.IsLower && Diplomat(tokens, headEnd) && end + 1 < tokens.Count && tokens[end + 1].Sentence == sentence &&
                (token.Folded + " " + tokens[end + 1].Folded) is "thuong mai" or "quoc phong" or "van hoa" or "kinh te" or "chinh tri" or "bao chi" or
                    "giao duc" or "khoa hoc" or "lao dong" or "nong nghiep" or "an ninh" or "cong an") { end += 2; continue; }
            // "Tổng Lãnh sự Hàn Quốc tại TP. Hồ Chí Minh", "... tại thành phố Hồ Chí Minh": the city a foreign consulate sits in.
            if (token.IsLower && token.Folded == "tai" && end > headEnd && Diplomat(tokens, headEnd) && end + 1 < tokens.Count &&
                tokens[end + 1].Sentence == sentence && CityAt(tokens, end + 1) is > 0 and var city) { end += 1 + city; continue; }
            // "Bí thư Đảng ủy MTTQ và các đoàn thể Trung ương" (2025): one committee for the Front and the central mass organisations.
            if (FrontAndOrganisationsAt(tokens, end, headEnd) is > 0 and var organisations) { end += organisations; continue; }
            // "Chủ tịch Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào", "Thủ tướng Chính phủ nước CHXHCN Việt Nam": the state's full name.
            if (token.IsLower && token.Lowered == "nước" && RepublicAt(tokens, end + 1)) { end++; continue; }
            if (token.Folded == "nhiem" && end + 1 < tokens.Count && tokens[end + 1].Folded == "ky") break;
            // "... HĐND tỉnh Gia Lai ẢNH: ...": a photo's credit, in capitals, glued to a caption's post.
            if (token.Text is "ẢNH" or "ẢNH:" or "Ảnh" && end > headEnd) break;
            // "Phó Chủ tịch UB MTTQ VN phường Kiêm Chủ tịch Hội CCB phường": "kiêm" (also holding) capitalised mid-sentence names nothing.
            if (token.Lowered == "kiêm" && end > headEnd) break;
            // "Chủ tịch UBND xã Phát biểu" (a caption): a verb of two syllables capitalised, the second in lower case, that names no
            // body's field ("Ban Chỉ đạo", "Ban Tổ chức" do).
            if (token.IsCapitalized && end > headEnd && end + 1 < tokens.Count && tokens[end + 1].IsLower && tokens[end + 1].Sentence == sentence &&
                ClauseVerbAt(tokens, end) &&
                !Lexicon.Compounds.Contains(token.Folded + " " + tokens[end + 1].Folded)) break;
            // "Cục Tổ chức cán bộ", "Bộ đội biên phòng": a well-known body's full name is taken whole.
            if (token.IsCapitalized && WellKnownBodyAt(tokens, end) is > 0 and var known) { end += known; continue; }
            // "Phó Chủ tịch HĐND tỉnh khóa XV Lê Văn A", "Ủy viên Trung ương Đảng khóa XII, Bí thư ...", "Đoàn đại biểu Quốc
            // hội khóa XV tỉnh Gia Lai": a committee's or a legislature's number inside or closing a post is written with it (and left out of the post recorded, WithoutLegislature).
            // "Ủy viên Trung ương Đảng khóa XII, XIII": the committees of several terms, listed.
            if (end > headEnd && NumberedTermAt(tokens, end)) { end += TermLength(tokens, end); continue; }
            // "khóa XIII", or a status word opening the next post; capitalised, these are names ("Nguyễn", "Quyền"). With its
            // diacritics: "khoa học" is a field ("Sở khoa học và Công nghệ"), "cứu" of "Hồi sức - Cấp cứu" no "cựu".
            if (token.IsLower && (token.Lowered is "khóa" or "khoá" || token.Folded is "nguyen" or "quyen" ||
                                  token.Lowered == "cựu" && end + 1 < tokens.Count && tokens[end + 1].Folded != "chien") &&
                !Lexicon.Compounds.Contains(tokens[end - 1].Folded + " " + token.Folded)) break;
            // "làm Thứ trưởng các cơ quan: ...": "các" right after the head counts bodies, it names none.
            if (end == headEnd && token.IsLower && token.Folded == "cac") break;
            // "Đại sứ tại Cộng hòa xã hội chủ nghĩa dân chủ Sri Lanka", "Cộng hòa Dân chủ nhân dân Lào": a republic's lower-case
            // words before its capitalised name.
            if (RepublicWordsAt(tokens, end) is > 0 and var republic) { end += republic; continue; }
            if (LowerPhraseAt(tokens, end) is > 0 and var phrase)
            {
                if (VerbAfterNonBoard(tokens, end, phrase))
                {
                    // "Ban Tổ chức kiểm tra Tỉnh đoàn": inside a named unit, closed after it, the phrase is the unit's field.
                    if (LowerTailOfANamedUnit(tokens, end, headEnd) is > 0 and var field) { end += field; continue; }
                    break;
                }
                end += phrase;
                continue;
            }
            // "Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh": one board for the zone and the industrial parks.
            if (token.Folded == "va" && end + 4 < tokens.Count && tokens[end + 1].Folded == "cac" && tokens[end + 2].Folded == "khu" &&
                tokens[end + 3].Folded == "cong" && tokens[end + 4].Folded == "nghiep" && Enumerable.Range(headEnd, end - headEnd).Any(i => tokens[i].Folded == "khu"))
            { end += 5; continue; }
            if (AndInsideBody(tokens, end, headEnd)) { end++; continue; }
            // "Sở Kế hoạch và đầu tư", "Sở Tài nguyên và môi trường": a second field in lower case after "và", closing the name
            // or followed by its unit ("Sở khoa học và công nghệ tỉnh Hòa Bình": both fields in lower case after the board's noun).
            if (token.IsLower && token.Folded == "va" && end >= headEnd + 2 && end + 2 < tokens.Count &&
                (tokens[end - 2].IsCapitalized || end - 3 >= headEnd && tokens[end - 3].IsCapitalized && Lexicon.BoardNouns.Contains(tokens[end - 3].Lowered)) &&
                Lexicon.Compounds.Contains(tokens[end - 2].Folded + " " + tokens[end - 1].Folded) && tokens[end + 1].IsLower &&
                Lexicon.Compounds.Contains(tokens[end + 1].Folded + " " + tokens[end + 2].Folded) && !IsClauseWord(tokens, end + 1) &&
                (end + 3 >= tokens.Count || tokens[end + 3].Sentence != sentence || !tokens[end + 3].IsLower || UnitWordClosingTheName(tokens, end + 3))) { end += 3; continue; }
            // "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh": "và" between two lower-case parts of a body's name.
            if (token.IsLower && token.Folded == "va" && end - 2 > headEnd && LowerPhraseAt(tokens, end - 2) == 2 &&
                LowerPhraseAt(tokens, end + 1) is 2 && !Places.IsUnitWord(tokens[end + 1])) { end += 3; continue; }
            if (OfABody(tokens, end, headEnd)) { end++; continue; }
            if (SteeringSubjectAt(tokens, end, headEnd) is > 0 and var subject) { end += subject; continue; }
            if (CrimesInvestigatedAt(tokens, end) is > 0 and var crimes) { end += crimes; continue; }
            // "TAND cấp cao tại Đà Nẵng", "VKSND cấp cao tại TP HCM": a high court's or procuracy's seat is part of its name.
            if (token.IsLower && token.Folded == "tai" && end >= 2 && tokens[end - 2].Folded == "cap" && tokens[end - 1].Folded == "cao" &&
                end + 1 < tokens.Count && tokens[end + 1].Sentence == token.Sentence && Places.LengthAt(tokens, end + 1) is > 0 and var seat)
            { end += 1 + seat; continue; }
            if (token.IsLower)
            {
                // "Chủ tịch HĐND phường Bình An cũ": a ward, a commune or a district as it was before a merger.
                if (token.Lowered == "cũ" && LocalUnitNameBefore(tokens, end, headEnd)) { end++; continue; }
                // "Tổ trưởng Tổ đại biểu số 1", "Hiệu trưởng Trường Tiểu học số 2": a team or a school numbered.
                if (token.Lowered == "số" && end > headEnd && end + 1 < tokens.Count && tokens[end + 1].Sentence == sentence &&
                    tokens[end + 1].Text.All(char.IsDigit) && tokens[headEnd].Lowered is "tổ" or "trường" or "đơn" or "khu") { end += 2; continue; }
                if (LowerCaseFieldAt(tokens, end)) { end += 2; continue; }
                // "Tòa án Quân sự khu vực 1 Quân khu 1", "Chi cục Thuế khu vực 2": a numbered region of the body, in lower case.
                if (end > headEnd && token.Lowered == "khu" && end + 2 < tokens.Count && tokens[end + 1].Lowered == "vực" &&
                    tokens[end + 2].Text.All(char.IsDigit) && tokens[end + 2].Text.Length <= 2 && tokens[end + 2].Sentence == sentence) { end += 3; continue; }
                var previous = tokens[end - 1];
                // Not a verb's first syllable: "Học viện Chính trị Công an nhân dân chủ trì" ("chủ trì", chairs; not "dân chủ").
                if (Lexicon.Compounds.Contains(previous.Folded + " " + token.Folded) && SpelledAsCompound(previous, token) && !ClauseVerbAt(tokens, end)) { end++; continue; }
                if (token.Folded == "nuoc" && previous.Folded == "tich") { end++; continue; }
                // "Ủy viên Trung ương đảng": the Party written in lower case after its Central Committee.
                if (token.Lowered == "đảng" && previous.Folded == "uong" && end >= 2 && tokens[end - 2].Folded == "trung") { end++; continue; }
                // "Phó Tổng Kiểm toán nhà nước": the State Audit's name in lower case after its head.
                if (end == headEnd && token.Folded == "nha" && previous.Folded == "toan" && end + 1 < tokens.Count && tokens[end + 1].IsLower &&
                    tokens[end + 1].Folded == "nuoc") { end += 2; continue; }
                // "Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý các Khu chế xuất và Công nghiệp": the zones a board manages.
                if (token.Folded == "cac" && end >= 2 && tokens[end - 2].Folded == "quan" && previous.Folded == "ly" && end + 1 < tokens.Count &&
                    tokens[end + 1].Folded == "khu" && tokens[end + 1].Sentence == sentence) { end += 2; continue; }
                // "giám đốc sở Y tế": a department's noun in lower case right after the head, before its capitalised field.
                if (end == headEnd && Lexicon.BoardNouns.Contains(token.Lowered) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized &&
                    tokens[end + 1].Sentence == sentence) { end++; continue; }
                if (LowerRunInsideBody(tokens, end, headEnd) is > 0 and var run) { end += run; continue; }
                if (LowerRunBeforeCountry(tokens, end, headEnd) is > 0 and var field) { end += field; continue; }
                // "Đại học Công nghệ thông tin", "Sở Tài nguyên môi trường": a field in lower case right after a capitalised one.
                // Not a verb ("Sở Y tế chỉ đạo"), and the field closes the name (no lower-case word after it).
                if (end >= headEnd + 2 && end + 1 < tokens.Count && tokens[end + 1].IsLower && tokens[end + 1].Sentence == sentence &&
                    tokens[end - 2].IsCapitalized && Lexicon.Compounds.Contains(tokens[end - 2].Folded + " " + previous.Folded) &&
                    Lexicon.Compounds.Contains(token.Folded + " " + tokens[end + 1].Folded) && !IsClauseWord(tokens, end) &&
                    (end + 2 >= tokens.Count || tokens[end + 2].Sentence != sentence || !tokens[end + 2].IsLower)) { end += 2; continue; }
                if (SecondSyllableAt(tokens, end, headEnd)) { end++; continue; }
                if (LowerFieldRunAt(tokens, end, headEnd) is > 0 and var fieldRun) { end += fieldRun; continue; }
                if (LowerTailOfANamedUnit(tokens, end, headEnd) is > 0 and var tail) { end += tail; continue; }
                break;
            }
            if (char.IsDigit(token.Text[0]))
            {
                // "Đề án Trung ương 6", "Quân khu 7", "Sư đoàn 9", "Vùng 4 Hải quân", "Vùng Cảnh sát biển 4": a number only names a
                // body right after Trung ương or a numbered military unit, whatever the case of the unit's second word ("Quân Khu 5").
                if (tokens[end - 1].Folded == "uong" || tokens[end - 1].IsCapitalized && tokens[end - 1].Lowered == "vùng" || end - 2 >= headEnd && tokens[end - 1].IsWord
                    && tokens[end - 2].Folded + " " + tokens[end - 1].Folded is "quan khu" or "quan doan" or "su doan" or "lu doan" or "trung doan" or "tieu doan"
                    or "hai doan" or "khu vuc" or "sat bien" or "tong cuc" or "chuong trinh" or "cong ty") { end++; continue; } // "Tổng cục 7", "Chương trình 135", "Tổng công ty 319"
                // "Viện KSND quận 7", "UBND phường 12": urban districts and wards of the cities are numbered.
                if (end > headEnd && tokens[end - 1].Lowered is "quận" or "phường" && tokens[end].Text.All(char.IsDigit)) { end++; continue; }
                // "UBND phường Cổ Nhuế 2", "xã Hòa Phú 1": a ward or a commune numbered after its name.
                if (tokens[end].Text.Length <= 2 && tokens[end].Text.All(char.IsDigit) && LocalUnitNameBefore(tokens, end, headEnd)) { end++; continue; }
                // "Vụ trưởng Vụ 6", "Cục trưởng Cục 5": the procuracy's and the ministries' numbered departments.
                if (end > headEnd && tokens[end - 1].IsCapitalized && tokens[end - 1].Lowered is "vụ" or "cục" && end - 1 == headEnd &&
                    tokens[end].Text.All(char.IsDigit) && tokens[end].Text.Length <= 2) { end++; continue; }
                break;
            }
            // "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh", "Khu di tích Chủ tịch Hồ Chí Minh": bodies named after the late President.
            if (end > headEnd && PresidentHoChiMinhAt(tokens, end)) { end += 5; continue; }
            if (end > headEnd && StartsNextTitle(tokens, end)) break;
            // "Thứ trưởng Bộ Công an Thượng tướng Phạm Thế A": a rank before the holder's name closes the post.
            if (end > headEnd && token.IsCapitalized && MentionReader.RankLength(tokens, end) is > 0 and var rank && NameReader.StartsAt(tokens, end + rank)) break;
            if (end > headEnd && (PersonIntroducedAt(tokens, end) || CommitteeAfterPlace(tokens, end))) break;
            end++;
        }
        // "Trưởng Ban Tuyên giáo Trung ương - Ảnh: TTXVN": a dash the body stopped after is not the body's, nor "và" before the
        // next person ("Chủ nhiệm Tổng cục Chính trị và Đồng chí A").
        while (end > from && (tokens[end - 1].Is("-") || tokens[end - 1].Is("–") || tokens[end - 1].IsLower && tokens[end - 1].Folded == "va")) end--;
        return end;
    }

    /// <summary>
    /// A unit's noun with nothing naming the unit yet, and lower-case words after it that no lexicon lists ("Liên đoàn lao
    /// động thành phố", "Bộ chỉ huy Quân sự tỉnh"): the name runs on over up to four lower-case syllables when none of them is
    /// a clause word (<see cref="Lexicon.ClauseWords"/>, <see cref="Lexicon.ClauseVerbs"/>: "cho biết", "đã", "chủ trì") and
    /// what follows them closes the name: punctuation, the sentence's end, a clause word, or a capitalised word that opens
    /// no person's name ("Quân sự", a place). A body that already names something ("UBND tỉnh", "Huyện ủy Sơn Hòa") ends
    /// where it was: a lower-case word after it is the clause's ("phụ trách", "vắng mặt"). The number of tokens taken, or 0.
    /// </summary>
    private static int LowerRunInsideBody(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (!UnnamedUnit(tokens, headEnd, at)) return 0;
        var sentence = tokens[at].Sentence;
        var end = at;
        while (end < tokens.Count && end - at < 4 && tokens[end].IsLower && tokens[end].Sentence == sentence && !IsClauseWord(tokens, end))
            end++;
        if (end == at) return 0;
        if (end >= tokens.Count || tokens[end].Sentence != sentence || !tokens[end].IsWord) return end - at;
        if (tokens[end].IsLower) return IsClauseWord(tokens, end) ? end - at : 0;
        if (char.IsDigit(tokens[end].Text[0])) return 0;
        return NameReader.StartsAt(tokens, end) ? 0 : end - at;
    }

    /// <summary>
    /// Words that open the clause after a body's name, so end a lower-case tail of it ("Cục Nhà giáo ... đã", "Ban Chỉ đạo ... về
    /// chống buôn lậu cho"): tense and passive words, prepositions, the verbs of holding a post, and a time after the post
    /// ("... Viện Khoa học tài nguyên nước kể từ ngày 1/2", "từ năm 2015", "trong nhiệm kỳ").
    /// </summary>
    private static readonly HashSet<string> NameClosingWords =
    [
        "đã", "đang", "sẽ", "vừa", "được", "bị", "là", "và", "cùng", "với", "tại", "của", "thuộc", "để", "làm", "giữ", "về", "cho", "nhận",
        "trúng", "thay", "kiêm", "kể", "từ", "đến", "trong", "theo",
    ];

    /// <summary>The lower-case syllables a unit's name may end with, at most: "Viện Công nghệ số và chuyển đổi số quốc gia".</summary>
    private const int MaxLowerTail = 6;

    /// <summary>
    /// "Vụ Tổ chức điều lệ", "Cục Quản lý cạnh tranh", "Vụ Kết cấu hạ tầng giao thông", "Phòng Chỉ đạo tuyến", "Ban Thanh niên công
    /// nhân và đô thị Tỉnh đoàn": a ministry's or a committee's unit, opened by its noun and a capitalised word, often ends its
    /// name with lower-case words no lexicon can list. Up to six lower-case syllables (no clause word: "đã", "làm", "giữ"; "và"
    /// or a dash only between two of them, "công - tư") are the name's when what follows closes it: punctuation, the sentence's
    /// end, a clause word, or a capitalised word that opens neither a post nor a person's name ("Tỉnh đoàn", "Bộ Công Thương").
    /// Only for the unit nouns of offices, departments and associations (<see cref="NamedUnitNoun"/>): a ministry or a province's department
    /// ("Sở Y tế kiểm tra") ends at its field. The number of tokens taken, or 0.
    /// </summary>
    private static int LowerTailOfANamedUnit(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (headEnd < 1 || at < headEnd + 2 || !tokens[at].IsLower || !(tokens[at - 1].IsWord || tokens[at - 1].Is("-") || tokens[at - 1].Is("–"))) return 0;
        var unit = headEnd + InChargeAt(tokens, headEnd, headEnd); // "Phó Vụ trưởng phụ trách Vụ Cơ sở đảng"
        // "Phó trưởng ban Thanh niên ...", "Trưởng phòng Chỉ đạo tuyến", "Vụ trưởng Pháp luật dân sự – kinh tế": the head names the unit.
        var unitInHead = tokens[headEnd - 1].Lowered is "ban" or "phòng" or "khoa" ||
                         unit == headEnd && HeadEndingAt(tokens, headEnd)?.Folded is ["vu", "truong"] or ["pho", "vu", "truong"] or ["vu", "pho"] or
                             ["cuc", "truong"] or ["pho", "cuc", "truong"] or ["cuc", "pho"] or ["vien", "truong"] or ["pho", "vien", "truong"];
        var noun = unitInHead ? 0 : NamedUnitNoun(tokens, unit);
        if (noun == 0 && !unitInHead) return 0;
        if (unit + noun > at || !Enumerable.Range(unit + noun, at - unit - noun).Any(i => tokens[i].IsCapitalized)) return 0;
        // "Phòng Nội vụ huyện hướng dẫn": a place closes the unit's name; what follows it is the clause's.
        if (Enumerable.Range(headEnd, at - headEnd).Any(i => tokens[i].IsLower && Places.IsUnitWord(tokens[i]) || Places.LengthAt(tokens, i) > 0)) return 0;
        var sentence = tokens[at].Sentence;
        var end = at;
        var syllables = 0;
        while (end < tokens.Count && syllables <= MaxLowerTail && tokens[end].Sentence == sentence)
        {
            // "Cục Khởi nghiệp và doanh nghiệp công nghệ", "Cục Nhà giáo và cán bộ quản lý giáo dục": "và" may open the tail too,
            // right after the unit's capitalised field.
            var joiner = (end > at && tokens[end - 1].IsLower || end == at && tokens[end - 1].IsWord) && end + 1 < tokens.Count && tokens[end + 1].IsLower && tokens[end + 1].Sentence == sentence &&
                         !IsClauseWord(tokens, end + 1) && (tokens[end].Folded == "va" || tokens[end].Is("-") || tokens[end].Is("–"));
            if (joiner) { end += 2; syllables++; continue; }
            // "Cục Cảnh sát phòng, chống tội phạm": "phòng, chống" (prevent and fight) is one word of the name, its comma too.
            if (end > at && tokens[end - 1].Lowered == "phòng" && tokens[end].Is(",") && end + 2 < tokens.Count && tokens[end + 1].Lowered == "chống" &&
                tokens[end + 2].IsLower && tokens[end + 2].Sentence == sentence) { end += 2; syllables++; continue; }
            // "kiểm tra", "công tác": verbs elsewhere, a field here ("Ban Tổ chức kiểm tra Tỉnh đoàn") when the name closes after them.
            if (VerbPhraseAt(tokens, end) is > 0 and var verb) { end += verb; syllables += verb; continue; }
            // "Viện Công nghệ sinh học": a known field's pair, though its first syllable is a clause word ("sinh", born).
            if (end + 1 < tokens.Count && tokens[end].IsLower && tokens[end + 1].IsLower && Lexicon.LowerFields.Contains(tokens[end].Folded + " " + tokens[end + 1].Folded))
            { end += 2; syllables += 2; continue; }
            if (!tokens[end].IsLower || IsClauseWord(tokens, end)) break;
            end++;
            syllables++;
        }
        if (end == at || syllables > MaxLowerTail) return 0;
        // At the sentence's end the lower-case words may be the sentence's verb ("Ông A, Trưởng phòng X xem xét hồ sơ."): they
        // close the name only where the post is a verb's object ("giữ vị trí Phó vụ trưởng Vụ Kết cấu hạ tầng giao thông.").
        if (end >= tokens.Count || tokens[end].Sentence != sentence || tokens[end].Is(".")) return PostIsAnObject(tokens, headEnd) ? end - at : 0;
        if (tokens[end].Is("-") || tokens[end].Is("–"))
            return end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].Sentence == sentence ? end - at : 0;
        if (!tokens[end].IsWord) return end - at;
        // A verb's first syllable may be a clause word ("hướng dẫn"): only a word that cannot end one closes the name.
        if (tokens[end].IsLower) return NameClosingWords.Contains(tokens[end].Lowered) ? end - at : 0;
        if (char.IsDigit(tokens[end].Text[0]) || HeadAt(tokens, end) is not null || NameReader.StartsAt(tokens, end)) return 0;
        return end - at;
    }

    /// <summary>
    /// "Phó Giám đốc phụ trách Sở Giáo dục và Đào tạo", "Phó Giám đốc phụ trách chuyên môn Bệnh viện X", "Phó Chủ tịch Thường trực phụ
    /// trách điều hành UBND tỉnh": the deputy in charge (of a field, up to two lower-case syllables), right after the head or its
    /// "Thường trực", before the capitalised body. The number of tokens from "phụ trách" to the body, or 0.
    /// </summary>
    private static int InChargeAt(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        var standing = at == headEnd + 2 && tokens[headEnd].Folded == "thuong" && tokens[headEnd + 1].Folded == "truc";
        if (at != headEnd && !standing || at + 2 >= tokens.Count || !tokens[at].IsLower || tokens[at].Folded != "phu" || tokens[at + 1].Folded != "trach") return 0;
        var sentence = tokens[at].Sentence;
        for (var field = 0; field <= 2 && at + 2 + field < tokens.Count && tokens[at + 2 + field].Sentence == sentence; field++)
        {
            var next = tokens[at + 2 + field];
            if (next.IsCapitalized || next.IsAbbreviation) return 2 + field;
            if (!next.IsLower || Lexicon.ClauseWords.Contains(next.Lowered)) return 0; // "điều hành", a verb elsewhere, is the field here
        }
        return 0;
    }

    /// <summary>Two syllables spelled as one of <see cref="Lexicon.Compounds"/> (a text typed without diacritics spells nothing more).</summary>
    private static bool SpelledAsCompound(Token first, Token second) =>
        !first.HasDiacritics && !second.HasDiacritics || Lexicon.CompoundSpellings.Contains(Token.SpellingOf(first.Text) + " " + Token.SpellingOf(second.Text));

    /// <summary>The head ending at <paramref name="headEnd"/> comes right after a lower-case word: a verb's or a noun's ("giữ chức", "làm", "nguyên").</summary>
    private static bool PostIsAnObject(IReadOnlyList<Token> tokens, int headEnd) =>
        HeadEndingAt(tokens, headEnd) is { } head && headEnd - head.Folded.Length is var start && start >= 1 &&
        tokens[start - 1].IsLower && tokens[start - 1].Sentence == tokens[headEnd].Sentence;

    /// <summary>The head whose words end right before <paramref name="headEnd"/>, or null.</summary>
    internal static Lexicon.TitleHead? HeadEndingAt(IReadOnlyList<Token> tokens, int headEnd)
    {
        for (var length = Math.Min(6, headEnd); length >= 1; length--) // the longest: "Vụ trưởng", not its "trưởng"
            if (HeadAt(tokens, headEnd - length, allowLower: true) is { } head && head.Folded.Length == length) return head;
        return null;
    }

    /// <summary>A dash between two lower-case words inside a named unit, the words after it closing the name: the dash and those words, or 0.</summary>
    private static int DashInsideANamedUnit(IReadOnlyList<Token> tokens, int at, int headEnd) =>
        at > headEnd + 1 && at + 1 < tokens.Count && (tokens[at].Is("-") || tokens[at].Is("–")) && tokens[at - 1].IsLower && tokens[at + 1].IsLower &&
        tokens[at + 1].Sentence == tokens[at].Sentence && LowerTailOfANamedUnit(tokens, at + 1, headEnd) is > 0 and var tail ? 1 + tail : 0;

    /// <summary>The noun opening an office's, a department's or an association's name at the token ("Vụ", "Cục", "Phòng", "Ban", "Viện", "Học viện", "Trung tâm", "Khoa", "Hội"): its words, or 0.</summary>
    private static int NamedUnitNoun(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !tokens[at].IsWord) return 0;
        if (tokens[at].Lowered is "vụ" or "cục" or "phòng" or "ban" or "viện" or "khoa" or "hội") return 1;
        // "Tổng Công ty công nghệ cao Viettel", "Công ty Vận tải hành khách đường sắt Sài Gòn": a state company's trade, in lower case.
        if (at + 2 < tokens.Count && (tokens[at].Lowered + " " + tokens[at + 1].Lowered + " " + tokens[at + 2].Lowered) == "tổng công ty") return 3;
        return at + 1 < tokens.Count && (tokens[at].Lowered + " " + tokens[at + 1].Lowered) is "học viện" or "trung tâm" or "tổng cục" or "chi cục" or
            "công ty" or "chi nhánh" or "tạp chí" ? 2 : 0;
    }

    /// <summary>
    /// "Hội Nghệ sĩ nhiếp ảnh Việt Nam", "Liên hiệp các Hội Văn học nghệ thuật Việt Nam": lower-case words inside an association's name
    /// closed by "Việt Nam" (up to three, no clause word). The number of lower-case tokens, or 0.
    /// </summary>
    private static int LowerRunBeforeCountry(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (at <= headEnd || !tokens[at - 1].IsWord) return 0;
        var end = at;
        while (end < tokens.Count && end - at < 3 && tokens[end].IsLower && tokens[end].Sentence == tokens[at].Sentence && !IsClauseWord(tokens, end)) end++;
        return end > at && end + 1 < tokens.Count && tokens[end].Text == "Việt" && tokens[end + 1].Text == "Nam" ? end - at : 0;
    }

    /// <summary>The body's words so far, [from, to), are only a unit's noun: "Bộ", "Liên đoàn", "Tổng cục", "Trung tâm".</summary>
    internal static bool UnnamedUnit(IReadOnlyList<Token> tokens, int from, int to) =>
        (to - from) switch
        {
            1 => tokens[from].IsCapitalized && tokens[from].Lowered is "bộ" or "cục" or "ban" or "khối" or "hội" or "sở" or "viện" or "phòng" or "vụ" or "đoàn",
            2 => tokens[from].IsCapitalized && (tokens[from].Lowered, tokens[from + 1].Lowered) is ("liên", "đoàn") or ("tổng", "cục") or
                 ("chi", "cục") or ("trung", "tâm") or ("liên", "hiệp") or ("hội", "đồng") or ("đại", "học") or ("học", "viện") or
                 ("nhà", "máy") or ("công", "ty") or ("tập", "đoàn") or ("bệnh", "viện"),
            3 => tokens[from].IsCapitalized && (tokens[from].Lowered, tokens[from + 1].Lowered, tokens[from + 2].Lowered) is ("tổng", "công", "ty"),
            _ => false,
        };

    /// <summary>
    /// "Viện Chiến lược", "Liên minh Hợp tác xã", "Trung tâm Môi trường": a body's name capitalises the first syllable of each
    /// of its words, so a lower-case syllable right after a capitalised one inside the body is that word's second syllable,
    /// whether or not <see cref="Lexicon.Compounds"/> lists it. Not a clause word ("Hà Nam cho biết"), not after a place
    /// (a place's name is whole) and not after a person's name closing the run ("... Nguyễn Văn A vắng mặt").
    /// </summary>
    private static bool SecondSyllableAt(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (at - 1 < headEnd || !tokens[at - 1].IsNameLike || tokens[at].Sentence != tokens[at - 1].Sentence || IsClauseWord(tokens, at)) return false;
        if (Places.Covers(tokens, at - 1)) return false;
        if (at - 2 >= headEnd && tokens[at - 2].Folded == "viet" && tokens[at - 1].Folded == "nam") return false; // "... Việt Nam bày tỏ"
        // "đại biểu HĐND tỉnh khóa X ứng cử ...", "Quân ủy Trung ương Trung Quốc sang thăm", "Hiến binh Hoàng gia Campuchia trân trọng
        // cảm ơn": a term's number or a country closes the body; the lower-case word after it is the clause's.
        if (TermStartBefore(tokens, at) is not null || Lexicon.CountryEndsAt(tokens, at - 1)) return false;
        // "huyện Tân Lạc vắng mặt", "Huyện ủy Tam Đảo khai mạc": capitalised words after a unit's word name the unit, whole.
        var run = at - 1;
        while (run > headEnd && tokens[run - 1].IsNameLike && tokens[run - 1].Sentence == tokens[at].Sentence) run--;
        if (run > 0 && tokens[run - 1].IsLower && (Places.IsUnitWord(tokens[run - 1]) || tokens[run - 1].Folded is "uy" or "pho" or "xa" or "tran")) return false;
        for (var start = Math.Max(headEnd, at - NameReader.MaxSyllables); start <= at - NameReader.MinSyllables; start++)
            if (NameReader.IsName(tokens, start, at)) return false;
        return true;
    }

    private static bool IsClauseWord(IReadOnlyList<Token> tokens, int at) => Lexicon.ClauseWords.Contains(tokens[at].Lowered) || ClauseVerbAt(tokens, at);

    private static bool ClauseVerbAt(IReadOnlyList<Token> tokens, int at) =>
        Lexicon.ClauseVerbs.Any(v => at + v.Length <= tokens.Count && Enumerable.Range(0, v.Length).All(i => tokens[at + i].Folded == v[i]));

    /// <summary>
    /// "và" between two capitalised parts of one body's name ("Sở Kế hoạch và Đầu tư", "Thể thao và Du lịch"): not before
    /// another body ("Sở Nội vụ và Sở Tài chính"), another post or a person's name.
    /// </summary>
    private static bool AndInsideBody(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (tokens[at].Folded != "va" || !tokens[at].IsLower || at <= headEnd || at + 1 >= tokens.Count) return false;
        var next = tokens[at + 1];
        // "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng HĐND và UBND TP": one office serving two bodies.
        if (next.IsAbbreviation && next.Folded is "hdnd" or "ubnd" && next.Sentence == tokens[at].Sentence &&
            (tokens[at - 1].IsAbbreviation && tokens[at - 1].Folded is "dbqh" or "hdnd" or "ubnd" ||
             at >= 2 && tokens[at - 2].Folded == "quoc" && tokens[at - 1].Folded == "hoi")) return true; // "Đoàn đại biểu Quốc hội và HĐND tỉnh"
        if (!next.IsNameLike || next.Sentence != tokens[at].Sentence || !tokens[at - 1].IsWord) return false;
        if (!Enumerable.Range(headEnd, at - headEnd).Any(i => tokens[i].IsCapitalized)) return false;
        // "Ngoại trưởng Rex Tillerson và Cố vấn ...", "Ngoại trưởng Hoa Kỳ Rex Tillerson và ...": a name right after the head (or
        // after its country) closed the post; what follows "và" is the next person's.
        for (var name = Math.Max(headEnd, at - NameReader.MaxSyllables); name <= at - NameReader.MinSyllables; name++)
            if ((name == headEnd || Lexicon.CountryEndsAt(tokens, name - 1) && name - 1 >= headEnd) && NameReader.IsName(tokens, name, at)) return false;
        // "Chủ tịch nước Cuba A và Phu nhân B": the spouse, no more of the body.
        if (next.Folded == "phu" && at + 2 < tokens.Count && tokens[at + 2].Folded == "nhan") return false;
        if (next.Lowered is "sở" or "ban" or "bộ" or "ủy" or "uỷ" or "tỉnh" or "huyện" or "hội" or "đoàn" or "cục" or "viện") return false;
        if (HeadAt(tokens, at + 1) is not null || Places.LengthAt(tokens, at + 1) > 0) return false;
        // "Bí thư Tỉnh ủy và Trung tướng A": a military rank opens a person, not more of the body.
        if (MentionReader.RankLength(tokens, at + 1) > 0) return false;
        // "... Tỉnh ủy và Kpă Thuyên-Tỉnh ủy viên": a run of capitals the family names' lexicon lacks, closed by a dash or a
        // comma and a post, is the list's next member.
        if (NameReader.UnlistedNameEndingAt(tokens, at + 1) is { } unlisted && unlisted + 1 < tokens.Count &&
            (tokens[unlisted].Is("-") || tokens[unlisted].Is("–") || tokens[unlisted].Is(",")) && HeadAt(tokens, unlisted + 1) is not null) return false;
        return !NameReader.StartsAt(tokens, at + 1);
    }

    /// <summary>
    /// A department's name in a list whose items end at ";" ("Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp;",
    /// "Phó Trưởng phòng Tham mưu."): the police and the ministries name their departments with lower-case words the lexicon
    /// cannot hold, so inside such an item the name runs to its end. Only when the name starts with a capital, the item is
    /// one of a list (after ":" or ";", ending at ";" or, the last, at the sentence's end), and its words are at most twelve with no punctuation and no other post. The item's end, or null.
    /// </summary>
    private static int? DepartmentItemEnd(IReadOnlyList<Token> tokens, int headEnd, int end)
    {
        if (end == headEnd || !tokens[headEnd].IsCapitalized || end >= tokens.Count || !tokens[end].IsLower) return null;
        var sentence = tokens[headEnd].Sentence;
        var itemEnd = end;
        var inList = Enumerable.Range(0, headEnd).Any(i => tokens[i].Sentence == sentence && (tokens[i].Is(";") || tokens[i].Is(":")));
        while (itemEnd < tokens.Count && tokens[itemEnd].Sentence == sentence && tokens[itemEnd].IsWord)
        {
            if (itemEnd - headEnd >= 12 || HeadAt(tokens, itemEnd) is not null) return null;
            // "Viện trưởng Viện kiểm sát Nhân dân tối cao nhiệm kỳ 2021-2026;": a term closes the name, outside the post.
            if (itemEnd + 1 < tokens.Count && tokens[itemEnd].IsLower && tokens[itemEnd].Folded == "nhiem" && tokens[itemEnd + 1].Folded == "ky" ||
                NumberedTermAt(tokens, itemEnd))
                return inList ? itemEnd : null;
            itemEnd++;
        }
        // "Phó Trưởng phòng Nghiệp vụ y, Sở Y tế;": the item's unit ends at the comma before the department it belongs to.
        var closesItem = itemEnd < tokens.Count && (tokens[itemEnd].Is(";") ||
                         tokens[itemEnd].Is(",") && itemEnd + 1 < tokens.Count && tokens[itemEnd + 1].IsCapitalized && ParentBodyAt(tokens, itemEnd + 1) &&
                         HeadAt(tokens, itemEnd + 1) is null);
        var lastItem = itemEnd >= tokens.Count || tokens[itemEnd].Sentence != sentence || tokens[itemEnd].Is(".");
        return inList && (closesItem || lastItem && Enumerable.Range(0, headEnd).Any(i => tokens[i].Sentence == sentence && tokens[i].Is(";")))
            ? itemEnd : null;
    }

    /// <summary>
    /// "từng giữ các chức vụ: Vụ trưởng Vụ Kế hoạch - Tài chính, Bộ Y tế; Trưởng phòng Tổ chức, Sở Nội vụ; ...": in a list's item,
    /// a unit's post (a department, an office, a directorate, a board) followed after a comma by the ministry, department or
    /// directorate it belongs to, or by its province closing the item, names that parent as part of the post. Only a unit's
    /// head ("Vụ trưởng", "Trưởng phòng", "Cục trưởng", "Trưởng Ban ...") or a body opened by a unit's noun; only a parent
    /// opened by "Bộ", "Sở", "Cục" or "Tổng cục" (not "Bộ trưởng"), with its own capitalised name. Outside lists only an
    /// office's post takes it ("Trưởng Phòng X, Cục Y"); a directorate's or a ministry department's ends at the comma there.
    /// </summary>
    private static int WithParentBody(IReadOnlyList<Token> tokens, Lexicon.TitleHead head, int headEnd, int end)
    {
        // "Công sứ, Đại sứ quán Việt Nam tại Campuchia", "Tham tán, Tổng Lãnh sự quán Việt Nam tại Côn Minh": a diplomat's mission.
        if (Diplomat(tokens, headEnd) && end + 3 < tokens.Count && tokens[end].Is(",") && tokens[end + 1].Sentence == tokens[end].Sentence &&
            MissionAt(tokens, end + 1) is > 0 and var mission)
            return BodyEnd(tokens, end + 1 + mission, headEnd) is var missionEnd && missionEnd > end + 1 + mission ? missionEnd : end + 1 + mission;
        if (end == headEnd || end + 2 >= tokens.Count || !tokens[end].Is(",") || tokens[end + 1].Sentence != tokens[end].Sentence) return end;
        if (!tokens[end + 1].IsCapitalized && !tokens[end + 1].IsAbbreviation || HeadAt(tokens, end + 1) is not null) return end;
        // "Phó Trưởng ban Pháp chế, HĐND tỉnh Gia Lai", "Trưởng Ban Kinh tế - Ngân sách, HĐND tỉnh": a council's committee names its
        // council after a comma; without it the committee is no one's.
        if (tokens[headEnd].Lowered == "ban" && head.Folded[^1] == "truong" && CouncilAt(tokens, end + 1) &&
            BodyEnd(tokens, end + 1, end + 1) is var councilEnd && councilEnd > end + 1 &&
            (councilEnd >= tokens.Count || tokens[councilEnd].Sentence != tokens[end].Sentence || !tokens[councilEnd].IsWord || tokens[councilEnd].IsLower))
            return councilEnd;
        if (!tokens[end + 1].IsCapitalized) return end;
        // An assistant of a staff branch ("Trợ lý Cơ sở Đảng, Phòng Tổ chức") names the branch's office after a comma too.
        var assistant = head.Folded is ["tro", "ly"] && tokens[end + 1].Lowered == "phòng";
        var unitHead = assistant || head.Folded is ["vu", "truong"] or ["pho", "vu", "truong"] or ["cuc", "truong"] or ["pho", "cuc", "truong"] or
            ["truong", "phong"] or ["pho", "truong", "phong"] or ["truong", "tram"] or ["pho", "truong", "tram"];
        var unitBody = tokens[headEnd].Lowered is "vụ" or "phòng" or "cục" or "ban" or "trạm" ||
                       tokens[headEnd].Lowered is "chi" or "trung" && headEnd + 1 < end && tokens[headEnd + 1].Lowered is "cục" or "tâm";
        if (!unitHead && !(unitBody && head.Folded[^1] == "truong")) return end;
        // Inside a list's item (after ":" or ";"), where a comma cannot open a person's next post without a head; elsewhere
        // only an office's post ("Trưởng Phòng Tham mưu, Cục An ninh đối ngoại"), a unit no one names without its parent. A
        // directorate's ("Cục trưởng Cục X, Bộ Y") and a ministry department's ("Vụ trưởng Vụ X, Bộ Y") end at the comma there:
        // the gold sets that met those shapes outside lists (F, J, N, O) wrote them so.
        var inList = Enumerable.Range(0, end).Any(i => tokens[i].Sentence == tokens[end].Sentence && (tokens[i].Is(";") || tokens[i].Is(":")));
        var subUnit = head.Folded is ["truong", "phong"] or ["pho", "truong", "phong"] || tokens[headEnd].Lowered is "phòng";
        if (!inList && !assistant && !(subUnit && ParentBodyAt(tokens, end + 1))) return end;
        // "Trưởng Ban Quản lý dự án Cảng X, Thanh Hóa;": the province after the comma, closing the item, is the unit's.
        if (Places.LengthAt(tokens, end + 1) is > 0 and var place)
        {
            var after = end + 1 + place;
            var closes = after >= tokens.Count || tokens[after].Sentence != tokens[end].Sentence || tokens[after].Is(";") || tokens[after].Is(".");
            return closes ? after : end;
        }
        if (!ParentBodyAt(tokens, end + 1) && !assistant) return end;
        // "Trưởng phòng An ninh kinh tế, Công an tỉnh Đồng Nai": a province's police, named by its province.
        if (tokens[end + 1].Lowered == "công")
            return BodyEnd(tokens, end + 1, end + 1) is var policeEnd && policeEnd > end + 3 && Places.Covers(tokens, policeEnd - 1) ? policeEnd : end;
        var parentName = end + 1 + (tokens[end + 1].Lowered is "tổng" or "văn" ? 2 : 1);
        if (parentName >= tokens.Count || !tokens[parentName].IsCapitalized || tokens[parentName].Sentence != tokens[end].Sentence) return end;
        var parentEnd = BodyEnd(tokens, end + 1, end + 1);
        return parentEnd > parentName ? parentEnd : end;
    }

    /// <summary>
    /// "Bộ Chỉ huy Quân sự (BCHQS) tỉnh": a body's abbreviation in brackets, inside its name, before the unit word or the place
    /// that goes on with it. The number of tokens of "(ABBR)", or 0.
    /// </summary>
    private static int AbbreviationInBrackets(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (at <= headEnd || at + 3 >= tokens.Count || !tokens[at].Is("(") || !tokens[at + 1].IsAbbreviation || !tokens[at + 2].Is(")")) return 0;
        var next = tokens[at + 3];
        if (next.Sentence != tokens[at].Sentence || !Enumerable.Range(headEnd, at - headEnd).Any(i => tokens[i].IsCapitalized)) return 0;
        // "Ủy viên Ban Thường vụ (BTV) Tỉnh ủy": before the committee the body belongs to, too.
        // "Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam": before "Việt Nam" too.
        return next.IsLower && Places.IsUnitWord(next) || Places.LengthAt(tokens, at + 3) > 0 ||
               at + 4 < tokens.Count && next.Text == "Việt" && tokens[at + 4].Text == "Nam" ||
               at + 4 < tokens.Count && next.IsCapitalized && Lexicon.Compounds.Contains(next.Folded + " " + tokens[at + 4].Folded) &&
               tokens[at + 4].Folded == "uy" ||
               // "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) Nguyễn Văn A", "Chủ tịch Quốc hội nước Cộng hòa Dân chủ Nhân dân
               // Lào (CHDCND) Xaysomphone Phomvihane": before the holder's name, which closes the post (left out of the post's words).
               NameReader.LongestNameFrom(tokens, at + 3) is { } nameEnd && (nameEnd >= tokens.Count || !tokens[nameEnd].IsNameLike) ? 3 : 0;
    }

    /// <summary>
    /// A ward's, a commune's or a district's capitalised name (up to four syllables) right before <paramref name="at"/>, after
    /// its unit's lower-case word inside the body: "phường Cổ Nhuế" before "2", "phường Bình An" before "cũ".
    /// </summary>
    private static bool LocalUnitNameBefore(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        var start = at;
        while (start > headEnd && at - start < 4 && tokens[start - 1].IsNameLike && tokens[start - 1].Sentence == tokens[at].Sentence) start--;
        if (start == at || start - 1 < headEnd) return false;
        var unit = tokens[start - 1];
        return unit.IsLower && unit.Lowered is "phường" or "xã" or "huyện" or "quận" or "trấn";
    }

    /// <summary>
    /// A second post's head, capitalised, right after <paramref name="head"/> with no comma: not a qualifier of the first
    /// ("Thường trực", "Thường vụ"), nor a generic "Trưởng", "Thành viên", "Trợ lý", nor after an assistant's or a member's head
    /// ("Trợ lý Bộ trưởng", "Ủy viên Thường vụ"), nor a head that needs a body with none after it.
    /// </summary>
    internal static bool SecondHeadAt(IReadOnlyList<Token> tokens, Lexicon.TitleHead head, int at)
    {
        if (at >= tokens.Count || !tokens[at].IsCapitalized || tokens[at].Sentence != tokens[at - 1].Sentence) return false;
        if (head.Folded is ["tro", "ly"] || head.Folded[^1] == "vien") return false;
        if (HeadAt(tokens, at) is not { } second || second.Folded[0] is "thuong" or "truong" or "thanh" or "tro") return false;
        // "Phó Bí thư Đảng ủy Viện Hàn lâm": "Đảng ủy Viện" folds as "Đảng ủy viên" does; a committee's member is never the second.
        if (second.Folded is [.., "uy", "vien"]) return false;
        return Parse(tokens, at) is { } post && (post.End > post.HeadEnd || second.Bare);
    }

    /// <summary>Where a post written before its holder's name ends: before the name, and before an abbreviation in brackets right before it.</summary>
    public static int EndBeforeName(IReadOnlyList<Token> tokens, int nameStart) =>
        nameStart >= 3 && tokens[nameStart - 1].Is(")") && tokens[nameStart - 2].IsAbbreviation && tokens[nameStart - 3].Is("(") ? nameStart - 3 : nameStart;

    /// <summary>"Sở Thông tin & Truyền thông": "&" between two capitalised fields of one body's name, written as "và".</summary>
    private static bool AmpersandInsideBody(IReadOnlyList<Token> tokens, int at, int headEnd) =>
        tokens[at].Is("&") && at > headEnd && tokens[at - 1].IsWord && at + 1 < tokens.Count &&
        // "Sở VH – TT & DL": between two abbreviated fields too
        (tokens[at + 1].IsNameLike || tokens[at - 1].IsAbbreviation && tokens[at + 1].IsAbbreviation && tokens[at + 1].Text.Length <= 4) &&
        tokens[at + 1].Sentence == tokens[at].Sentence && HeadAt(tokens, at + 1) is null && !ParentBodyAt(tokens, at + 1);

    /// <summary>
    /// A diplomat's or an attaché's head ending at <paramref name="headEnd"/> ("Đại sứ", "Tổng Lãnh sự", "... đặc mệnh toàn quyền",
    /// "Tùy viên") or a permanent mission after it ("Phái đoàn ..."): the post names the country served and the one posted to ("tại ...").
    /// </summary>
    private static bool Diplomat(IReadOnlyList<Token> tokens, int headEnd) =>
        headEnd >= 2 && (tokens[headEnd - 1].Folded == "su" && tokens[headEnd - 2].Folded is "dai" or "lanh" or "cong" ||
                         tokens[headEnd - 1].Folded == "tan" && tokens[headEnd - 2].Folded == "tham" || // "Tham tán thương mại", "Công sứ"
                         tokens[headEnd - 1].Folded == "quyen" && tokens[headEnd - 2].Folded == "toan" ||
                         // "Tùy viên Quốc phòng Trung Quốc tại Việt Nam": a defence attaché is posted too.
                         tokens[headEnd - 1].Folded == "vien" && tokens[headEnd - 2].Folded == "tuy") ||
        // "Trưởng Phái đoàn đại diện Thường trực Việt Nam tại Liên Hợp Quốc": a permanent mission names where it is posted too.
        headEnd + 1 < tokens.Count && tokens[headEnd].Folded == "phai" && tokens[headEnd + 1].Folded == "doan";

    /// <summary>
    /// "Vụ Hợp tác quốc tế", "Ban Bảo vệ chăm sóc sức khỏe cán bộ", "Ban quản lý dự án lưới điện": lower-case fields of a body's
    /// name after its capitalised part, each a known pair (<see cref="Lexicon.LowerFields"/>, <see cref="Lexicon.Compounds"/>)
    /// or the second syllable of one begun before ("Khám chữa bệnh"), joined by "và" at most. The run must close the name: a
    /// punctuation mark, a capital, the sentence's end or a clause word after it; a lower-case word no lexicon lists means the
    /// clause has begun, and nothing is taken. The number of tokens taken, or 0.
    /// </summary>
    private static int LowerFieldRunAt(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (at <= headEnd || at >= tokens.Count || !tokens[at].IsLower || !tokens[at - 1].IsWord || tokens[at - 1].Sentence != tokens[at].Sentence) return 0;
        if (!Enumerable.Range(headEnd, at - headEnd).Any(i => tokens[i].IsCapitalized)) return 0;
        // "Chủ tịch tỉnh Bà Rịa - Vũng Tàu thông tin là ...": a place closes the name; what follows is the clause's.
        if (Places.Covers(tokens, at - 1) || at >= 2 && tokens[at - 2].IsLower && Places.IsUnitWord(tokens[at - 2])) return 0;
        // "Giám đốc Trung tâm Y tế Dự phòng tỉnh thông tin, ...": the province's word alone closes the name too.
        if (tokens[at - 1].IsLower && tokens[at - 1].Lowered is "tỉnh" or "huyện" or "quận" or "xã" or "phường") return 0;
        // "Chủ tịch Hội Nông dân tỉnh Lê Anh Tuấn thông tin: ...": after a person's name closing the post, the words are the clause's.
        if (NameReader.NameEndingAt(tokens, at) is { } nameStart && nameStart > headEnd) return 0;
        // "miền Bắc": a region's name capitalises its second syllable.
        bool Field(int a, int b) => a >= headEnd && b < tokens.Count && tokens[b].IsWord && tokens[b].Sentence == tokens[a].Sentence &&
                                    (tokens[b].IsLower && Lexicon.Compounds.Contains(tokens[a].Folded + " " + tokens[b].Folded) ||
                                     (tokens[b].IsLower || tokens[a].Folded == "mien") && Lexicon.LowerFields.Contains(tokens[a].Folded + " " + tokens[b].Folded));
        var sentence = tokens[at].Sentence;
        var k = at;
        while (k < tokens.Count && tokens[k].IsLower && tokens[k].Sentence == sentence)
        {
            if (ClauseVerbAt(tokens, k)) break;
            if (tokens[k].Folded == "va" && Field(k + 1, k + 2) && k > at) { k += 3; continue; }
            // A known pair before the clause words: "dự án" is a field, "dự" alone a verb ("dự hội nghị").
            if (Field(k, k + 1)) { k += 2; continue; }
            // "Văn phòng Điều phối nông thôn mới tỉnh": the new-countryside programme's name, "mới" no clause word there.
            // Not before a clause word: "Giám đốc Sở Nông nghiệp và Phát triển nông thôn mới được bổ nhiệm" ("newly").
            if (tokens[k].Folded == "moi" && k >= 2 && tokens[k - 1].Folded == "thon" && tokens[k - 2].Folded == "nong" &&
                !(k + 1 < tokens.Count && tokens[k + 1].IsLower && tokens[k + 1].Sentence == sentence && IsClauseWord(tokens, k + 1))) { k++; continue; }
            if (Lexicon.ClauseWords.Contains(tokens[k].Lowered)) break;
            if (tokens[k - 1].IsWord && Field(k - 1, k)) { k++; continue; }
            break;
        }
        if (k == at) return 0;
        // "Ban Chỉ đạo bầu cử tỉnh,": the unit's word closing the field is the body's place, read after it.
        var closes = k >= tokens.Count || tokens[k].Sentence != sentence || !tokens[k].IsWord || tokens[k].IsCapitalized || IsClauseWord(tokens, k) ||
                     UnitWordClosingTheName(tokens, k);
        return closes ? k - at : 0;
    }

    /// <summary>
    /// A lower-case unit's word ("tỉnh", "huyện", "xã", "phường") at <paramref name="at"/> with nothing of the body after it: a
    /// punctuation mark, the sentence's end, the unit's capitalised name or the clause's next word ("... tỉnh dự").
    /// </summary>
    private static bool UnitWordClosingTheName(IReadOnlyList<Token> tokens, int at)
    {
        // "Trung tâm truyền thông và giáo dục sức khỏe thành phố,": the city's two words.
        var next = at + (at + 1 < tokens.Count && tokens[at].IsLower && tokens[at].Lowered == "thành" && tokens[at + 1].Lowered == "phố" ? 2 : 1);
        return tokens[at].IsLower && (tokens[at].Lowered is "tỉnh" or "huyện" or "xã" or "phường" or "quận" || next == at + 2) &&
               (next >= tokens.Count || tokens[next].Sentence != tokens[at].Sentence || !tokens[next].IsWord || tokens[next].IsCapitalized ||
                IsClauseWord(tokens, next));
    }

    /// <summary>
    /// "Ủy ban Quốc phòng và an ninh của Quốc hội", "Ủy ban Khoa học, công nghệ và môi trường của Quốc hội": a committee of the
    /// National Assembly writes its fields after the first in lower case, joined by commas and "và", and "của Quốc hội" closes
    /// them. At a lower-case word or a comma inside a body opened by "Ủy ban", the number of tokens up to "của Quốc hội"
    /// (at most eight, only lower-case words that are no clause word, commas and "và"), or 0.
    /// </summary>
    private static int FieldsOfALegislatureCommittee(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (at <= headEnd + 1 || !(tokens[at].IsLower || tokens[at].Is(","))) return 0;
        var opened = Enumerable.Range(headEnd, at - headEnd - 1).Any(i => tokens[i].Folded == "uy" && tokens[i].IsCapitalized && tokens[i + 1].Folded == "ban");
        if (!opened) return 0;
        for (var end = at; end + 2 < tokens.Count && end - at <= 8 && tokens[end].Sentence == tokens[at].Sentence; end++)
        {
            if (tokens[end].IsLower && tokens[end].Folded == "cua")
                return end > at && tokens[end + 1].Folded == "quoc" && tokens[end + 2].Folded == "hoi" && tokens[end + 1].IsCapitalized ? end - at : 0;
            if (!(tokens[end].Is(",") || tokens[end].IsLower && (tokens[end].Folded == "va" || !IsClauseWord(tokens, end)))) return 0;
        }
        return 0;
    }

    /// <summary>"Ủy ban Xã hội của Quốc hội": "của" before a body (a capitalised body word, compound or abbreviation).</summary>
    private static bool OfABody(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (tokens[at].Folded != "cua" || !tokens[at].IsLower || at < headEnd || at == 0 || at + 1 >= tokens.Count) return false;
        var next = tokens[at + 1];
        if (!next.IsCapitalized || next.Sentence != tokens[at].Sentence) return false;
        // "Phái viên của Ban Thường vụ Tỉnh ủy": right after the head too.
        if (at > headEnd && !Enumerable.Range(headEnd, at - headEnd).Any(i => tokens[i].IsCapitalized)) return false;
        if (HeadAt(tokens, at + 1) is not null) return false;
        return next.IsAbbreviation || Lexicon.BodyWords.Contains(next.Lowered) ||
               at + 2 < tokens.Count && Lexicon.Compounds.Contains(next.Folded + " " + tokens[at + 2].Folded);
    }

    /// <summary>
    /// A comma inside a body's name that enumerates its fields: "Sở Văn hóa, Thể thao và Du lịch". Only when capitalised
    /// words that open no post, no body and no name follow it, then "và" (or "&") and another capitalised word.
    /// </summary>
    private static bool EnumerationInsideBody(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (!tokens[at].Is(",") || at <= headEnd || !Enumerable.Range(headEnd, at - headEnd).Any(i => tokens[i].IsCapitalized)) return false;
        var i = at + 1;
        // "Sở Văn hóa, Thông tin, Thể thao và Du lịch": more fields, each after a comma, before "và".
        while (i < tokens.Count && tokens[i].Sentence == tokens[at].Sentence && (tokens[i].IsNameLike || tokens[i].IsLower && i > at + 1 &&
               Lexicon.Compounds.Contains(tokens[i - 1].Folded + " " + tokens[i].Folded) ||
               tokens[i].Is(",") && i > at + 1 && tokens[i - 1].IsWord && i + 1 < tokens.Count && tokens[i + 1].IsNameLike))
        {
            if (tokens[i].IsNameLike && (HeadAt(tokens, i) is not null || Lexicon.BodyWords.Contains(tokens[i].Lowered) || Places.LengthAt(tokens, i) > 0))
                return false;
            if (tokens[i].IsNameLike && NameReader.StartsAt(tokens, i))
                return false;
            i++;
        }
        // "Bộ Văn hóa, Thể thao & Du lịch": "&" for "và".
        return i > at + 1 && i < tokens.Count && (AndInsideBody(tokens, i, headEnd) || AmpersandInsideBody(tokens, i, headEnd));
    }

    /// <summary>
    /// A board's field written in lower case: "Ban tổ chức", "Ban chỉ đạo" right after "Ban" (not before "của", "về"); a field noun ("văn hóa",
    /// "quốc phòng") right after a board's noun ("ban văn hóa"), after another such field ("văn hóa xã hội"), or after
    /// the one capitalised field of a department ("Tổng cục Công nghiệp quốc phòng"). Verbs never: "Sở Y tế chỉ đạo".
    /// </summary>
    private static bool LowerCaseFieldAt(IReadOnlyList<Token> tokens, int at)
    {
        if (at < 1 || at + 1 >= tokens.Count || !tokens[at + 1].IsLower || tokens[at + 1].Sentence != tokens[at].Sentence) return false;
        var pair = tokens[at].Folded + " " + tokens[at + 1].Folded;
        var before = tokens[at - 1];
        // "Trưởng Ban chỉ đạo của Thành ủy về ...": a board described, not named; the post stays unnamed.
        if (Lexicon.BoardOnlyFields.Contains(pair))
            return before.Lowered == "ban" && !(at + 2 < tokens.Count && tokens[at + 2].IsLower && tokens[at + 2].Folded is "cua" or "ve");
        if (!Lexicon.LowerCaseFields.Contains(pair)) return false;
        if (Lexicon.BoardNouns.Contains(before.Lowered)) return true;
        if (at < 3 || !tokens[at - 2].IsWord) return false;
        var previousPair = tokens[at - 2].Folded + " " + before.Folded;
        if (before.IsLower && tokens[at - 2].IsLower &&
            (Lexicon.LowerCaseFields.Contains(previousPair) || Lexicon.BoardOnlyFields.Contains(previousPair))) return true;
        // The field's noun before it ("Cục Bảo vệ thực vật", "phòng Kiểm dịch thực vật"), or the last of the fields joined by
        // "và" or a dash ("Bộ Nông nghiệp và Phát triển nông thôn").
        return tokens[at - 2].IsCapitalized && (Lexicon.Compounds.Contains(previousPair) || before.IsLower && tokens[at - 2].IsNameLike) &&
               (tokens[at - 3].Lowered is "cục" or "vụ" or "viện" or "bộ" or "sở" or "phòng" or "trạm" or "ban" ||
                tokens[at - 3].Lowered == "và" || tokens[at - 3].Is("-") || tokens[at - 3].Is("–"));
    }

    /// <summary>
    /// "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực": what a steering committee is about, inside its name.
    /// "về phòng, chống" and the harms of <see cref="Lexicon.PreventedHarms"/>, after a body that names "Chỉ đạo". The
    /// number of tokens taken, or 0.
    /// </summary>
    private static int SteeringSubjectAt(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (!tokens[at].IsLower || tokens[at].Folded != "ve" || at + 4 >= tokens.Count) return 0;
        var steering = false;
        for (var i = headEnd; i + 1 < at; i++) steering |= tokens[i].Folded == "chi" && tokens[i + 1].Folded == "dao";
        if (!steering) return 0;
        if (tokens[at + 1].Folded == "phong" && tokens[at + 2].Is(",") && tokens[at + 3].Folded == "chong" &&
            HarmsFrom(tokens, at + 4, tokens[at].Sentence, Lexicon.PreventedHarms) is > 0 and var harms) return 4 + harms;
        // "Ban Chỉ đạo quốc gia về chống khai thác IUU": "về chống" and what is fought, up to four lower-case words and an
        // abbreviation, closed by a name, a punctuation mark or the sentence's end.
        if (!tokens[at + 1].IsLower || tokens[at + 1].Folded != "chong") return 0;
        var end = at + 2;
        var sentence = tokens[at].Sentence;
        while (end < tokens.Count && end - at - 2 < 4 && tokens[end].IsLower && tokens[end].Sentence == sentence && !ClauseVerbAt(tokens, end) &&
               !NameClosingWords.Contains(tokens[end].Lowered))
            end++;
        if (end == at + 2) return 0;
        if (end < tokens.Count && tokens[end].IsAbbreviation && tokens[end].Sentence == sentence) end++;
        var closes = end >= tokens.Count || tokens[end].Sentence != sentence || !tokens[end].IsWord || tokens[end].IsCapitalized;
        return closes ? end - at : 0;
    }

    /// <summary>
    /// "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu", "Phòng Cảnh sát điều tra tội phạm về ma túy": the
    /// crimes a police unit investigates, inside its name: "điều tra tội phạm về" and the crimes of
    /// <see cref="Lexicon.InvestigatedCrimes"/>, after "Cảnh sát". The number of tokens taken, or 0.
    /// </summary>
    private static int CrimesInvestigatedAt(IReadOnlyList<Token> tokens, int at)
    {
        string[] opening = ["dieu", "tra", "toi", "pham", "ve"];
        if (at < 2 || at + opening.Length >= tokens.Count || tokens[at - 2].Folded != "canh" || tokens[at - 1].Folded != "sat") return 0;
        for (var i = 0; i < opening.Length; i++)
            if (!tokens[at + i].IsLower || tokens[at + i].Folded != opening[i] || tokens[at + i].Sentence != tokens[at].Sentence) return 0;
        return HarmsFrom(tokens, at + opening.Length, tokens[at].Sentence, Lexicon.InvestigatedCrimes) is > 0 and var crimes ? opening.Length + crimes : 0;
    }

    /// <summary>A list of harms from <paramref name="harms"/> starting at <paramref name="from"/>, joined by commas or "và": its length, or 0.</summary>
    private static int HarmsFrom(IReadOnlyList<Token> tokens, int from, int sentence, IReadOnlyList<string[]> harms)
    {
        var end = from;
        while (ListedLowerPhraseAt(tokens, end, sentence, harms) is > 0 and var harm)
        {
            end += harm;
            // ", tiêu cực" or "và lãng phí": another harm of the list.
            if (end + 1 < tokens.Count && (tokens[end].Is(",") || tokens[end].Folded == "va") && ListedLowerPhraseAt(tokens, end + 1, sentence, harms) > 0) end++;
            else break;
        }
        return end - from;
    }

    /// <summary>The first of <paramref name="phrases"/> written in lower case at <paramref name="at"/>, in its sentence: its length, or 0.</summary>
    private static int ListedLowerPhraseAt(IReadOnlyList<Token> tokens, int at, int sentence, IReadOnlyList<string[]> phrases) =>
        ListedPhraseAt(tokens, at, sentence, phrases, lowerCase: true);

    /// <summary>
    /// The first of <paramref name="phrases"/> (folded words) at <paramref name="at"/>, in its sentence, every word in lower case
    /// when <paramref name="lowerCase"/>: its length, or 0.
    /// </summary>
    private static int ListedPhraseAt(IReadOnlyList<Token> tokens, int at, int sentence, IReadOnlyList<string[]> phrases, bool lowerCase)
    {
        foreach (var phrase in phrases)
        {
            if (at < 0 || at + phrase.Length > tokens.Count) continue;
            var match = true;
            for (var i = 0; i < phrase.Length && match; i++)
                match = (!lowerCase || tokens[at + i].IsLower) && tokens[at + i].Folded == phrase[i] && tokens[at + i].Sentence == sentence;
            if (match) return phrase.Length;
        }
        return 0;
    }

    /// <summary>"các đoàn thể Trung ương" after the Front in a party committee's name (<see cref="FrontAndOrganisationsAt"/>).</summary>
    private static readonly string[][] CentralOrganisations = [["cac", "doan", "the", "trung", "uong"]];

    /// <summary>
    /// The post of tokens [start, end) as text, without a legislature's number written inside it: "Trưởng Đoàn đại biểu Quốc
    /// hội khóa XIII tỉnh Cao Bằng" is the post "Trưởng Đoàn đại biểu Quốc hội tỉnh Cao Bằng", whichever legislature.
    /// </summary>
    public static string WithoutLegislature(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        // "Phó Chủ tịch HĐND tỉnh khóa XV" before a name: the number closes the post as written.
        if (TermStartBefore(tokens, end) is { } term && term - start > 0)
            return text[tokens[start].Start..tokens[term - 1].End];
        for (var i = start + 1; i + 2 < end; i++)
            if (LegislatureBeforePlace(tokens, i))
                return text[tokens[start].Start..tokens[i - 1].End] + " " + text[tokens[i + 2].Start..tokens[end - 1].End];
        return text[tokens[start].Start..tokens[end - 1].End];
    }

    /// <summary>"khóa XV" (Roman numerals) in the sentence of the post before it.</summary>
    internal static bool NumberedTermAt(IReadOnlyList<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].IsWord && tokens[at].Folded == "khoa" && tokens[at + 1].Sentence == tokens[at].Sentence && // "Khóa XX" too
        (IsRoman(tokens[at + 1]) || IsTermNumber(tokens[at + 1])); // "khóa XIII", "khóa 14"

    /// <summary>
    /// The tokens of the term at <paramref name="at"/> (<see cref="NumberedTermAt"/>), with the further numbers a list adds
    /// ("khóa XII, XIII", "khóa 11, 12 và 13"): its length, or 0.
    /// </summary>
    internal static int TermLength(IReadOnlyList<Token> tokens, int at)
    {
        if (!NumberedTermAt(tokens, at)) return 0;
        var roman = IsRoman(tokens[at + 1]);
        var end = PastAlternate(tokens, at + 2);
        while (end + 1 < tokens.Count && (tokens[end].Is(",") || tokens[end].IsLower && tokens[end].Folded == "va") &&
               tokens[end + 1].Sentence == tokens[at].Sentence && (roman ? IsRoman(tokens[end + 1]) : IsTermNumber(tokens[end + 1])))
            end = PastAlternate(tokens, end + 2);
        return end - at;
    }

    /// <summary>"(dự khuyết)" after a term's number ("khóa VI (dự khuyết), VII"): past it, or <paramref name="at"/>.</summary>
    private static int PastAlternate(IReadOnlyList<Token> tokens, int at) =>
        at + 3 < tokens.Count && tokens[at].Is("(") && tokens[at + 1].Folded == "du" && tokens[at + 2].Folded == "khuyet" && tokens[at + 3].Is(")")
            ? at + 4 : at;

    /// <summary>Where the term (<see cref="TermLength"/>) that ends right before <paramref name="end"/> starts, or null.</summary>
    internal static int? TermStartBefore(IReadOnlyList<Token> tokens, int end)
    {
        for (var at = end - 2; at >= 0 && at >= end - 16; at--)
            if (TermLength(tokens, at) == end - at) return at;
        return null;
    }

    /// <summary>"14" of "khóa 14": a committee's number in figures, one or two digits.</summary>
    private static bool IsTermNumber(Token token) => token.IsWord && token.Text.Length <= 2 && token.Text.All(char.IsDigit);

    private static bool IsRoman(Token token) => token.IsWord && token.Text.All(c => c is 'I' or 'V' or 'X' or 'L');

    /// <summary>"khóa XV" followed by "tỉnh", "thành phố" or a province: the term number belongs inside the post.</summary>
    private static bool LegislatureBeforePlace(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || !tokens[at].IsLower || tokens[at].Folded != "khoa") return false;
        if (!IsRoman(tokens[at + 1]) || tokens[at + 2].Sentence != tokens[at].Sentence) return false;
        return tokens[at + 2].Folded is "tinh" or "thanh" || Places.LengthAt(tokens, at + 2) > 0;
    }

    /// <summary>
    /// A dash between two capitalised parts of one body's name ("Ban Tuyên giáo - Dân vận Trung ương", "Sở Văn hóa -
    /// Thể thao và Du lịch"): not when what follows opens another post or is a person's name ("Sở Nội vụ - Lê Văn A").
    /// </summary>
    private static bool JoinsBody(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (!(tokens[at].Is("-") || tokens[at].Is("–")) || at <= headEnd || at + 1 >= tokens.Count) return false;
        // "Sở TN- MT", "Sở LĐ-TB&XH": a dash between two abbreviations is one department's abbreviated fields.
        if (tokens[at - 1].IsAbbreviation && tokens[at + 1].IsAbbreviation && tokens[at + 1].Sentence == tokens[at].Sentence &&
            tokens[at + 1].Text.Length <= 4 && HeadAt(tokens, at + 1) is null) return true;
        if (!tokens[at - 1].IsWord || !tokens[at + 1].IsNameLike || tokens[at + 1].Sentence != tokens[at].Sentence) return false;
        if (!Enumerable.Range(headEnd, at - headEnd).Any(i => tokens[i].IsCapitalized)) return false;
        if (HeadAt(tokens, at + 1) is not null || ParentBodyAt(tokens, at + 1)) return false;
        // "Ủy viên Trung ương Đảng – Nguyên Bí thư Tỉnh ủy": a status word, capitalised after the dash, opens the next post.
        if (tokens[at + 1].Folded is "nguyen" or "quyen" or "cuu" && HeadAt(tokens, at + 2) is not null) return false;
        return !NameReader.StartsAt(tokens, at + 1);
    }

    /// <summary>
    /// "bộ trưởng Bộ Văn hóa - thể thao và du lịch": a ministry's or a department's later fields written in lower case after a
    /// dash, each a known pair, joined by "và", closing the name (punctuation, a capital or the sentence's end after them): the
    /// dash and the fields, or 0.
    /// </summary>
    private static int LowerFieldsAfterDash(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (!(tokens[at].Is("-") || tokens[at].Is("–")) || at <= headEnd + 1 || at + 2 >= tokens.Count || !tokens[at - 1].IsWord ||
            tokens[headEnd].Folded is not ("bo" or "so") || !tokens[headEnd].IsCapitalized) return 0;
        var sentence = tokens[at].Sentence;
        bool Pair(int k) => k + 1 < tokens.Count && tokens[k].Sentence == sentence && tokens[k + 1].Sentence == sentence && tokens[k].IsLower &&
                            tokens[k + 1].IsLower && Lexicon.Compounds.Contains(tokens[k].Folded + " " + tokens[k + 1].Folded);
        var end = at + 1;
        if (!Pair(end)) return 0;
        end += 2;
        while (end + 2 < tokens.Count && tokens[end].IsLower && tokens[end].Folded == "va" && Pair(end + 1)) end += 3;
        var closes = end >= tokens.Count || tokens[end].Sentence != sentence || !tokens[end].IsWord || tokens[end].IsCapitalized;
        return closes ? end - at : 0;
    }

    /// <summary>
    /// "Giám đốc BIDV - chi nhánh Quảng Ngãi", "Agribank – Chi nhánh Hà Nội": a bank's or a company's branch after a dash, named by
    /// its place: the dash and "chi nhánh" (the name follows, capitalised), or 0.
    /// </summary>
    private static int BranchAfterDash(IReadOnlyList<Token> tokens, int at, int headEnd) =>
        at > headEnd && at + 3 < tokens.Count && (tokens[at].Is("-") || tokens[at].Is("–")) && tokens[at - 1].IsCapitalized &&
        tokens[at + 1].Folded == "chi" && tokens[at + 2].Folded == "nhanh" && tokens[at + 3].IsNameLike && tokens[at + 3].Sentence == tokens[at].Sentence ? 3 : 0;

    /// <summary>
    /// "Trưởng Ban kinh tế – ngân sách HĐND tỉnh", "Phó Trưởng ban văn hóa - xã hội": a council's committee names its two fields in
    /// lower case with a dash between. After "Ban" and lower-case words only, the lower-case words after the dash (up to three, no
    /// clause word), when punctuation, the sentence's end or a capitalised word follows them. Their number, or 0.
    /// </summary>
    private static int FieldsAfterDash(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (!(tokens[at].Is("-") || tokens[at].Is("–")) || at < headEnd + 2 || at > headEnd + 4 || tokens[headEnd].Folded != "ban") return 0;
        if (!Enumerable.Range(headEnd + 1, at - headEnd - 1).All(i => tokens[i].IsWord && !IsClauseWord(tokens, i))) return 0;
        var end = at + 1;
        while (end < tokens.Count && end - at <= 3 && tokens[end].IsLower && tokens[end].Sentence == tokens[at].Sentence && !IsClauseWord(tokens, end)) end++;
        if (end == at + 1 || end - at > 3) return 0;
        return end >= tokens.Count || !tokens[end].IsWord || tokens[end].Sentence != tokens[at].Sentence || tokens[end].IsCapitalized ? end - at - 1 : 0;
    }

    /// <summary>
    /// "Trưởng phòng Kiểm dịch - Cục Bảo vệ thực vật": after a dash, a department, a ministry or a directorate names the body the
    /// post's unit belongs to, not more of the unit's name.
    /// </summary>
    private static bool ParentBodyAt(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Lowered is "cục" or "bộ" or "sở" ||
        tokens[at].Lowered == "công" && at + 1 < tokens.Count && tokens[at + 1].Lowered == "an" || // "..., Công an tỉnh Đồng Nai"
        tokens[at].Lowered is "chi" or "tổng" && at + 1 < tokens.Count && tokens[at + 1].Lowered == "cục" ||
        // "Trưởng phòng Thông tin - Dân nguyện, Văn phòng Đoàn ĐBQH và HĐND tỉnh": an office's department.
        tokens[at].Lowered == "văn" && at + 1 < tokens.Count && tokens[at + 1].Lowered == "phòng";

    /// <summary>"Chủ tịch Hồ Chí Minh" at the token, capitalised, inside a body's name.</summary>
    private static bool PresidentHoChiMinhAt(IReadOnlyList<Token> tokens, int at) =>
        at + 4 < tokens.Count && tokens[at].IsCapitalized && tokens[at].Folded == "chu" && tokens[at + 1].Folded == "tich" &&
        tokens[at + 2].Text == "Hồ" && tokens[at + 3].Text == "Chí" && tokens[at + 4].Text == "Minh" && tokens[at + 4].Sentence == tokens[at].Sentence;

    /// <summary>
    /// After "Cộng hòa" (or "Cộng hoà"), the lower-case words of a republic's official name ("xã hội chủ nghĩa", "dân chủ nhân
    /// dân"), up to six, before its capitalised name: their number, or 0.
    /// </summary>
    private static int RepublicWordsAt(IReadOnlyList<Token> tokens, int at)
    {
        if (at < 2 || tokens[at - 2].Folded != "cong" || tokens[at - 1].Folded != "hoa" || !tokens[at - 2].IsCapitalized) return 0;
        var end = at;
        while (end < tokens.Count && end - at < 6 && tokens[end].IsLower && tokens[end].Sentence == tokens[at].Sentence &&
               tokens[end].Lowered is "xã" or "hội" or "chủ" or "nghĩa" or "dân" or "nhân") end++;
        // "Cộng hòa xã hội chủ nghĩa (CHXHCN) Việt Nam": the abbreviation in brackets before the name.
        var next = end + 3 < tokens.Count && tokens[end].Is("(") && tokens[end + 1].IsAbbreviation && tokens[end + 2].Is(")") ? end + 3 : end;
        return end > at && next < tokens.Count && tokens[next].IsNameLike && tokens[next].Sentence == tokens[at].Sentence ? end - at : 0;
    }

    /// <summary>
    /// "và các đoàn thể Trung ương" (or ", các đoàn thể Trung ương") after the Front ("MTTQ", "Mặt trận Tổ quốc Việt Nam") in a party
    /// committee's name: the number of tokens taken, or 0.
    /// </summary>
    private static int FrontAndOrganisationsAt(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (at <= headEnd + 1 || at + 5 >= tokens.Count || !(tokens[at].Folded == "va" || tokens[at].Is(","))) return 0;
        var front = tokens[at - 1].Folded == "mttq" || tokens[at - 1].Folded == "quoc" && tokens[at - 2].Folded == "to" ||
                    at >= 2 && tokens[at - 1].Folded == "nam" && tokens[at - 2].Folded == "viet";
        if (!front || !Enumerable.Range(headEnd, at - headEnd).Any(i => tokens[i].Folded is "uy" or "doan")) return 0;
        return ListedPhraseAt(tokens, at + 1, tokens[at].Sentence, CentralOrganisations, lowerCase: false) is > 0 and var rest ? 1 + rest : 0;
    }

    /// <summary>"Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán" capitalised at the token: its number of tokens, or 0.</summary>
    private static int MissionAt(IReadOnlyList<Token> tokens, int at)
    {
        var start = at + 1 < tokens.Count && tokens[at].Folded == "tong" && tokens[at].IsCapitalized ? at + 1 : at;
        if (start + 2 >= tokens.Count || !tokens[start].IsCapitalized || tokens[start + 2].Folded != "quan") return 0;
        return (tokens[start].Folded + " " + tokens[start + 1].Folded) is "dai su" or "lanh su" ? start + 3 - at : 0;
    }

    /// <summary>A city or a province at the token, after "thành phố" or "tỉnh" in lower case or not: its number of tokens, or 0.</summary>
    private static int CityAt(IReadOnlyList<Token> tokens, int at)
    {
        var unit = at + 1 >= tokens.Count || !tokens[at].IsLower ? 0
            : tokens[at].Lowered == "tỉnh" ? 1
            : tokens[at].Lowered == "thành" && tokens[at + 1].Folded == "pho" ? 2 : 0;
        if (at + unit >= tokens.Count || tokens[at + unit].Sentence != tokens[at].Sentence) return 0;
        if (Places.LengthAt(tokens, at + unit) is > 0 and var place) return unit + place;
        // "Tổng lãnh sự Việt Nam tại tỉnh Battam Bang": a foreign province or city after its unit's word, up to three capitalised words.
        var run = at + unit;
        while (unit > 0 && run < tokens.Count && run - at - unit < 3 && tokens[run].IsNameLike && tokens[run].Sentence == tokens[at].Sentence) run++;
        return unit > 0 && run > at + unit && (run >= tokens.Count || !tokens[run].IsNameLike) ? run - at : 0;
    }

    /// <summary>A republic's name opening at the token: "Cộng hòa ...", or its abbreviation ("CHXHCN", "CHDCND", "CHND").</summary>
    private static bool RepublicAt(IReadOnlyList<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].Sentence == tokens[at - 1].Sentence &&
        (tokens[at].IsCapitalized && tokens[at].Folded == "cong" && tokens[at + 1].Folded == "hoa" ||
         tokens[at].IsAbbreviation && tokens[at].Text.Length is >= 4 and <= 7 && tokens[at].Text.StartsWith("CH", StringComparison.Ordinal));

    /// <summary>A people's council at the token: "HĐND", "Hội đồng nhân dân".</summary>
    private static bool CouncilAt(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Folded == "hdnd" || at + 2 < tokens.Count && tokens[at].Folded == "hoi" && tokens[at + 1].Folded == "dong" && tokens[at + 2].Folded == "nhan";

    /// <summary>
    /// "Trưởng Ban", "Phó Trưởng đoàn" with nothing naming the unit ("Trưởng Ban chỉ đạo của ..." cut at its lower-case
    /// words): the head of some board the text has not named, not a post one can record.
    /// </summary>
    private static bool OnlyAUnitNoun(IReadOnlyList<Token> tokens, Lexicon.TitleHead head, int headEnd, int end) =>
        head.Folded[^1] == "truong" && end == headEnd + 1 && tokens[headEnd].Folded is "ban" or "doan" or "to" or "hoi" or "phong" ||
        // "Chủ nhiệm Ủy ban này", "Trưởng Ban đó": a unit named by pointing back, no body one can record.
        end < tokens.Count && tokens[end].IsLower && tokens[end].Folded is "nay" or "do" or "ay" && UnnamedUnit(tokens, headEnd, end) ||
        end < tokens.Count && tokens[end].IsLower && tokens[end].Folded is "nay" or "do" or "ay" && end - headEnd == 2 &&
        tokens[headEnd].Folded == "uy" && tokens[headEnd + 1].Folded == "ban";

    /// <summary>
    /// The head starting at the token, if any; it must begin with a capital (a lower-case "bí thư" is generic),
    /// unless <paramref name="allowLower"/> (after an election or appointment, where lower case still names a post).
    /// </summary>
    public static Lexicon.TitleHead? HeadAt(IReadOnlyList<Token> tokens, int at, bool allowLower = false)
    {
        if (at >= tokens.Count || !tokens[at].IsWord || (!tokens[at].IsCapitalized && !allowLower)) return null;
        Lexicon.TitleHead? best = null;
        foreach (var head in Lexicon.Heads)
        {
            if (at + head.Folded.Length > tokens.Count) continue;
            var match = true;
            for (var i = 0; i < head.Folded.Length && match; i++)
                match = head.Folded[i] is "-" or "–" ? tokens[at + i].Is("-") || tokens[at + i].Is("–") : // "Phó Chủ tịch – Tổng Thư ký"
                        tokens[at + i].IsWord && tokens[at + i].Folded == head.Folded[i] &&
                        // Spelled as the head's word where the text writes diacritics: "Trường Mầm non" (a school) or "Trương"
                        // (a family name) is no "Trưởng", "Quốc Vượng" (given names) no "Quốc vương" (a king).
                        (!tokens[at + i].HasDiacritics || Token.SpellingOf(tokens[at + i].Text) == head.Spelled[i]);
            if (match && (best is null || head.Folded.Length > best.Folded.Length)) best = head;
        }
        // "Bí thư thứ nhất Đại sứ quán", "Tổng Lãnh sự quán": an embassy or a consulate, a body, no ambassador's post.
        if (best?.Folded is ["dai", "su"] or ["tong", "lanh", "su"] or ["lanh", "su"] && at + best.Folded.Length < tokens.Count &&
            tokens[at + best.Folded.Length].Lowered == "quán") return null;
        // "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị": the country's last syllable and a family name, no king.
        if (best?.Folded is ["quoc", "vuong"] && at > 0 && tokens[at - 1].IsCapitalized && tokens[at - 1].Sentence == tokens[at].Sentence &&
            Lexicon.CountryEndsAt(tokens, at)) return null;
        return best;
    }

    /// <summary>
    /// "Chủ tịch hội", "Phó Chủ tịch Thường trực hội" closing the item or the sentence: a chair of the association the text is
    /// about, the noun in lower case standing for its name.
    /// </summary>
    private static bool AssociationNamedByItsNounAt(IReadOnlyList<Token> tokens, int at, int headEnd)
    {
        if (!tokens[at].IsLower || tokens[at].Lowered != "hội" || headEnd < 2 || tokens[headEnd - 1].Folded != "tich" || tokens[headEnd - 2].Folded != "chu") return false;
        if (at != headEnd && !(at == headEnd + 2 && tokens[headEnd].Folded == "thuong" && tokens[headEnd + 1].Folded == "truc")) return false;
        return at + 1 >= tokens.Count || tokens[at + 1].Sentence != tokens[at].Sentence || tokens[at + 1].Is(";") || tokens[at + 1].Is(",") || tokens[at + 1].Is(".");
    }

    /// <summary>The lower-case noun of an organisation at <paramref name="at"/> ("hội", "báo", "tạp chí", "bệnh viện"): its words, or 0.</summary>
    private static int OrganisationNounAt(IReadOnlyList<Token> tokens, int at)
    {
        if (!tokens[at].IsLower) return 0;
        if (tokens[at].Lowered is "hội" or "báo" or "đài" or "trường") return 1;
        return at + 1 < tokens.Count && tokens[at + 1].IsLower && (tokens[at].Lowered + " " + tokens[at + 1].Lowered) is "tạp chí" or "bệnh viện" or "công ty" or "tập đoàn"
            ? 2 : 0;
    }

    /// <summary>A head inside a body ends the post, except "Bí thư" of "Ban Bí thư" and a qualifier "Thường trực".</summary>
    /// <summary>
    /// "Chủ nhiệm Tổng cục Chính trị và Đồng chí Lê Văn A, ...", "Thứ trưởng Bộ Nội vụ Ông Trương Văn B" (a headline run into the
    /// lead): a person's marker, capitalised, and the name it introduces close the body before them.
    /// </summary>
    private static bool PersonIntroducedAt(IReadOnlyList<Token> tokens, int at)
    {
        if (!tokens[at].IsCapitalized) return false;
        var marker = MentionReader.MarkerLength(tokens, at);
        return marker > 0 && at + marker < tokens.Count && tokens[at + marker].Sentence == tokens[at].Sentence && NameReader.StartsAt(tokens, at + marker);
    }

    /// <summary>
    /// "Bí thư Ban cán sự đảng UBND tỉnh Gia Lai Tỉnh ủy Gia Lai công bố ..." (a headline run into the lead): a party
    /// committee's name right after a place opens another body, never the first one's.
    /// </summary>
    private static bool CommitteeAfterPlace(IReadOnlyList<Token> tokens, int at)
    {
        if (!tokens[at].IsCapitalized || at + 1 >= tokens.Count || tokens[at + 1].Folded != "uy" ||
            tokens[at].Folded is not ("tinh" or "thanh" or "huyen" or "quan" or "thi")) return false;
        for (var length = 1; length <= 4 && at - length >= 0; length++)
            if (Places.LengthAt(tokens, at - length) == length) return true;
        return false;
    }

    private static bool StartsNextTitle(IReadOnlyList<Token> tokens, int at)
    {
        var head = HeadAt(tokens, at);
        if (head is null) return false;
        if (head.Folded is ["thuong", "truc"] or ["thuong", "vu"]) return false; // "Ủy viên Thường vụ Tỉnh ủy"
        if (tokens[at - 1].Folded is "ban" or "hoi" or "doan") return false; // "Ban Bí thư", "Đoàn Đại biểu Quốc hội"
        if (tokens[at - 1].Lowered == "bộ" && head.Folded is ["tu", "lenh"]) return false; // "Bộ Tư lệnh Thủ đô": the command
        if (head.Folded is ["truong"] or ["thanh", "vien"]) return false;
        return true;
    }

    /// <summary>A verb phrase ("kiểm tra", "khảo sát", "công tác") not right after a board's noun: the sentence's verb.</summary>
    private static bool VerbAfterNonBoard(IReadOnlyList<Token> tokens, int at, int length) =>
        at > 0 && !Lexicon.TeamNouns.Contains(tokens[at - 1].Lowered) && VerbPhraseAt(tokens, at) == length;

    /// <summary>The length of the <see cref="Lexicon.VerbPhrases"/> phrase written in lower case at the token, or 0.</summary>
    private static int VerbPhraseAt(IReadOnlyList<Token> tokens, int at) =>
        Lexicon.VerbPhrases.FirstOrDefault(v => at + v.Length <= tokens.Count && Enumerable.Range(0, v.Length).All(i => tokens[at + i].IsLower && tokens[at + i].Folded == v[i]))?.Length ?? 0;

    /// <summary>The length of the <see cref="Lexicon.WellKnownBodies"/> name starting at the token (longest first), or 0.</summary>
    internal static int WellKnownBodyAt(IReadOnlyList<Token> tokens, int at)
    {
        foreach (var name in Lexicon.WellKnownBodies)
        {
            if (at + name.Length > tokens.Count) continue;
            var match = true;
            for (var i = 0; i < name.Length && match; i++)
                match = tokens[at + i].Folded == name[i] && tokens[at + i].Sentence == tokens[at].Sentence;
            if (match) return name.Length;
        }
        return 0;
    }

    private static int LowerPhraseAt(IReadOnlyList<Token> tokens, int at)
    {
        foreach (var phrase in Lexicon.LowerCasePhrases)
        {
            if (at + phrase.Length > tokens.Count) continue;
            var match = true;
            for (var i = 0; i < phrase.Length && match; i++)
                match = tokens[at + i].IsLower && tokens[at + i].Folded == phrase[i] && tokens[at + i].Sentence == tokens[at].Sentence;
            if (match && (phrase.Length > 1 || Lexicon.LowerCaseWords.Contains(tokens[at].Lowered))) return phrase.Length;
        }
        // "Trưởng Đoàn ĐBQH đơn vị tỉnh Hà Giang": the electoral unit, when a province or a city follows ("đơn vị số 20 huyện X"
        // names a constituency the post is not recorded by).
        if (at + 2 < tokens.Count && tokens[at].IsLower && tokens[at].Folded == "don" && tokens[at + 1].Folded == "vi" &&
            tokens[at + 2].Sentence == tokens[at].Sentence && (tokens[at + 2].Folded is "tinh" or "thanh" || Places.LengthAt(tokens, at + 2) > 0))
            return 2;
        return 0;
    }
}
