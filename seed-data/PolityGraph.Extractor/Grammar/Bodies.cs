using PolityGraph.Extractor.Text;
using PolityGraph.GraphModel.Vocabulary;

namespace PolityGraph.Extractor.Grammar;

/// <summary>The body a post belongs to, read off the post's words after its head, and the body's kind.</summary>
public static class Bodies
{
    /// <summary>"Phó Chủ tịch Thường trực UBND tỉnh Nghệ An" → "UBND tỉnh Nghệ An"; null where the post names no body.</summary>
    public static string? Of(string post)
    {
        var tokens = Tokenizer.Tokenize(post);
        var head = TitleParser.HeadAt(tokens, 0, allowLower: true); // "chánh án Tòa án nhân dân tỉnh X": a post in lower case too
        if (head is null) return null;
        var at = head.Folded.Length;
        // "Phó Chủ tịch Thường trực UBND tỉnh", "Phó chủ tịch phụ trách HĐND TP", "Phó Chủ tịch (không) chuyên trách Ủy ban X":
        // qualifiers of the post, not of the body.
        while (at + 1 < tokens.Count && (tokens[at].Folded, tokens[at + 1].Folded) is ("thuong", "truc") or ("du", "khuyet") or ("thu", "nhat") or
                   ("phu", "trach") or ("chuyen", "trach") or ("khong", "chuyen"))
        {
            if (tokens[at].Folded == "khong" && at + 2 < tokens.Count && tokens[at + 2].Folded == "trach") at++;
            var inCharge = tokens[at].Folded == "phu";
            at += 2;
            // "phụ trách chuyên môn Bệnh viện X", "phụ trách điều hành UBND tỉnh": the field in charge of, before the body.
            for (var field = 1; inCharge && field <= 2 && at + field < tokens.Count; field++)
                if (tokens[at + field - 1].IsLower && !tokens[at + field].IsLower) { at += field; break; }
        }
        if (head.Folded is ["tong", "bi", "thu"]) return "Ban Chấp hành Trung ương Đảng";
        if (head.Folded is ["thu", "tuong"] or ["pho", "thu", "tuong"]) return "Chính phủ";
        if (head.Folded is ["uvt.u"] or ["uvtu"] or ["uvtw"]) return "Ban Chấp hành Trung ương Đảng";
        if (at < tokens.Count && tokens[at].IsLower && tokens[at].Folded == "cua") at++; // "Phái viên của Ban Thường vụ Tỉnh ủy"
        if (at < tokens.Count && tokens[at].Is(",")) at++; // "Công sứ, Đại sứ quán Việt Nam tại Campuchia": the mission after a comma
        // "Tham tán thương mại": a diplomat's field names no body.
        if (at + 2 == tokens.Count && tokens[at].IsLower && head.Folded is ["tham", "tan"] or ["tuy", "vien"] or ["pho", "tuy", "vien"]) return null;
        if (at >= tokens.Count || tokens[at].Folded == "nuoc") return null;
        // "Phó tổng giám đốc Tập đoàn", "Tổng Giám đốc Tổng Công ty": the unit's noun alone names no body one could record.
        if (TitleParser.UnnamedUnit(tokens, at, tokens.Count) || at == tokens.Count - 1 && tokens[at].IsLower && tokens[at].Lowered == "hội") return null;
        var body = post[tokens[at].Start..];
        return char.ToUpperInvariant(body[0]) + body[1..];
    }

    /// <summary>
    /// A private business ("Công ty TNHH X", "Công ty cổ phần X", "Doanh nghiệp tư nhân X"): its director holds no public
    /// office, so "Giám đốc Công ty TNHH X" is no post of the graph's. A party committee inside one ("Bí thư Đảng ủy Công ty
    /// cổ phần X") is a party body and stays; state groups ("Tập đoàn", "Tổng công ty") are public.
    /// </summary>
    public static bool IsPrivateBusiness(string body)
    {
        var key = PostKeys.Of(body) + " ";
        return key.StartsWith("cong ty tnhh ", StringComparison.Ordinal) || key.StartsWith("cong ty co phan ", StringComparison.Ordinal) ||
               key.StartsWith("cong ty cp ", StringComparison.Ordinal) || key.StartsWith("doanh nghiep tu nhan ", StringComparison.Ordinal);
    }

    public static BodyKind KindOf(string body)
    {
        var key = " " + PostKeys.ForMatching(body) + " ";
        if (key.Contains(" bo chinh tri ")) return BodyKind.POLITBURO;
        if (key.Contains(" ban bi thu ")) return BodyKind.SECRETARIAT;
        if (key.Contains(" ban thuong vu ")) return BodyKind.STANDING_COMMITTEE;
        if (key.Contains(" uy ban nhan dan ")) return BodyKind.PEOPLES_COMMITTEE;
        if (key.Contains(" hoi dong nhan dan ")) return BodyKind.PEOPLES_COUNCIL;
        if (key.Contains(" doan dai bieu quoc hoi ")) return BodyKind.NATIONAL_ASSEMBLY_DELEGATION;
        if (key.Contains(" mat tran to quoc ")) return BodyKind.FRONT;
        if (key.Contains(" ban chi dao ")) return BodyKind.STEERING_COMMITTEE;
        if (key.Contains(" dang bo ")) return BodyKind.PARTY_ORGANIZATION;
        if (key.Contains(" tinh uy ") || key.Contains(" thanh uy ") || key.Contains(" huyen uy ") ||
            key.Contains(" quan uy ") || key.Contains(" dang uy ")) return BodyKind.PARTY_COMMITTEE;
        if (key.Trim() is "trung uong" or "chinh phu") return key.Trim() == "trung uong" ? BodyKind.CENTRAL_COMMITTEE : BodyKind.OTHER;
        if (key.StartsWith(" ban ", StringComparison.Ordinal) || key.Contains(" uy ban kiem tra ")) return BodyKind.COMMISSION;
        if (key.StartsWith(" doan ", StringComparison.Ordinal)) return BodyKind.DELEGATION;
        return BodyKind.OTHER;
    }
}
