using System.Text.RegularExpressions;
using PolityGraph.GraphModel;

namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// The comparison key of a post or body name: folded (SearchFolding), abbreviations expanded (UBND,
/// HĐND, MTTQ, ĐBQH, UVT.Ư, TP/TPHCM, TT&TT, GTVT, LHPN, the ministries' other field pairs, NDVN, LĐLĐ, H./Q./TX.), "tỉnh" and "thành phố" dropped, so "Chủ tịch UBND TP HCM" and
/// "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh" have one key.
/// </summary>
public static partial class PostKeys
{
    private static readonly (Regex Pattern, string Replacement)[] Expansions =
    [
        (new(@"\btp\s*\.?\s*hcm\b"), "thanh pho ho chi minh"),
        (new(@"\btphcm\b"), "thanh pho ho chi minh"),
        (new(@"\btp\s*\.?\s*(?=\p{L})"), "thanh pho "),
        (new(@"\bubnd\b"), "uy ban nhan dan"),
        (new(@"\bhdnd\b"), "hoi dong nhan dan"),
        (new(@"\bmttq\b"), "mat tran to quoc"),
        (new(@"\bdbqh\b"), "dai bieu quoc hoi"),
        (new(@"\bqh\b"), "quoc hoi"), // "Chủ tịch QH"
        (new(@"\buvt\.?\s*u\b"), "uy vien trung uong"),
        (new(@"\buvtw\b"), "uy vien trung uong"),
        (new(@"\bt\.\s*u\b"), "trung uong"),
        (new(@"\bubmttq\b"), "uy ban mat tran to quoc"),
        // Courts and procuracies: "TANDTC", "TAND tỉnh", "VKSNDTC", "VKSND tỉnh".
        (new(@"\btandtc\b"), "toa an nhan dan toi cao"),
        (new(@"\btand\b"), "toa an nhan dan"),
        (new(@"\bvksndtc\b"), "vien kiem sat nhan dan toi cao"),
        (new(@"\bvksnd\b"), "vien kiem sat nhan dan"),
        // Ministries' and mass organisations' abbreviations: "Sở TT&TT", "Bộ GTVT", "Hội LHPN", "Sở VHTT&DL".
        (new(@"\btt\s*&\s*tt\b"), "thong tin va truyen thong"),
        (new(@"\bvhtt\s*&\s*dl\b"), "van hoa the thao va du lich"),
        (new(@"\bgtvt\b"), "giao thong van tai"),
        (new(@"\blhpn\b"), "lien hiep phu nu"),
        // "Sở TN&MT", "Sở TN-MT", "Sở KH&ĐT", "Bộ NN&PTNT", "Sở GD&ĐT", "Sở KH&CN", "Sở LĐ-TB&XH", "Hội NDVN", "LĐLĐ tỉnh".
        (new(@"\btn\s*[&\-–]\s*mt\b"), "tai nguyen va moi truong"),
        (new(@"\bkh\s*&\s*dt\b"), "ke hoach va dau tu"),
        (new(@"\bnn\s*&?\s*ptnt\b"), "nong nghiep va phat trien nong thon"), // "Bộ NN&PTNT", "Bộ NNPTNT"
        (new(@"\bgd\s*&\s*dt\b"), "giao duc va dao tao"),
        (new(@"\bkh\s*&\s*cn\b"), "khoa hoc va cong nghe"),
        (new(@"\bld\s*[\-–]\s*tb\s*&\s*xh\b"), "lao dong thuong binh va xa hoi"),
        (new(@"\bndvn\b"), "nong dan viet nam"),
        (new(@"\bldld\b"), "lien doan lao dong"),
        // Heads abbreviated: "UVTV", "UVBTV" (a standing committee's member), "GĐ", "PGĐ" ("Giám đốc", not "GD&ĐT").
        (new(@"\buvb?tv\b"), "uy vien ban thuong vu"),
        (new(@"\bbtv\b"), "ban thuong vu"),
        (new(@"\bpgd\b(?!\s*[&\-–])"), "pho giam doc"),
        (new(@"\bgd\b(?!\s*[&\-–])"), "giam doc"),
        // A district, an urban district or a town abbreviated before its name: "UBND H.Vĩnh Lợi", "Q.Ba Đình", "TX.Sơn Tây".
        (new(@"\bh\.\s*(?=\p{L})"), "huyen "),
        (new(@"\bq\.\s*(?=\p{L})"), "quan "),
        (new(@"\btx\.\s*(?=\p{L})"), "thi xa "),
        // "Huyện ủy huyện Quan Sơn", "Quận ủy quận 3", "Thị ủy thị xã Sơn Tây": the unit named twice is one committee, as
        // "Thành ủy thành phố Hà Nội" is "Thành ủy Hà Nội" ("thành phố" is dropped below).
        (new(@"\b(huyen|quan) uy \1\b"), "$1 uy"),
        (new(@"\bthi uy thi xa\b"), "thi uy"),
        // "Chủ tịch tỉnh Quảng Nam", "Phó Chủ tịch huyện X": the press's short form of the people's committee's chair.
        (new(@"^((?:pho )?chu tich) (?=(?:tinh|huyen|xa|quan|phuong|thi xa|thanh pho)\b)"), "$1 uy ban nhan dan "),
        // "Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ": the Government's head, "Thủ tướng" alone names no other.
        (new(@"^((?:pho )?thu tuong) chinh phu$"), "$1"),
        // "Thứ trưởng Ngoại giao", "Bộ trưởng Công Thương": the ministry named without "Bộ".
        (new(@"^((?:pho )?(?:bo|thu) truong) (?!bo\b|thuong truc\b)(?=\p{L})"), "$1 bo "),
    ];

    public static string Of(string text)
    {
        // "Bộ Chỉ huy Quân sự (BCHQS) tỉnh": an abbreviation in brackets repeats the name before it.
        var key = BracketedAbbreviation().Replace(SearchFolding.Fold(text), " ");
        foreach (var (pattern, replacement) in Expansions) key = pattern.Replace(key, replacement);
        key = Drop().Replace(" " + key + " ", " ");
        return Spaces().Replace(Punctuation().Replace(key, " "), " ").Trim();
    }

    /// <summary>
    /// <see cref="Of"/> plus synonyms the scoring rule does not grant but one post's names share:
    /// "Ban Chấp hành Trung ương Đảng", "Trung ương Đảng" and "Trung ương" name one body; CAND and QĐND are the police's
    /// and the army's "Công an nhân dân", "Quân đội nhân dân".
    /// </summary>
    public static string ForMatching(string text)
    {
        var key = " " + OfPost(text) + " ";
        key = key.Replace(" ban chap hanh trung uong ", " trung uong ").Replace(" trung uong dang ", " trung uong ");
        // The forces' abbreviations: "Tổng cục Chính trị CAND" is "Tổng cục Chính trị Công an nhân dân".
        key = key.Replace(" cand ", " cong an nhan dan ").Replace(" qdnd ", " quan doi nhan dan ");
        return key.Trim();
    }

    /// <summary>
    /// The level of government the post's last place is written with: "tinh" ("UBND tỉnh Nam Định"), "thanh pho" ("UBND
    /// thành phố Nam Định", "TP Nam Định"), or null when it writes none. <see cref="Of"/> drops both, so a province and its
    /// capital of one name share a key; this tells them apart where the text does.
    /// </summary>
    public static string? Level(string post)
    {
        var folded = " " + Spaces().Replace(Punctuation().Replace(SearchFolding.Fold(post), " "), " ") + " ";
        var province = folded.LastIndexOf(" tinh ", StringComparison.Ordinal);
        var city = Math.Max(folded.LastIndexOf(" thanh pho ", StringComparison.Ordinal), folded.LastIndexOf(" tp ", StringComparison.Ordinal));
        return province < 0 && city < 0 ? null : province > city ? "tinh" : "thanh pho";
    }

    /// <summary>The key without a leading "nguyên"/"quyền" (status words, not part of the post).</summary>
    public static string OfPost(string title)
    {
        var key = Of(title);
        foreach (var prefix in new[] { "nguyen ", "quyen " })
            if (key.StartsWith(prefix, StringComparison.Ordinal)) key = key[prefix.Length..];
        return key;
    }

    [GeneratedRegex(@"\(\s*[a-z&]{2,8}\s*\)")]
    private static partial Regex BracketedAbbreviation();

    [GeneratedRegex(@"(?<= )(tinh|thanh pho)(?= )")]
    private static partial Regex Drop();

    [GeneratedRegex(@"[^\p{L}\p{N} ]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
