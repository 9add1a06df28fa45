using PolityGraph.Extractor.Grammar;

namespace PolityGraph.Extractor.Tests.Grammar;

/// <summary>
/// Shapes of the press grammar found by reading the errors of the unseen news passages' set A, then of sets B, C, D and E
/// once each one's held-out figure was recorded (tests/extraction/README.md), one row per rule. Every sentence is invented for this table, with invented
/// people; none comes from a scored passage.
/// </summary>
public sealed class NewsShapesTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "a dash after a name opens its stack of posts",
            "Đồng chí Lưu Văn Tấn - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
            ["Lưu Văn Tấn | Phó Bí thư Tỉnh ủy | current", "Lưu Văn Tấn | Chủ tịch UBND tỉnh | current"]
        },
        {
            "an en dash too, and Tỉnh ủy viên is a post",
            "Hội nghị giao ông Khúc Minh Hải – Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh theo dõi.",
            ["Khúc Minh Hải | Tỉnh ủy viên | current", "Khúc Minh Hải | Phó Chủ tịch UBND tỉnh | current"]
        },
        {
            "an opening bracket after a name opens its stack",
            "Đáng chú ý có ông Trình Văn Khoa (Phó Chủ tịch Thường trực HĐND tỉnh) không tái cử.",
            ["Trình Văn Khoa | Phó Chủ tịch Thường trực HĐND tỉnh | current"]
        },
        {
            "tái đắc cử chức: a lower-case post after an election is still a post",
            "Ông Đoàn Văn Kha tái đắc cử chức chủ tịch UBND tỉnh.",
            ["Đoàn Văn Kha | chủ tịch UBND tỉnh | new"]
        },
        {
            "được bầu làm, lower case, after the person's own stack",
            "Tại kỳ họp, ông Bạch Văn Quý, Phó Bí thư Thường trực Tỉnh ủy, được bầu làm chủ tịch HĐND tỉnh.",
            ["Bạch Văn Quý | Phó Bí thư Thường trực Tỉnh ủy | current", "Bạch Văn Quý | chủ tịch HĐND tỉnh | new"]
        },
        {
            "a lower-case post naming nothing stays generic, even after an election",
            "Đồng chí Lò Thị Mai được bầu làm bí thư chi bộ.",
            []
        },
        {
            "các ông A, B và C được bầu làm: every listed name takes the post",
            "Các ông Tạ Văn Lâm, Hứa Minh Đức và Bế Văn Sinh được bầu làm Phó Chủ tịch UBND tỉnh.",
            ["Tạ Văn Lâm | Phó Chủ tịch UBND tỉnh | new", "Hứa Minh Đức | Phó Chủ tịch UBND tỉnh | new", "Bế Văn Sinh | Phó Chủ tịch UBND tỉnh | new"]
        },
        {
            "giao quyền ... đối với ông Y: an acting post for the decision's object, not its signer",
            "Phó Thủ tướng Ninh Đức Toàn ký quyết định giao quyền Chủ tịch UBND tỉnh nhiệm kỳ 2021 – 2026 đối với ông Lã Văn Hòa.",
            ["Ninh Đức Toàn | Phó Thủ tướng | current", "Lã Văn Hòa | Chủ tịch UBND tỉnh | acting"]
        },
        {
            "miễn nhiệm chức: a post left",
            "HĐND tỉnh miễn nhiệm chức Chủ tịch UBND tỉnh đối với ông Lục Văn Hiếu.",
            ["Lục Văn Hiếu | Chủ tịch UBND tỉnh | former"]
        },
        {
            "hiện là: a post held now, named apart from the name",
            "Ông Giang Văn Phú hiện là Giám đốc Sở Tư pháp.",
            ["Giang Văn Phú | Giám đốc Sở Tư pháp | current"]
        },
        {
            "thay mặt: the post before the comma is the one acted for, not the speaker's",
            "Thay mặt Chủ tịch nước, Phó Chủ tịch nước Kiều Văn Nam trao huân chương.",
            ["Kiều Văn Nam | Phó Chủ tịch nước | current"]
        },
        {
            "a post written whole, then shortened, is one post",
            "Thủ tướng Chính phủ Phí Văn Đạt dự hội nghị. Thủ tướng Phí Văn Đạt phát biểu.",
            ["Phí Văn Đạt | Thủ tướng Chính phủ | current"]
        },
        {
            "two syllables after Huyện ủy name the district, not a person",
            "Dự có ông Mẫn Văn Tài, Bí thư Huyện ủy Đồng Văn.",
            ["Mẫn Văn Tài | Bí thư Huyện ủy Đồng Văn | current"]
        },
        {
            "a three-syllable name after Huyện ủy is still a person",
            "Bí thư Huyện ủy Nông Văn Sơn phát biểu.",
            ["Nông Văn Sơn | Bí thư Huyện ủy | current"]
        },
        {
            "Trưởng Ban with its board left unnamed is no post",
            "Đồng chí Vi Thị Hạnh, Phó Bí thư Thành ủy, Trưởng Ban chỉ đạo của Thành ủy về chuyển đổi số chủ trì.",
            ["Vi Thị Hạnh | Phó Bí thư Thành ủy | current"]
        },
        {
            "a dash between two parts of a body's name stays inside the post",
            "Đồng chí Cấn Văn Lực, Trưởng ban Tuyên giáo - Dân vận Tỉnh ủy, phát biểu.",
            ["Cấn Văn Lực | Trưởng ban Tuyên giáo - Dân vận Tỉnh ủy | current"]
        },
        {
            "quốc gia, lower case, inside a body's name",
            "Đồng chí Tôn Văn Hải, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, phát biểu.",
            ["Tôn Văn Hải | Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh | current"]
        },
        // From set B's errors.
        {
            "khóa XV before the place stays inside the post",
            "Đồng chí Lý Văn Bình, Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Hà Giang, phát biểu.",
            ["Lý Văn Bình | Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Hà Giang | current"]
        },
        {
            "khóa XIII closing a post is written with it (the post recorded leaves it out)",
            "Đồng chí Giáp Văn Sơn, Bí thư Tỉnh ủy khóa XIII, phát biểu.",
            ["Giáp Văn Sơn | Bí thư Tỉnh ủy khóa XIII | current"]
        },
        {
            "the lower-case words of a bank's name (Thương mại cổ phần)",
            "Ông Tống Văn An, Chủ tịch HĐQT Ngân hàng Thương mại cổ phần Sài Gòn Thương Tín, dự.",
            ["Tống Văn An | Chủ tịch HĐQT Ngân hàng Thương mại cổ phần Sài Gòn Thương Tín | current"]
        },
        {
            "a dash typed without its spaces, glued to nguyên, still separates the name from its post",
            "HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Hồ Văn Tâm-nguyên Giám đốc Sở Nội vụ.",
            ["Hồ Văn Tâm | Ủy viên UBND tỉnh | former", "Hồ Văn Tâm | Giám đốc Sở Nội vụ | former"]
        },
        {
            "an ampersand inside an abbreviated body",
            "Ông Kiều Văn Lâm, Giám đốc Sở NN&PTNT, dự.",
            ["Kiều Văn Lâm | Giám đốc Sở NN&PTNT | current"]
        },
        {
            "và between two capitalised parts of one body",
            "Bà Ninh Thị Hoa, Giám đốc Sở Kế hoạch và Đầu tư, báo cáo.",
            ["Ninh Thị Hoa | Giám đốc Sở Kế hoạch và Đầu tư | current"]
        },
        {
            "đối với: a list of people, each taking the post",
            "Thủ tướng phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với: ông Đinh Văn Hòa, để nghỉ hưu; ông Vương Minh Tú để nhận nhiệm vụ mới.",
            ["Đinh Văn Hòa | Phó Chủ tịch UBND tỉnh | former", "Vương Minh Tú | Phó Chủ tịch UBND tỉnh | former"]
        },
        {
            "đối với N đại biểu, gồm các ông A- post, B- post và C- post",
            "HĐND tỉnh bầu cử bổ sung Ủy viên UBND tỉnh đối với 3 đại biểu, gồm các ông Lê Văn An- Giám đốc Sở Y tế, Phạm Văn Cường- Giám đốc Sở Nội vụ và Đỗ Minh Tâm- Giám đốc Sở Tư pháp.",
            ["Lê Văn An | Ủy viên UBND tỉnh | new", "Phạm Văn Cường | Ủy viên UBND tỉnh | new", "Đỗ Minh Tâm | Ủy viên UBND tỉnh | new",
             "Lê Văn An | Giám đốc Sở Y tế | current", "Phạm Văn Cường | Giám đốc Sở Nội vụ | current", "Đỗ Minh Tâm | Giám đốc Sở Tư pháp | current"]
        },
        {
            "các ông A, post; Đại tá B, post; C, post giữ chức X: every member takes X (a rank is no post)",
            "Hội nghị bầu các ông Lê Văn An, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Trần Văn Bình, Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh; Phạm Văn Cường, Bí thư Thành ủy giữ chức Ủy viên Ban Thường vụ Tỉnh ủy.",
            ["Lê Văn An | Trưởng Ban Dân vận Tỉnh ủy | current", "Lê Văn An | Ủy viên Ban Thường vụ Tỉnh ủy | new",
             "Trần Văn Bình | Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh | current", "Trần Văn Bình | Ủy viên Ban Thường vụ Tỉnh ủy | new",
             "Phạm Văn Cường | Bí thư Thành ủy | current", "Phạm Văn Cường | Ủy viên Ban Thường vụ Tỉnh ủy | new"]
        },
        {
            "people with posts not announced as one list: only the nearest takes the elected post",
            "Sau đó ông Lê Văn An, Trưởng Ban Dân vận Tỉnh ủy phát biểu; ông Phạm Văn Cường, Bí thư Huyện ủy được bầu giữ chức Ủy viên Ban Thường vụ Tỉnh ủy.",
            ["Lê Văn An | Trưởng Ban Dân vận Tỉnh ủy | current", "Phạm Văn Cường | Bí thư Huyện ủy | current", "Phạm Văn Cường | Ủy viên Ban Thường vụ Tỉnh ủy | new"]
        },
        {
            "people with posts listed by ';' from the sentence's start (step 52): each takes the elected post",
            "Ông Lê Văn An, Trưởng Ban Dân vận Tỉnh ủy; ông Phạm Văn Cường, Bí thư Huyện ủy được bầu giữ chức Ủy viên Ban Thường vụ Tỉnh ủy.",
            ["Lê Văn An | Trưởng Ban Dân vận Tỉnh ủy | current", "Lê Văn An | Ủy viên Ban Thường vụ Tỉnh ủy | new", "Phạm Văn Cường | Bí thư Huyện ủy | current", "Phạm Văn Cường | Ủy viên Ban Thường vụ Tỉnh ủy | new"]
        },
        {
            "a post written right after an introduced name, without a comma",
            "Trước đó, ông Mạc Văn Tường Chủ tịch UBND tỉnh được điều động làm Thứ trưởng Bộ Nội vụ.",
            ["Mạc Văn Tường | Chủ tịch UBND tỉnh | current", "Mạc Văn Tường | Thứ trưởng Bộ Nội vụ | new"]
        },
        {
            "after đồng chí, a name with a family name the lexicon lacks, when a post follows",
            "Đồng chí Siu Hương, Phó Chủ tịch HĐND tỉnh, phát biểu.",
            ["Siu Hương | Phó Chủ tịch HĐND tỉnh | current"]
        },
        {
            "a list item headed by its post and a colon",
            "- Phó Bí thư Thường trực Tỉnh ủy: Đồng chí Hà Văn Lợi, Trưởng Ban Tổ chức Tỉnh ủy.",
            ["Hà Văn Lợi | Phó Bí thư Thường trực Tỉnh ủy | current", "Hà Văn Lợi | Trưởng Ban Tổ chức Tỉnh ủy | current"]
        },
        // From set C's errors.
        {
            "của before a body stays inside the post",
            "Bà Đinh Thị Lan, Ủy viên Thường trực Ủy ban Pháp luật của Quốc hội, phát biểu.",
            ["Đinh Thị Lan | Ủy viên Thường trực Ủy ban Pháp luật của Quốc hội | current"]
        },
        {
            "a comma enumerating a body's fields stays inside the post",
            "Ông Lê Văn Hải, Giám đốc Sở Lao động, Thương binh và Xã hội, báo cáo.",
            ["Lê Văn Hải | Giám đốc Sở Lao động, Thương binh và Xã hội | current"]
        },
        {
            "a comma before the next post still ends the first",
            "Ông Lê Văn Hải, Giám đốc Sở Tài chính, Chủ tịch Hội Nông dân tỉnh, báo cáo.",
            ["Lê Văn Hải | Giám đốc Sở Tài chính | current", "Lê Văn Hải | Chủ tịch Hội Nông dân tỉnh | current"]
        },
        {
            "là right after a name opens its stack",
            "Trước đó, ông Vũ Đình Khôi là Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
            ["Vũ Đình Khôi | Phó Bí thư Tỉnh ủy | current", "Vũ Đình Khôi | Chủ tịch UBND tỉnh | current"]
        },
        {
            "a post, then được chỉ định là ông Y",
            "Chủ tịch UBND tỉnh được chỉ định là ông Tạ Quang Huy.",
            ["Tạ Quang Huy | Chủ tịch UBND tỉnh | current"]
        },
        {
            "là after something other than a name gives no one the post",
            "Đây là Chủ tịch UBND tỉnh đầu tiên của tỉnh mới.",
            []
        },
        {
            "a list item opening with a family name the lexicon lacks",
            "Đoàn gồm các đồng chí: Giàng A Tủa, Phó Chủ tịch HĐND tỉnh; Lò Văn Pâng, Giám đốc Sở Nội vụ.",
            ["Giàng A Tủa | Phó Chủ tịch HĐND tỉnh | current", "Lò Văn Pâng | Giám đốc Sở Nội vụ | current"]
        },
        {
            "Đại biểu Quốc hội is a post; Đoàn Đại biểu Quốc hội stays a body",
            "Bà Lục Thị Hoa, Đại biểu Quốc hội tỉnh Cao Bằng, và ông Mông Văn Tú, Trưởng Đoàn Đại biểu Quốc hội tỉnh, dự.",
            ["Lục Thị Hoa | Đại biểu Quốc hội tỉnh Cao Bằng | current", "Mông Văn Tú | Trưởng Đoàn Đại biểu Quốc hội tỉnh | current"]
        },
        {
            "giao quyền chủ tịch, lower case",
            "Thủ tướng giao quyền chủ tịch UBND tỉnh đối với ông Khổng Văn Đức.",
            ["Khổng Văn Đức | chủ tịch UBND tỉnh | acting"]
        },
        {
            "a term between two stacked posts does not end the stack",
            "Ông Bạch Văn Tài - Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 - 2025, Phó Chủ tịch UBND tỉnh dự.",
            ["Bạch Văn Tài | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Bạch Văn Tài | Phó Chủ tịch UBND tỉnh | current"]
        },
        // From set D's errors.
        {
            "a dash-separated stack whose posts start in lower case",
            "Dự hội nghị có các đồng chí: Lò Văn Tám - ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; Đặng Quốc Bảo - phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh.",
            ["Lò Văn Tám | ủy viên Trung ương Đảng | current", "Lò Văn Tám | Bí thư Tỉnh ủy | current", "Lò Văn Tám | Chủ tịch HĐND tỉnh | current",
             "Đặng Quốc Bảo | phó Bí thư Tỉnh ủy | current", "Đặng Quốc Bảo | Chủ tịch UBND tỉnh | current"]
        },
        {
            "a lower-case word after a dash with no capitalised body is no post",
            "Ông Lò Văn Tám - phó chủ tịch phụ trách văn xã, cho biết.",
            []
        },
        {
            "a five-syllable name with an apostrophe",
            "Ông Y Moan Êban Liêng K'rông - Phó Chủ tịch UBND tỉnh, phát biểu.",
            ["Y Moan Êban Liêng K'rông | Phó Chủ tịch UBND tỉnh | current"]
        },
        {
            "five capitalised syllables without an apostrophe are no name",
            "Ông Nguyễn Văn Lâm Anh Tuấn, Phó Chủ tịch UBND tỉnh, phát biểu.",
            []
        },
        {
            "Phó Tổng Tham mưu trưởng is a head",
            "Đi cùng đoàn có Thiếu tướng Hoàng Văn Tùng – Phó Tổng Tham mưu trưởng QĐND Việt Nam, và các đại biểu.",
            ["Hoàng Văn Tùng | Phó Tổng Tham mưu trưởng QĐND Việt Nam | current"]
        },
        {
            "a mass association's lower-case words stay inside its name",
            "Đi cùng đoàn có Chủ tịch Hội Người cao tuổi tỉnh Vũ Thị Hồng.",
            ["Vũ Thị Hồng | Chủ tịch Hội Người cao tuổi tỉnh | current"]
        },
        {
            "the second post of giữ chức A, B",
            "Ông Lê Quang Vinh, Bí thư Huyện ủy, giữ chức Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.",
            ["Lê Quang Vinh | Bí thư Huyện ủy | current", "Lê Quang Vinh | Phó Bí thư Thường trực Tỉnh ủy | new",
             "Lê Quang Vinh | Chủ tịch HĐND tỉnh | new"]
        },
        {
            "a post after giữ chức A that does not end the clause is not chained to it",
            "Ông Lê Quang Vinh được bầu giữ chức Chủ tịch HĐND tỉnh, Phó Chủ tịch UBND tỉnh phát biểu chúc mừng.",
            ["Lê Quang Vinh | Chủ tịch HĐND tỉnh | new"]
        },
        // From set E's errors.
        {
            "Ban tổ chức: a board named in lower case right after Ban",
            "Cùng dự có Đại tá Vương Đình Khải - Phó Trưởng ban Thường trực Ban tổ chức hội thao.",
            ["Vương Đình Khải | Phó Trưởng ban Thường trực Ban tổ chức | current"]
        },
        {
            "Ban chỉ đạo in lower case, then the capitalised name it takes",
            "Ông Giáp Văn Tường - Phó trưởng Ban thường trực Ban chỉ đạo Tây Bắc, phát biểu.",
            ["Giáp Văn Tường | Phó trưởng Ban thường trực Ban chỉ đạo Tây Bắc | current"]
        },
        {
            "a board described, not named (Ban chỉ đạo của ...), still gives no post",
            "Bà Khúc Thị Vân, Trưởng Ban chỉ đạo của Huyện ủy về chuyển đổi số, phát biểu.",
            []
        },
        {
            "a board's fields in lower case after its noun",
            "Bà Lục Thị Nhung, Trưởng ban văn hóa xã hội HĐND tỉnh, được bầu giữ chức Phó Chủ tịch HĐND tỉnh.",
            ["Lục Thị Nhung | Trưởng ban văn hóa xã hội HĐND tỉnh | current", "Lục Thị Nhung | Phó Chủ tịch HĐND tỉnh | new"]
        },
        {
            "Tổng cục, and a department's field in lower case after its capitalised one",
            "Trung tướng Âu Văn Thịnh, Chủ nhiệm Tổng cục Kỹ thuật quốc phòng, dự lễ.",
            ["Âu Văn Thịnh | Chủ nhiệm Tổng cục Kỹ thuật quốc phòng | current"]
        },
        {
            "Tổng cục Chính trị and the army's abbreviation",
            "Thượng tướng Khổng Minh Lực - Phó Chủ nhiệm Tổng cục Chính trị QĐNDVN, phát biểu.",
            ["Khổng Minh Lực | Phó Chủ nhiệm Tổng cục Chính trị QĐNDVN | current"]
        },
        {
            "a verb after a post is no field of its body",
            "Ông Mẫn Văn Hào, Giám đốc Sở Y tế chỉ đạo các bệnh viện; bà Khúc Thị Vân, Trưởng Ban Tổ chức Tỉnh ủy chỉ đạo hội nghị.",
            ["Mẫn Văn Hào | Giám đốc Sở Y tế | current", "Khúc Thị Vân | Trưởng Ban Tổ chức Tỉnh ủy | current"]
        },
        {
            "what a steering committee is about, inside its name (về phòng, chống ...)",
            "Đại tướng Mạc Văn Hưng, Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực đã dự lễ.",
            ["Mạc Văn Hưng | Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực | current"]
        },
        {
            "Phó Tổng cục trưởng after nguyên, then the post after giữ chức vụ",
            "Bộ trưởng ký quyết định điều động Thiếu tướng Lê Văn Khoa, nguyên Phó Tổng cục trưởng Tổng cục Hậu cần giữ chức vụ Giám đốc Công an tỉnh.",
            ["Lê Văn Khoa | Phó Tổng cục trưởng Tổng cục Hậu cần | former", "Lê Văn Khoa | Giám đốc Công an tỉnh | new"]
        },
        {
            "a post written whole, then with the police's abbreviation, is one post",
            "Thiếu tướng Lê Văn Khoa, Cục trưởng Cục An ninh Công an nhân dân, dự. Phát biểu tại lễ, Thiếu tướng Lê Văn Khoa, Cục trưởng Cục An ninh CAND cảm ơn.",
            ["Lê Văn Khoa | Cục trưởng Cục An ninh Công an nhân dân | current"]
        },
        {
            "tái đắc cử in a '; ' list: each item's post is its own person's",
            "Tại Lạng Sơn: bầu ông Hoàng Văn Tân, Bí thư Tỉnh ủy, tái đắc cử Chủ tịch HĐND tỉnh; ông Mã Văn Lực, tái đắc cử Phó Chủ tịch HĐND tỉnh.",
            ["Hoàng Văn Tân | Bí thư Tỉnh ủy | current", "Hoàng Văn Tân | Chủ tịch HĐND tỉnh | new", "Mã Văn Lực | Phó Chủ tịch HĐND tỉnh | new"]
        },
        {
            "a list item with a decision of its own shares no other item's decision",
            "HĐND tỉnh bầu các ông: Tạ Minh Châu, Phó Bí thư Tỉnh ủy giữ chức Chủ tịch HĐND tỉnh; Hứa Văn Đông, Giám đốc Sở Tài chính làm Phó Chủ tịch HĐND tỉnh.",
            ["Tạ Minh Châu | Phó Bí thư Tỉnh ủy | current", "Tạ Minh Châu | Chủ tịch HĐND tỉnh | new",
             "Hứa Văn Đông | Giám đốc Sở Tài chính | current", "Hứa Văn Đông | Phó Chủ tịch HĐND tỉnh | new"]
        },
        {
            "a given name that is a body word, between a marker and a post",
            "Ông Lò Văn Hội, Phó Bí thư Thường trực Tỉnh ủy, phát biểu. HĐND tỉnh bầu bà Vi Thị Đoàn, Ủy viên Ban Thường vụ Tỉnh ủy làm Phó Chủ tịch HĐND tỉnh.",
            ["Lò Văn Hội | Phó Bí thư Thường trực Tỉnh ủy | current",
             "Vi Thị Đoàn | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Vi Thị Đoàn | Phó Chủ tịch HĐND tỉnh | new"]
        },
        {
            "with no marker before it, a given name that is a body word ends a name of three syllables before punctuation (step 77)",
            "Hội nghị có Lò Văn Hội, Phó Bí thư Tỉnh ủy. Về phía tỉnh có các đồng chí: Hứa Văn Tài - Bí thư Tỉnh ủy; Khúc Đức Quận - Chủ tịch HĐND tỉnh.",
            ["Lò Văn Hội | Phó Bí thư Tỉnh ủy | current", "Hứa Văn Tài | Bí thư Tỉnh ủy | current", "Khúc Đức Quận | Chủ tịch HĐND tỉnh | current"]
        },
        {
            "a five-syllable name with a syllable spelled outside Kinh orthography, without an apostrophe",
            "Ông Y Hơ Mrông Êban Ktla, Phó Chủ tịch UBND tỉnh, phát biểu.",
            ["Y Hơ Mrông Êban Ktla | Phó Chủ tịch UBND tỉnh | current"]
        },
        {
            "a list headed by its post: every member shares it, bare or with posts, but one joined last by và with posts of their own",
            "Dự lễ có các đồng chí Phó Chủ tịch UBND tỉnh: Đào Quang Khải - Ủy viên Ban Thường vụ Tỉnh ủy; Thượng tá Lê Thanh Bình; Ngô Văn Kiên và Đại tá Lương Văn Hải - Giám đốc Công an tỉnh.",
            ["Đào Quang Khải | Phó Chủ tịch UBND tỉnh | current", "Lê Thanh Bình | Phó Chủ tịch UBND tỉnh | current",
             "Ngô Văn Kiên | Phó Chủ tịch UBND tỉnh | current", "Đào Quang Khải | Ủy viên Ban Thường vụ Tỉnh ủy | current",
             "Lương Văn Hải | Giám đốc Công an tỉnh | current"]
        },
        {
            "a list headed by a head with no body, its last bare member joined by và",
            "Cùng dự có các đồng chí Phó Tổng Thanh tra: Mạc Văn Lâm; Hứa Thị Hằng và Lữ Văn Cảnh.",
            ["Mạc Văn Lâm | Phó Tổng Thanh tra | current", "Hứa Thị Hằng | Phó Tổng Thanh tra | current", "Lữ Văn Cảnh | Phó Tổng Thanh tra | current"]
        },
        {
            "post gồm các đồng chí: brackets; a member whose own post refines the heading's keeps only their own; a bare head in a bracket",
            "Hội nghị bầu 3 Phó Chủ tịch HĐND tỉnh gồm các đồng chí: Tống Văn Hải (Phó Chủ tịch Thường trực HĐND tỉnh khóa trước), Hứa Thị Lan (Phó Chủ tịch, Chủ tịch Hội Nông dân tỉnh) và đồng chí Lữ Văn Cảnh.",
            ["Hứa Thị Lan | Phó Chủ tịch HĐND tỉnh | new", "Lữ Văn Cảnh | Phó Chủ tịch HĐND tỉnh | new",
             "Tống Văn Hải | Phó Chủ tịch Thường trực HĐND tỉnh | current", "Hứa Thị Lan | Chủ tịch Hội Nông dân tỉnh | current"]
        },

        // From set H's errors, step 23 (tests/extraction/README.md): words a page typed without their space, bodies cut at the
        // lower-case word of their name, a unit's parent named after a comma in a career list.
        {
            "two words typed without their space are read apart, the title kept as the page wrote it",
            "Bà Mạc Thị Hoa, Phó Bí thưHuyện ủy, được bầu làm Chủ tịch UBND huyệnTân Uyên.",
            ["Mạc Thị Hoa | Phó Bí thưHuyện ủy | current", "Mạc Thị Hoa | Chủ tịch UBND huyệnTân Uyên | new"]
        },
        {
            "a unit's word glued to the lower-case syllable before it does not cut the body",
            "Ông Hứa Văn Tài, Ủy viên Ban Thường vụ Tỉnh ủy, giữ chức Phó Chủ tịch Ủy ban Nhân dântỉnh Yên Bái.",
            ["Hứa Văn Tài | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Hứa Văn Tài | Phó Chủ tịch Ủy ban Nhân dântỉnh Yên Bái | new"]
        },
        {
            "abbreviations with capitals inside stay whole",
            "Theo Quyết định số 15/QĐ-TTg, ông Hứa Văn Tài, Chủ tịch UBND TP.HCM, dự họp.",
            ["Hứa Văn Tài | Chủ tịch UBND TP.HCM | current"]
        },
        {
            "Đoàn Chủ tịch, a presidium, is a body: its member's post is not cut at Chủ",
            "Đồng chí Lữ Văn Cảnh - Ủy viên Đoàn Chủ tịch, Trưởng Ban Tổ chức Tổng LĐLĐ Việt Nam dự hội nghị.",
            ["Lữ Văn Cảnh | Ủy viên Đoàn Chủ tịch | current", "Lữ Văn Cảnh | Trưởng Ban Tổ chức Tổng LĐLĐ Việt Nam | current"]
        },
        {
            "tối cao belongs to the procuracy's and the court's names",
            "Đồng chí Tạ Văn Tư, Phó Viện trưởng VKSND tối cao phát biểu; ông Mạc Văn Lâm, Chánh án TAND tối cao dự.",
            ["Tạ Văn Tư | Phó Viện trưởng VKSND tối cao | current", "Mạc Văn Lâm | Chánh án TAND tối cao | current"]
        },
        {
            "a directorate's field in lower case after its capital (Đường sắt, Đường bộ) stays in its name",
            "Ông Mạc Văn Lâm, Tổng cục trưởng Tổng cục Đường sắt Việt Nam thuộc Bộ GTVT, dự họp.",
            ["Mạc Văn Lâm | Tổng cục trưởng Tổng cục Đường sắt Việt Nam | current"]
        },
        {
            "in a career list, a unit's parent (a department, a ministry) or its province after a comma belongs to the item's post",
            "Ông Tống Văn Hải từng giữ các chức vụ: Trưởng phòng Quản lý hành nghề, Sở Y tế Lai Châu; Phó Trưởng phòng Tổng hợp, " +
            "Sở Tài chính Lai Châu; Trưởng Ban Quản lý dự án Cầu Nậm Na, Lai Châu; Phó Vụ trưởng Vụ Pháp chế, Bộ Y tế.",
            ["Tống Văn Hải | Trưởng phòng Quản lý hành nghề, Sở Y tế Lai Châu | former",
             "Tống Văn Hải | Phó Trưởng phòng Tổng hợp, Sở Tài chính Lai Châu | former",
             "Tống Văn Hải | Trưởng Ban Quản lý dự án Cầu Nậm Na, Lai Châu | former", "Tống Văn Hải | Phó Vụ trưởng Vụ Pháp chế, Bộ Y tế | former"]
        },
        {
            "outside a list, a ministry department's post ends at the comma before its ministry (step 39; an office's takes it)",
            "Ông Tống Văn Hải, Vụ trưởng Vụ Pháp chế, Bộ Y tế, được bổ nhiệm giữ chức Thứ trưởng Bộ Y tế.",
            ["Tống Văn Hải | Vụ trưởng Vụ Pháp chế | current", "Tống Văn Hải | Thứ trưởng Bộ Y tế | new"]
        },
        {
            "a comma before other departments, not a unit's parent, ends a director's post",
            "Ông Tống Văn Hải, Giám đốc Sở Y tế, Sở Nội vụ và Sở Tài chính cùng dự.",
            ["Tống Văn Hải | Giám đốc Sở Y tế | current"]
        },
        {
            "a legislature's number between a stack and the name it stands before: the post is recorded without it",
            "Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố khóa IX Tô Văn Khôi; Thành ủy viên, Chánh Văn phòng HĐND " +
            "thành phố khóa IX Mạc Thị Hoa được bầu làm Phó Chủ tịch HĐND thành phố khóa X.",
            ["Tô Văn Khôi | Ủy viên Ban Thường vụ Thành ủy | current", "Tô Văn Khôi | Phó Chủ tịch UBND thành phố khóa IX | current",
             "Mạc Thị Hoa | Thành ủy viên | current", "Mạc Thị Hoa | Chánh Văn phòng HĐND thành phố khóa IX | current",
             "Mạc Thị Hoa | Phó Chủ tịch HĐND thành phố khóa X | new"]
        },
        {
            "Các đồng chí: A, B, C tái đắc cử: a colon after the plural marker opens the list of names",
            "Các đồng chí: Hứa Văn Tài, Mẫn Thị Thu, Lữ Văn Cảnh cũng tái đắc cử Phó Chủ tịch Hội Cựu chiến binh tỉnh.",
            ["Hứa Văn Tài | Phó Chủ tịch Hội Cựu chiến binh tỉnh | new", "Mẫn Thị Thu | Phó Chủ tịch Hội Cựu chiến binh tỉnh | new",
             "Lữ Văn Cảnh | Phó Chủ tịch Hội Cựu chiến binh tỉnh | new"]
        },
        {
            "a head standing bare before a comma and another post of the stack is recorded bare, as written",
            "Thượng tá Hứa Văn Tài, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS huyện dự lễ bàn giao.",
            ["Hứa Văn Tài | Phó Chỉ huy trưởng | current", "Hứa Văn Tài | Tham mưu trưởng Bộ CHQS huyện | current"]
        },
        {
            "an acting post and the same post taken in the event are two tenures",
            "HĐND thị xã bầu bà Mạc Thị Hoa, quyền Chủ tịch UBND thị xã, giữ chức Chủ tịch UBND thị xã.",
            ["Mạc Thị Hoa | Chủ tịch UBND thị xã | acting", "Mạc Thị Hoa | Chủ tịch UBND thị xã | new"]
        },
        {
            "an ampersand for và after a body's enumerating comma, before a name or after one",
            "Giám đốc Sở Văn hóa, Thể thao & Du lịch Mạc Văn Lâm phát biểu. Ông Lữ Văn Cảnh, Giám đốc Sở Y tế, Sở Nội vụ & Sở Tài chính dự.",
            ["Mạc Văn Lâm | Giám đốc Sở Văn hóa, Thể thao & Du lịch | current", "Lữ Văn Cảnh | Giám đốc Sở Y tế | current"]
        },
        {
            "an opening bracket after a name opens a lower-case post too, when its body names something",
            "Ban Thường vụ Huyện ủy cảnh cáo ông Mạc Văn Lâm (chủ tịch UBND phường). Ông Tạ Văn Tư (sinh năm 1970) dự họp.",
            ["Mạc Văn Lâm | chủ tịch UBND phường | current"]
        },
        {
            "trúng cử is an election, also after a dash-closed stack",
            "Tại đại hội, anh Lữ Văn Cảnh - Ủy viên Ban Thường vụ Tỉnh đoàn, Phó Chủ tịch Hội Liên hiệp Thanh niên tỉnh - đã trúng cử " +
            "Chủ tịch Hội Liên hiệp Thanh niên tỉnh.",
            ["Lữ Văn Cảnh | Ủy viên Ban Thường vụ Tỉnh đoàn | current", "Lữ Văn Cảnh | Phó Chủ tịch Hội Liên hiệp Thanh niên tỉnh | current",
             "Lữ Văn Cảnh | Chủ tịch Hội Liên hiệp Thanh niên tỉnh | new"]
        },
        // From set G's errors, step 21 (tests/extraction/README.md): lists headed by a lower-case post, elections of several
        // people, bare heads sharing a body, the youth union and mass organisations, well-known bodies with lower-case words.
        {
            "a lower-case head after a count heads a list after gồm:",
            "Với việc ông Khúc Văn Lâm nghỉ hưu, Bộ Tư pháp còn có 3 thứ trưởng gồm: Hứa Văn Tài, Mẫn Thị Thu và Lữ Văn Cảnh.",
            ["Hứa Văn Tài | thứ trưởng | current", "Mẫn Thị Thu | thứ trưởng | current", "Lữ Văn Cảnh | thứ trưởng | current"]
        },
        {
            "a counted member in lower case names no post: bầu 3 ủy viên gồm: ...",
            "Hội nghị bầu 3 ủy viên gồm: Hứa Văn Tài, Mẫn Thị Thu và Lữ Văn Cảnh.",
            []
        },
        {
            "Các thứ trưởng gồm ông A và ông B: a lower-case head after a capitalised Các",
            "Bộ Y tế hiện có 2 thứ trưởng. Các thứ trưởng gồm ông Mạc Văn Lâm và ông Tạ Văn Tư.",
            ["Mạc Văn Lâm | thứ trưởng | current", "Tạ Văn Tư | thứ trưởng | current"]
        },
        {
            "nguyên before heads joined by kiêm covers both posts",
            "Ông Lữ Văn Cảnh, nguyên Bí thư kiêm Chủ tịch UBND huyện Tân Lạc, dự lễ.",
            ["Lữ Văn Cảnh | Bí thư | former", "Lữ Văn Cảnh | Chủ tịch UBND huyện Tân Lạc | former"]
        },
        {
            "X thứ trưởng là các ông ...",
            "Bộ Nội vụ có 2 thứ trưởng là các ông Đàm Văn Quế, Tống Văn Hải.",
            ["Đàm Văn Quế | thứ trưởng | current", "Tống Văn Hải | thứ trưởng | current"]
        },
        {
            "các phó chủ tịch gồm ông A và ông B",
            "Hội Nông dân tỉnh có các phó chủ tịch gồm ông Đàm Văn Quế và ông Lữ Văn Cảnh.",
            ["Đàm Văn Quế | phó chủ tịch | current", "Lữ Văn Cảnh | phó chủ tịch | current"]
        },
        {
            "a plural heading with its term between it and gồm",
            "Các Phó Chủ tịch UBND tỉnh trong nhiệm kỳ này, gồm ông Tạ Văn Lâm, Hứa Minh Đức và Bế Văn Sinh.",
            ["Tạ Văn Lâm | Phó Chủ tịch UBND tỉnh | current", "Hứa Minh Đức | Phó Chủ tịch UBND tỉnh | current", "Bế Văn Sinh | Phó Chủ tịch UBND tỉnh | current"]
        },
        {
            "a heading's term needs a plural heading: one post before a comma and gồm heads no list",
            "Phó Chủ tịch UBND tỉnh hiện nay, gồm ông Tạ Văn Lâm phát biểu.",
            []
        },
        {
            "bầu ông A, ông B giữ chức: each marked name of the list is elected",
            "HĐND tỉnh bầu ông Tạ Văn Lâm, ông Hứa Minh Đức giữ chức Phó Chủ tịch UBND tỉnh.",
            ["Tạ Văn Lâm | Phó Chủ tịch UBND tỉnh | new", "Hứa Minh Đức | Phó Chủ tịch UBND tỉnh | new"]
        },
        {
            "ông A và ông B được bầu giữ chức",
            "Ông Tạ Văn Lâm và ông Hứa Minh Đức được bầu tái cử giữ chức Phó Chủ tịch Hội Nông dân tỉnh.",
            ["Tạ Văn Lâm | Phó Chủ tịch Hội Nông dân tỉnh | new", "Hứa Minh Đức | Phó Chủ tịch Hội Nông dân tỉnh | new"]
        },
        {
            "đối với ông A (remark) và bà B (remark), with thường trực in lower case",
            "HĐND tỉnh miễn nhiệm chức danh Phó Chủ tịch thường trực UBND tỉnh đối với ông Đàm Văn Quế (nghỉ hưu) và bà Mẫn Thị Thu (chuyển công tác).",
            ["Đàm Văn Quế | Phó Chủ tịch thường trực UBND tỉnh | former", "Mẫn Thị Thu | Phó Chủ tịch thường trực UBND tỉnh | former"]
        },
        {
            "lần lượt: each person, in order, takes the post of the same rank",
            "Bà Mẫn Thị Thu và ông Tống Văn Hải lần lượt trúng cử chức danh Chủ tịch HĐND và Chủ tịch UBND tỉnh.",
            ["Mẫn Thị Thu | Chủ tịch HĐND | new", "Tống Văn Hải | Chủ tịch UBND tỉnh | new"]
        },
        {
            "trước đó ông là: a post held before, said of the person named before by a pronoun",
            "Ông Tống Văn Hải sinh năm 1970; ông giữ chức Giám đốc Sở Y tế từ năm 2020, trước đó ông là Phó Giám đốc Sở Y tế.",
            ["Tống Văn Hải | Giám đốc Sở Y tế | new", "Tống Văn Hải | Phó Giám đốc Sở Y tế | former"]
        },
        {
            "a career after Trước khi giữ chức <post>; Bí thư kiêm Chủ tịch UBND H.X: the bare head as written",
            "Ông Lữ Văn Cảnh sinh năm 1971. Trước khi giữ chức Chủ tịch UBND tỉnh ông Cảnh từng kinh qua các chức vụ Trưởng Ban Dân vận Tỉnh ủy, Bí thư kiêm Chủ tịch UBND H.Tân Lạc.",
            ["Lữ Văn Cảnh | Trưởng Ban Dân vận Tỉnh ủy | former", "Lữ Văn Cảnh | Bí thư | former", "Lữ Văn Cảnh | Chủ tịch UBND H.Tân Lạc | former"]
        },
        {
            "Phó Bí thư, Chủ tịch UBND huyện X: the first head is the district's party committee's",
            "Ông Đàm Văn Quế, Phó Bí thư, Chủ tịch UBND huyện Tân Lạc phát biểu.",
            ["Đàm Văn Quế | Phó Bí thư | current", "Đàm Văn Quế | Chủ tịch UBND huyện Tân Lạc | current"]
        },
        {
            "two heads of one command joined by kiêm share its body",
            "Đại tá Hứa Văn Tài, Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ CHQS tỉnh phát biểu.",
            ["Hứa Văn Tài | Phó Chỉ huy trưởng | current", "Hứa Văn Tài | Tham mưu trưởng Bộ CHQS tỉnh | current"]
        },
        {
            "a head whose body is not unambiguous is left out: two heads of one rank, a council without its unit",
            "Bà Hứa Thị Lan, Phó Chủ tịch kiêm Chủ tịch Hội Nông dân tỉnh, phát biểu. Ông Khúc Văn Tài, Bí thư kiêm Chủ tịch UBND, dự.",
            ["Hứa Thị Lan | Chủ tịch Hội Nông dân tỉnh | current", "Khúc Văn Tài | Chủ tịch UBND | current"]
        },
        {
            "the youth union: post, anh Y; Bí thư Trung ương Đoàn and Bí thư T.Ư Đoàn; chị Y được bầu giữ chức Bí thư Tỉnh đoàn",
            "Bí thư Tỉnh ủy Lai Châu, ông Mạc Văn Lâm; Bí thư Trung ương Đoàn, anh Khúc Văn Tài tới dự. Chị Lò Thị Mai, Bí thư T.Ư Đoàn phát biểu; chị Vi Thị Hoa được bầu giữ chức Bí thư Tỉnh đoàn.",
            ["Mạc Văn Lâm | Bí thư Tỉnh ủy Lai Châu | current", "Khúc Văn Tài | Bí thư Trung ương Đoàn | current",
             "Lò Thị Mai | Bí thư T.Ư Đoàn | current", "Vi Thị Hoa | Bí thư Tỉnh đoàn | new"]
        },
        {
            "a post before a comma and a name is not the name's after thay mặt",
            "Thay mặt Bí thư Tỉnh ủy, ông Mạc Văn Lâm trao hoa.",
            []
        },
        {
            "mass organisations: Hội Liên hiệp Phụ nữ, Hội LHPN, Liên đoàn Lao động, Hội Cựu chiến binh, Ủy ban MTTQ Việt Nam, Thành đoàn",
            "Dự có bà Khúc Thị Vân, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; bà Mẫn Thị Thu, Phó Chủ tịch Hội LHPN tỉnh; ông Mạc Văn Hưng, Chủ tịch Liên đoàn Lao động tỉnh; ông Lã Văn Hòa, Chủ tịch Hội Cựu chiến binh tỉnh; ông Lục Văn Hiếu, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và anh Bế Văn Sinh, Bí thư Thành đoàn.",
            ["Khúc Thị Vân | Chủ tịch Hội Liên hiệp Phụ nữ tỉnh | current", "Mẫn Thị Thu | Phó Chủ tịch Hội LHPN tỉnh | current",
             "Mạc Văn Hưng | Chủ tịch Liên đoàn Lao động tỉnh | current", "Lã Văn Hòa | Chủ tịch Hội Cựu chiến binh tỉnh | current",
             "Lục Văn Hiếu | Chủ tịch Ủy ban MTTQ Việt Nam tỉnh | current", "Bế Văn Sinh | Bí thư Thành đoàn | current"]
        },
        {
            "well-known central bodies whose names carry lower-case words are taken whole",
            "Đại tá Tống Văn Hải, Phó Cục trưởng Cục Tổ chức cán bộ (Bộ Công an), dự. Ông Lý Văn Bình, Vụ trưởng Vụ Tổ chức cán bộ, phát biểu.",
            ["Tống Văn Hải | Phó Cục trưởng Cục Tổ chức cán bộ | current", "Lý Văn Bình | Vụ trưởng Vụ Tổ chức cán bộ | current"]
        },
        {
            "a rank introduces a name like a marker; Bộ đội biên phòng",
            "Đại tá Võ Văn Tư từng giữ chức vụ Chỉ huy trưởng Bộ đội biên phòng tỉnh.",
            ["Võ Văn Tư | Chỉ huy trưởng Bộ đội biên phòng tỉnh | former"]
        },
        {
            "a stack after a name whose posts start in lower case, and tỉnh ủy viên",
            "Kỷ luật ông Lương Văn Tám, tỉnh ủy viên, ủy viên Ban cán sự đảng, Phó chủ tịch UBND tỉnh.",
            ["Lương Văn Tám | tỉnh ủy viên | current", "Lương Văn Tám | ủy viên Ban cán sự đảng | current", "Lương Văn Tám | Phó chủ tịch UBND tỉnh | current"]
        },
        {
            "Phái viên, of a board named after của; Bộ Tư lệnh is a command, Phó Tham mưu trưởng a head",
            "Ông Mạc Văn Chín từng giữ chức Phái viên của Ban Thường vụ Tỉnh ủy. Đại tá Hồ Văn Sáu, Phó Tham mưu trưởng Bộ Tư lệnh Thủ đô, dự.",
            ["Mạc Văn Chín | Phái viên của Ban Thường vụ Tỉnh ủy | former", "Hồ Văn Sáu | Phó Tham mưu trưởng Bộ Tư lệnh Thủ đô | current"]
        },

        // From set G's errors (read after its held-out figure was recorded): numbered military units, the party caucus.
        {
            "a numbered military region, corps or division is the whole body: Quân khu 9, not Quân",
            "Thiếu tướng Trần Văn Tám, Chính ủy Quân khu 9 dự hội nghị; Đại tá Hồ Văn Sáu, Phó Chính ủy Sư đoàn 9 phát biểu.",
            ["Trần Văn Tám | Chính ủy Quân khu 9 | current", "Hồ Văn Sáu | Phó Chính ủy Sư đoàn 9 | current"]
        },
        {
            "Phó Tư lệnh is a head of its own",
            "Đồng chí Lê Văn Năm, Phó Tư lệnh Quân khu 3 phát biểu.",
            ["Lê Văn Năm | Phó Tư lệnh Quân khu 3 | current"]
        },
        {
            "the party caucus is written in lower case (Ban cán sự đảng), and the stack goes on after it",
            "Đồng chí Nguyễn Văn Tư, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Hà Nam phát biểu.",
            ["Nguyễn Văn Tư | Bí thư Ban cán sự đảng | current", "Nguyễn Văn Tư | Chủ tịch UBND tỉnh Hà Nam | current"]
        },
        {
            "a number after any other lower-case word still ends the post",
            "Đồng chí Phan Văn Bảy, Chủ tịch UBND huyện 3 xã biên giới kiểm tra.",
            ["Phan Văn Bảy | Chủ tịch UBND huyện | current"]
        },
        // From set F's errors (and one class the leader found in an invented sentence).
        {
            "a verb after a name that is also a board's lower-case word (kiểm tra) ends the post at the name",
            "Phó Chủ tịch UBND tỉnh Bạch Văn Lợi kiểm tra công trình đê biển.",
            ["Bạch Văn Lợi | Phó Chủ tịch UBND tỉnh | current"]
        },
        {
            "khảo sát and công tác tại likewise",
            "Bí thư Huyện ủy Mạc Thị Hồng khảo sát vùng lũ; Chủ tịch UBND huyện Khúc Văn Tài công tác tại xã.",
            ["Mạc Thị Hồng | Bí thư Huyện ủy | current", "Khúc Văn Tài | Chủ tịch UBND huyện | current"]
        },
        {
            "after a board's noun the same words still name the board",
            "Ông Khúc Văn Tài, Trưởng Đoàn công tác của Bộ Nội vụ, phát biểu.",
            ["Khúc Văn Tài | Trưởng Đoàn công tác của Bộ Nội vụ | current"]
        },
        {
            "bầu các Phó chủ tịch ... đối với ông A, bà B: the trigger still reaches the post past các",
            "Thủ tướng phê chuẩn kết quả bầu các Phó chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021 đối với ông Đàm Văn Quế, bà Mẫn Thị Thu.",
            ["Đàm Văn Quế | Phó chủ tịch UBND tỉnh | new", "Mẫn Thị Thu | Phó chủ tịch UBND tỉnh | new"]
        },
        {
            "bầu bổ sung 02 Phó Chủ tịch: and past a count",
            "HĐND tỉnh bầu bổ sung 02 Phó Chủ tịch UBND tỉnh đối với ông Đàm Văn Quế và ông Lữ Văn Cảnh.",
            ["Đàm Văn Quế | Phó Chủ tịch UBND tỉnh | new", "Lữ Văn Cảnh | Phó Chủ tịch UBND tỉnh | new"]
        },
        {
            "miễn nhiệm chức vụ ... với đồng chí Y: với alone introduces the decision's object",
            "Kỳ họp miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh với đồng chí Đàm Văn Quế để nhận nhiệm vụ khác.",
            ["Đàm Văn Quế | Phó Chủ tịch UBND tỉnh | former"]
        },
        {
            "các <post>: with no marker heads a list of bare names",
            "Cùng dự buổi tiếp xúc có các Đại biểu Quốc hội: Lữ Văn Cảnh, Mẫn Thị Thu, Tống Văn Hải.",
            ["Lữ Văn Cảnh | Đại biểu Quốc hội | current", "Mẫn Thị Thu | Đại biểu Quốc hội | current", "Tống Văn Hải | Đại biểu Quốc hội | current"]
        },
        {
            "a counted head with no body heads a list after gồm các ông:",
            "Hiện nay, Bộ có 4 Thứ trưởng gồm các ông: Lữ Văn Cảnh, Tống Văn Hải và Đàm Văn Quế.",
            ["Lữ Văn Cảnh | Thứ trưởng | current", "Tống Văn Hải | Thứ trưởng | current", "Đàm Văn Quế | Thứ trưởng | current"]
        },
        {
            "các phó bí thư gồm ông A (post), B (post): gồm and a marker open the list without a colon, the head in lower case",
            "Ông Tống Văn Hải tái đắc cử Bí thư Tỉnh ủy, các phó bí thư gồm ông Lữ Văn Cảnh (Chủ tịch UBND tỉnh), Đàm Văn Quế (Chủ tịch HĐND tỉnh).",
            ["Tống Văn Hải | Bí thư Tỉnh ủy | new", "Lữ Văn Cảnh | phó bí thư | current", "Đàm Văn Quế | phó bí thư | current",
             "Lữ Văn Cảnh | Chủ tịch UBND tỉnh | current", "Đàm Văn Quế | Chủ tịch HĐND tỉnh | current"]
        },
        {
            "gồm after a group that is no post heads nothing",
            "Đoàn công tác gồm ông Lữ Văn Cảnh, ông Đàm Văn Quế.",
            []
        },
        {
            "a department's field in lower case after its capitalised one, and a ministry's last field after a dash",
            "Ông Lữ Văn Cảnh, Cục trưởng Cục Bảo vệ thực vật, được bổ nhiệm giữ chức Thứ trưởng Bộ Nông nghiệp - Phát triển nông thôn.",
            ["Lữ Văn Cảnh | Cục trưởng Cục Bảo vệ thực vật | current", "Lữ Văn Cảnh | Thứ trưởng Bộ Nông nghiệp - Phát triển nông thôn | new"]
        },
        {
            "Trưởng phòng and Trưởng trạm are heads; after a dash, a Cục names the unit's parent, not more of its name",
            "Ông Tống Văn Hải, Trưởng phòng Kiểm dịch thực vật - Cục Bảo vệ thực vật, và ông Đàm Văn Quế, Trưởng trạm Kiểm dịch thực vật Ga Lạng Sơn, dự họp.",
            ["Tống Văn Hải | Trưởng phòng Kiểm dịch thực vật | current", "Đàm Văn Quế | Trưởng trạm Kiểm dịch thực vật Ga Lạng Sơn | current"]
        },
        {
            "Khu kinh tế and Bệnh viện Đa khoa are bodies",
            "Ông Mẫn Văn Tài, Trưởng ban Khu kinh tế, nguyên Giám đốc Bệnh viện Đa khoa tỉnh, dự họp.",
            ["Mẫn Văn Tài | Trưởng ban Khu kinh tế | current", "Mẫn Văn Tài | Giám đốc Bệnh viện Đa khoa tỉnh | former"]
        },
        {
            "a department's name with lower-case words runs to the end of its item in a ; list",
            "Các cán bộ nghỉ hưu gồm: Đại tá Tống Văn Hải, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy; Thượng tá Mẫn Văn Tài, Phó Trưởng phòng Tham mưu.",
            ["Tống Văn Hải | Trưởng phòng Cảnh sát điều tra tội phạm về ma túy | current", "Mẫn Văn Tài | Phó Trưởng phòng Tham mưu | current"]
        },
        {
            "outside a list a department's lower-case words join its name only when they are known fields (step 59: 'nghiệp vụ' is one), never the verb",
            "Ông Tống Văn Hải, Trưởng phòng Kỹ thuật nghiệp vụ phát biểu tại hội nghị. Ông Mẫn Văn Tài, Trưởng phòng Kỹ thuật xem xét hồ sơ.",
            ["Tống Văn Hải | Trưởng phòng Kỹ thuật nghiệp vụ | current", "Mẫn Văn Tài | Trưởng phòng Kỹ thuật | current"]
        },
        {
            "nguyên giám đốc sở Y tế: a post left, in lower case, names a post when its body names something; & inside a body",
            "Kỳ họp miễn nhiệm Ủy viên UBND tỉnh đối với bà Mẫn Thị Thu, nguyên giám đốc sở Y tế; ông Tống Văn Hải, nguyên giám đốc sở Thông tin & Truyền thông, do nghỉ hưu.",
            ["Mẫn Thị Thu | Ủy viên UBND tỉnh | former", "Tống Văn Hải | Ủy viên UBND tỉnh | former",
             "Mẫn Thị Thu | giám đốc sở Y tế | former", "Tống Văn Hải | giám đốc sở Thông tin & Truyền thông | former"]
        },
        {
            "a lower-case post naming nothing after nguyên stays generic",
            "Ông Tống Văn Hải, nguyên giám đốc công ty, phát biểu.",
            []
        },
        {
            "thôi làm nhiệm vụ đại biểu HĐND tỉnh: a council member's seat left, in lower case",
            "HĐND tỉnh xin ý kiến về việc đồng chí Tống Văn Hải thôi làm nhiệm vụ đại biểu HĐND tỉnh.",
            ["Tống Văn Hải | đại biểu HĐND tỉnh | former"]
        },
        {
            "miễn nhiệm chức vụ đại biểu HĐND tỉnh đối với ông Y",
            "Kỳ họp miễn nhiệm chức vụ đại biểu HĐND tỉnh đối với ông Tống Văn Hải, nguyên Phó Giám đốc Công an tỉnh.",
            ["Tống Văn Hải | đại biểu HĐND tỉnh | former", "Tống Văn Hải | Phó Giám đốc Công an tỉnh | former"]
        },
        {
            "đại biểu Quốc hội before a name, its first words in lower case; a Hmong family name",
            "Hội nghị có đại biểu Quốc hội Giàng Thị Mỷ, Tỉnh ủy viên.",
            ["Giàng Thị Mỷ | đại biểu Quốc hội | current", "Giàng Thị Mỷ | Tỉnh ủy viên | current"]
        },
        {
            "council members in general name no one",
            "Đại biểu HĐND tỉnh đã biểu quyết thông qua nghị quyết; các đại biểu Quốc hội thảo luận ở tổ.",
            []
        },
        {
            "a career history after a pronoun: each post of the ; chain a former one of the person named before",
            "Ông Tống Văn Hải sinh năm 1965. Ông đã từng kinh qua các chức vụ: Giám đốc Sở Giao thông vận tải tỉnh; Bí thư Huyện ủy Ba Vì; Phó Chủ tịch UBND tỉnh.",
            ["Tống Văn Hải | Giám đốc Sở Giao thông vận tải tỉnh | former", "Tống Văn Hải | Bí thư Huyện ủy Ba Vì | former",
             "Tống Văn Hải | Phó Chủ tịch UBND tỉnh | former"]
        },
        {
            "từng giữ các chức vụ after the person's last name alone, posts in lower case",
            "Bà Mẫn Thị Thu tái đắc cử Bí thư Tỉnh ủy. Trước đây, bà Thu từng giữ các chức vụ bí thư Huyện ủy Ba Vì, phó chủ tịch UBND tỉnh.",
            ["Mẫn Thị Thu | Bí thư Tỉnh ủy | new", "Mẫn Thị Thu | bí thư Huyện ủy Ba Vì | former", "Mẫn Thị Thu | phó chủ tịch UBND tỉnh | former"]
        },
        {
            "Từ ... đến ... giữ chức, and Từ năm ..., ông là: sentences of a career opened by a period",
            "Ông Tống Văn Hải là Thứ trưởng Bộ Tư pháp. Từ tháng 3-2006 đến tháng 5-2009 giữ chức Vụ trưởng Vụ Pháp chế. Từ năm 2009-2016, ông là Cục trưởng Cục Kế hoạch.",
            ["Tống Văn Hải | Thứ trưởng Bộ Tư pháp | current", "Tống Văn Hải | Vụ trưởng Vụ Pháp chế | former", "Tống Văn Hải | Cục trưởng Cục Kế hoạch | former"]
        },
        {
            "a career whose sentence names someone else by a name that is not the last one's gives nothing",
            "Ông Tống Văn Hải phát biểu. Bà Thu từng là Giám đốc Sở Y tế.",
            []
        },
        {
            "a year of birth in brackets after the name does not end its stack; về nhận nhiệm vụ and Phó ban name a new post",
            "Bộ Chính trị điều động ông Đàm Văn Quế (sinh năm 1961), Ủy viên Trung ương Đảng, thôi giữ chức vụ bí thư Tỉnh ủy về nhận nhiệm vụ Phó ban Tuyên giáo Trung ương.",
            ["Đàm Văn Quế | Ủy viên Trung ương Đảng | current", "Đàm Văn Quế | bí thư Tỉnh ủy | former", "Đàm Văn Quế | Phó ban Tuyên giáo Trung ương | new"]
        },
        {
            "Bà hiện là ...: a post held now, said by a pronoun of the person named before",
            "Bà Mẫn Thị Thu tái đắc cử Bí thư Tỉnh ủy. Bà hiện là ủy viên dự khuyết Ban Chấp hành Trung ương Đảng.",
            ["Mẫn Thị Thu | Bí thư Tỉnh ủy | new", "Mẫn Thị Thu | ủy viên dự khuyết Ban Chấp hành Trung ương Đảng | current"]
        },
        {
            "a pronoun of the other sex is not the person named before: her career is not given to him",
            "Ông Đàm Văn Quế tái đắc cử Bí thư Tỉnh ủy. Trước đó, bà từng là Giám đốc Sở Y tế.",
            ["Đàm Văn Quế | Bí thư Tỉnh ủy | new"]
        },
        {
            "a woman known by her middle name Thị: 'ông' in the next sentence is someone else",
            "Chị Mẫn Thị Thu tái đắc cử Bí thư Tỉnh đoàn. Ông hiện là Giám đốc Sở Y tế.",
            ["Mẫn Thị Thu | Bí thư Tỉnh đoàn | new"]
        },
        {
            "a pronoun of the same sex, or a person whose sex the text does not say, keeps the career",
            "Đồng chí Đàm Văn Quế tái đắc cử Bí thư Tỉnh ủy. Trước đó, ông là Giám đốc Sở Y tế.",
            ["Đàm Văn Quế | Bí thư Tỉnh ủy | new", "Đàm Văn Quế | Giám đốc Sở Y tế | former"]
        },
        {
            "từng giữ chức after a name: posts left, not new ones",
            "Ông Đàm Văn Quế từng giữ chức Giám đốc Sở Y tế, Chủ tịch UBND huyện.",
            ["Đàm Văn Quế | Giám đốc Sở Y tế | former", "Đàm Văn Quế | Chủ tịch UBND huyện | former"]
        },
        {
            "Từ năm ... đến nay: a period still running gives a post held now",
            "Ông Đàm Văn Quế sinh năm 1970. Từ năm 2020 đến nay, ông là Giám đốc Sở Y tế.",
            ["Đàm Văn Quế | Giám đốc Sở Y tế | current"]
        },
        // From set I's errors, step 25 (tests/extraction/README.md): a unit's noun whose name goes on in lower case, numbered
        // urban districts, abbreviated fields joined by a dash, a family name before a province's name; invented sentences.
        {
            "a unit's noun with nothing named yet runs on over its lower-case words",
            "Dự đại hội có ông Khúc Văn Lâm, Phó Chủ tịch Liên đoàn lao động tỉnh; Đại tá Mẫn Văn Hào, Phó Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh Sơn La, trao quyết định.",
            ["Khúc Văn Lâm | Phó Chủ tịch Liên đoàn lao động tỉnh | current", "Mẫn Văn Hào | Phó Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh Sơn La | current"]
        },
        {
            "a body that already names something ends before a lower-case verb the lexicon does not list",
            "Ông Khúc Văn Lâm, Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực y tế. Bà Mẫn Thị Thu, Chủ tịch HĐND huyện Tân Lạc vắng mặt.",
            ["Khúc Văn Lâm | Phó Chủ tịch UBND tỉnh | current", "Mẫn Thị Thu | Chủ tịch HĐND huyện Tân Lạc | current"]
        },
        {
            "a unit's noun does not run on over a clause word or into a name",
            "Ông Khúc Văn Lâm, Phó Chủ tịch Liên đoàn đã phát biểu.",
            []
        },
        {
            "Tối cao, capitalised, and a numbered urban district stay in the body",
            "Ông Khúc Văn Lâm, Viện trưởng Viện KSND Tối cao, trao quyết định cho ông Mẫn Văn Hào, Viện trưởng Viện KSND quận 3.",
            ["Khúc Văn Lâm | Viện trưởng Viện KSND Tối cao | current", "Mẫn Văn Hào | Viện trưởng Viện KSND quận 3 | current"]
        },
        {
            "a dash between two abbreviated fields, and và between two lower-case parts of a body",
            "Ông Khúc Văn Lâm, Giám đốc Sở TN- MT, dự. Bà Mẫn Thị Thu, Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh, phát biểu.",
            ["Khúc Văn Lâm | Giám đốc Sở TN- MT | current", "Mẫn Thị Thu | Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh | current"]
        },
        // From set J's errors, step 29: a biography between a name and its posts, careers opened by other phrases, "chức vụ",
        // the army's "Quân đội nhân dân", a department's parent after a comma, wards named after people, a post still vacant.
        {
            "the year of birth and the ethnicity between commas do not end the stack",
            "Đồng chí Lò Văn Tám, sinh năm 1970, dân tộc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Sơn La được bầu làm Chủ tịch UBND tỉnh.",
            ["Lò Văn Tám | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Lò Văn Tám | Phó Chủ tịch UBND tỉnh Sơn La | current", "Lò Văn Tám | Chủ tịch UBND tỉnh | new"]
        },
        {
            "đã đảm nhận nhiều vị trí như: a career",
            "Trước khi được bầu làm Phó Chủ tịch UBND tỉnh, ông Khúc Văn Lâm đã đảm nhận nhiều vị trí như: Phó Giám đốc Sở Y tế, Bí thư Huyện ủy Tân Lạc.",
            ["Khúc Văn Lâm | Phó Giám đốc Sở Y tế | former", "Khúc Văn Lâm | Bí thư Huyện ủy Tân Lạc | former"]
        },
        {
            "đã từng trải qua các vị trí công tác như: a career",
            "Ông Mẫn Văn Hào sinh năm 1975. Ông Mẫn Văn Hào đã từng trải qua các vị trí công tác như Bí thư Tỉnh Đoàn Lai Châu, Phó Chủ tịch UBND tỉnh Lai Châu.",
            ["Mẫn Văn Hào | Bí thư Tỉnh Đoàn Lai Châu | former", "Mẫn Văn Hào | Phó Chủ tịch UBND tỉnh Lai Châu | former"]
        },
        {
            "vụ of chức vụ opens no Vụ trưởng",
            "Ban Thường vụ Tỉnh ủy phân công đồng chí Khúc Văn Lâm, Bí thư Huyện ủy Tân Lạc, giữ chức vụ Trưởng Ban Dân vận Tỉnh ủy.",
            ["Khúc Văn Lâm | Bí thư Huyện ủy Tân Lạc | current", "Khúc Văn Lâm | Trưởng Ban Dân vận Tỉnh ủy | new"]
        },
        {
            "Quân đội nhân dân belongs to the army's bodies",
            "Thủ tướng bổ nhiệm Trung tướng Khúc Văn Lâm giữ chức Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam.",
            ["Khúc Văn Lâm | Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam | new"]
        },
        {
            "a department's post takes its parent after a comma; a directorate's does not",
            "Bộ Công an điều động thượng tá Khúc Văn Lâm, Trưởng Phòng Tổ chức, Cục Cảnh sát giao thông làm Phó Giám đốc Công an tỉnh Lai Châu. Ông Mẫn Văn Hào, Cục trưởng Cục Thuế, Bộ Tài chính, dự.",
            ["Khúc Văn Lâm | Trưởng Phòng Tổ chức, Cục Cảnh sát giao thông | current", "Khúc Văn Lâm | Phó Giám đốc Công an tỉnh Lai Châu | new", "Mẫn Văn Hào | Cục trưởng Cục Thuế | current"]
        },
        {
            "a ward named after a person is the ward's name",
            "Dự lễ có ông Khúc Văn Lâm, Bí thư Đảng ủy phường Trần Hưng Đạo.",
            ["Khúc Văn Lâm | Bí thư Đảng ủy phường Trần Hưng Đạo | current"]
        },
        {
            "a post still to be filled (cho đến khi có nhân sự giữ chức) is nobody's",
            "Thành ủy phân công ông Khúc Văn Lâm, Phó Bí thư Thường trực Quận ủy, phụ trách Đảng bộ quận cho đến khi có nhân sự giữ chức Bí thư Quận ủy.",
            ["Khúc Văn Lâm | Phó Bí thư Thường trực Quận ủy | current"]
        },
        // From set K's errors, step 31: a list of approvals opened by a colon, counted headings (in words, with a body, before a
        // colon), heads abbreviated (UVTV, GĐ) or of a division, a bracketed post held now; invented sentences.
        {
            "each item of a list the trigger opens gives its post to its own 'đối với' person, never to the item before",
            "Ủy ban Thường vụ Quốc hội vừa phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh Lai Châu khóa XV đối với bà Mẫn Thị Thu kể từ ngày 15/6; Phó Chủ tịch HĐND tỉnh Sơn La khóa XV đối với đối với ông Khúc Văn Lâm và ông Tống Văn Hải kể từ ngày 24/6.",
            ["Mẫn Thị Thu | Chủ tịch HĐND tỉnh Lai Châu khóa XV | new", "Khúc Văn Lâm | Phó Chủ tịch HĐND tỉnh Sơn La khóa XV | new", "Tống Văn Hải | Phó Chủ tịch HĐND tỉnh Sơn La khóa XV | new"]
        },
        {
            "UVTV and UVBTV head a dash stack",
            "Tham dự có các đồng chí: Khúc Văn Lâm - UVTV, Phó Chủ tịch UBND tỉnh; Tống Văn Hải - UVBTV, Trưởng Ban Tổ chức Tỉnh ủy.",
            ["Khúc Văn Lâm | UVTV | current", "Khúc Văn Lâm | Phó Chủ tịch UBND tỉnh | current", "Tống Văn Hải | UVBTV | current", "Tống Văn Hải | Trưởng Ban Tổ chức Tỉnh ủy | current"]
        },
        {
            "a counted head right before a colon heads the list",
            "Hiện Bộ Tư pháp có 5 Thứ trưởng: Khúc Văn Lâm, Tống Văn Hải và Mẫn Văn Hào.",
            ["Khúc Văn Lâm | Thứ trưởng | current", "Tống Văn Hải | Thứ trưởng | current", "Mẫn Văn Hào | Thứ trưởng | current"]
        },
        {
            "a count in words before a lower-case head with its body",
            "Ba phó bí thư Tỉnh Đoàn gồm: anh Khúc Văn Lâm, anh Tống Văn Hải và chị Mẫn Thị Thu.",
            ["Khúc Văn Lâm | phó bí thư Tỉnh Đoàn | current", "Tống Văn Hải | phó bí thư Tỉnh Đoàn | current", "Mẫn Thị Thu | phó bí thư Tỉnh Đoàn | current"]
        },
        {
            "a post held now, in a bracket, is the bracketed person's, not the next 'đối với' person's",
            "HĐND giới thiệu bầu chức vụ Chủ tịch UBND tỉnh đối với ông Khúc Văn Lâm (54 tuổi, hiện giữ chức Phó Chủ tịch Thường trực UBND tỉnh) và bầu Phó Chủ tịch UBND tỉnh đối với ông Tống Văn Hải (50 tuổi, hiện giữ chức vụ GĐ Sở Y tế).",
            ["Khúc Văn Lâm | Chủ tịch UBND tỉnh | new", "Khúc Văn Lâm | Phó Chủ tịch Thường trực UBND tỉnh | current", "Tống Văn Hải | Phó Chủ tịch UBND tỉnh | new", "Tống Văn Hải | GĐ Sở Y tế | current"]
        },
        {
            "a division's commander, and the students' association",
            "Đại tá Khúc Văn Lâm - Sư đoàn trưởng Sư đoàn 5 được bổ nhiệm giữ chức Chỉ huy trưởng Bộ CHQS tỉnh. Đồng chí Tống Văn Hải, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Sinh viên Việt Nam tỉnh được bầu giữ chức Bí thư Tỉnh đoàn.",
            ["Khúc Văn Lâm | Sư đoàn trưởng Sư đoàn 5 | current", "Khúc Văn Lâm | Chỉ huy trưởng Bộ CHQS tỉnh | new", "Tống Văn Hải | Phó Bí thư Tỉnh đoàn | current", "Tống Văn Hải | Chủ tịch Hội Sinh viên Việt Nam tỉnh | current", "Tống Văn Hải | Bí thư Tỉnh đoàn | new"]
        },
        // From set L's errors, step 33: the dot of "TP. Cần Thơ", a name's words each capitalised once, a photo's credit, a school.
        {
            "the dot of TP. before a city's name ends no sentence",
            "Bộ Chính trị phân công ông Khúc Văn Lâm, Chủ tịch UBND TP. Cần Thơ, giữ chức Bí thư Thành ủy TP. Cần Thơ.",
            ["Khúc Văn Lâm | Chủ tịch UBND TP. Cần Thơ | current", "Khúc Văn Lâm | Bí thư Thành ủy TP. Cần Thơ | new"]
        },
        {
            "the dot of TP. before a word opening a sentence still ends it",
            "Ông Khúc Văn Lâm được bầu làm chủ tịch HĐND TP. Ông Tống Văn Hải được bầu làm chủ tịch UBND TP.",
            ["Khúc Văn Lâm | chủ tịch HĐND TP | new", "Tống Văn Hải | chủ tịch UBND TP | new"]
        },
        {
            "a lower-case syllable after a capitalised one inside a body is the same word's, whatever the lexicon lists",
            "Ông Khúc Văn Lâm, Viện trưởng Viện Chiến lược, dự. Ông Tống Văn Hải, Bí thư Đảng đoàn Liên minh Hợp tác xã Việt Nam, phát biểu.",
            ["Khúc Văn Lâm | Viện trưởng Viện Chiến lược | current", "Tống Văn Hải | Bí thư Đảng đoàn Liên minh Hợp tác xã Việt Nam | current"]
        },
        {
            "but not after Việt Nam, a place, or a name",
            "Ông Khúc Văn Lâm, Phó Chủ tịch Hội Nông dân Việt Nam bày tỏ vui mừng.",
            ["Khúc Văn Lâm | Phó Chủ tịch Hội Nông dân Việt Nam | current"]
        },
        {
            "a photo's credit glued to a caption ends the post",
            "Bà Mẫn Thị Thu được bầu giữ chức Trưởng ban Dân tộc HĐND tỉnh Gia Lai ẢNH: Đ.T",
            ["Mẫn Thị Thu | Trưởng ban Dân tộc HĐND tỉnh Gia Lai | new"]
        },
        {
            "a school (Trường) is no head (Trưởng)",
            "Ông Khúc Văn Lâm dự lễ khánh thành Trường Mầm non Hoa Sen.",
            []
        },
        {
            "the women's union written in lower case",
            "Bà Mẫn Thị Thu được bầu làm chủ tịch Hội Liên hiệp phụ nữ Việt Nam.",
            ["Mẫn Thị Thu | chủ tịch Hội Liên hiệp phụ nữ Việt Nam | new"]
        },
        // From set M's errors, step 35: lower-case ranks, bracketed terms and abbreviations, "nguyên là", more election verbs,
        // a field after a word the lexicon lacks, a committee's unit named after it, a rank after "và"; invented sentences.
        {
            "a rank in lower case introduces a name, and a bracketed remark does not part it from its post",
            "Bộ Công an bổ nhiệm đại tá Khúc Văn Lâm (55 tuổi, ngụ huyện Tây Sơn, tỉnh Bình Định) giữ chức vụ Giám đốc Công an tỉnh Quảng Ngãi.",
            ["Khúc Văn Lâm | Giám đốc Công an tỉnh Quảng Ngãi | new"]
        },
        {
            "nguyên là opens a stack of posts held before; a term in brackets does not end it",
            "Ông Tống Văn Hải nguyên là Bí thư Tỉnh ủy (nhiệm kỳ 2010 - 2015), Chủ tịch HĐND tỉnh.",
            ["Tống Văn Hải | Bí thư Tỉnh ủy | former", "Tống Văn Hải | Chủ tịch HĐND tỉnh | current"]
        },
        {
            "a listed lower-case field after a capitalised word the lexicon lacks",
            "Thủ tướng bổ nhiệm ông Khúc Văn Lâm, Vụ trưởng Vụ Chính sách đối ngoại, Bộ Ngoại giao giữ chức Thứ trưởng Bộ Ngoại giao.",
            ["Khúc Văn Lâm | Vụ trưởng Vụ Chính sách đối ngoại | current", "Khúc Văn Lâm | Thứ trưởng Bộ Ngoại giao | new"]
        },
        {
            "được bầu là, cất nhắc lên chức: elections and promotions",
            "Ông Khúc Văn Lâm được bầu là Phó Chủ tịch Ủy ban Nhân dân tỉnh nhiệm kỳ 2011-2016. Ông Mẫn Văn Hào, Phó Giám đốc Sở Xây dựng được lãnh đạo UBND TP Hà Nội cất nhắc lên chức Giám đốc Sở Xây dựng.",
            ["Khúc Văn Lâm | Phó Chủ tịch Ủy ban Nhân dân tỉnh | new", "Mẫn Văn Hào | Phó Giám đốc Sở Xây dựng | current", "Mẫn Văn Hào | Giám đốc Sở Xây dựng | new"]
        },
        {
            "a body's abbreviation in brackets stays inside its name",
            "Đại tá Khúc Văn Lâm, Chỉ huy trưởng Bộ Chỉ huy Quân sự (BCHQS) tỉnh, phát biểu.",
            ["Khúc Văn Lâm | Chỉ huy trưởng Bộ Chỉ huy Quân sự (BCHQS) tỉnh | current"]
        },
        {
            "a city's committee names its city right after it, and a rank after và opens a person, not more of a body",
            "Trước đó, ông Khúc Văn Lâm từng làm Bí thư Thành ủy Đồng Hới. Bí thư Tỉnh ủy và Trung tướng Tống Văn Hải trao quà.",
            ["Khúc Văn Lâm | Bí thư Thành ủy Đồng Hới | former"]
        },
        // From set N's errors, step 37: an unlisted family name before an election's verb, "Trước khi ..., ông là", a committee's
        // number in brackets, "phụ trách" after a head, school heads, more lower-case fields; invented sentences.
        {
            "a name whose family name the lexicon lacks, after a marker and before an election's verb",
            "Đồng chí Khúc Văn Lâm được tín nhiệm bầu giữ chức vụ Bí thư Tỉnh ủy; đồng chí Phương Thị Thanh được tín nhiệm bầu giữ chức vụ Phó Bí thư Tỉnh ủy.",
            ["Khúc Văn Lâm | Bí thư Tỉnh ủy | new", "Phương Thị Thanh | Phó Bí thư Tỉnh ủy | new"]
        },
        {
            "Trước khi ..., ông là: posts held before, past a committee's number in brackets",
            "Ông Tống Văn Hải sinh năm 1956. Trước khi được bầu làm Bí thư Tỉnh ủy, ông là Phó Bí thư Tỉnh ủy (khóa XVI), Chủ tịch Ủy ban Nhân dân tỉnh Phú Thọ.",
            ["Tống Văn Hải | Phó Bí thư Tỉnh ủy | former", "Tống Văn Hải | Chủ tịch Ủy ban Nhân dân tỉnh Phú Thọ | former"]
        },
        {
            "phụ trách right after a head, a school's head, a listed field after a compound",
            "UBND tỉnh bổ nhiệm ông Khúc Văn Lâm, Phó Giám đốc phụ trách Sở Giáo dục và Đào tạo, giữ chức Giám đốc Sở. Kỷ luật ông Tống Văn Hải, nguyên Hiệu trưởng Trường Đại học Hồng Đức. Bà Mẫn Thị Thu, Cục trưởng Cục Phát triển đô thị, Bộ Xây dựng, dự.",
            ["Khúc Văn Lâm | Phó Giám đốc phụ trách Sở Giáo dục và Đào tạo | current", "Khúc Văn Lâm | Giám đốc Sở | new", "Tống Văn Hải | Hiệu trưởng Trường Đại học Hồng Đức | former", "Mẫn Thị Thu | Cục trưởng Cục Phát triển đô thị | current"]
        },
        // From set O's errors, step 39: numbered brigades and regional procuracies, a state group's board, a ward's name.
        {
            "brigades, regiments and regions are numbered",
            "Thượng tá Khúc Văn Lâm giữ chức Chính ủy Lữ đoàn 75; ông Tống Văn Hải, Viện trưởng VKSND Khu vực 9, dự.",
            ["Khúc Văn Lâm | Chính ủy Lữ đoàn 75 | new", "Tống Văn Hải | Viện trưởng VKSND Khu vực 9 | current"]
        },
        {
            "a state group's board (Hội đồng thành viên) runs on over its lower-case words",
            "Ông Khúc Văn Lâm, Chủ tịch Hội đồng thành viên Tập đoàn Dệt may Việt Nam, nghỉ hưu.",
            ["Khúc Văn Lâm | Chủ tịch Hội đồng thành viên Tập đoàn Dệt may Việt Nam | current"]
        },
        {
            "no name starts inside a ward's name",
            "Ông Khúc Văn Lâm được bổ nhiệm giữ chức Chỉ huy trưởng Ban Chỉ huy Quân sự phường Tân Sơn Nhất.",
            ["Khúc Văn Lâm | Chỉ huy trưởng Ban Chỉ huy Quân sự phường Tân Sơn Nhất | new"]
        },
        {
            "the party caucus written with a capital C is one body",
            "Ông Khúc Văn Lâm, Ủy viên Ban Cán sự đảng, Phó Viện trưởng VKSND tối cao, dự.",
            ["Khúc Văn Lâm | Ủy viên Ban Cán sự đảng | current", "Khúc Văn Lâm | Phó Viện trưởng VKSND tối cao | current"]
        },
        {
            "given names that spell a province close a person's name after a family name",
            "Phó Thủ tướng Thường trực Chính phủ Khúc Thái Bình ký quyết định.",
            ["Khúc Thái Bình | Phó Thủ tướng Thường trực Chính phủ | current"]
        },
        {
            "a province after a unit's word, or after a family name that is also a body's word, is the place",
            "Ông Khúc Văn Lâm, Bí thư Tỉnh Đoàn Thái Bình, dự.",
            ["Khúc Văn Lâm | Bí thư Tỉnh Đoàn Thái Bình | current"]
        },
        // From set P's errors, step 41: a year or an age in brackets after a name, a term after a post inside a stack, a
        // numbered unit written with a capital, a counted heading with its committee's number, a department's two-word field,
        // a post the whole list takes up, a person named again by the given name; invented sentences.
        {
            "a year of birth alone in brackets does not end the stack",
            "Hội nghị bầu đồng chí Khúc Văn Lâm (1979), Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh Đoàn vào Ban Thường vụ.",
            ["Khúc Văn Lâm | Ủy viên Ban Thường vụ | current", "Khúc Văn Lâm | Trưởng Ban Tổ chức Tỉnh Đoàn | current"]
        },
        {
            "an age opening the bracket of posts does not end it",
            "Ông Tống Văn Hải (41 tuổi, Giám đốc Sở Tài chính) cũng trúng cử.",
            ["Tống Văn Hải | Giám đốc Sở Tài chính | current"]
        },
        {
            "a term after a post inside a dashed stack does not end the stack",
            "Bộ Chính trị phân công ông Khúc Văn Lâm - Ủy viên Trung ương Đảng khóa XIII, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Xây dựng - giữ chức Bí thư Tỉnh ủy Lai Châu.",
            ["Khúc Văn Lâm | Ủy viên Trung ương Đảng khóa XIII | current", "Khúc Văn Lâm | Bí thư Ban cán sự đảng | current", "Khúc Văn Lâm | Bộ trưởng Bộ Xây dựng | current", "Khúc Văn Lâm | Bí thư Tỉnh ủy Lai Châu | new"]
        },
        {
            "a numbered military region written with a capital K",
            "Thủ tướng bổ nhiệm Thiếu tướng Khúc Văn Lâm giữ chức Phó Tư lệnh Quân Khu 3.",
            ["Khúc Văn Lâm | Phó Tư lệnh Quân Khu 3 | new"]
        },
        {
            "a counted heading with its committee's number before gồm and a list joined by và",
            "Ba Phó Bí thư Tỉnh ủy Lai Châu khóa XV gồm: bà Mẫn Thị Thu, Phó Chủ tịch HĐND tỉnh và ông Tống Văn Hải, Giám đốc Sở Nội vụ.",
            ["Mẫn Thị Thu | Phó Bí thư Tỉnh ủy Lai Châu khóa XV | current", "Tống Văn Hải | Phó Bí thư Tỉnh ủy Lai Châu khóa XV | current", "Mẫn Thị Thu | Phó Chủ tịch HĐND tỉnh | current", "Tống Văn Hải | Giám đốc Sở Nội vụ | current"]
        },
        {
            "a department's field of two words, the second in lower case",
            "Ông Khúc Văn Lâm, Trưởng phòng Tổ chức cán bộ Công an tỉnh Lai Châu, đọc quyết định.",
            ["Khúc Văn Lâm | Trưởng phòng Tổ chức cán bộ Công an tỉnh Lai Châu | current"]
        },
        {
            "a private company's director holds no office; a party committee inside a company is a party body",
            "Ông Khúc Văn Lâm, Giám đốc Công ty TNHH Xây dựng Hòa Lâm, và ông Tống Văn Hải, Bí thư Đảng ủy Công ty cổ phần Cấp nước Lai Châu, dự.",
            ["Tống Văn Hải | Bí thư Đảng ủy Công ty cổ phần Cấp nước Lai Châu | current"]
        },
        {
            "cùng giữ chức after a list gives the post to every item",
            "Giám đốc Sở công bố quyết định bổ nhiệm các đồng chí: Mẫn Thị Thu, Trưởng phòng Thanh tra; và Tống Văn Hải, Trưởng phòng Pháp chế cùng giữ chức vụ Phó Giám đốc Sở Tư pháp.",
            ["Mẫn Thị Thu | Trưởng phòng Thanh tra | current", "Mẫn Thị Thu | Phó Giám đốc Sở Tư pháp | new", "Tống Văn Hải | Trưởng phòng Pháp chế | current", "Tống Văn Hải | Phó Giám đốc Sở Tư pháp | new"]
        },
        {
            "a person named again by the given name takes the posts the sentence gives",
            "Bộ Chính trị phân công ông Khúc Văn Lâm giữ chức Bí thư Tỉnh ủy Lai Châu. Trước đó, ông Lâm giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La.",
            ["Khúc Văn Lâm | Bí thư Tỉnh ủy Lai Châu | new", "Khúc Văn Lâm | Phó Bí thư Tỉnh ủy | former", "Khúc Văn Lâm | Chủ tịch UBND tỉnh Sơn La | former"]
        },
        // From set Q's errors, step 43: list items opened by a capitalised marker, the first member after "các ông, bà:", a post
        // "của" its holder, police departments named by their crimes, a park named after a place, dashed heads, "phụ trách",
        // "thôi", people elected together each with a stack, a city and its province of one name, careers "như ..."; invented.
        {
            "items after ';' opened by a capitalised marker, each with its own decision",
            "Các chức danh bổ nhiệm gồm: Ông Khúc Văn Lâm giữ chức Giám đốc Sở Tư pháp; Bà Mẫn Thị Thu giữ chức Giám đốc Sở Y tế; Ông Tống Văn Hải giữ chức Giám đốc Sở Nội vụ.",
            ["Khúc Văn Lâm | Giám đốc Sở Tư pháp | new", "Mẫn Thị Thu | Giám đốc Sở Y tế | new", "Tống Văn Hải | Giám đốc Sở Nội vụ | new"]
        },
        {
            "the first member after 'các ông, bà:' takes the heading too",
            "HĐND tỉnh bầu 3 Phó Chủ tịch UBND tỉnh Lai Châu gồm các ông, bà: Khúc Văn Lâm, Tống Văn Hải và bà Mẫn Thị Thu.",
            ["Khúc Văn Lâm | Phó Chủ tịch UBND tỉnh Lai Châu | new", "Tống Văn Hải | Phó Chủ tịch UBND tỉnh Lai Châu | new", "Mẫn Thị Thu | Phó Chủ tịch UBND tỉnh Lai Châu | new"]
        },
        {
            "a post 'của' its holder in a decision",
            "Thủ tướng phê chuẩn miễn nhiệm chức danh Chủ tịch UBND tỉnh Lai Châu của ông Khúc Văn Lâm và chức danh Ủy viên UBND tỉnh của ông Tống Văn Hải.",
            ["Khúc Văn Lâm | Chủ tịch UBND tỉnh Lai Châu | former", "Tống Văn Hải | Ủy viên UBND tỉnh | former"]
        },
        {
            "a police department named by the crimes it investigates, and 'đối với các thiếu tướng:'",
            "Bộ trưởng trao quyết định bổ nhiệm chức vụ Thứ trưởng Bộ Công an đối với các thiếu tướng: Khúc Văn Lâm, Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy và Tống Văn Hải, Giám đốc Công an tỉnh Lai Châu.",
            ["Khúc Văn Lâm | Thứ trưởng Bộ Công an | new", "Tống Văn Hải | Thứ trưởng Bộ Công an | new", "Khúc Văn Lâm | Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy | current", "Tống Văn Hải | Giám đốc Công an tỉnh Lai Châu | current"]
        },
        {
            "a national park is named after a place, not a person",
            "Ông Khúc Văn Lâm sinh năm 1970. Ông từng đảm nhiệm các chức vụ: Giám đốc Vườn Quốc gia Ba Vì; Giám đốc Sở khoa học và Công nghệ tỉnh Lai Châu.",
            ["Khúc Văn Lâm | Giám đốc Vườn Quốc gia Ba Vì | former", "Khúc Văn Lâm | Giám đốc Sở khoa học và Công nghệ tỉnh Lai Châu | former"]
        },
        {
            "two heads joined by a dash share the unit after the second; phụ trách a post is acting",
            "Thiếu tướng Khúc Văn Lâm, Phó Tư lệnh - Tham mưu trưởng Quân khu 2 được giao nhiệm vụ phụ trách Tư lệnh Quân khu 2.",
            ["Khúc Văn Lâm | Phó Tư lệnh | current", "Khúc Văn Lâm | Tham mưu trưởng Quân khu 2 | current", "Khúc Văn Lâm | Tư lệnh Quân khu 2 | acting"]
        },
        {
            "thôi before posts is a departure",
            "Hội nghị thông báo việc thôi Ủy viên Ủy ban MTTQ tỉnh, Phó Chủ tịch Ủy ban MTTQ tỉnh đối với đồng chí Khúc Văn Lâm do nghỉ hưu.",
            ["Khúc Văn Lâm | Ủy viên Ủy ban MTTQ tỉnh | former", "Khúc Văn Lâm | Phó Chủ tịch Ủy ban MTTQ tỉnh | former"]
        },
        {
            "people elected together, each with a stack, all take the post after them",
            "HĐND bầu ông Khúc Văn Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Tài chính và ông Tống Văn Hải, Giám đốc Sở Nội vụ, giữ chức Phó Chủ tịch UBND tỉnh.",
            ["Khúc Văn Lâm | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Khúc Văn Lâm | Giám đốc Sở Tài chính | current", "Khúc Văn Lâm | Phó Chủ tịch UBND tỉnh | new", "Tống Văn Hải | Giám đốc Sở Nội vụ | current", "Tống Văn Hải | Phó Chủ tịch UBND tỉnh | new"]
        },
        {
            "a city's committee and its province's of the same name are two posts",
            "Ông Khúc Văn Lâm được bầu làm Chủ tịch UBND tỉnh Hà Giang. Ông từng giữ các chức vụ Giám đốc Sở Tài chính, Chủ tịch UBND thành phố Hà Giang.",
            ["Khúc Văn Lâm | Chủ tịch UBND tỉnh Hà Giang | new", "Khúc Văn Lâm | Giám đốc Sở Tài chính | former", "Khúc Văn Lâm | Chủ tịch UBND thành phố Hà Giang | former"]
        },
        {
            "a career 'tại X như' a list of posts",
            "Ông Khúc Văn Lâm sinh năm 1970. Ông từng đảm nhiệm nhiều vị trí tại Bộ Tài chính như chuyên viên, Phó Vụ trưởng Vụ Ngân sách, Thứ trưởng Bộ Tài chính.",
            ["Khúc Văn Lâm | Phó Vụ trưởng Vụ Ngân sách | former", "Khúc Văn Lâm | Thứ trưởng Bộ Tài chính | former"]
        },
        // From set R's errors, step 45: a dash glued between a name and its post, a degree inside a stack, a decision's object
        // not looked for past the next decision, "là" after a stack, a biography's "nguyên" career with periods in brackets,
        // a person named again by the given name, "UBND TP" with its city from context; invented sentences.
        {
            "a dash glued between a name and its post",
            "Dự có đồng chí Khúc Văn Lâm-Phó Bí thư Tỉnh ủy, Trưởng ban Nội chính Tỉnh ủy và các Ủy viên Ban Thường vụ Tỉnh ủy: Tống Văn Hải-Trưởng ban Dân vận Tỉnh ủy; Mẫn Thị Thu-Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh. Ông Rơ Lan Hưng-Trưởng ban Nội chính Tỉnh ủy và Ksor Nhơn-Tỉnh ủy viên dự.",
            ["Khúc Văn Lâm | Phó Bí thư Tỉnh ủy | current", "Khúc Văn Lâm | Trưởng ban Nội chính Tỉnh ủy | current", "Tống Văn Hải | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Mẫn Thị Thu | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Tống Văn Hải | Trưởng ban Dân vận Tỉnh ủy | current", "Mẫn Thị Thu | Tỉnh ủy viên | current", "Mẫn Thị Thu | Phó Chủ tịch UBND tỉnh | current", "Rơ Lan Hưng | Trưởng ban Nội chính Tỉnh ủy | current", "Ksor Nhơn | Tỉnh ủy viên | current"]
        },
        {
            "a hyphen inside a place or a field stays",
            "Ông Khúc Văn Lâm, Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu, dự.",
            ["Khúc Văn Lâm | Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu | current"]
        },
        {
            "a degree inside a stack, and a decision's object is not looked for past the next decision",
            "HĐND tỉnh bầu ông Khúc Văn Lâm, thạc sỹ Tài chính-Kế toán, nguyên Chánh Thanh tra tỉnh, giữ chức vụ Phó Chủ tịch UBND tỉnh, đồng thời miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Tống Văn Hải.",
            ["Khúc Văn Lâm | Chánh Thanh tra tỉnh | former", "Khúc Văn Lâm | Phó Chủ tịch UBND tỉnh | new", "Tống Văn Hải | Chủ tịch UBND tỉnh | former"]
        },
        {
            "là after a person's stack opens one more post",
            "Thủ tướng phê chuẩn ông Khúc Văn Lâm - Chỉ huy trưởng Bộ CHQS tỉnh Lai Châu là ủy viên UBND tỉnh Lai Châu.",
            ["Khúc Văn Lâm | Chỉ huy trưởng Bộ CHQS tỉnh Lai Châu | current", "Khúc Văn Lâm | ủy viên UBND tỉnh Lai Châu | current"]
        },
        {
            "a biography's nguyên opens a career of ';' items with their periods in brackets",
            "Ông Khúc Văn Lâm sinh năm 1976, quê huyện Yên Thành, là thạc sĩ kinh tế, nguyên Bí thư Tỉnh đoàn Nghệ An (từ năm 2010 - 2012); Bí thư Huyện ủy Nam Đàn (từ năm 2012 - 2016).",
            ["Khúc Văn Lâm | Bí thư Tỉnh đoàn Nghệ An | former", "Khúc Văn Lâm | Bí thư Huyện ủy Nam Đàn | former"]
        },
        {
            "a person named again by the given name takes no post in apposition, and 'hiện là' passes a rank that is no post",
            "Chủ tịch UBND tỉnh ký quyết định đình chỉ công tác đối với ông Khúc Văn Lâm. Cùng với việc đình chỉ công tác đối với ông Lâm, Chủ tịch UBND tỉnh Lai Châu cũng ký quyết định khác. Ông Lâm hiện là thẩm phán cao cấp, ủy viên Ủy ban Thẩm phán TAND tỉnh.",
            ["Khúc Văn Lâm | ủy viên Ủy ban Thẩm phán TAND tỉnh | current"]
        },
        {
            "a high court's seat is part of its name",
            "Ông Khúc Văn Lâm, Phó Chánh án TAND cấp cao tại Hà Nội, dự.",
            ["Khúc Văn Lâm | Phó Chánh án TAND cấp cao tại Hà Nội | current"]
        },
        {
            "UBND TP takes its city from context like UBND tỉnh",
            "HĐND TP Cần Thơ đã bầu ông Khúc Văn Lâm giữ chức Chủ tịch UBND TP. Ông Khúc Văn Lâm, Phó Bí thư Thành ủy, được giới thiệu giữ chức Chủ tịch UBND TP Cần Thơ.",
            ["Khúc Văn Lâm | Chủ tịch UBND TP | new", "Khúc Văn Lâm | Phó Bí thư Thành ủy | current"]
        },
        // A limit left by step 43, taken up on 12-03 (step 46): a decision said of "ông"/"bà" in a sentence that names no one.
        {
            "a decision whose subject is a pronoun goes to the person the sentences before are about",
            "Ông Khúc Văn Lâm sinh năm 1970, quê tỉnh Nam Định. Tháng 5/2018, ông được bổ nhiệm giữ chức Phó Giám đốc Sở Tài chính tỉnh Nam Định. Năm 2021, ông được điều động làm Chánh Văn phòng UBND tỉnh.",
            ["Khúc Văn Lâm | Phó Giám đốc Sở Tài chính tỉnh Nam Định | new", "Khúc Văn Lâm | Chánh Văn phòng UBND tỉnh | new"]
        },
        {
            "a pronoun asking for someone else's election, or of the other sex than the last person named, takes no post",
            "Ông Khúc Văn Lâm chủ trì hội nghị. Tại hội nghị, ông đề nghị bầu bổ sung Phó Chủ tịch UBND tỉnh. Bà Mẫn Thị Thu phát biểu. Năm 2019, ông được bầu làm Chủ tịch HĐND huyện.",
            []
        },
        // From sets S's and T's errors, step 47: invented sentences.
        {
            "an unlisted name opening a list of names after 'các đồng chí'",
            "Ban Chấp hành đã bầu các đồng chí Y Hơn, Khúc Văn Lâm, Tống Văn Hải tiếp tục được bầu giữ chức Phó Bí thư Tỉnh ủy.",
            ["Y Hơn | Phó Bí thư Tỉnh ủy | new", "Khúc Văn Lâm | Phó Bí thư Tỉnh ủy | new", "Tống Văn Hải | Phó Bí thư Tỉnh ủy | new"]
        },
        {
            "stacks each written before a dash and the name they belong to",
            "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Khúc Văn Lâm, Phó Bí thư Thường trực Tỉnh ủy - Tống Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – Mẫn Văn Út chủ trì hội nghị.",
            ["Khúc Văn Lâm | Bí thư Tỉnh ủy | current", "Khúc Văn Lâm | Chủ tịch HĐND tỉnh | current", "Tống Văn Hải | Phó Bí thư Thường trực Tỉnh ủy | current", "Mẫn Văn Út | Phó Bí thư Tỉnh ủy | current", "Mẫn Văn Út | Chủ tịch UBND tỉnh | current"]
        },
        {
            "a committee's number written in figures, and a count before the marker opening a list of names",
            "Ông Khúc Văn Lâm, Phó Bí thư Tỉnh ủy khóa 14 được bầu giữ chức Bí thư Tỉnh ủy khóa 15. Hai ông Tống Văn Hải và Mẫn Văn Bông được bầu làm Phó Bí thư Tỉnh ủy.",
            ["Khúc Văn Lâm | Phó Bí thư Tỉnh ủy khóa 14 | current", "Khúc Văn Lâm | Bí thư Tỉnh ủy khóa 15 | new", "Tống Văn Hải | Phó Bí thư Tỉnh ủy | new", "Mẫn Văn Bông | Phó Bí thư Tỉnh ủy | new"]
        },
        {
            "a delegation's electoral unit and a minister written bare before the name",
            "Ông Khúc Văn Lâm được bầu làm Trưởng Đoàn ĐBQH đơn vị tỉnh Lai Châu. Bộ cảnh cáo Thứ trưởng Tống Văn Hải.",
            ["Khúc Văn Lâm | Trưởng Đoàn ĐBQH đơn vị tỉnh Lai Châu | new", "Tống Văn Hải | Thứ trưởng | current"]
        },
        {
            "'Đoàn' after T.Ư is the youth union's, not a family name",
            "Dự có Ủy viên dự khuyết T.Ư Đảng, Bí thư thứ nhất T.Ư Đoàn Khúc Văn Lâm.",
            ["Khúc Văn Lâm | Ủy viên dự khuyết T.Ư Đảng | current", "Khúc Văn Lâm | Bí thư thứ nhất T.Ư Đoàn | current"]
        },
        {
            // Since step 112 the bare head is a post as written, as in a stack after a name (held-out sets' annotators count it).
            "a career's head written bare before the post that names its body, and a university's name in lower case",
            "Ông Khúc Văn Lâm đã trải qua các vị trí công tác: Phó Chủ tịch, Chủ tịch UBND huyện Mường Tè; Phó hiệu trưởng Đại học kinh tế Thành phố Hồ Chí Minh.",
            ["Khúc Văn Lâm | Phó Chủ tịch | former", "Khúc Văn Lâm | Chủ tịch UBND huyện Mường Tè | former", "Khúc Văn Lâm | Phó hiệu trưởng Đại học kinh tế Thành phố Hồ Chí Minh | former"]
        },
        {
            "a city written after 'TP.' and a space, and who presents an election's proposal is not elected",
            "Đồng chí Khúc Văn Lâm, Bí thư Thành ủy, Chủ tịch HĐND TP. Đồng Hới, dự. Đồng chí Tống Văn Hải, Trưởng ban Tổ chức Tỉnh ủy, trình bày tờ trình về việc bầu Phó Bí thư Tỉnh ủy Quảng Bình.",
            ["Khúc Văn Lâm | Bí thư Thành ủy | current", "Khúc Văn Lâm | Chủ tịch HĐND TP. Đồng Hới | current", "Tống Văn Hải | Trưởng ban Tổ chức Tỉnh ủy | current"]
        },
        {
            "'cựu' before a post, and a counted head before 'là' and its members",
            "Ông Khúc Văn Lâm, cựu Phó Chủ tịch UBND tỉnh Quảng Nam, bị kỷ luật. Ở Sở Tài chính, hai Phó giám đốc là bà Mẫn Thị Thu (51 tuổi) và ông Tống Văn Hải (59 tuổi) nghỉ hưu.",
            ["Khúc Văn Lâm | Phó Chủ tịch UBND tỉnh Quảng Nam | former", "Mẫn Thị Thu | Phó giám đốc | current", "Tống Văn Hải | Phó giám đốc | current"]
        },
        {
            "a year of birth bracketed with more of a biography, and a plural post before a list of names",
            "Hai ứng viên gồm ông Khúc Văn Lâm (SN 1974, trình độ: cử nhân Luật), Phó Viện trưởng Viện KSND thị xã An Nhơn. Các Phó Chủ tịch HĐND tỉnh Tống Văn Hải, Mẫn Văn Bông đồng chủ trì.",
            ["Khúc Văn Lâm | Phó Viện trưởng Viện KSND thị xã An Nhơn | current", "Tống Văn Hải | Phó Chủ tịch HĐND tỉnh | current", "Mẫn Văn Bông | Phó Chủ tịch HĐND tỉnh | current"]
        },
        {
            "a council's committee with two lower-case fields, and 'tân' between a count and the heading's post (the newcomers' post, new)",
            "Ông Khúc Văn Lâm – Phó Chủ tịch HĐND tỉnh, Trưởng Ban kinh tế – ngân sách HĐND tỉnh chủ trì. Cụ thể, 2 tân Phó Chủ tịch UBND tỉnh Trà Vinh là ông Tống Văn Hải (Bí thư Huyện ủy Cầu Ngang) và bà Mẫn Thị Thu (Chánh Văn phòng UBND tỉnh).",
            ["Khúc Văn Lâm | Phó Chủ tịch HĐND tỉnh | current", "Khúc Văn Lâm | Trưởng Ban kinh tế – ngân sách HĐND tỉnh | current", "Tống Văn Hải | Phó Chủ tịch UBND tỉnh Trà Vinh | new", "Mẫn Thị Thu | Phó Chủ tịch UBND tỉnh Trà Vinh | new", "Tống Văn Hải | Bí thư Huyện ủy Cầu Ngang | current", "Mẫn Thị Thu | Chánh Văn phòng UBND tỉnh | current"]
        },
        {
            "a deputy written 'ĐBQH' before the name, an association's lower-case words before 'Việt Nam', and 'Trương' a family name",
            "Đoàn ĐBQH tỉnh Bạc Liêu gồm ĐBQH Khúc Văn Lâm - Phó Chủ tịch Liên hiệp các Hội Văn học nghệ thuật Việt Nam, Chủ tịch Hội Nghệ sĩ nhiếp ảnh Việt Nam. Tám Phó Chủ tịch gồm các ông, bà: Tống Văn Hải, Trương Thanh Thúy.",
            ["Khúc Văn Lâm | ĐBQH | current", "Khúc Văn Lâm | Phó Chủ tịch Liên hiệp các Hội Văn học nghệ thuật Việt Nam | current", "Khúc Văn Lâm | Chủ tịch Hội Nghệ sĩ nhiếp ảnh Việt Nam | current", "Tống Văn Hải | Phó Chủ tịch | current", "Trương Thanh Thúy | Phó Chủ tịch | current"]
        },
        {
            "a committee's number capitalised, a career's place before its colon, and a heading's term before 'gồm'",
            "Ông Khúc Văn Lâm được bầu giữ chức Chủ tịch HĐND huyện Khóa XX. Ông Lâm từng trải qua các chức vụ tại TP Móng Cái (Quảng Ninh): Chánh văn phòng HĐND và UBND TP; Phó Chủ tịch UBND TP Móng Cái. Bộ Chính trị chuẩn y 2 Phó bí thư Tỉnh ủy Sơn La khóa 16, nhiệm kỳ 2025-2030, gồm các ông: Tống Văn Hải; Mẫn Văn Bông.",
            ["Khúc Văn Lâm | Chủ tịch HĐND huyện Khóa XX | new", "Khúc Văn Lâm | Chánh văn phòng HĐND và UBND TP | former", "Khúc Văn Lâm | Phó Chủ tịch UBND TP Móng Cái | former", "Tống Văn Hải | Phó bí thư Tỉnh ủy Sơn La khóa 16 | new", "Mẫn Văn Bông | Phó bí thư Tỉnh ủy Sơn La khóa 16 | new"]
        },
        // From the recovered seen sets' remaining misses, step 48: invented sentences.
        {
            "'đối với các ông' before a list of names, each with a stack",
            "HĐND tỉnh miễn nhiệm ủy viên UBND tỉnh đối với các ông Khúc Văn Lâm- nguyên Giám đốc Sở Y tế, nghỉ hưu; ông Tống Văn Hải- nguyên Giám đốc Sở Xây dựng, nghỉ hưu.",
            ["Khúc Văn Lâm | ủy viên UBND tỉnh | former", "Tống Văn Hải | ủy viên UBND tỉnh | former", "Khúc Văn Lâm | Giám đốc Sở Y tế | former", "Tống Văn Hải | Giám đốc Sở Xây dựng | former"]
        },
        {
            "a head a decision names bare, its holders after 'cho các ông'",
            "Ông Khúc Văn Lâm trao quyết định bổ nhiệm phó chánh án cho các ông Tống Văn Hải, Mẫn Văn Bông.",
            ["Tống Văn Hải | phó chánh án | new", "Mẫn Văn Bông | phó chánh án | new"]
        },
        {
            "two heads sharing a counted list",
            "Hiện Ủy ban Dân tộc có 3 Thứ trưởng, Phó chủ nhiệm: Khúc Văn Lâm, Tống Văn Hải và Mẫn Văn Bông.",
            ["Khúc Văn Lâm | Thứ trưởng | current", "Tống Văn Hải | Thứ trưởng | current", "Mẫn Văn Bông | Thứ trưởng | current", "Khúc Văn Lâm | Phó chủ nhiệm | current", "Tống Văn Hải | Phó chủ nhiệm | current", "Mẫn Văn Bông | Phó chủ nhiệm | current"]
        },
        {
            "a capitalised 'Ông' inside a sentence before a full name of three syllables is the honorific",
            "Về dự kỳ họp có Ông Khúc Văn Lâm - Phó Chủ tịch UBND tỉnh và ông Ông Văn Dư, Giám đốc Sở Tài chính.",
            ["Khúc Văn Lâm | Phó Chủ tịch UBND tỉnh | current", "Ông Văn Dư | Giám đốc Sở Tài chính | current"]
        },
        {
            "a head closed by a full name the text gives elsewhere, and a lower-case field after a capitalised one",
            "Ông Khúc Văn Lâm nhận quyết định. Phó chủ tịch Khúc Văn Lâm nhận nhiệm vụ Bí thư quận 1. Ông từng làm Hiệu trưởng Đại học Công nghệ thông tin, Giám đốc Sở Tài chính.",
            // Since step 125 a leader's head right before a name is a post of its own, bare ("Phó chủ tịch").
            ["Khúc Văn Lâm | Phó chủ tịch | current", "Khúc Văn Lâm | Bí thư quận 1 | new", "Khúc Văn Lâm | Hiệu trưởng Đại học Công nghệ thông tin | former", "Khúc Văn Lâm | Giám đốc Sở Tài chính | former"]
        },
        {
            "stacks before names joined by commas or dashes, each closed by its name",
            "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Khúc Văn Lâm, Phó bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Mẫn Thị Thu; Phó bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Tống Văn Hải chủ trì.",
            ["Khúc Văn Lâm | Ủy viên Trung ương Đảng | current", "Khúc Văn Lâm | Bí thư Tỉnh ủy | current", "Mẫn Thị Thu | Phó bí thư Thường trực Tỉnh ủy | current", "Mẫn Thị Thu | Chủ tịch HĐND tỉnh | current", "Tống Văn Hải | Phó bí thư Tỉnh ủy | current", "Tống Văn Hải | Chủ tịch UBND tỉnh | current"]
        },
        // From sets U's and V's errors, step 50: invented sentences.
        {
            "a remark in brackets after a name, and who congratulates those elected is not one of them",
            "Đồng chí Khúc Văn Lâm (thứ ba bên trái ảnh), Phó Bí thư Tỉnh ủy, dự. Đồng chí Tống Văn Hải, Bí thư Tỉnh ủy tặng hoa chúc mừng các đồng chí được bầu giữ chức vụ Phó Chủ tịch UBND tỉnh.",
            ["Khúc Văn Lâm | Phó Bí thư Tỉnh ủy | current", "Tống Văn Hải | Bí thư Tỉnh ủy | current"]
        },
        {
            "a career going on after 'sau đó', a district named after its committee, and 'với các ông'",
            "Ông Khúc Văn Lâm từng giữ chức vụ bí thư Tỉnh đoàn Lai Châu, sau đó đảm nhiệm các chức vụ, Bí thư Huyện ủy Triệu Sơn, Bí thư Đảng ủy Khối cơ quan cấp tỉnh. HĐND tỉnh miễn nhiệm chức Phó Chủ tịch UBND với các ông Tống Văn Hải, ông Mẫn Văn Bông.",
            ["Khúc Văn Lâm | bí thư Tỉnh đoàn Lai Châu | former", "Khúc Văn Lâm | Bí thư Huyện ủy Triệu Sơn | former", "Khúc Văn Lâm | Bí thư Đảng ủy Khối cơ quan cấp tỉnh | former", "Tống Văn Hải | Phó Chủ tịch UBND | former", "Mẫn Văn Bông | Phó Chủ tịch UBND | former"]
        },
        {
            "a name ending in a head with no body after it, a rank inside a stack, and a judge's post",
            "Thủ tướng phê chuẩn đối với ông Khúc Văn Lâm và ông Nguyễn Công Trưởng, Ủy viên Ban Chấp hành Đảng bộ tỉnh. Ông Tống Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, dự. Các Thẩm phán Tòa án nhân dân tối cao Mẫn Văn Bông và Lữ Văn Cảnh được bổ nhiệm giữ chức Phó Chánh án Tòa án nhân dân tối cao.",
            ["Nguyễn Công Trưởng | Ủy viên Ban Chấp hành Đảng bộ tỉnh | current", "Tống Văn Hải | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Tống Văn Hải | Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh | current", "Mẫn Văn Bông | Thẩm phán Tòa án nhân dân tối cao | current", "Lữ Văn Cảnh | Thẩm phán Tòa án nhân dân tối cao | current", "Mẫn Văn Bông | Phó Chánh án Tòa án nhân dân tối cao | new", "Lữ Văn Cảnh | Phó Chánh án Tòa án nhân dân tối cao | new"]
        },
        {
            "a sentence opened by 'Các' and a post heading its members, a deputy's number, an office of two bodies",
            "Các Ủy viên Bộ Chính trị: Khúc Văn Lâm - Phó Chủ tịch Quốc hội; Tống Văn Hải - Bí thư Trung ương Đảng chủ trì. Bà Mẫn Thị Thu, Đại biểu Quốc hội khóa XV, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, dự.",
            ["Khúc Văn Lâm | Ủy viên Bộ Chính trị | current", "Tống Văn Hải | Ủy viên Bộ Chính trị | current", "Khúc Văn Lâm | Phó Chủ tịch Quốc hội | current", "Tống Văn Hải | Bí thư Trung ương Đảng | current", "Mẫn Thị Thu | Đại biểu Quốc hội khóa XV | current", "Mẫn Thị Thu | Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh | current"]
        },
        {
            "a plural post and its election before 'gồm' or 'là', and a district's name of three syllables before 'và ông'",
            "Các Phó Chủ tịch UBND tỉnh nhiệm kỳ 2011 - 2016 được bầu gồm ông Khúc Văn Lâm; Tống Văn Hải. Hai Phó Chủ tịch UBND tỉnh được bầu bổ sung là ông Mẫn Văn Bông (sinh năm 1964), Thường vụ Tỉnh ủy, Bí thư Huyện ủy Cù Lao Dung và ông Lữ Văn Cảnh (sinh năm 1974), Tỉnh ủy viên.",
            ["Khúc Văn Lâm | Phó Chủ tịch UBND tỉnh | current", "Tống Văn Hải | Phó Chủ tịch UBND tỉnh | current", "Mẫn Văn Bông | Phó Chủ tịch UBND tỉnh | current", "Lữ Văn Cảnh | Phó Chủ tịch UBND tỉnh | current", "Mẫn Văn Bông | Thường vụ Tỉnh ủy | current", "Mẫn Văn Bông | Bí thư Huyện ủy Cù Lao Dung | current", "Lữ Văn Cảnh | Tỉnh ủy viên | current"]
        },
        {
            "a counted post closing a sentence, its members after 'Đó là'",
            "Thủ tướng phê chuẩn kết quả bầu 2 Phó chủ tịch UBND tỉnh Khánh Hòa nhiệm kỳ 2016 - 2021. Đó là ông Khúc Văn Lâm, Tỉnh ủy viên; ông Tống Văn Hải, Tỉnh ủy viên.",
            ["Khúc Văn Lâm | Phó chủ tịch UBND tỉnh Khánh Hòa | new", "Tống Văn Hải | Phó chủ tịch UBND tỉnh Khánh Hòa | new", "Khúc Văn Lâm | Tỉnh ủy viên | current", "Tống Văn Hải | Tỉnh ủy viên | current"]
        },
        {
            "a nomination is no post yet; a designation is",
            "Ông Khúc Văn Lâm (Phó chủ tịch UBND TP) được lãnh đạo thành phố giới thiệu để các đại biểu bầu làm Chủ tịch HĐND Đà Nẵng. Bộ Chính trị chỉ định đồng chí Tống Văn Hải tham gia Ban Chấp hành và giới thiệu bầu giữ chức vụ Bí thư Tỉnh ủy Đồng Tháp.",
            ["Khúc Văn Lâm | Phó chủ tịch UBND TP | current", "Tống Văn Hải | Bí thư Tỉnh ủy Đồng Tháp | new"]
        },
        // From sets W's and X's errors, step 52: invented sentences.
        {
            "a career's bare head before 'và', a unit's province after a comma, 'đã đảm nhiệm qua', 'và' between career posts",
            "Bà Mẫn Thị Thu đã đảm nhiệm qua các chức vụ: Phó Chủ tịch và Chủ tịch UBND huyện Ba Bể, Bí thư Huyện ủy Ba Bể. Ông Khúc Văn Lâm từng là Chủ tịch UBND và Bí thư Thị ủy Từ Sơn, tỉnh Bắc Ninh; Giám đốc Sở Kế hoạch và đầu tư.",
            ["Mẫn Thị Thu | Chủ tịch UBND huyện Ba Bể | former", "Mẫn Thị Thu | Bí thư Huyện ủy Ba Bể | former", "Khúc Văn Lâm | Chủ tịch UBND | former", "Khúc Văn Lâm | Bí thư Thị ủy Từ Sơn | former", "Khúc Văn Lâm | Giám đốc Sở Kế hoạch và đầu tư | former"]
        },
        {
            "a council committee's fields glued by a hyphen or in mixed case, an abbreviated department with '&', the standing office is no post",
            "HĐND tỉnh miễn nhiệm chức danh Trưởng ban Kinh tế-Ngân sách HĐND tỉnh đối với ông Khúc Văn Lâm. Ông Tống Văn Hải, Giám đốc Sở VH – TT & DL, dự. Thành viên thứ hai trong Thường trực Tỉnh ủy là ông Mẫn Văn Bông, Phó Bí thư Tỉnh ủy.",
            ["Khúc Văn Lâm | Trưởng ban Kinh tế-Ngân sách HĐND tỉnh | former", "Tống Văn Hải | Giám đốc Sở VH – TT & DL | current", "Mẫn Văn Bông | Phó Bí thư Tỉnh ủy | current"]
        },
        {
            "an assistant's post names the post assisted, a membership the posts after it too; a list of candidates is no election",
            "Ông Khúc Văn Lâm - Trợ lý Bộ trưởng, Vụ trưởng Vụ Đông Bắc Á, dự. Ông Tống Văn Hải, Trợ lý Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương, dự. Quốc hội bổ sung ông Mẫn Văn Bông vào danh sách để bầu làm Ủy viên Ủy ban thường vụ Quốc hội.",
            ["Khúc Văn Lâm | Trợ lý Bộ trưởng | current", "Khúc Văn Lâm | Vụ trưởng Vụ Đông Bắc Á | current", "Tống Văn Hải | Trợ lý Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương | current"]
        },
        // From sets Y's and Z's errors, step 54: invented sentences.
        {
            "an age between commas, a counted lower-case heading with its unit's word, an abbreviation in brackets before 'Việt Nam'",
            "Ông Khúc Văn Lâm, 60 tuổi, nguyên phó bí thư thường trực Tỉnh ủy, nghỉ hưu. Điều hành UBND tỉnh có 2 phó chủ tịch tỉnh: Tống Văn Hải, Mẫn Văn Bông. Bà Mẫn Thị Thu, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam, dự.",
            ["Khúc Văn Lâm | phó bí thư thường trực Tỉnh ủy | former", "Tống Văn Hải | phó chủ tịch tỉnh | current", "Mẫn Văn Bông | phó chủ tịch tỉnh | current", "Mẫn Thị Thu | Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam | current"]
        },
        {
            "a career 'trải qua các cương vị lãnh đạo tỉnh X như', and an office of the delegation and the council",
            "Ông Khúc Văn Lâm trải qua các cương vị lãnh đạo tỉnh Quảng Ninh như Giám đốc Sở Giao thông Vận tải, Bí thư Thị ủy Uông Bí. Ông Tống Văn Hải, Chánh Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, dự.",
            ["Khúc Văn Lâm | Giám đốc Sở Giao thông Vận tải | former", "Khúc Văn Lâm | Bí thư Thị ủy Uông Bí | former", "Tống Văn Hải | Chánh Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh | current"]
        },
        {
            "a name ends before a head's first syllable written without a comma",
            "Quyết định Thiếu tướng Khúc Văn Lâm Giám đốc Công an tỉnh Phú Thọ giữ chức vụ Giám đốc Công an tỉnh Phú Thọ mới.",
            ["Khúc Văn Lâm | Giám đốc Công an tỉnh Phú Thọ | new"]
        },
        // From sets Z1's and Z2's errors, step 56: invented sentences.
        {
            "a person named again by a two-syllable given name",
            "Ông Khúc Hải Anh sinh năm 1970, quê Hưng Yên. Ông Hải Anh nguyên là Vụ trưởng Vụ Pháp chế, Bộ Tư pháp.",
            ["Khúc Hải Anh | Vụ trưởng Vụ Pháp chế | former"]
        },
        {
            "a counted head closed by a comma before 'gồm các ông'",
            "Sau kỳ họp, UBND tỉnh có 3 Phó Chủ tịch, gồm các ông Tống Văn Hải, ông Mẫn Văn Bông và bà Hứa Thị Lan.",
            ["Tống Văn Hải | Phó Chủ tịch | current", "Mẫn Văn Bông | Phó Chủ tịch | current", "Hứa Thị Lan | Phó Chủ tịch | current"]
        },
        {
            "a name that folds like a province ('Lâm Đông', 'Lâm Đồng') is a name when spelled otherwise",
            "Ban Bí thư chỉ định ông Lâm Đông, Trưởng Ban Dân vận Tỉnh ủy Phú Yên, giữ chức Phó Bí thư Tỉnh ủy Phú Yên.",
            ["Lâm Đông | Trưởng Ban Dân vận Tỉnh ủy Phú Yên | current", "Lâm Đông | Phó Bí thư Tỉnh ủy Phú Yên | new"]
        },
        {
            "a province written in another spelling the press uses is still a place",
            "Ông Tống Văn Hải, Bí thư Tỉnh ủy Đăk Lăk, dự.",
            ["Tống Văn Hải | Bí thư Tỉnh ủy Đăk Lăk | current"]
        },
        {
            "two people each with a marker and posts, joined by 'và', then elected to one post",
            "Kết quả, bà Mẫn Thị Thu, Giám đốc Sở Tư pháp, và ông Tống Văn Hải, Bí thư Huyện ủy Ba Vì, được bầu giữ chức Phó Chủ tịch UBND thành phố.",
            ["Mẫn Thị Thu | Giám đốc Sở Tư pháp | current", "Mẫn Thị Thu | Phó Chủ tịch UBND thành phố | new",
             "Tống Văn Hải | Bí thư Huyện ủy Ba Vì | current", "Tống Văn Hải | Phó Chủ tịch UBND thành phố | new"]
        },
        {
            "the same with the posts in brackets",
            "Cũng tại kỳ họp, ông Tống Văn Hải (Chánh Văn phòng UBND tỉnh) và ông Mẫn Văn Bông (Giám đốc Sở Xây dựng) được bầu bổ sung chức danh Ủy viên UBND tỉnh.",
            ["Tống Văn Hải | Chánh Văn phòng UBND tỉnh | current", "Tống Văn Hải | Ủy viên UBND tỉnh | new",
             "Mẫn Văn Bông | Giám đốc Sở Xây dựng | current", "Mẫn Văn Bông | Ủy viên UBND tỉnh | new"]
        },
        {
            "a head the decision names bare, closing the sentence",
            "Các đồng chí: Tống Văn Hải, Bí thư Tỉnh ủy Lai Châu và Mẫn Văn Bông, Bí thư Tỉnh ủy Điện Biên làm Phó trưởng ban.",
            ["Tống Văn Hải | Bí thư Tỉnh ủy Lai Châu | current", "Tống Văn Hải | Phó trưởng ban | new",
             "Mẫn Văn Bông | Bí thư Tỉnh ủy Điện Biên | current", "Mẫn Văn Bông | Phó trưởng ban | new"]
        },
        {
            "a council's removal ('bãi nhiệm'), a post's term in brackets, a lower-case post chained to the first",
            "HĐND tỉnh bãi nhiệm chức vụ Chủ tịch UBND tỉnh, đại biểu HĐND tỉnh (nhiệm kỳ 2021-2026) đối với ông Lữ Văn Cảnh.",
            ["Lữ Văn Cảnh | Chủ tịch UBND tỉnh | former", "Lữ Văn Cảnh | đại biểu HĐND tỉnh | former"]
        },
        {
            "a pronoun elected by a body named between 'được' and the election",
            "Ông Lữ Văn Cảnh sinh năm 1972. Ngày 5/6/2019, ông được Ban Chấp hành Đảng bộ tỉnh Yên Bái bầu giữ chức Phó Bí thư Tỉnh ủy.",
            ["Lữ Văn Cảnh | Phó Bí thư Tỉnh ủy | new"]
        },
        {
            "a counted heading, 'là' and names with no marker, then the post the decision gives: 'các' after a head names no body",
            "Thủ tướng đã ký quyết định bổ nhiệm 2 Ủy viên Trung ương Đảng là Tống Văn Hải và Mẫn Văn Bông làm Thứ trưởng các bộ: Tư pháp, Nội vụ.",
            ["Tống Văn Hải | Ủy viên Trung ương Đảng | current", "Mẫn Văn Bông | Ủy viên Trung ương Đảng | current",
             "Tống Văn Hải | Thứ trưởng | new", "Mẫn Văn Bông | Thứ trưởng | new"]
        },
        {
            "a National Assembly committee's fields in lower case, closed by 'của Quốc hội'",
            "Ông Tống Văn Hải, Ủy viên Thường trực Ủy ban Quốc phòng và an ninh của Quốc hội; bà Mẫn Thị Thu, Ủy viên chuyên trách Ủy ban Khoa học, công nghệ và môi trường của Quốc hội, sẽ tiếp xúc cử tri.",
            ["Tống Văn Hải | Ủy viên Thường trực Ủy ban Quốc phòng và an ninh của Quốc hội | current",
             "Mẫn Thị Thu | Ủy viên chuyên trách Ủy ban Khoa học, công nghệ và môi trường của Quốc hội | current"]
        },
        {
            "a ministry's field in lower case before a verb; a court's chamber; a lower-case member after a comma",
            "Ông Tống Văn Hải, Bộ trưởng Giao thông vận tải trao quyết định cho ông Mẫn Văn Bông, Chánh Tòa Hình sự Tòa án nhân dân tối cao, thành viên Hội đồng thẩm phán Tòa án nhân dân tối cao.",
            ["Tống Văn Hải | Bộ trưởng Giao thông vận tải | current", "Mẫn Văn Bông | Chánh Tòa Hình sự Tòa án nhân dân tối cao | current",
             "Mẫn Văn Bông | thành viên Hội đồng thẩm phán Tòa án nhân dân tối cao | current"]
        },
        {
            "a plant's or a company's field in lower case, closed by its capitalised name",
            "Ông Tống Văn Hải, Giám đốc Nhà máy lọc hóa dầu Nghi Sơn, và ông Mẫn Văn Bông, Giám đốc Công ty thủy điện Hòa Bình, phát biểu.",
            ["Tống Văn Hải | Giám đốc Nhà máy lọc hóa dầu Nghi Sơn | current", "Mẫn Văn Bông | Giám đốc Công ty thủy điện Hòa Bình | current"]
        },
        // From sets Z3's and Z4's errors, step 57: invented sentences.
        {
            "family names of the northern uplands' peoples; a plural heading with 'gồm:'",
            "Các Phó Chủ tịch UBND tỉnh gồm: bà Tráng Thị Hoa, ông Cầm Văn Lả và ông Tống Văn Hải.",
            ["Tráng Thị Hoa | Phó Chủ tịch UBND tỉnh | current", "Cầm Văn Lả | Phó Chủ tịch UBND tỉnh | current", "Tống Văn Hải | Phó Chủ tịch UBND tỉnh | current"]
        },
        {
            "'gồm có:' before the members, each with a post of their own in brackets",
            "Các Phó Bí thư Tỉnh ủy gồm có: ông Tống Văn Hải (Chủ tịch UBND tỉnh), ông Mẫn Văn Bông (Chủ tịch HĐND tỉnh).",
            ["Tống Văn Hải | Phó Bí thư Tỉnh ủy | current", "Mẫn Văn Bông | Phó Bí thư Tỉnh ủy | current",
             "Tống Văn Hải | Chủ tịch UBND tỉnh | current", "Mẫn Văn Bông | Chủ tịch HĐND tỉnh | current"]
        },
        {
            "'tái cử chức'; 'cho các ông, bà:' before the names a decision gives the post to",
            "Ông Tống Văn Hải tái cử chức Phó Chủ tịch HĐND thành phố. Bộ trưởng trao quyết định bổ nhiệm 2 Vụ trưởng cho các ông, bà: Mẫn Văn Bông, Hứa Thị Lan.",
            ["Tống Văn Hải | Phó Chủ tịch HĐND thành phố | new", "Mẫn Văn Bông | Vụ trưởng | new", "Hứa Thị Lan | Vụ trưởng | new"]
        },
        {
            "joining a committee as its member ('tham gia Ủy viên'); a rank after 'đối với'",
            "Hội nghị hiệp thương cử bổ sung ông Tống Văn Hải, Chủ tịch Hội Nông dân tỉnh tham gia Ủy viên Ủy ban MTTQ tỉnh. Miễn nhiệm Ủy viên UBND tỉnh đối với Đại tá Mẫn Văn Bông do chuyển công tác.",
            ["Tống Văn Hải | Chủ tịch Hội Nông dân tỉnh | current", "Tống Văn Hải | Ủy viên Ủy ban MTTQ tỉnh | new", "Mẫn Văn Bông | Ủy viên UBND tỉnh | former"]
        },
        {
            "an editor-in-chief; the Party committee of the Front and the mass organisations, a comma in its name; a board of directors",
            "Ông Tống Văn Hải, Tổng Biên tập Báo Nông thôn, dự. Bà Hứa Thị Lan được chỉ định làm Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương. Ông Mẫn Văn Bông, Ủy viên Hội đồng quản trị, phát biểu.",
            ["Tống Văn Hải | Tổng Biên tập Báo Nông thôn | current", "Hứa Thị Lan | Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương | new",
             "Mẫn Văn Bông | Ủy viên Hội đồng quản trị | current"]
        },
        {
            "a city's name after 'TP' is no person, though its first syllable is a family name",
            "Các đại biểu đã bầu ông Tống Văn Hải, Bí thư Thành ủy, Chủ tịch UBND TP Hà Tiên giữ chức Phó Chủ tịch UBND tỉnh.",
            ["Tống Văn Hải | Bí thư Thành ủy | current", "Tống Văn Hải | Chủ tịch UBND TP Hà Tiên | current", "Tống Văn Hải | Phó Chủ tịch UBND tỉnh | new"]
        },
        {
            "a first member with posts, then names joined by 'và', one decision for all ('đảm nhiệm chức')",
            "Ông Tống Văn Hải, Chủ tịch UBND tỉnh, bà Hứa Thị Lan và ông Mẫn Văn Bông được chỉ định tiếp tục đảm nhiệm chức Phó Bí thư Tỉnh ủy.",
            ["Tống Văn Hải | Chủ tịch UBND tỉnh | current", "Tống Văn Hải | Phó Bí thư Tỉnh ủy | new",
             "Hứa Thị Lan | Phó Bí thư Tỉnh ủy | new", "Mẫn Văn Bông | Phó Bí thư Tỉnh ủy | new"]
        },
        {
            "a career dated by a year opening the sentence; 'đến nay' keeps the last post held",
            "Ông Tống Văn Hải sinh năm 1970. Năm 2013, ông giữ nhiệm vụ Bí thư Huyện ủy Ba Vì. Tháng 4-2019, ông Hải trở thành Phó Bí thư Thường trực Thành ủy Hà Nội cho đến nay.",
            ["Tống Văn Hải | Bí thư Huyện ủy Ba Vì | former", "Tống Văn Hải | Phó Bí thư Thường trực Thành ủy Hà Nội | current"]
        },
        {
            "a post opening the sentence, 'là' and a marker; a lower-case post after a remark in brackets",
            "Phó bí thư là ông Tống Văn Hải (48 tuổi), trưởng Ban Tổ chức Tỉnh ủy. Phó bí thư còn lại là ông Mẫn Văn Bông (51 tuổi), phó chủ tịch UBND tỉnh.",
            ["Tống Văn Hải | Phó bí thư | current", "Tống Văn Hải | trưởng Ban Tổ chức Tỉnh ủy | current",
             "Mẫn Văn Bông | Phó bí thư | current", "Mẫn Văn Bông | phó chủ tịch UBND tỉnh | current"]
        },
        {
            "a degree between commas in a stack",
            "Người được giới thiệu là bà Hứa Thị Lan (SN 1977, quê Hà Nam), Tiến sĩ Báo chí học, Giám đốc Sở Ngoại vụ.",
            ["Hứa Thị Lan | Giám đốc Sở Ngoại vụ | current"]
        },
        {
            "a post right after a year of birth in brackets; two elected to one post after 'bầu'",
            "HĐND tỉnh đã bầu ông Tống Văn Hải (SN 1960) Giám đốc Sở Tư pháp và ông Mẫn Văn Bông (SN 1962), Bí thư Huyện ủy Ba Vì làm phó chủ tịch UBND tỉnh.",
            ["Tống Văn Hải | Giám đốc Sở Tư pháp | current", "Tống Văn Hải | phó chủ tịch UBND tỉnh | new",
             "Mẫn Văn Bông | Bí thư Huyện ủy Ba Vì | current", "Mẫn Văn Bông | phó chủ tịch UBND tỉnh | new"]
        },
        {
            "a counted stack of former posts, 'là các ông' and the names",
            "Ủy ban Kiểm tra đề nghị kỷ luật 2 cựu Ủy viên Trung ương Đảng, cựu Bí thư Tỉnh ủy Phú Yên là các ông Tống Văn Hải và Mẫn Văn Bông.",
            ["Tống Văn Hải | Ủy viên Trung ương Đảng | former", "Mẫn Văn Bông | Ủy viên Trung ương Đảng | former",
             "Tống Văn Hải | Bí thư Tỉnh ủy Phú Yên | former", "Mẫn Văn Bông | Bí thư Tỉnh ủy Phú Yên | former"]
        },
        // From sets Z5's to Z8's errors, step 59: invented sentences.
        {
            "lower-case fields of a body after its capitalised part, when each is a known field and the run closes the name",
            "Ông Tống Văn Hải, Phó Vụ trưởng Vụ Hợp tác quốc tế, dự. Ông Mẫn Văn Bông, Giám đốc Ban quản lý dự án lưới điện, phát biểu. Bà Hứa Thị Lan, Cục trưởng Cục Quản lý Khám chữa bệnh cho biết.",
            ["Tống Văn Hải | Phó Vụ trưởng Vụ Hợp tác quốc tế | current", "Mẫn Văn Bông | Giám đốc Ban quản lý dự án lưới điện | current",
             "Hứa Thị Lan | Cục trưởng Cục Quản lý Khám chữa bệnh | current"]
        },
        {
            "a region after a company's field; a place ends a body's name, the clause's words after it stay out",
            "Ông Tống Văn Hải, Giám đốc Công ty Công nghệ thông tin Điện lực miền Bắc, dự. Ông Mẫn Văn Bông, Chủ tịch tỉnh Bà Rịa - Vũng Tàu thông tin là sẽ nghỉ hưu.",
            ["Tống Văn Hải | Giám đốc Công ty Công nghệ thông tin Điện lực miền Bắc | current", "Mẫn Văn Bông | Chủ tịch tỉnh Bà Rịa - Vũng Tàu | current"]
        },
        {
            "the central bank's governors; the air force's full name",
            "Bà Hứa Thị Lan, Phó Thống đốc Ngân hàng Nhà nước, dự. Ông Tống Văn Hải, Tư lệnh Quân chủng Phòng không - Không quân, phát biểu.",
            ["Hứa Thị Lan | Phó Thống đốc Ngân hàng Nhà nước | current", "Tống Văn Hải | Tư lệnh Quân chủng Phòng không - Không quân | current"]
        },
        {
            "'các ông, bà' and names with no colon, one designation for all",
            "Bộ Chính trị chỉ định các ông, bà Tống Văn Hải, Hứa Thị Lan, Mẫn Văn Bông giữ chức Phó Bí thư Tỉnh ủy.",
            ["Tống Văn Hải | Phó Bí thư Tỉnh ủy | new", "Hứa Thị Lan | Phó Bí thư Tỉnh ủy | new", "Mẫn Văn Bông | Phó Bí thư Tỉnh ủy | new"]
        },
        {
            "a counted lower-case head with its qualifier ('chuyên trách') heading a list",
            "8 phó chủ tịch chuyên trách gồm: bà Hứa Thị Lan (Phó chủ tịch Thường trực Ủy ban MTTQ tỉnh), ông Tống Văn Hải, ông Mẫn Văn Bông.",
            ["Hứa Thị Lan | phó chủ tịch chuyên trách | current", "Tống Văn Hải | phó chủ tịch chuyên trách | current", "Mẫn Văn Bông | phó chủ tịch chuyên trách | current",
             "Hứa Thị Lan | Phó chủ tịch Thường trực Ủy ban MTTQ tỉnh | current"]
        },
        {
            "an admiral's rank before a name; a heading past 'mới được bổ nhiệm'; 'TUV' a provincial committee's member",
            "Các Thứ trưởng mới được bổ nhiệm gồm: Phó đô đốc hải quân Tống Văn Hải, Tư lệnh Quân chủng Hải quân; Trung tướng Mẫn Văn Bông, Tư lệnh Quân khu 3. Đồng chí Hứa Văn Tài – TUV, Chủ tịch Hội Nông dân tỉnh, dự.",
            ["Tống Văn Hải | Thứ trưởng | current", "Mẫn Văn Bông | Thứ trưởng | current", "Tống Văn Hải | Tư lệnh Quân chủng Hải quân | current",
             "Mẫn Văn Bông | Tư lệnh Quân khu 3 | current", "Hứa Văn Tài | TUV | current", "Hứa Văn Tài | Chủ tịch Hội Nông dân tỉnh | current"]
        },
        {
            "a counted bare head, ', gồm các ông/bà:' and the members",
            "Ban hiện có Trưởng ban và 3 Phó ban, gồm các ông/bà: Tống Văn Hải (Phó Trưởng ban Thường trực), Hứa Thị Lan, Mẫn Văn Bông.",
            ["Hứa Thị Lan | Phó ban | current", "Mẫn Văn Bông | Phó ban | current", "Tống Văn Hải | Phó Trưởng ban Thường trực | current"]
        },
        {
            "the agent named after 'được' appoints; the subject is named before it",
            "Trung tướng Tống Văn Hải, Tư lệnh Quân khu 7, đã được Thủ tướng Mẫn Văn Bông bổ nhiệm giữ chức Thứ trưởng Bộ Quốc phòng.",
            ["Tống Văn Hải | Tư lệnh Quân khu 7 | current", "Tống Văn Hải | Thứ trưởng Bộ Quốc phòng | new", "Mẫn Văn Bông | Thủ tướng | current"]
        },
        {
            "'các ông A, B, C là' a post: every name of the list holds it; rarer family names",
            "Các ông Tống Văn Hải, Thiều Văn Bông, Mẫn Văn Tài là Phó Chủ tịch Quốc hội khóa XIV.",
            ["Tống Văn Hải | Phó Chủ tịch Quốc hội khóa XIV | current", "Thiều Văn Bông | Phó Chủ tịch Quốc hội khóa XIV | current", "Mẫn Văn Tài | Phó Chủ tịch Quốc hội khóa XIV | current"]
        },
        // From sets Z9's to Z12's errors, step 60: invented sentences.
        {
            "a status word capitalised after a dash opens the next post",
            "Đến dự có đồng chí Tống Văn Hải – Nguyên Ủy viên Ban Chấp hành Trung ương Đảng – Nguyên Bí thư Tỉnh ủy Long An.",
            ["Tống Văn Hải | Ủy viên Ban Chấp hành Trung ương Đảng | former", "Tống Văn Hải | Bí thư Tỉnh ủy Long An | former"]
        },
        {
            "a town whose name starts with a family name is no person; one board for an economic zone and the industrial parks",
            "Phan Thiết có tân Chủ tịch. Ông Mẫn Văn Bông giữ chức Trưởng Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp tỉnh Khánh Hòa.",
            ["Mẫn Văn Bông | Trưởng Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp tỉnh Khánh Hòa | new"]
        },
        {
            "diplomats' posts name the country served and the one posted to; a conferred ambassador's rank is no post",
            "Chủ tịch nước trao quyết định cho các ông: Tống Văn Hải, Tổng Lãnh sự Việt Nam tại Vancouver - Canada; Mẫn Văn Bông, Đại sứ Việt Nam tại Thổ Nhĩ Kỳ. Chủ tịch nước phong hàm Đại sứ cho ông Hứa Văn Tài, Vụ trưởng Vụ Lễ tân.",
            ["Tống Văn Hải | Tổng Lãnh sự Việt Nam tại Vancouver - Canada | current", "Mẫn Văn Bông | Đại sứ Việt Nam tại Thổ Nhĩ Kỳ | current",
             "Hứa Văn Tài | Vụ trưởng Vụ Lễ tân | current"]
        },
        {
            "members of a heading who are given another post keep the heading's as held; the ambassador plenipotentiary",
            "Chủ tịch nước bổ nhiệm các Thứ trưởng Ngoại giao: Tống Văn Hải, Mẫn Văn Bông làm Đại sứ đặc mệnh toàn quyền nước Cộng hòa Xã hội chủ nghĩa Việt Nam tại các nước đối tác.",
            ["Tống Văn Hải | Thứ trưởng Ngoại giao | current", "Mẫn Văn Bông | Thứ trưởng Ngoại giao | current",
             "Tống Văn Hải | Đại sứ đặc mệnh toàn quyền nước Cộng hòa Xã hội chủ nghĩa Việt Nam | new",
             "Mẫn Văn Bông | Đại sứ đặc mệnh toàn quyền nước Cộng hòa Xã hội chủ nghĩa Việt Nam | new"]
        },
        {
            "a rank after 'gồm' opens the list of a counted head",
            "Công an tỉnh có 3 Phó giám đốc gồm đại tá Tống Văn Hải, Mẫn Văn Bông và thượng tá Hứa Văn Tài.",
            ["Tống Văn Hải | Phó giám đốc | current", "Mẫn Văn Bông | Phó giám đốc | current", "Hứa Văn Tài | Phó giám đốc | current"]
        },
        // From sets Z13's to Z16's errors, step 62: invented sentences.
        {
            "a bare head after 'các', its members named right after it",
            "Chị Hứa Thị Lan giữ chức Bí thư Tỉnh Đoàn, cùng các Phó Bí thư Tống Văn Hải, Mẫn Văn Bông và Khúc Thị Hoa.",
            ["Hứa Thị Lan | Bí thư Tỉnh Đoàn | new", "Tống Văn Hải | Phó Bí thư | current", "Mẫn Văn Bông | Phó Bí thư | current", "Khúc Thị Hoa | Phó Bí thư | current"]
        },
        {
            "'các Phó Chủ tịch gồm:' a bare plural heading; a counted head past 'đã được phê chuẩn là'",
            "Các Phó Chủ tịch gồm: bà Hứa Thị Lan và bà Khúc Thị Hoa. Ủy ban có 2 phó chủ nhiệm đã được phê chuẩn là ông Tống Văn Hải (Yên Bái), ông Mẫn Văn Bông (Lạng Sơn).",
            ["Hứa Thị Lan | Phó Chủ tịch | current", "Khúc Thị Hoa | Phó Chủ tịch | current", "Tống Văn Hải | phó chủ nhiệm | current", "Mẫn Văn Bông | phó chủ nhiệm | current"]
        },
        {
            "PCT for Phó Chủ tịch; the Secretariat's name is no secretary's post",
            "Ông Tống Văn Hải, PCT Thường trực UBND tỉnh, dự. Ban Bí thư Trung ương gồm: đồng chí Mẫn Văn Bông, Trưởng ban Tổ chức Trung ương.",
            ["Tống Văn Hải | PCT Thường trực UBND tỉnh | current", "Mẫn Văn Bông | Trưởng ban Tổ chức Trung ương | current"]
        },
        // From sets Z17's to Z20's errors, step 64: invented sentences.
        {
            "a hard-wrapped text: a single line break inside a post is a space, the post written on one line",
            "Ông Hứa Văn Tài, Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực\nBan Tuyên giáo Trung ương, dự và trao quyết định\ncho ông Khúc Văn Lâm, Thứ trưởng Bộ Tài\nchính.\n\nÔng Mẫn Văn Bông là Chủ tịch Hội đồng\nNhân dân tỉnh Bắc Giang.",
            ["Hứa Văn Tài | Ủy viên Trung ương Đảng | current", "Hứa Văn Tài | Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương | current",
             "Khúc Văn Lâm | Thứ trưởng Bộ Tài chính | current", "Mẫn Văn Bông | Chủ tịch Hội đồng Nhân dân tỉnh Bắc Giang | current"]
        },
        {
            "list members with where they were born in brackets and academic titles before the name, each given the post appointed",
            "Theo quyết định, các ông Hứa Văn Tài (sinh năm 1960 tại Bắc Giang), Bí thư Tỉnh ủy Bắc Giang; tiến sỹ kinh tế Khúc Văn Lâm (sinh năm 1965 tại Thái Bình), Chủ tịch Hội đồng quản trị Ngân hàng Nông nghiệp, được bổ nhiệm giữ chức Phó Trưởng ban Kinh tế Trung ương.",
            ["Hứa Văn Tài | Bí thư Tỉnh ủy Bắc Giang | current", "Hứa Văn Tài | Phó Trưởng ban Kinh tế Trung ương | new",
             "Khúc Văn Lâm | Chủ tịch Hội đồng quản trị Ngân hàng Nông nghiệp | current", "Khúc Văn Lâm | Phó Trưởng ban Kinh tế Trung ương | new"]
        },
        {
            "a party committee's member ('Đảng ủy viên', 'ĐUV') opening a stack; 'Kiêm' capitalised and ', kiêm' joining two posts",
            "Dự có đồng chí Hứa Thị Lan – Đảng ủy viên, Phó Chủ tịch UBND phường, kiêm Chủ tịch Hội LHPN phường; đồng chí Khúc Văn Lâm – ĐUV, Phó Chủ tịch UB MTTQ VN phường Kiêm Chủ tịch Hội CCB phường.",
            ["Hứa Thị Lan | Đảng ủy viên | current", "Hứa Thị Lan | Phó Chủ tịch UBND phường | current", "Hứa Thị Lan | Chủ tịch Hội LHPN phường | current",
             "Khúc Văn Lâm | ĐUV | current", "Khúc Văn Lâm | Phó Chủ tịch UB MTTQ VN phường | current", "Khúc Văn Lâm | Chủ tịch Hội CCB phường | current"]
        },
        {
            "a counted 'đồng chí' heading before a colon; the association's noun in lower case before its capitalised name",
            "Bà Hứa Thị Lan giữ chức Chủ tịch Hội LHPN phường, cùng 02 đồng chí Phó Chủ tịch: đồng chí Khúc Thị Hoa, Chủ tịch hội LHPN phường Tân Mai (cũ); đồng chí Mẫn Thị Bông, Chủ tịch hội Nông dân phường Hòa Lạc. Chủ tịch nước hội đàm với Tổng thống.",
            ["Hứa Thị Lan | Chủ tịch Hội LHPN phường | new", "Khúc Thị Hoa | Phó Chủ tịch | current", "Mẫn Thị Bông | Phó Chủ tịch | current",
             "Khúc Thị Hoa | Chủ tịch hội LHPN phường Tân Mai | current", "Mẫn Thị Bông | Chủ tịch hội Nông dân phường Hòa Lạc | current"]
        },
        {
            "a general director and an editor-in-chief standing bare; 'phó' before a head is the deputy's post, never the head's own",
            "Ban lãnh đạo Đài gồm Tổng giám đốc Hứa Văn Tài và các phó Tổng Giám đốc Khúc Văn Lâm, Mẫn Văn Bông. Về phía Báo có bà Tống Thị Hoa - Tổng biên tập; ông Lữ Văn Cảnh, Phó Tổng giám đốc ngân hàng, cho biết.",
            ["Hứa Văn Tài | Tổng giám đốc | current", "Khúc Văn Lâm | phó Tổng Giám đốc | current", "Mẫn Văn Bông | phó Tổng Giám đốc | current",
             "Tống Thị Hoa | Tổng biên tập | current", "Lữ Văn Cảnh | Phó Tổng giám đốc ngân hàng | current"]
        },
        {
            "abbreviated memberships ('UVBCH', 'UV BCH'); the elderly's representative boards",
            "Có ông Hứa Văn Tài - UVBCH Tổng LĐLĐ Việt Nam, Phó Chủ tịch LĐLĐ tỉnh Bắc Giang. Đoàn gồm các ông, bà: Khúc Thị Hoa, Trưởng ban đại diện Hội Người cao tuổi tỉnh; Mẫn Văn Bông, Phó ban đại diện Hội Người cao tuổi huyện Yên Dũng.",
            ["Hứa Văn Tài | UVBCH Tổng LĐLĐ Việt Nam | current", "Hứa Văn Tài | Phó Chủ tịch LĐLĐ tỉnh Bắc Giang | current",
             "Khúc Thị Hoa | Trưởng ban đại diện Hội Người cao tuổi tỉnh | current", "Mẫn Văn Bông | Phó ban đại diện Hội Người cao tuổi huyện Yên Dũng | current"]
        },
        {
            "a lower-case membership right after an introduced name; a rank introducing a name with its post right after; a brigade's deputy commander",
            "Đồng chí Hứa Văn Tài ủy viên BCH TW Đảng, Bí thư Tỉnh ủy dự. Đại tướng Khúc Văn Lâm Bộ trưởng Bộ Quốc phòng trao quyết định cho ông Mẫn Văn Bông, Phó Lữ đoàn trưởng Lữ đoàn 147.",
            ["Hứa Văn Tài | ủy viên BCH TW Đảng | current", "Hứa Văn Tài | Bí thư Tỉnh ủy | current", "Khúc Văn Lâm | Bộ trưởng Bộ Quốc phòng | current",
             "Mẫn Văn Bông | Phó Lữ đoàn trưởng Lữ đoàn 147 | current"]
        },
        {
            "a list item's bare head sharing the post after it; a given name that is a body's word, past the age in brackets; 'Đ/c' no syllable",
            "Tham dự có các đồng chí: Hứa Thị Lan - Phó Bí thư, Chủ tịch UBND phường; Đ/c Mẫn Văn Bông, Bí thư Đoàn phường. Gồm ông Khúc Văn Viện (54 tuổi), Cục trưởng Cục Đối ngoại.",
            ["Hứa Thị Lan | Phó Bí thư | current", "Hứa Thị Lan | Chủ tịch UBND phường | current", "Mẫn Văn Bông | Bí thư Đoàn phường | current",
             "Khúc Văn Viện | Cục trưởng Cục Đối ngoại | current"]
        },
        {
            "the state's full name after 'Chủ tịch nước'; a dated career with 'đảm nhiệm các cương vị:'",
            "Dự có ông Hứa Văn Tài, nguyên Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam. Ông Khúc Văn Lâm sinh năm 1970. Từ tháng 10/2018 đến năm 2022, ông Khúc Văn Lâm công tác tại Ủy ban Kiểm tra Trung ương, đảm nhiệm các cương vị: Ủy viên Ủy ban Kiểm tra Trung ương, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương.",
            ["Hứa Văn Tài | Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam | former", "Khúc Văn Lâm | Ủy viên Ủy ban Kiểm tra Trung ương | former",
             "Khúc Văn Lâm | Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương | former"]
        },
        // From sets Z21's to Z24's errors, step 65: invented sentences.
        {
            "a plural post in lower case heading its members, after 'gồm' or 'là', with or without markers",
            "Các phó chủ tịch UBND tỉnh gồm ông Hứa Văn Tài, Khúc Văn Lâm. Các phó chủ tịch HĐND tỉnh là Mẫn Văn Bông và Tống Thị Hoa.",
            ["Hứa Văn Tài | phó chủ tịch UBND tỉnh | current", "Khúc Văn Lâm | phó chủ tịch UBND tỉnh | current",
             "Mẫn Văn Bông | phó chủ tịch HĐND tỉnh | current", "Tống Thị Hoa | phó chủ tịch HĐND tỉnh | current"]
        },
        {
            "a counted 'đồng chí' and a colon opening bare names elected together",
            "Đồng chí Hứa Văn Tài tái đắc cử Bí thư Tỉnh Đoàn; ba đồng chí: Khúc Văn Lâm, Mẫn Văn Bông, Tống Thị Hoa được bầu giữ chức Phó Bí thư Tỉnh Đoàn.",
            ["Hứa Văn Tài | Bí thư Tỉnh Đoàn | new", "Khúc Văn Lâm | Phó Bí thư Tỉnh Đoàn | new", "Mẫn Văn Bông | Phó Bí thư Tỉnh Đoàn | new",
             "Tống Thị Hoa | Phó Bí thư Tỉnh Đoàn | new"]
        },
        {
            "honorifics typed twice before a name; 'rồi' between two posts; a continent is no person",
            "Ông Bà Hứa Thị Lan – Phó Bí thư Đảng ủy xã. Dự có ông Ông Khúc Văn Lâm - Chủ tịch UBND xã Tân Lập. Ông Mẫn Văn Bông từng là Chủ tịch UBND thị xã Bảo Lộc rồi Bí thư Thị ủy. Hòa thượng Tống Văn Hải, Chủ tịch Ủy ban Phật giáo Châu Á vì hòa bình Việt Nam, dự.",
            ["Hứa Thị Lan | Phó Bí thư Đảng ủy xã | current", "Khúc Văn Lâm | Chủ tịch UBND xã Tân Lập | current",
             "Mẫn Văn Bông | Chủ tịch UBND thị xã Bảo Lộc | former", "Mẫn Văn Bông | Bí thư Thị ủy | former", "Tống Văn Hải | Chủ tịch Ủy ban Phật giáo Châu Á | current"]
        },
        {
            "the Red Cross written 'Chữ thập đỏ'; a university written 'Trường đại học'; memberships abbreviated 'TVTU', 'QUV'",
            "Bà Hứa Thị Lan, Phó Chủ tịch Hội Chữ thập đỏ tỉnh Bắc Giang; ông Khúc Văn Lâm, Trưởng phòng Đào tạo Trường đại học Tây Nguyên; ông Mẫn Văn Bông, TVTU, Phó Chủ tịch UBND tỉnh; ông Tống Văn Hải - QUV, Bí thư Đảng ủy phường.",
            ["Hứa Thị Lan | Phó Chủ tịch Hội Chữ thập đỏ tỉnh Bắc Giang | current", "Khúc Văn Lâm | Trưởng phòng Đào tạo Trường đại học Tây Nguyên | current",
             "Mẫn Văn Bông | TVTU | current", "Mẫn Văn Bông | Phó Chủ tịch UBND tỉnh | current", "Tống Văn Hải | QUV | current", "Tống Văn Hải | Bí thư Đảng ủy phường | current"]
        },
        {
            "a career 'trải qua nhiều vị trí ... như:' past where, with 'rồi' between posts and a unit's name today in brackets",
            "Ông Hứa Văn Tài sinh năm 1965. Ông có 25 năm công tác tại Bắc Giang và đã trải qua nhiều vị trí ở nhiều cơ quan, đơn vị của tỉnh như: Giám đốc Công an tỉnh Hà Tây (nay là TP Hà Nội); Phó Chủ tịch UBND rồi Chủ tịch UBND tỉnh Bắc Giang.",
            ["Hứa Văn Tài | Giám đốc Công an tỉnh Hà Tây | former", "Hứa Văn Tài | Phó Chủ tịch UBND | former", "Hứa Văn Tài | Chủ tịch UBND tỉnh Bắc Giang | former"]
        },
        {
            "a pronoun's decision past a body named in the sentence; a full name given elsewhere, read where only a marker introduces it",
            "Ông Khúc Văn Viện, Ủy viên Trung ương Đảng, dự. Tháng 4-2016, tại kỳ họp thứ 11, Quốc hội khóa XIII, ông được bầu giữ chức Tổng Kiểm toán Nhà nước. Theo Thủ tướng Hứa Văn Tài, ông Khúc Văn Viện là cán bộ trưởng thành, đã trải qua nhiều cương vị như: Bí thư Tỉnh ủy Lạng Sơn; Phó Chánh án Tòa án nhân dân tối cao.",
            ["Khúc Văn Viện | Ủy viên Trung ương Đảng | current", "Khúc Văn Viện | Tổng Kiểm toán Nhà nước | new", "Hứa Văn Tài | Thủ tướng | current",
             "Khúc Văn Viện | Bí thư Tỉnh ủy Lạng Sơn | former", "Khúc Văn Viện | Phó Chánh án Tòa án nhân dân tối cao | former"]
        },
        {
            "an age and degrees in brackets between a name and its post; 'thay cho ông Y' names the one replaced, not the appointee",
            "Ông Hứa Văn Tài (47 tuổi, thạc sĩ xây dựng, kỹ sư xây dựng), Chủ tịch UBND quận Hải Châu được bổ nhiệm làm Phó Giám đốc Sở Xây dựng thay cho ông Khúc Văn Lâm, nguyên Phó Giám đốc Sở Xây dựng.",
            ["Hứa Văn Tài | Chủ tịch UBND quận Hải Châu | current", "Hứa Văn Tài | Phó Giám đốc Sở Xây dựng | new", "Khúc Văn Lâm | Phó Giám đốc Sở Xây dựng | former"]
        },
        // From sets Z25's to Z28's errors, step 66: invented sentences.
        {
            "the one a post given replaces ('thay đồng chí B') held it; 'đều là' after listed names; an age after a dash",
            "Đồng chí Hứa Văn Tài - Phó Bí thư Tỉnh ủy được bầu giữ chức Chủ tịch UBND tỉnh thay đồng chí Khúc Văn Lâm vừa được điều động. Trước đó, các ông Mẫn Văn Bông và Tống Văn Hải đều là phó chủ tịch UBND tỉnh Bắc Giang. Trung ương cho nghỉ hưu đối với ông Lữ Văn Cảnh - 53 tuổi, Chủ tịch HĐND tỉnh.",
            ["Hứa Văn Tài | Phó Bí thư Tỉnh ủy | current", "Hứa Văn Tài | Chủ tịch UBND tỉnh | new", "Khúc Văn Lâm | Chủ tịch UBND tỉnh | former",
             "Mẫn Văn Bông | phó chủ tịch UBND tỉnh Bắc Giang | current", "Tống Văn Hải | phó chủ tịch UBND tỉnh Bắc Giang | current", "Lữ Văn Cảnh | Chủ tịch HĐND tỉnh | current"]
        },
        {
            "a career 'từng ở những cương vị như'; units gone since marked '(cũ)'; family names Uông, Đầu, Chử; a caption's 'Phát biểu'",
            "Ông Uông Văn Tài sinh năm 1963. Ông từng ở những cương vị như GĐ Sở Tài chính, Bí thư Huyện ủy Sơn Tịnh (cũ), Chủ tịch UBND huyện Tư Nghĩa (cũ). Đồng chí: Đầu Thanh Lâm – Chủ tịch UBND xã Phát biểu. Ông Chử Văn Bông, Phó Chủ tịch QH, dự.",
            ["Uông Văn Tài | GĐ Sở Tài chính | former", "Uông Văn Tài | Bí thư Huyện ủy Sơn Tịnh | former", "Uông Văn Tài | Chủ tịch UBND huyện Tư Nghĩa | former",
             "Đầu Thanh Lâm | Chủ tịch UBND xã | current", "Chử Văn Bông | Phó Chủ tịch QH | current"]
        },
        // From set Z31's errors (and Z29's, Z30's and Z32's), step 67: invented sentences.
        {
            "a newspaper, a station or a hospital named after its noun in lower case; 'Đài Tiếng nói', 'Báo điện tử', 'Vùng Cảnh sát biển'",
            "Có ông Hứa Văn Tài, Phó Tổng Biên tập báo Sài Gòn Giải phóng; ông Khúc Văn Lâm, Phó Tổng Giám đốc Đài Tiếng nói Việt Nam, Tổng Biên tập Báo điện tử VOV; ông Mẫn Văn Bông, Tư lệnh Vùng Cảnh sát biển. Chủ tịch nước hội đàm với Tổng thống.",
            ["Hứa Văn Tài | Phó Tổng Biên tập báo Sài Gòn Giải phóng | current", "Khúc Văn Lâm | Phó Tổng Giám đốc Đài Tiếng nói Việt Nam | current",
             "Khúc Văn Lâm | Tổng Biên tập Báo điện tử VOV | current", "Mẫn Văn Bông | Tư lệnh Vùng Cảnh sát biển | current"]
        },
        {
            "a stack of posts heading a list, up to the next heading's colon; an academic title abbreviated introducing a decision's object; a two-syllable name ending a longer one",
            "Dự có các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Hứa Văn Tài, Trưởng Ban Tổ chức Trung ương; Khúc Văn Lâm, Trưởng Ban Nội chính Trung ương; các đồng chí Bí thư Trung ương Đảng: Mẫn Văn Bông, Chánh án Tòa án nhân dân tối cao. Bộ trưởng Y tế Tống Thị Kim Hoa trao quyết định bổ nhiệm chức vụ Giám đốc Bệnh viện Phụ sản Trung ương cho PGS.TS Lữ Danh Cảnh. Bộ trưởng Kim Hoa cho biết.",
            ["Hứa Văn Tài | Ủy viên Bộ Chính trị | current", "Khúc Văn Lâm | Ủy viên Bộ Chính trị | current", "Hứa Văn Tài | Bí thư Trung ương Đảng | current",
             "Khúc Văn Lâm | Bí thư Trung ương Đảng | current", "Hứa Văn Tài | Trưởng Ban Tổ chức Trung ương | current", "Khúc Văn Lâm | Trưởng Ban Nội chính Trung ương | current",
             "Mẫn Văn Bông | Bí thư Trung ương Đảng | current", "Mẫn Văn Bông | Chánh án Tòa án nhân dân tối cao | current", "Tống Thị Kim Hoa | Bộ trưởng Y tế | current",
             "Lữ Danh Cảnh | Giám đốc Bệnh viện Phụ sản Trung ương | new"]
        },
        {
            "a numbered region of the navy or the coast guard; a dash a body stopped after is not the body's",
            "Ông Hứa Văn Tài, Tư lệnh Vùng Cảnh sát biển 4, dự. Ông Mẫn Văn Bông, Tư lệnh Vùng 4 Hải quân, dự. Bổ nhiệm đồng chí Khúc Văn Lâm giữ chức Trưởng Ban Tuyên giáo và Dân vận Trung ương - Ảnh: TTXVN",
            ["Hứa Văn Tài | Tư lệnh Vùng Cảnh sát biển 4 | current", "Mẫn Văn Bông | Tư lệnh Vùng 4 Hải quân | current", "Khúc Văn Lâm | Trưởng Ban Tuyên giáo và Dân vận Trung ương | new"]
        },
        // From sets Z33's to Z36's errors, step 68: invented sentences.
        {
            "a ministry's or a committee's unit ending its name in lower-case words, closed by punctuation, a clause word or a body; a faculty's head",
            "Ông Hứa Văn Tài, Phó Vụ trưởng Vụ Tổ chức điều lệ, trúng tuyển. Ông Khúc Văn Lâm, Cục trưởng Cục Quản lý cạnh tranh, Bộ Công Thương và ông Mẫn Văn Bông, Vụ trưởng Vụ Tổ chức cán bộ đã công bố quyết định. Bà Tống Thị Hoa được giao giữ vị trí Phó vụ trưởng Vụ Kết cấu hạ tầng giao thông. Bà Hứa Thị Lan từng là Phó trưởng ban Thanh niên công nhân và đô thị Tỉnh đoàn; Trưởng ban Tổ chức kiểm tra Tỉnh đoàn. Ông Lữ Văn Cảnh - Trưởng khoa Hồi sức - Cấp cứu, dự.",
            ["Hứa Văn Tài | Phó Vụ trưởng Vụ Tổ chức điều lệ | current", "Khúc Văn Lâm | Cục trưởng Cục Quản lý cạnh tranh | current",
             "Mẫn Văn Bông | Vụ trưởng Vụ Tổ chức cán bộ | current", "Tống Thị Hoa | Phó vụ trưởng Vụ Kết cấu hạ tầng giao thông | new",
             "Hứa Thị Lan | Phó trưởng ban Thanh niên công nhân và đô thị Tỉnh đoàn | former", "Hứa Thị Lan | Trưởng ban Tổ chức kiểm tra Tỉnh đoàn | former",
             "Lữ Văn Cảnh | Trưởng khoa Hồi sức - Cấp cứu | current"]
        },
        {
            "a place closes a unit's name: the verb after it is not the name's",
            "Ông Hứa Văn Tài, Phó Trưởng Phòng Nội vụ huyện hướng dẫn các xã.",
            ["Hứa Văn Tài | Phó Trưởng Phòng Nội vụ huyện | current"]
        },
        {
            "a head standing alone after a name and a comma or a dash, closed by punctuation or the clause; an assistant's is no post",
            "Bộ Y tế trao quyết định nghỉ hưu cho ông Hứa Văn Tài - giám đốc, đồng thời bổ nhiệm ông Khúc Văn Lâm - Phó Giám đốc lên thay. Ông Mẫn Văn Bông, Phó Tổng cục trưởng làm Quyền Tổng cục trưởng Tổng cục Thủy sản. Ông Tống Văn Hải, Trợ lý, dự.",
            ["Hứa Văn Tài | giám đốc | current", "Khúc Văn Lâm | Phó Giám đốc | current", "Mẫn Văn Bông | Phó Tổng cục trưởng | current",
             "Mẫn Văn Bông | Tổng cục trưởng Tổng cục Thủy sản | acting"]
        },
        {
            "the deputy in charge of a field before the body, after the head or its 'Thường trực'; a duty given ('được giao nhiệm vụ')",
            "Ông Hứa Văn Tài, Phó Vụ trưởng phụ trách Vụ Cơ sở đảng, trúng tuyển. Trước đó ông Khúc Văn Lâm được giao nhiệm vụ Phó Cục trưởng phụ trách Cục Báo chí. Ông Mẫn Văn Bông, Phó Chủ tịch Thường trực phụ trách điều hành UBND tỉnh Bắc Ninh, dự. Bà Tống Thị Hoa - Phó Giám đốc phụ trách chuyên môn Bệnh viện Trung ương Huế dự.",
            ["Hứa Văn Tài | Phó Vụ trưởng phụ trách Vụ Cơ sở đảng | current", "Khúc Văn Lâm | Phó Cục trưởng phụ trách Cục Báo chí | new",
             "Mẫn Văn Bông | Phó Chủ tịch Thường trực phụ trách điều hành UBND tỉnh Bắc Ninh | current",
             "Tống Thị Hoa | Phó Giám đốc phụ trách chuyên môn Bệnh viện Trung ương Huế | current"]
        },
        {
            "a hospital or a school named after a person is no person; a special zone's bodies; abbreviated deputies ('PBT', 'Phó GĐ'); 'quán triệt' is no district",
            "Bổ nhiệm ông Hứa Văn Tài, Phó Giám đốc Bệnh viện Phạm Ngọc Thạch làm Giám đốc bệnh viện. Dự có ông Khúc Văn Lâm, Chủ tịch UBND đặc khu; ông Mẫn Văn Bông, PBT Đảng ủy phường; ông Tống Văn Hải, Phó GĐ Sở Công thương; đ/c Lữ Văn Cảnh PBT đảng ủy quán triệt Nghị quyết.",
            ["Hứa Văn Tài | Phó Giám đốc Bệnh viện Phạm Ngọc Thạch | current", "Khúc Văn Lâm | Chủ tịch UBND đặc khu | current",
             "Mẫn Văn Bông | PBT Đảng ủy phường | current", "Tống Văn Hải | Phó GĐ Sở Công thương | current", "Lữ Văn Cảnh | PBT đảng ủy | current"]
        },
        // From sets Z37's to Z40's errors, step 69: invented sentences.
        {
            "academic titles joined by a comma introduce a career's subject; a head naming its unit before lower-case fields joined by a dash; 'vào vị trí'",
            "Trước khi được bổ nhiệm, Giáo sư, Tiến sỹ Hứa Văn Tài từng đảm nhiệm các chức vụ: Tổng cục trưởng Tổng cục Thống kê; Thứ trưởng Bộ Tài chính. Thủ tướng bổ nhiệm ông Khúc Văn Lâm, hiện đang giữ chức Vụ trưởng Pháp luật dân sự – kinh tế, vào vị trí Thứ trưởng Tư pháp.",
            ["Hứa Văn Tài | Tổng cục trưởng Tổng cục Thống kê | former", "Hứa Văn Tài | Thứ trưởng Bộ Tài chính | former",
             "Khúc Văn Lâm | Vụ trưởng Pháp luật dân sự – kinh tế | current", "Khúc Văn Lâm | Thứ trưởng Tư pháp | new"]
        },
        {
            "a counted head with 'khác' before 'là' and the names; a department's deputy ('Vụ phó'); 'TGĐ'; a field whose first syllable is a clause word",
            "Ngoài ra còn có 3 Phó Bí thư khác là Hứa Văn Tài, Khúc Văn Lâm, Mẫn Văn Bông. Ông Tống Văn Hải, Vụ phó Pháp luật quốc tế, dự. TGĐ Lữ Văn Cảnh chúc mừng ông Hứa Văn Lợi, Viện trưởng Viện Công nghệ sinh học.",
            ["Hứa Văn Tài | Phó Bí thư | current", "Khúc Văn Lâm | Phó Bí thư | current", "Mẫn Văn Bông | Phó Bí thư | current",
             "Tống Văn Hải | Vụ phó Pháp luật quốc tế | current", "Lữ Văn Cảnh | TGĐ | current", "Hứa Văn Lợi | Viện trưởng Viện Công nghệ sinh học | current"]
        },
        {
            "folding merges words the grammar keeps apart: 'quận đối với' is no 'Quân đội', 'quân khu' no 'quận'; a board 'quản lý' in lower case",
            "Các đại biểu miễn nhiệm chức Phó Chủ tịch UBND quận đối với ông Hứa Văn Tài. Trung tướng Khúc Văn Lâm, Tư lệnh quân khu 7, dự. Ông Mẫn Văn Bông - Phó Trưởng ban quản lý Khu kinh tế làm Giám đốc Sở Tài chính.",
            ["Hứa Văn Tài | Phó Chủ tịch UBND quận | former", "Khúc Văn Lâm | Tư lệnh quân khu 7 | current",
             "Mẫn Văn Bông | Phó Trưởng ban quản lý Khu kinh tế | current", "Mẫn Văn Bông | Giám đốc Sở Tài chính | new"]
        },
        // From sets Z41's to Z44's errors, step 71: invented sentences.
        {
            "an association's name ending in lower-case words before its place",
            "Ông Hứa Văn Tài được bầu giữ chức Chủ tịch Hội Sinh vật cảnh tỉnh Phú Yên. Bà Khúc Thị Lan, Chủ tịch Hội Sinh vật cảnh tỉnh, phát biểu.",
            ["Hứa Văn Tài | Chủ tịch Hội Sinh vật cảnh tỉnh Phú Yên | new", "Khúc Thị Lan | Chủ tịch Hội Sinh vật cảnh tỉnh | current"]
        },
        // From sets Z45's to Z48's errors, step 73: invented sentences.
        {
            "clergy introduced by their rank, in a heading's list of members",
            "Ba Phó Chủ tịch không chuyên trách Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam gồm đồng chí Lữ Văn Cảnh, nguyên Bí thư Tỉnh ủy Lai Châu; Hòa thượng Thích Minh Đạo, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam; Linh mục Khúc Văn Lâm, Phó Chủ tịch Ủy ban Đoàn kết Công giáo Việt Nam.",
            ["Lữ Văn Cảnh | Phó Chủ tịch không chuyên trách Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | current", "Thích Minh Đạo | Phó Chủ tịch không chuyên trách Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | current", "Khúc Văn Lâm | Phó Chủ tịch không chuyên trách Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | current", "Lữ Văn Cảnh | Bí thư Tỉnh ủy Lai Châu | former", "Thích Minh Đạo | Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam | current", "Khúc Văn Lâm | Phó Chủ tịch Ủy ban Đoàn kết Công giáo Việt Nam | current"]
        },
        {
            "a post re-taken for the next committee is one fact, the tenure the election starts (step 100; two tenures before); two memberships of two committees, neither taken up in the event, stay two",
            "Đồng chí Hứa Văn Tài, Bí thư Tỉnh ủy, Chủ tịch Hội Nông dân tỉnh khóa VIII tiếp tục được hiệp thương cử giữ chức Chủ tịch Hội Nông dân tỉnh khóa IX. Ông Khúc Văn Lâm, Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII, dự.",
            ["Hứa Văn Tài | Bí thư Tỉnh ủy | current", "Hứa Văn Tài | Chủ tịch Hội Nông dân tỉnh khóa IX | new", "Khúc Văn Lâm | Ủy viên Ban Chấp hành Trung ương Đảng khóa XII | current", "Khúc Văn Lâm | Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII | current"]
        },
        {
            "an academic title's dot ends no sentence, and a college abbreviated",
            "TS. Lữ Văn Cảnh được bổ nhiệm lại làm Hiệu trưởng Trường CĐ Kỹ thuật công nghiệp.",
            ["Lữ Văn Cảnh | Hiệu trưởng Trường CĐ Kỹ thuật công nghiệp | new"]
        },
        {
            "a town's party committee in lower case, in a caption with no full stop",
            "Đồng chí Khúc Văn Lâm tái đắc cử Bí thư thị ủy Sơn Tây, nhiệm kỳ 2020-2025",
            ["Khúc Văn Lâm | Bí thư thị ủy Sơn Tây | new"]
        },
        {
            "the Front's vice-chair and secretary-general, one office written with a dash",
            "Ủy viên Trung ương Đảng, Phó Chủ tịch – Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam Hứa Thị Mai dẫn đầu đoàn.",
            ["Hứa Thị Mai | Ủy viên Trung ương Đảng | current", "Hứa Thị Mai | Phó Chủ tịch – Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam | current"]
        },
        {
            "a village's head after kiêm",
            "Nhắc đến ông Mẫn Văn Tài, Bí thư Chi bộ kiêm Trưởng thôn Nà Pục, xã Kháng Nhật, người dân quý mến.",
            ["Mẫn Văn Tài | Bí thư Chi bộ | current", "Mẫn Văn Tài | Trưởng thôn Nà Pục | current"]
        },
        {
            "a working group's head and deputies, named bare after làm",
            "Tổ công tác do Phó Chủ tịch UBND tỉnh Lữ Văn Cảnh làm Tổ trưởng, các Phó Giám đốc Sở Nội vụ: Khúc Văn Lâm, Mẫn Văn Tài làm Tổ phó.",
            ["Lữ Văn Cảnh | Phó Chủ tịch UBND tỉnh | current", "Lữ Văn Cảnh | Tổ trưởng | new", "Khúc Văn Lâm | Phó Giám đốc Sở Nội vụ | current", "Mẫn Văn Tài | Phó Giám đốc Sở Nội vụ | current", "Khúc Văn Lâm | Tổ phó | new", "Mẫn Văn Tài | Tổ phó | new"]
        },
        {
            "'và Đồng chí' and the name after it close the body before them",
            "Thượng tướng Hứa Văn Tài, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng và Đồng chí Khúc Văn Lâm, Tổng Biên tập Báo Quân đội nhân dân đồng chủ trì.",
            ["Hứa Văn Tài | Ủy viên Trung ương Đảng | current", "Hứa Văn Tài | Thứ trưởng Bộ Quốc phòng | current", "Khúc Văn Lâm | Tổng Biên tập Báo Quân đội nhân dân | current"]
        },
        {
            "a headline run into its lead: a capitalised Ông and its name, or a party committee after a place, close the body",
            "Tỉnh ủy công bố quyết định chỉ định ông Mẫn Văn Tài làm Bí thư Ban cán sự đảng UBND tỉnh Lai Châu Tỉnh ủy Lai Châu công bố quyết định. Thủ tướng điều động làm Thứ trưởng Bộ Y tế Ông Lữ Văn Cảnh, Giám đốc Sở Y tế tỉnh Lai Châu được điều động.",
            ["Mẫn Văn Tài | Bí thư Ban cán sự đảng UBND tỉnh Lai Châu | new", "Lữ Văn Cảnh | Giám đốc Sở Y tế tỉnh Lai Châu | current"]
        },
        {
            "a post to be filled 'until' is nobody's yet",
            "Ông Tống Văn Hải, Phó Giám đốc được phân công phụ trách Sở Y tế cho đến khi tỉnh bổ nhiệm Giám đốc.",
            ["Tống Văn Hải | Phó Giám đốc | current"]
        },
        {
            "'trước đó là' and 'vừa kết thúc nhiệm kỳ': posts left",
            "Sở Nội vụ bổ nhiệm ông Khúc Văn Lâm – trước đó là Phó Chánh Văn phòng UBND tỉnh – giữ chức Phó Giám đốc Sở Nội vụ. Bộ trưởng bổ nhiệm ông Mẫn Văn Tài giữ chức Giám đốc Đại học Vinh thay ông Lữ Văn Cảnh vừa kết thúc nhiệm kỳ Giám đốc Đại học Vinh.",
            ["Khúc Văn Lâm | Phó Chánh Văn phòng UBND tỉnh | former", "Khúc Văn Lâm | Phó Giám đốc Sở Nội vụ | new", "Mẫn Văn Tài | Giám đốc Đại học Vinh | new", "Lữ Văn Cảnh | Giám đốc Đại học Vinh | former"]
        },
        {
            "a numbered team",
            "Dự buổi tiếp xúc có ông Hứa Văn Tài, Tổ trưởng Tổ đại biểu số 2.",
            ["Hứa Văn Tài | Tổ trưởng Tổ đại biểu số 2 | current"]
        },
        {
            "an abbreviated membership written bare is the short form of the one written with its committee",
            "Thượng tá Khúc Văn Bảy - UVTV Huyện ủy, Chỉ huy trưởng Ban CHQS huyện phát biểu. Sau đó, Thượng tá Khúc Văn Bảy – UVTV, Chỉ huy trưởng Ban CHQS huyện trao quà.",
            ["Khúc Văn Bảy | UVTV Huyện ủy | current", "Khúc Văn Bảy | Chỉ huy trưởng Ban CHQS huyện | current"]
        },
        {
            "the newcomer a verb addresses ('cho tân Giám đốc') is not the speaker named after the next post",
            "Giao nhiệm vụ cho tân Giám đốc Sở Y tế, Chủ tịch UBND tỉnh Lai Châu Hứa Văn Tài nhấn mạnh yêu cầu.",
            ["Hứa Văn Tài | Chủ tịch UBND tỉnh Lai Châu | current"]
        },
        // From sets Z49's to Z52's errors, step 75: invented sentences.
        {
            "two syllables after 'Tỉnh ủy' are a person: every province is listed, so they cannot be its place",
            "Tham dự có Ủy viên Ban Thường vụ Tỉnh ủy - Trưởng ban Tổ chức Tỉnh ủy Hứa Tài.",
            ["Hứa Tài | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Hứa Tài | Trưởng ban Tổ chức Tỉnh ủy | current"]
        },
        {
            "words a body's name writes with a lower-case second syllable: 'Đổi mới', 'Công trình', 'Chính quyền' (not the acting 'quyền')",
            "Ông Khúc Văn Lâm, Vụ trưởng Vụ Đổi mới doanh nghiệp bị kỷ luật. Bà Mẫn Thị Thu, Phó trưởng Khoa Công trình dự thi. Ông Lữ Văn Cảnh, Chủ tịch Ủy ban Chính quyền tỉnh Viêng Chăn đến thăm.",
            ["Khúc Văn Lâm | Vụ trưởng Vụ Đổi mới doanh nghiệp | current", "Mẫn Thị Thu | Phó trưởng Khoa Công trình | current", "Lữ Văn Cảnh | Chủ tịch Ủy ban Chính quyền tỉnh Viêng Chăn | current"]
        },
        {
            "a steering committee's field in lower case, closed by the unit's word or a capital",
            "Ông Hứa Văn Tài, Bí thư Tỉnh ủy, Trưởng ban Chỉ đạo bầu cử tỉnh, Chủ tịch HĐND tỉnh dự. Ông Khúc Văn Lâm, Trưởng Ban Chỉ đạo cải cách tư pháp Trung ương phát biểu.",
            ["Hứa Văn Tài | Bí thư Tỉnh ủy | current", "Hứa Văn Tài | Trưởng ban Chỉ đạo bầu cử tỉnh | current", "Hứa Văn Tài | Chủ tịch HĐND tỉnh | current", "Khúc Văn Lâm | Trưởng Ban Chỉ đạo cải cách tư pháp Trung ương | current"]
        },
        {
            "the State Auditor General's deputy",
            "Phó Tổng Kiểm toán Nhà nước Khúc Văn Lâm phát biểu.",
            ["Khúc Văn Lâm | Phó Tổng Kiểm toán Nhà nước | current"]
        },
        {
            "'đều' gives the post to each listed name, each with its own posts and rank",
            "Trước đó, các đồng chí Thiếu tướng Hứa Văn Tài, Chính ủy Quân khu 1 và Đại tá Lữ Văn Cảnh, Chính ủy Quân khu 2 đều được bổ nhiệm giữ chức Phó Tư lệnh Quân khu 3.",
            ["Hứa Văn Tài | Chính ủy Quân khu 1 | current", "Hứa Văn Tài | Phó Tư lệnh Quân khu 3 | new", "Lữ Văn Cảnh | Chính ủy Quân khu 2 | current", "Lữ Văn Cảnh | Phó Tư lệnh Quân khu 3 | new"]
        },
        {
            "a head that may stand bare, in lower case right before a name; after a count it heads a list as before",
            "Việc phân công diễn ra sau khi thứ trưởng Khúc Văn Lâm nghỉ hưu. Bộ còn hai thứ trưởng Hứa Văn Tài và Mẫn Thị Thu.",
            ["Khúc Văn Lâm | thứ trưởng | current", "Hứa Văn Tài | thứ trưởng | current", "Mẫn Thị Thu | thứ trưởng | current"]
        },
        {
            "a list the plural markers open, each name with its own dashed posts, takes the post given; 'Phó TGĐ'",
            "Các đồng chí Hứa Văn Tài – TGĐ Tập đoàn Điện lực Việt Nam và Lữ Văn Cảnh – Phó TGĐ Tập đoàn Điện lực Việt Nam giữ chức Phó Bí thư Đảng ủy Tập đoàn.",
            ["Hứa Văn Tài | TGĐ Tập đoàn Điện lực Việt Nam | current", "Hứa Văn Tài | Phó Bí thư Đảng ủy Tập đoàn | new", "Lữ Văn Cảnh | Phó TGĐ Tập đoàn Điện lực Việt Nam | current", "Lữ Văn Cảnh | Phó Bí thư Đảng ủy Tập đoàn | new"]
        },
        {
            "a list after 'Các ông:' joined by ';' takes the post re-elected, each name with its own posts",
            "Các ông: Hứa Văn Tài, Ủy viên Thường vụ Tỉnh ủy; Lữ Văn Cảnh, Ủy viên Ban Chấp hành Tỉnh ủy, Giám đốc Sở Y tế tái đắc cử Phó Chủ tịch UBND tỉnh.",
            ["Hứa Văn Tài | Ủy viên Thường vụ Tỉnh ủy | current", "Hứa Văn Tài | Phó Chủ tịch UBND tỉnh | new", "Lữ Văn Cảnh | Ủy viên Ban Chấp hành Tỉnh ủy | current", "Lữ Văn Cảnh | Giám đốc Sở Y tế | current", "Lữ Văn Cảnh | Phó Chủ tịch UBND tỉnh | new"]
        },
        {
            "a list joined by ';' that no plural marker opens keeps the post given to the last name",
            "Dự họp có ông Hứa Văn Tài, Ủy viên Thường vụ Tỉnh ủy; ông Lữ Văn Cảnh, Giám đốc Sở Y tế được bổ nhiệm giữ chức Phó Chủ tịch UBND tỉnh.",
            ["Hứa Văn Tài | Ủy viên Thường vụ Tỉnh ủy | current", "Lữ Văn Cảnh | Giám đốc Sở Y tế | current", "Lữ Văn Cảnh | Phó Chủ tịch UBND tỉnh | new"]
        },
        {
            "a body's word ending a name only before punctuation or lower case: before a capital or a number it is the unit's",
            "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Lê Văn Tám phát biểu. Chủ tịch UBND Quận 3 Hứa Văn Tài dự.",
            ["Lê Văn Tám | Bí thư Đảng ủy Khối Doanh nghiệp tỉnh | current", "Hứa Văn Tài | Chủ tịch UBND Quận 3 | current"]
        },
        {
            "fields of a body's name in lower case: 'tổ chức nhà nước'; 'Đại học' after a committee; the National Assembly's finance committee",
            "Bà Mẫn Thị Thu, Trưởng phòng Tổng hợp giữ chức Phó Viện trưởng Viện Khoa học tổ chức nhà nước. Ông Khúc Văn Lâm tái đắc cử Bí thư Đảng ủy Đại học Quốc gia Hà Nội. Dự có Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách Lữ Văn Cảnh.",
            ["Mẫn Thị Thu | Trưởng phòng Tổng hợp | current", "Mẫn Thị Thu | Phó Viện trưởng Viện Khoa học tổ chức nhà nước | new", "Khúc Văn Lâm | Bí thư Đảng ủy Đại học Quốc gia Hà Nội | new", "Lữ Văn Cảnh | Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách | current"]
        },
        {
            "a heading's members written each with their own posts before the name ('5 ủy viên Hội đồng gồm: Thứ trưởng Bộ Công an A; ...')",
            "Hội đồng có các Phó Chủ tịch gồm: Chủ tịch Hội Nông dân Việt Nam Hứa Văn Tài; Thứ trưởng Bộ Nội vụ Mẫn Thị Thu. 5 ủy viên Hội đồng gồm: Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Khúc Văn Lâm; Thứ trưởng Bộ Công an Lữ Văn Cảnh.",
            ["Hứa Văn Tài | Phó Chủ tịch | current", "Mẫn Thị Thu | Phó Chủ tịch | current", "Hứa Văn Tài | Chủ tịch Hội Nông dân Việt Nam | current", "Mẫn Thị Thu | Thứ trưởng Bộ Nội vụ | current", "Khúc Văn Lâm | ủy viên Hội đồng | current", "Lữ Văn Cảnh | ủy viên Hội đồng | current", "Khúc Văn Lâm | Bộ trưởng | current", "Khúc Văn Lâm | Chủ nhiệm Văn phòng Chính phủ | current", "Lữ Văn Cảnh | Thứ trưởng Bộ Công an | current"]
        },
        {
            "'bao gồm' for 'gồm' after a counted head, with or without the colon",
            "Hiện nay, Bộ Y tế có bốn Thứ trưởng bao gồm: ông Hứa Văn Tài, bà Mẫn Thị Thu và ông Khúc Văn Lâm. Bộ Tư pháp có hai Thứ trưởng bao gồm ông Lữ Văn Cảnh và bà Tống Thị Hoa.",
            ["Hứa Văn Tài | Thứ trưởng | current", "Mẫn Thị Thu | Thứ trưởng | current", "Khúc Văn Lâm | Thứ trưởng | current", "Lữ Văn Cảnh | Thứ trưởng | current", "Tống Thị Hoa | Thứ trưởng | current"]
        },
        {
            "a state honour's title before a name (among emoji); a ministry's spokesperson; the performing arts",
            "🎉 NSND Quang Vinh - Quyền Cục trưởng Cục Nghệ thuật biểu diễn tặng hoa 🌸 cho ông Hứa Văn Tài. Ông Lữ Văn Cảnh, Người Phát ngôn Bộ Ngoại giao cho biết.",
            ["Quang Vinh | Cục trưởng Cục Nghệ thuật biểu diễn | acting", "Lữ Văn Cảnh | Người Phát ngôn Bộ Ngoại giao | current"]
        },
        {
            "'như:' after a plural post opens its list; 'gồm các đại biểu:' names the deputies of a counted head",
            "Đoàn công tác gồm có các Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh như: Trung tướng Hứa Văn Tài, Trung tướng Khúc Văn Lâm. Ủy ban khóa XIV gồm 4 Phó Chủ nhiệm Ủy ban gồm các đại biểu: Mẫn Thị Thu và Lữ Văn Cảnh.",
            ["Hứa Văn Tài | Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh | current", "Khúc Văn Lâm | Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh | current", "Mẫn Thị Thu | Phó Chủ nhiệm Ủy ban | current", "Lữ Văn Cảnh | Phó Chủ nhiệm Ủy ban | current"]
        },
        {
            "a body enumerating three fields with commas; a capitalised 'Ông' mid-sentence before a name and a post written without a comma",
            "Bà Mẫn Thị Thu, Giám đốc Sở Văn hóa, Thông tin, Thể thao và Du lịch, được bổ nhiệm làm Giám đốc Sở Văn hóa, Thể thao và Du lịch. Đến dự có Ông Hứa Văn Tài Thành ủy viên - Bí thư Đảng ủy phường.",
            ["Mẫn Thị Thu | Giám đốc Sở Văn hóa, Thông tin, Thể thao và Du lịch | current", "Mẫn Thị Thu | Giám đốc Sở Văn hóa, Thể thao và Du lịch | new", "Hứa Văn Tài | Thành ủy viên | current", "Hứa Văn Tài | Bí thư Đảng ủy phường | current"]
        },
        {
            "'như:' after no post, and plural markers with a colon and nothing after them, give nothing and break nothing",
            "Các tỉnh như: Hà Nội, Huế tham dự. Các đồng chí: ",
            []
        },
        {
            "central bodies' names with lower-case fields and numbers: 'Thi hành án dân sự', 'Cảnh sát cơ động', 'Tổng cục 7', 'Chương trình 135'",
            "Ông Hứa Văn Tài, Cục trưởng Cục quản lý Thi hành án dân sự phát biểu. Ông Khúc Văn Lâm, Tư lệnh Bộ Tư lệnh Cảnh sát cơ động, và ông Lữ Văn Cảnh, Tổng cục trưởng Tổng cục 7 dự. Bà Mẫn Thị Thu, Giám đốc Trung tâm nghiên cứu kinh tế miền Nam. Ông Tống Văn Hải, Chánh Văn phòng Điều phối Chương trình 135 Trung ương.",
            ["Hứa Văn Tài | Cục trưởng Cục quản lý Thi hành án dân sự | current", "Khúc Văn Lâm | Tư lệnh Bộ Tư lệnh Cảnh sát cơ động | current", "Lữ Văn Cảnh | Tổng cục trưởng Tổng cục 7 | current", "Mẫn Thị Thu | Giám đốc Trung tâm nghiên cứu kinh tế miền Nam | current", "Tống Văn Hải | Chánh Văn phòng Điều phối Chương trình 135 Trung ương | current"]
        },
        {
            "the new-countryside programme ('nông thôn mới') in a body's name, its unit's word closing it; 'mới' before a clause word is 'newly'",
            "Ông Hứa Văn Tài, Chánh Văn phòng Điều phối nông thôn mới tỉnh dự. Ông Khúc Văn Lâm, Trưởng Ban Chỉ đạo Chương trình xây dựng nông thôn mới huyện phát biểu. Ông Lữ Văn Cảnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn mới được bổ nhiệm.",
            ["Hứa Văn Tài | Chánh Văn phòng Điều phối nông thôn mới tỉnh | current", "Khúc Văn Lâm | Trưởng Ban Chỉ đạo Chương trình xây dựng nông thôn mới huyện | current", "Lữ Văn Cảnh | Giám đốc Sở Nông nghiệp và Phát triển nông thôn | current"]
        },
        {
            "a foreign name in Latin letters after a post is a person; a company's or a country's name is not",
            "Chủ tịch nước tiếp Đại sứ Nhật Bản Kunio Umeda. Đại sứ Pháp tại Việt Nam Nicolas Warnery trình quốc thư. Tổng Giám đốc Samsung Electronics Việt Nam phát biểu. Chủ tịch Hội đồng quản trị Petro Vietnam dự. Đại sứ Cộng hòa Mauritius tới dự.",
            ["Kunio Umeda | Đại sứ Nhật Bản | current", "Nicolas Warnery | Đại sứ Pháp tại Việt Nam | current"]
        },
        {
            "the zones a management board manages ('các khu công nghiệp'), and the State Audit written in lower case",
            "Ông Hứa Văn Tài, Trưởng Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh phát biểu. Bà Mẫn Thị Thu, Phó Trưởng ban Quản lý các Khu chế xuất và Công nghiệp TP.HCM dự. Dự có các đồng chí: Lữ Văn Cảnh, Phó Tổng Kiểm toán nhà nước; Khúc Văn Lâm, Chủ tịch HĐND tỉnh.",
            ["Hứa Văn Tài | Trưởng Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh | current", "Mẫn Thị Thu | Phó Trưởng ban Quản lý các Khu chế xuất và Công nghiệp TP.HCM | current", "Lữ Văn Cảnh | Phó Tổng Kiểm toán nhà nước | current", "Khúc Văn Lâm | Chủ tịch HĐND tỉnh | current"]
        },
        // From sets Z49's to Z64's errors, read again (step 83).
        {
            "a head that is a post on its own before a group's noun alone ('Phó tổng giám đốc Tập đoàn'); the members' council in lower case; not a head needing a body",
            "Còn theo ông Hứa Văn Tài, Phó tổng giám đốc Tập đoàn cho hay, Tập đoàn đã chuẩn bị. Trả lời câu hỏi này, Chủ tịch Hội đồng thành viên Khúc Văn Lâm khẳng định. Phó Chủ tịch Liên đoàn đã phát biểu.",
            ["Hứa Văn Tài | Phó tổng giám đốc Tập đoàn | current", "Khúc Văn Lâm | Chủ tịch Hội đồng thành viên | current"]
        },
        {
            "a state company's and a department's trade in lower case ('Vận tải hành khách đường sắt', 'Kiểm định xe cơ giới'); a time after the post closes it",
            "Ông Lữ Văn Cảnh, Tổng Giám đốc Công ty Vận tải hành khách đường sắt Hà Nội, dự. Bà Mẫn Thị Thu giữ chức Viện trưởng Viện Khoa học khí tượng thủy văn kể từ ngày 1/3. Ông Tống Văn Hải, Trưởng phòng Kiểm định xe cơ giới, cho biết.",
            ["Lữ Văn Cảnh | Tổng Giám đốc Công ty Vận tải hành khách đường sắt Hà Nội | current", "Mẫn Thị Thu | Viện trưởng Viện Khoa học khí tượng thủy văn | new", "Tống Văn Hải | Trưởng phòng Kiểm định xe cơ giới | current"]
        },
        {
            "Lao names in Vietnamese syllables, up to six, after 'đồng chí' or 'Ngài' and before a post; a Lao province's governor; five Kinh syllables are no name",
            "Tiếp đoàn có đồng chí Bun Thoong Xỉ Pha Vông Xay - Ủy viên Trung ương Đảng, Tỉnh trưởng tỉnh Hủa Phăn. Ngài Khăm Phăn Thi Sạ Lợt, Phó Tỉnh trưởng, phát biểu. Dự có đồng chí Nguyễn Văn Lâm Anh Tuấn, Bí thư Tỉnh ủy.",
            ["Bun Thoong Xỉ Pha Vông Xay | Ủy viên Trung ương Đảng | current", "Bun Thoong Xỉ Pha Vông Xay | Tỉnh trưởng tỉnh Hủa Phăn | current", "Khăm Phăn Thi Sạ Lợt | Phó Tỉnh trưởng | current"]
        },
        // From sets Z65's to Z68's errors (step 85).
        {
            "a unit's tail in lower case opened by 'và' and up to six syllables; 'Giáo dục Đại học' is a field, no university named after a person; schools' levels",
            "Bà Mẫn Thị Thu, Phó Cục trưởng Cục Nhà giáo và cán bộ quản lý giáo dục, được điều động. Ông Hứa Văn Tài, Cục trưởng Khởi nghiệp và doanh nghiệp công nghệ được bổ nhiệm. Phó Vụ trưởng Vụ Giáo dục Đại học Khúc Văn Lâm phát biểu. Ông Tống Văn Hải, Phó Hiệu trưởng Trường cao đẳng Y tế Đồng Nai dự.",
            ["Mẫn Thị Thu | Phó Cục trưởng Cục Nhà giáo và cán bộ quản lý giáo dục | current", "Hứa Văn Tài | Cục trưởng Khởi nghiệp và doanh nghiệp công nghệ | current", "Khúc Văn Lâm | Phó Vụ trưởng Vụ Giáo dục Đại học | current", "Tống Văn Hải | Phó Hiệu trưởng Trường cao đẳng Y tế Đồng Nai | current"]
        },
        {
            "a steering committee 'về chống' what it fights; 'Buôn Ma Thuột' is a city, not a person of the family Ma",
            "Thứ trưởng Bộ Công an, Phó Trưởng Ban Chỉ đạo quốc gia về chống buôn lậu IUU Lữ Văn Cảnh chủ trì hội nghị. Ông Từ Văn Hải, nguyên Bí thư Thành ủy Buôn Ma Thuột, dự.",
            ["Lữ Văn Cảnh | Thứ trưởng Bộ Công an | current", "Lữ Văn Cảnh | Phó Trưởng Ban Chỉ đạo quốc gia về chống buôn lậu IUU | current", "Từ Văn Hải | Bí thư Thành ủy Buôn Ma Thuột | former"]
        },
        {
            "a handover gives the post to no one who chairs it, to the one it is handed to ('cho') as a post taken up",
            "Đại tướng Khúc Văn Lâm chủ trì bàn giao chức vụ Tư lệnh Quân khu 9. Thiếu tướng Hứa Văn Tài bàn giao nhiệm vụ Tổng Biên tập cho Đại tá Lữ Văn Cảnh.",
            ["Lữ Văn Cảnh | Tổng Biên tập | new"]
        },
        {
            "a name closing a post before the clause's verb in a known field's words; Highlands family names; 'Chủ tịch hội'; 'Phó BT'; an interim council; 'Tổng Thư ký' bare",
            "Chủ tịch Hội Nông dân tỉnh Mẫn Thị Thu thông tin: Đại hội đã xong. Phó Bí thư Tỉnh ủy Ksor Văn Hải chủ trì. Hội bầu ông Tống Văn Hải làm Chủ tịch hội; ông Lữ Văn Cảnh làm Phó Chủ tịch Thường trực hội. Ông Khúc Văn Lâm, Phó BT đảng uỷ - Chủ tịch HĐND lâm thời phường Hòa Hưng, dự. Quốc hội bầu ông Hứa Văn Tài giữ chức Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội.",
            ["Mẫn Thị Thu | Chủ tịch Hội Nông dân tỉnh | current", "Ksor Văn Hải | Phó Bí thư Tỉnh ủy | current", "Tống Văn Hải | Chủ tịch hội | new", "Lữ Văn Cảnh | Phó Chủ tịch Thường trực hội | new", "Khúc Văn Lâm | Phó BT đảng uỷ | current", "Khúc Văn Lâm | Chủ tịch HĐND lâm thời phường Hòa Hưng | current", "Hứa Văn Tài | Tổng Thư ký | new", "Hứa Văn Tài | Chủ nhiệm Văn phòng Quốc hội | new"]
        },
        // From sets Z69's to Z72's errors (step 87).
        {
            "a journalist's title before a name introduces it, not after 'Hội' ('Hội Nhà báo Việt Nam'); the journalists' association in lower case",
            "Nhà báo Hứa Văn Tài tái đắc cử Chủ tịch Hội Nhà báo tỉnh Vĩnh Long nhiệm kỳ mới. Phó Chủ tịch Thường trực Hội nhà báo tỉnh Mẫn Thị Thu dự. Ông Khúc Văn Lâm, Ủy viên Ban Thường vụ Hội Nhà báo Việt Nam, Chủ tịch Hội Nhà báo tỉnh, dự.",
            ["Hứa Văn Tài | Chủ tịch Hội Nhà báo tỉnh Vĩnh Long | new", "Mẫn Thị Thu | Phó Chủ tịch Thường trực Hội nhà báo tỉnh | current", "Khúc Văn Lâm | Ủy viên Ban Thường vụ Hội Nhà báo Việt Nam | current", "Khúc Văn Lâm | Chủ tịch Hội Nhà báo tỉnh | current"]
        },
        {
            "'Đ/c' capitalised before a name and a lower-case post; a district's second syllable is no family name; a country opening a long run; a foreign letter",
            "Về dự có Đ/c Hứa Văn Tài bí thư Đảng uỷ xã; Chủ trì hội nghị Đ/c Mẫn Thị Thu phó chủ tịch UBND xã. Bí thư Huyện ủy Xuân Lộc Viên Văn Tiến dự. Chủ tịch Quốc hội Hàn Quốc Park Byeong Seug và Chủ tịch Hạ viện Ba Lan Elżbieta Witek gửi thư.",
            ["Hứa Văn Tài | bí thư Đảng uỷ xã | current", "Mẫn Thị Thu | phó chủ tịch UBND xã | current", "Viên Văn Tiến | Bí thư Huyện ủy Xuân Lộc | current", "Park Byeong Seug | Chủ tịch Quốc hội Hàn Quốc | current", "Elżbieta Witek | Chủ tịch Hạ viện Ba Lan | current"]
        },
        {
            "abbreviated posts of district committees and associations ('UVBTVHU', 'UV.BTV Huyện uỷ', 'CT HCCB xã'); the family name Điểu",
            "Đồng chí Hứa Văn Tài - UVBTVHU, Phó Chủ tịch UBND huyện phát biểu. Ông Điểu Văn Lý, Phó chủ tịch HĐND huyện dự. Ông Khúc Văn Lâm, UV.BTV Huyện uỷ, Trưởng ban Dân vận dự. Ông Lữ Văn Cảnh, CT HCCB xã dự.",
            ["Hứa Văn Tài | UVBTVHU | current", "Hứa Văn Tài | Phó Chủ tịch UBND huyện | current", "Điểu Văn Lý | Phó chủ tịch HĐND huyện | current", "Khúc Văn Lâm | UV.BTV Huyện uỷ | current", "Khúc Văn Lâm | Trưởng ban Dân vận | current", "Lữ Văn Cảnh | CT HCCB xã | current"]
        },
        {
            "foreign legislators: a senator's and a representative's title before a foreign name",
            "Chủ tịch Quốc hội tiếp Đoàn do Thượng nghị sỹ Johnny Walton, Chủ tịch Ủy ban Đối ngoại Thượng viện Hoa Kỳ dẫn đầu. Dự có Hạ nghị sĩ Tanaka Hiroshi.",
            ["Johnny Walton | Thượng nghị sỹ | current", "Johnny Walton | Chủ tịch Ủy ban Đối ngoại Thượng viện Hoa Kỳ | current", "Tanaka Hiroshi | Hạ nghị sĩ | current"]
        },
        // From sets Z73's and Z74's errors (step 89).
        {
            "an age right after the name and the home province before the posts; a diplomat's ranks and a permanent mission in a career",
            "Ông Hứa Văn Tài 64 tuổi, quê Thừa Thiên Huế, Ủy viên Ban Bí thư. Ông từng giữ các vị trí Bí thư thứ ba, Tham tán Công sứ, Phó trưởng Phái đoàn đại diện Thường trực Việt Nam tại Liên Hợp Quốc, Vụ trưởng Vụ Các tổ chức quốc tế, Thứ trưởng Ngoại giao.",
            ["Hứa Văn Tài | Ủy viên Ban Bí thư | current", "Hứa Văn Tài | Bí thư thứ ba | former", "Hứa Văn Tài | Tham tán Công sứ | former", "Hứa Văn Tài | Phó trưởng Phái đoàn đại diện Thường trực Việt Nam tại Liên Hợp Quốc | former", "Hứa Văn Tài | Vụ trưởng Vụ Các tổ chức quốc tế | former", "Hứa Văn Tài | Thứ trưởng Ngoại giao | former"]
        },
        {
            "a country's second syllable opens no family name ('Trung Hoa'); a foreign capital before a foreign name is no part of it",
            "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Lý Văn Minh chủ trì. Chủ tịch Hội đồng Nhân dân thành phố Vientiane Anouvong Saysana dự.",
            ["Lý Văn Minh | Chủ tịch nước Cộng hòa Nhân dân Trung Hoa | current", "Anouvong Saysana | Chủ tịch Hội đồng Nhân dân thành phố Vientiane | current"]
        },
        // From sets Z77's to Z80's errors (step 91).
        {
            "a seat stood for ('ứng cử đại biểu Quốc hội') is no post; a council's committee and an office's department name their parent after a comma",
            "Hội nghị nhất trí giới thiệu 2 đồng chí ứng cử đại biểu Quốc hội khóa XVI gồm: Đồng chí Hứa Văn Tài - Bí thư Tỉnh đoàn; đồng chí Mẫn Thị Thu - Phó Chủ tịch Hội LHPN tỉnh. Bà Lữ Thị Hoa, Phó Trưởng ban Pháp chế, HĐND tỉnh Gia Lai; ông Tống Văn Hải, Trưởng phòng Thông tin - Dân nguyện, Văn phòng Đoàn ĐBQH và HĐND tỉnh dự.",
            ["Hứa Văn Tài | Bí thư Tỉnh đoàn | current", "Mẫn Thị Thu | Phó Chủ tịch Hội LHPN tỉnh | current", "Lữ Thị Hoa | Phó Trưởng ban Pháp chế, HĐND tỉnh Gia Lai | current", "Tống Văn Hải | Trưởng phòng Thông tin - Dân nguyện, Văn phòng Đoàn ĐBQH và HĐND tỉnh | current"]
        },
        {
            "a school's name after its level is no person ('Trường THCS Nguyễn Huệ', 'Trường Tiểu học Lê Lợi'), its head's name after it is",
            "Dự có bà Mẫn Thị Thu - Hiệu trưởng Trường THCS Nguyễn Huệ; ông Lữ Văn Cảnh - Hiệu trưởng Trường Tiểu học Lê Lợi. Hiệu trưởng Trường THPT Chu Văn An Hứa Văn Tài phát biểu.",
            ["Mẫn Thị Thu | Hiệu trưởng Trường THCS Nguyễn Huệ | current", "Lữ Văn Cảnh | Hiệu trưởng Trường Tiểu học Lê Lợi | current", "Hứa Văn Tài | Hiệu trưởng Trường THPT Chu Văn An | current"]
        },
        // From sets Z81's to Z84's errors (step 93).
        {
            "foreign relations: a foreign place after 'tỉnh' before a foreign name; a country opening a run; 'Ngoại trưởng'; a republic's and a union's lower-case words; an initial",
            "Phó Thống đốc tỉnh Yamanashi Fshidera Junichi dự. Ngoại trưởng Hoa Kỳ Rex Tillerson mời. Các đồng chí: Hứa Văn Tài, Đại sứ Việt Nam tại Vương quốc Bỉ và Liên minh châu Âu; Mẫn Thị Thu, Đại sứ Việt Nam tại Cộng hòa xã hội chủ nghĩa dân chủ Sri Lanka. Ngoại trưởng Mỹ Antony J. Blinken dự.",
            ["Fshidera Junichi | Phó Thống đốc tỉnh Yamanashi | current", "Rex Tillerson | Ngoại trưởng Hoa Kỳ | current", "Hứa Văn Tài | Đại sứ Việt Nam tại Vương quốc Bỉ và Liên minh châu Âu | current", "Mẫn Thị Thu | Đại sứ Việt Nam tại Cộng hòa xã hội chủ nghĩa dân chủ Sri Lanka | current"]
        },
        {
            "numbered departments ('Vụ 6'); bodies named after the late President; 'chủ trì' after 'nhân dân' is the clause's verb",
            "Ông Lữ Văn Cảnh, Vụ trưởng Vụ 6 phát biểu. Ông Tống Văn Hải, Trưởng ban Ban Quản lý Lăng Chủ tịch Hồ Chí Minh dự. Giám đốc Học viện Chính trị Công an nhân dân Khúc Văn Lâm chủ trì.",
            ["Lữ Văn Cảnh | Vụ trưởng Vụ 6 | current", "Tống Văn Hải | Trưởng ban Ban Quản lý Lăng Chủ tịch Hồ Chí Minh | current", "Khúc Văn Lâm | Giám đốc Học viện Chính trị Công an nhân dân | current"]
        },
        {
            "'Trung ương đảng' in lower case; a Lao name of six syllables with a Vietnamese family name inside it; the Lao Front's name",
            "Đồng chí Hứa Văn Tài, Ủy viên Trung ương đảng, Bộ trưởng, Chủ nhiệm Uỷ ban Dân tộc tặng quà cho đồng chí Xay Sổm Phon Phôm Vi Hẳn, Ủy viên Bộ Chính trị, Chủ tịch Uỷ ban TWMT Lào Xây dựng đất nước.",
            ["Hứa Văn Tài | Ủy viên Trung ương đảng | current", "Hứa Văn Tài | Bộ trưởng | current", "Hứa Văn Tài | Chủ nhiệm Uỷ ban Dân tộc | current", "Xay Sổm Phon Phôm Vi Hẳn | Ủy viên Bộ Chính trị | current", "Xay Sổm Phon Phôm Vi Hẳn | Chủ tịch Uỷ ban TWMT Lào Xây dựng đất nước | current"]
        },
        // From sets Z89's to Z96's errors (step 97).
        {
            "heads the lexicon lacked: a sub-department's chief, a deputy chief inspector, a deputy secretary-general; the bar association's 'Luật sư'",
            "Dự có ông Hứa Văn Tài, Chi cục trưởng Chi cục Kiểm lâm tỉnh; bà Mẫn Thị Thu, Phó Chánh Thanh tra Bộ Nội vụ; ông Lữ Văn Cảnh, Chủ nhiệm Đoàn Luật sư thành phố Hà Nội. Phó Tổng Thư ký ASEAN Khúc Văn Lâm phát biểu.",
            ["Hứa Văn Tài | Chi cục trưởng Chi cục Kiểm lâm tỉnh | current", "Mẫn Thị Thu | Phó Chánh Thanh tra Bộ Nội vụ | current", "Lữ Văn Cảnh | Chủ nhiệm Đoàn Luật sư thành phố Hà Nội | current", "Khúc Văn Lâm | Phó Tổng Thư ký ASEAN | current"]
        },
        {
            "a full date of birth between commas before the stack",
            "Theo Quyết định của Ban Thường vụ Thành ủy, đồng chí Hứa Văn Tài, sinh ngày 17/10/1960, Thành ủy viên, Bí thư Quận ủy, Chủ tịch HĐND quận Thanh Xuân được nghỉ công tác.",
            ["Hứa Văn Tài | Thành ủy viên | current", "Hứa Văn Tài | Bí thư Quận ủy | current", "Hứa Văn Tài | Chủ tịch HĐND quận Thanh Xuân | current"]
        },
        // From sets Z97's to Z100's errors (step 99).
        {
            "'Viện Hàn lâm' (no compound: 'Hân làm' folds like it); a field and a region in lower case ('nhân văn', 'vùng Nam Bộ'); the news agency's 'xã'; a defence attaché posted abroad",
            "Dự có ông Hứa Văn Tài, Phó Bí thư Đảng ủy Viện Hàn lâm; ông Mẫn Văn Thu, Viện trưởng Viện Địa lý nhân văn; ông Lữ Văn Cảnh, Viện trưởng Viện Khoa học xã hội vùng Nam Bộ; ông Tống Văn Hải, Tổng Giám đốc Thông tấn xã Việt Nam; ông Khúc Văn Lâm, Tùy viên Quốc phòng Việt Nam tại Trung Quốc. Bà Lữ Thị Loan làm Chủ tịch và bà Tống Thị Ngọc Hân làm Phó Chủ tịch.",
            ["Hứa Văn Tài | Phó Bí thư Đảng ủy Viện Hàn lâm | current", "Mẫn Văn Thu | Viện trưởng Viện Địa lý nhân văn | current", "Lữ Văn Cảnh | Viện trưởng Viện Khoa học xã hội vùng Nam Bộ | current", "Tống Văn Hải | Tổng Giám đốc Thông tấn xã Việt Nam | current", "Khúc Văn Lâm | Tùy viên Quốc phòng Việt Nam tại Trung Quốc | current", "Tống Thị Ngọc Hân | Phó Chủ tịch | new"]
        },
        // From sets Z101's to Z108's errors (step 101).
        {
            "a state's full name after 'nước', its abbreviation in brackets too",
            "Dự lễ có đồng chí Hứa Văn Tài, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa (CHXHCN) Việt Nam; đồng chí Mẫn Văn Thu, Thủ tướng Chính phủ nước CHXHCN Việt Nam.",
            ["Hứa Văn Tài | Ủy viên Bộ Chính trị | current", "Hứa Văn Tài | Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa (CHXHCN) Việt Nam | current", "Mẫn Văn Thu | Thủ tướng Chính phủ nước CHXHCN Việt Nam | current"]
        },
        {
            "a foreign state's full name after a bare head; an abbreviation in brackets between the post and the holder's name",
            "Sáng 6/12, Chủ tịch Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào (CHDCND) Somsak Phommavong dẫn đầu đoàn. Thủ tướng nước CHDCND Lào Bounmy Keomany tiếp đoàn. Dự có Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) Tống Văn Hải và đại diện các sở.",
            ["Somsak Phommavong | Chủ tịch Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào | current", "Bounmy Keomany | Thủ tướng nước CHDCND Lào | current", "Tống Văn Hải | Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch | current"]
        },
        {
            "a consul general's city after 'tại', abbreviated or after 'thành phố'",
            "Ông Tanaka Hiroshi, Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh, và ông Lee Jun Ho, Tổng Lãnh sự Hàn Quốc tại thành phố Hồ Chí Minh, dự lễ.",
            ["Tanaka Hiroshi | Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh | current", "Lee Jun Ho | Tổng Lãnh sự Hàn Quốc tại thành phố Hồ Chí Minh | current"]
        },
        {
            "'Ông' capitalised mid-sentence before a foreign name; heading a visiting delegation is no post",
            "Đoàn thành phố Kobe do Ông Tanaka Hiroshi, Thị trưởng làm Trưởng đoàn đã tới thăm tỉnh. Đoàn Hội đồng thành phố Ansan do bà Kim Minjung, Chủ tịch Hội đồng thành phố Ansan làm Trưởng đoàn.",
            ["Tanaka Hiroshi | Thị trưởng | current", "Kim Minjung | Chủ tịch Hội đồng thành phố Ansan | current"]
        },
        {
            "a country or a term's number closes the body; the lower-case word after it is the clause's",
            "Thượng tướng Lý Văn Hải, Phó Chủ tịch Quân ủy Trung ương Trung Quốc sang thăm Việt Nam. Đại tướng Sok Dara - Phó Tư lệnh Bộ Tư lệnh Hiến binh Hoàng gia Campuchia trân trọng cảm ơn. Chủ tịch HĐND tỉnh giới thiệu ông Hứa Văn Tài, Phó Bí thư Tỉnh ủy, đại biểu HĐND tỉnh Lai Châu khóa X ứng cử chức danh Chủ tịch UBND tỉnh.",
            ["Lý Văn Hải | Phó Chủ tịch Quân ủy Trung ương Trung Quốc | current", "Sok Dara | Phó Tư lệnh Bộ Tư lệnh Hiến binh Hoàng gia Campuchia | current", "Hứa Văn Tài | Phó Bí thư Tỉnh ủy | current", "Hứa Văn Tài | đại biểu HĐND tỉnh Lai Châu khóa X | current"]
        },
        {
            "a ward numbered after its name, a ward as it was before a merger ('cũ'); a commune's department of 2025 with a comma in its name",
            "Ông Hứa Văn Tài - Chủ tịch UBND phường Kim Mã 2 đã viết đơn xin nghỉ việc. Thành ủy chỉ định bà Mẫn Thị Thu, nguyên Bí thư Đảng ủy, Chủ tịch HĐND phường Tân Lập cũ, làm Bí thư Đảng ủy phường Tân Khánh. Những người bị tạm đình chỉ gồm ông Lữ Văn Cảnh, Trưởng phòng Kinh tế, Hạ tầng và Đô thị, cùng 3 chuyên viên.",
            ["Hứa Văn Tài | Chủ tịch UBND phường Kim Mã 2 | current", "Mẫn Thị Thu | Chủ tịch HĐND phường Tân Lập cũ | current", "Mẫn Thị Thu | Bí thư Đảng ủy phường Tân Khánh | new", "Lữ Văn Cảnh | Trưởng phòng Kinh tế, Hạ tầng và Đô thị | current"]
        },
        {
            "a party committee of the Front and the central mass organisations; a province's police after a comma in a career's item; a ministry's department with lower-case words closing a list",
            "Ông Hứa Văn Tài, Bí thư Đảng ủy MTTQ và các đoàn thể Trung ương, dự. Ông Lữ Văn Cảnh từng giữ các chức vụ: Phó trưởng phòng An ninh kinh tế, Công an tỉnh Đồng Nai; Phó Vụ trưởng Vụ Tổ chức; Vụ trưởng Vụ thi đua khen thưởng.",
            ["Hứa Văn Tài | Bí thư Đảng ủy MTTQ và các đoàn thể Trung ương | current", "Lữ Văn Cảnh | Phó trưởng phòng An ninh kinh tế, Công an tỉnh Đồng Nai | former", "Lữ Văn Cảnh | Phó Vụ trưởng Vụ Tổ chức | former", "Lữ Văn Cảnh | Vụ trưởng Vụ thi đua khen thưởng | former"]
        },
        // From sets Z109's to Z116's errors (step 102).
        {
            "a rank between the post and the holder's name closes the post",
            "Dự có Thứ trưởng Bộ Công an Thượng tướng Lữ Văn Cảnh và Bộ trưởng Bộ Quốc phòng Đại tướng Hứa Văn Tài.",
            ["Lữ Văn Cảnh | Thứ trưởng Bộ Công an | current", "Hứa Văn Tài | Bộ trưởng Bộ Quốc phòng | current"]
        },
        {
            "two posts written without a comma between them, after the name or before it",
            "Đoàn do Thượng tá Lữ Văn Cảnh, Phó Tư lệnh Tham mưu trưởng Vùng Cảnh sát biển 2 làm Trưởng đoàn. Dự có Phó Tư lệnh Tham mưu trưởng Quân khu 2 Tống Văn Hải và ông Mẫn Văn Thu, Bộ trưởng Chủ nhiệm Văn phòng Chính phủ.",
            ["Lữ Văn Cảnh | Phó Tư lệnh | current", "Lữ Văn Cảnh | Tham mưu trưởng Vùng Cảnh sát biển 2 | current", "Tống Văn Hải | Phó Tư lệnh | current", "Tống Văn Hải | Tham mưu trưởng Quân khu 2 | current", "Mẫn Văn Thu | Bộ trưởng | current", "Mẫn Văn Thu | Chủ nhiệm Văn phòng Chính phủ | current"]
        },
        {
            "'Đặc khu' capitalised in a committee's name; a school's name of three syllables, no person of two after its first",
            "Ngày 6-10, ông Hứa Văn Tài được chỉ định giữ chức Bí thư Đảng ủy Đặc khu Côn Đảo. Ông Mẫn Văn Thu, Hiệu trưởng Trường THPT An Lương Đông, giữ chức vụ Phó Giám đốc Sở GD&ĐT.",
            ["Hứa Văn Tài | Bí thư Đảng ủy Đặc khu Côn Đảo | new", "Mẫn Văn Thu | Hiệu trưởng Trường THPT An Lương Đông | current", "Mẫn Văn Thu | Phó Giám đốc Sở GD&ĐT | new"]
        },
        {
            "a diplomat's mission after a comma, a foreign province after 'tại tỉnh', an attaché's field",
            "Về phía Việt Nam có ông Hứa Văn Tài- Công sứ, Đại sứ quán Việt Nam tại Campuchia; ông Lữ Văn Cảnh- Tổng lãnh sự Việt Nam tại tỉnh Battam Bang và ông Mẫn Văn Thu- Tham tán thương mại.",
            ["Hứa Văn Tài | Công sứ, Đại sứ quán Việt Nam tại Campuchia | current", "Lữ Văn Cảnh | Tổng lãnh sự Việt Nam tại tỉnh Battam Bang | current", "Mẫn Văn Thu | Tham tán thương mại | current"]
        },
        {
            "foreign names of five words, a governor's province before a foreign name, a family name with its tone mark placed the old way; the host's post after the one received",
            "Tiếp Đại sứ Ai Cập Hany Mostafa Mohamed Mostafa Hassan, Chủ tịch nước bày tỏ ấn tượng tốt đẹp. Tỉnh trưởng Battambang Sok Lou gửi lời chúc. Tổng Lãnh sự Trung Quốc tại TP Hồ Chí Minh Nguỵ Hoa Tường đến thăm.",
            ["Hany Mostafa Mohamed Mostafa Hassan | Đại sứ Ai Cập | current", "Sok Lou | Tỉnh trưởng Battambang | current", "Nguỵ Hoa Tường | Tổng Lãnh sự Trung Quốc tại TP Hồ Chí Minh | current"]
        },
        // From sets Z117's to Z124's errors (step 104).
        {
            "a counted heading closed by a comma before 'gồm', its members one a line after the colon, each opened by an honorific",
            "Trung ương đã bầu bổ sung 2 Uỷ viên Bộ Chính trị khoá XIII, gồm các ông, bà:\nÔng Hứa Văn Tài, Bí thư Trung ương Đảng.\nBà Mẫn Thị Thu, Trưởng Ban Dân vận Trung ương.",
            ["Hứa Văn Tài | Uỷ viên Bộ Chính trị khoá XIII | new", "Mẫn Thị Thu | Uỷ viên Bộ Chính trị khoá XIII | new", "Hứa Văn Tài | Bí thư Trung ương Đảng | current", "Mẫn Thị Thu | Trưởng Ban Dân vận Trung ương | current"]
        },
        {
            "foreign heads of state ('Tổng thống', 'Quốc vương'); a spouse after 'và Phu nhân' takes no post",
            "Chủ tịch nước gửi điện mừng tới Tổng thống nước Cộng hòa Pháp Francois Hollande. Tổng thống Chile Michelle Bachelet thăm Việt Nam. Đoàn chào Quốc vương Campuchia Norodom Sihamoni. Chủ tịch nước Cuba Hứa Văn Tài và Phu nhân Mẫn Thị Thu sáng nay đến Hà Nội.",
            ["Francois Hollande | Tổng thống nước Cộng hòa Pháp | current", "Michelle Bachelet | Tổng thống Chile | current", "Norodom Sihamoni | Quốc vương Campuchia | current", "Hứa Văn Tài | Chủ tịch nước Cuba | current"]
        },
        {
            "a school's noun and level in lower case before its name, with the commune's word too",
            "Hội đồng kỷ luật cách chức 2 hiệu trưởng gồm: Hứa Văn Tài - Hiệu trưởng trường tiểu học Thanh Lạng; Lữ Văn Cảnh - Hiệu trưởng trường tiểu học xã Thanh Thạch.",
            ["Hứa Văn Tài | Hiệu trưởng trường tiểu học Thanh Lạng | current", "Lữ Văn Cảnh | Hiệu trưởng trường tiểu học xã Thanh Thạch | current"]
        },
        {
            "a district's second syllable opens no name of three; verbs after a post ('viết', 'bằng')",
            "Chiều 6/8, Bí thư Huyện ủy Phú Ninh Lữ Cảnh cho biết. Ông Tống Văn Hải, Trưởng phòng Giáo dục và Đào tạo viết thư ngỏ xin tiền. Trung ương khai trừ ông Mẫn Văn Thu, Ủy viên Trung ương Đảng bằng hình thức khai trừ.",
            ["Lữ Cảnh | Bí thư Huyện ủy Phú Ninh | current", "Tống Văn Hải | Trưởng phòng Giáo dục và Đào tạo | current", "Mẫn Văn Thu | Ủy viên Trung ương Đảng | current"]
        },
        // From sets Z125's to Z132's errors (step 106; no held-out set measures it).
        {
            "a heading of alternatives ('A hoặc B, gồm:') gives its members neither; a foreign city's second syllable opens no name after 'thành phố' or 'tại'",
            "Hiện 2 bộ có Thứ trưởng là Ủy viên Bộ Chính trị hoặc Ủy viên Trung ương, gồm: Thượng tướng Hứa Văn Tài, Thứ trưởng Quốc phòng; bà Mẫn Thị Thu, Thứ trưởng Bộ Nội vụ. Tham dự có Thị trưởng thành phố Quảng Châu Tôn Chí Dương và Tổng Lãnh sự Việt Nam tại Quảng Châu Lữ Văn Cảnh và Phu nhân.",
            ["Hứa Văn Tài | Thứ trưởng Quốc phòng | current", "Mẫn Thị Thu | Thứ trưởng Bộ Nội vụ | current", "Tôn Chí Dương | Thị trưởng thành phố Quảng Châu | current", "Lữ Văn Cảnh | Tổng Lãnh sự Việt Nam tại Quảng Châu | current"]
        },
        // From set Z133's errors (step 110): a head of step 106 matched folded ate given names.
        {
            "'Quốc Vượng', given names, is no 'Quốc vương' (a king)",
            "Ngày 21/9, Viện trưởng Viện Kiểm sát nhân dân tối cao Trần Quốc Vượng tiếp đoàn. Quốc vương Campuchia Norodom Sihamoni dự.",
            ["Trần Quốc Vượng | Viện trưởng Viện Kiểm sát nhân dân tối cao | current", "Norodom Sihamoni | Quốc vương Campuchia | current"]
        },
        // A head written with diacritics must spell the head's word: "Thủ trưởng" (an investigating agency's head) folds like
        // "Thứ trưởng" (a deputy minister) and is a head of its own.
        {
            "'Thủ trưởng' of an investigating agency after a dash; 'Thứ trưởng' unchanged",
            "Đại tá Khúc Văn Lâm, Phó Giám đốc - Thủ trưởng Cơ quan CSĐT Công an tỉnh, báo cáo. Thứ trưởng Bộ Công an Tống Văn Hải dự.",
            ["Khúc Văn Lâm | Phó Giám đốc | current", "Khúc Văn Lâm | Thủ trưởng Cơ quan CSĐT Công an tỉnh | current", "Tống Văn Hải | Thứ trưởng Bộ Công an | current"]
        },
        // From sets Z133's to Z146's errors (step 112).
        {
            "a career's bare heads before a comma or 'rồi' are posts, 'Quyền' before one; a ministry in brackets after a post; the United Nations",
            "Ông Tống Văn Hải từng đảm nhiệm các chức vụ: Phó vụ trưởng, Quyền Vụ trưởng rồi Vụ trưởng Vụ Hợp tác quốc tế; Phó Chính ủy, Phó Tư lệnh Cảnh sát cơ động (Bộ Công an); Đại sứ, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc.",
            ["Tống Văn Hải | Phó vụ trưởng | former", "Tống Văn Hải | Quyền Vụ trưởng | former", "Tống Văn Hải | Vụ trưởng Vụ Hợp tác quốc tế | former", "Tống Văn Hải | Phó Chính ủy | former", "Tống Văn Hải | Phó Tư lệnh Cảnh sát cơ động | former", "Tống Văn Hải | Đại sứ | former", "Tống Văn Hải | Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc | former"]
        },
        {
            "'Bà là' opening a sentence gives the posts to the woman named before; the committees of several terms ('khóa XII, XIII', 'các khóa 11, 12, 13')",
            "Bà Mẫn Thị Thu được bầu làm Bí thư Tỉnh ủy. Bà là Ủy viên Trung ương Đảng các khóa 11, 12, 13; Bí thư Trung ương Đảng. Ông Hứa Văn Tài là Ủy viên Trung ương Đảng khóa XII, XIII; Đại biểu Quốc hội khóa XV.",
            ["Mẫn Thị Thu | Bí thư Tỉnh ủy | new", "Mẫn Thị Thu | Ủy viên Trung ương Đảng | current", "Mẫn Thị Thu | Bí thư Trung ương Đảng | current", "Hứa Văn Tài | Ủy viên Trung ương Đảng khóa XII, XIII | current", "Hứa Văn Tài | Đại biểu Quốc hội khóa XV | current"]
        },
        {
            "Lao names transliterated syllable by syllable with hyphens, a Lao province after 'tỉnh'; the Lao party's name in lower case",
            "Ông Khăm-phăn Đăm-lắt - Phó Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước dự. Ông Xổm-xạ-vạt Lèng-xa-vắt từng là Bí thư, Tỉnh trưởng tỉnh Khăm-muộn. Bà Sủn-thon Xay-nha-chắc, Trưởng Ban đối ngoại Trung ương Đảng Nhân dân cách mạng Lào, phát biểu.",
            ["Khăm-phăn Đăm-lắt | Phó Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước | current", "Xổm-xạ-vạt Lèng-xa-vắt | Bí thư | former", "Xổm-xạ-vạt Lèng-xa-vắt | Tỉnh trưởng tỉnh Khăm-muộn | former", "Sủn-thon Xay-nha-chắc | Trưởng Ban đối ngoại Trung ương Đảng Nhân dân cách mạng Lào | current"]
        },
        {
            "an envoy's name after 'tại Việt Nam', spelled like Vietnamese syllables with no Vietnamese family name; a dash typed without spaces still ends a name",
            "Chủ tịch Hội Khúc Văn Lâm, Tham tán công sứ Campuchia tại Việt Nam Chay Navuth đã tới dự. Ông Lê Văn Thanh-nguyên Giám đốc Sở Nội vụ phát biểu.",
            ["Khúc Văn Lâm | Chủ tịch Hội | current", "Chay Navuth | Tham tán công sứ Campuchia tại Việt Nam | current", "Lê Văn Thanh | Giám đốc Sở Nội vụ | former"]
        },
        {
            "a sentence of nothing but posts after a biography's opening is the person's; 'Ông nguyên là' gives former posts; several terms, one an alternate's",
            "Ông Khúc Văn Lâm sinh năm 1950 tại tỉnh Bến Tre. Ủy viên Bộ Chính trị khóa X; Bí thư Trung ương Đảng khóa IX, X; Ủy viên Trung ương Đảng khóa VI (dự khuyết), VII, VIII; đại biểu Quốc hội khóa VIII, XI. Ông Tống Văn Hải từ trần. Ông nguyên là ủy viên BCH TƯ Đảng các khóa 5, 6; đại biểu Quốc hội.",
            ["Khúc Văn Lâm | Ủy viên Bộ Chính trị khóa X | current", "Khúc Văn Lâm | Bí thư Trung ương Đảng khóa IX, X | current", "Khúc Văn Lâm | Ủy viên Trung ương Đảng khóa VI (dự khuyết), VII, VIII | current", "Khúc Văn Lâm | đại biểu Quốc hội khóa VIII, XI | current", "Tống Văn Hải | ủy viên BCH TƯ Đảng | former", "Tống Văn Hải | đại biểu Quốc hội | former"]
        },
        // From sets Z147's to Z154's errors (step 114).
        {
            "a bank's branch after a dash; 'đảm nhiệm' after a month and year; 'có thời gian làm'; 'còn là' after a name",
            "Tháng 01/1998, ông Khúc Văn Lâm là Giám đốc Vietcombank - chi nhánh Quảng Ngãi. Tháng 3/2005, ông đảm nhiệm vị trí Giám đốc Ban Tổ chức cán bộ Vietcombank. Ông Khúc Văn Lâm cũng từng có thời gian làm Phó Chủ tịch HĐQT ngân hàng Liên doanh Lào-Việt. Hiện tại, ông Khúc Văn Lâm còn là Chủ tịch Hiệp hội Ngân hàng Việt Nam.",
            ["Khúc Văn Lâm | Giám đốc Vietcombank - chi nhánh Quảng Ngãi | current", "Khúc Văn Lâm | Giám đốc Ban Tổ chức cán bộ Vietcombank | former", "Khúc Văn Lâm | Phó Chủ tịch HĐQT ngân hàng Liên doanh Lào-Việt | former", "Khúc Văn Lâm | Chủ tịch Hiệp hội Ngân hàng Việt Nam | current"]
        },
        {
            "a foreign name whose first word is spelled like a syllable, after a post's lower-case word; not a country's name, nor a city after 'tại'",
            "Tháp tùng có Ủy viên Bộ Chính trị, Chánh văn phòng Trung ương Phet Somsavath. Dự có Thứ trưởng Bộ Ngoại giao Nga Igor Petrov. Ông Tống Văn Hải từng làm Tổng Lãnh sự Việt Nam tại San Francisco.",
            ["Phet Somsavath | Ủy viên Bộ Chính trị | current", "Phet Somsavath | Chánh văn phòng Trung ương | current", "Igor Petrov | Thứ trưởng Bộ Ngoại giao Nga | current", "Tống Văn Hải | Tổng Lãnh sự Việt Nam tại San Francisco | former"]
        },
        {
            "an ambassador's or a consul general's head before the name, in the mission's own news, is the post as written",
            "Tổng Lãnh sự Khúc Văn Lâm cảm ơn bà con. Tại buổi làm việc, Đại sứ Tống Văn Hải nhấn mạnh tiềm năng hợp tác.",
            ["Khúc Văn Lâm | Tổng Lãnh sự | current", "Tống Văn Hải | Đại sứ | current"]
        },
        // From sets Z155's to Z162's errors (step 116).
        {
            "after a body's 'TP' standing for the city, a name of three syllables opened by a family name; a school's youth union committee is no person",
            "Dự có Phó Bí thư Thành ủy, Chủ tịch UBND TP Khúc Văn Lâm; Phó Bí thư Thành ủy TP Tống Thị Hải. Ông Hứa Văn Tài là Ủy viên Ban Chấp hành Đoàn Trường (1996 - 1997).",
            ["Khúc Văn Lâm | Phó Bí thư Thành ủy | current", "Khúc Văn Lâm | Chủ tịch UBND TP | current", "Tống Thị Hải | Phó Bí thư Thành ủy TP | current", "Hứa Văn Tài | Ủy viên Ban Chấp hành Đoàn Trường | current"]
        },
        {
            "the person a sentence opens with holds the posts 'hiện là' gives, after a birth and degrees",
            "Đồng chí Khúc Văn Lâm sinh ngày 01/6/1979 tại An Giang, Thạc sĩ Kinh tế, Cao cấp Chính trị hiện là Ủy viên Ban Chấp hành Trung ương Đoàn, Phó Chủ tịch Hội Sinh viên Việt Nam.",
            ["Khúc Văn Lâm | Ủy viên Ban Chấp hành Trung ương Đoàn | current", "Khúc Văn Lâm | Phó Chủ tịch Hội Sinh viên Việt Nam | current"]
        },
        {
            "a heading's stack of posts given to members whose own posts come before their names; a rank and a dash before the heading's post",
            "Tham gia đoàn có các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Chủ nhiệm Ủy ban Kiểm tra Trung ương Khúc Văn Lâm, Trưởng ban Tổ chức Trung ương Tống Văn Hải; các đồng chí Đại tướng - Ủy viên Bộ Chính trị: Bộ trưởng Bộ Quốc phòng Hứa Văn Tài, Bộ trưởng Bộ Công an Mẫn Văn Thu.",
            ["Khúc Văn Lâm | Ủy viên Bộ Chính trị | current", "Tống Văn Hải | Ủy viên Bộ Chính trị | current", "Khúc Văn Lâm | Bí thư Trung ương Đảng | current", "Tống Văn Hải | Bí thư Trung ương Đảng | current", "Khúc Văn Lâm | Chủ nhiệm Ủy ban Kiểm tra Trung ương | current", "Tống Văn Hải | Trưởng ban Tổ chức Trung ương | current", "Hứa Văn Tài | Ủy viên Bộ Chính trị | current", "Mẫn Văn Thu | Ủy viên Bộ Chính trị | current", "Hứa Văn Tài | Bộ trưởng Bộ Quốc phòng | current", "Mẫn Văn Thu | Bộ trưởng Bộ Công an | current"]
        },
        // From sets Z163's to Z170's errors (step 118).
        {
            "a plenipotentiary ambassador's post names the country posted to after 'tại'; 'Phó Đại sứ' is a head",
            "Chủ tịch UBND thành phố Khúc Văn Lâm tiếp các ngài Đại sứ đặc mệnh toàn quyền tại Việt Nam: Ricardo Morales (Mexico), Dumitru Popescu (Rumani). Dự có Phó Đại sứ Lào tại Việt Nam Khamphan Sisavath.",
            ["Khúc Văn Lâm | Chủ tịch UBND thành phố | current", "Ricardo Morales | Đại sứ đặc mệnh toàn quyền tại Việt Nam | current", "Dumitru Popescu | Đại sứ đặc mệnh toàn quyền tại Việt Nam | current", "Khamphan Sisavath | Phó Đại sứ Lào tại Việt Nam | current"]
        },
        {
            "a home address of several units in a biography; a post, a comma and a rank before the name; a co-chair ('đồng Chủ tịch')",
            "Ông Khúc Văn Lâm, 61 tuổi, quê xã Quỳnh Thạnh, huyện Quỳnh Lưu, tỉnh Nghệ An, Ủy viên Trung ương Đảng khóa XII, XIII, Bộ trưởng Tài chính. Tham gia Đoàn có Phó Chủ tịch Quốc hội, Thượng tướng Tống Văn Hải; Bộ trưởng Xây dựng, đồng Chủ tịch Ủy ban Liên Chính phủ Việt Nam-Cuba Hứa Văn Tài.",
            ["Khúc Văn Lâm | Ủy viên Trung ương Đảng khóa XII, XIII | current", "Khúc Văn Lâm | Bộ trưởng Tài chính | current", "Tống Văn Hải | Phó Chủ tịch Quốc hội | current", "Hứa Văn Tài | Bộ trưởng Xây dựng | current", "Hứa Văn Tài | đồng Chủ tịch Ủy ban Liên Chính phủ Việt Nam-Cuba | current"]
        },
        {
            "a post approved, then 'là các ông:' and its holders",
            "Cụ thể, 4 nhân sự được phê chuẩn bổ nhiệm vị trí Phó Thủ tướng là các ông: Khúc Văn Lâm; Tống Văn Hải và Hứa Văn Tài.",
            ["Khúc Văn Lâm | Phó Thủ tướng | current", "Tống Văn Hải | Phó Thủ tướng | current", "Hứa Văn Tài | Phó Thủ tướng | current"]
        },
        // From sets Z171's to Z176's errors (step 121).
        {
            "a department's two fields in lower case joined by 'và' before its province; a land registry office; a signal corps",
            "Dự có Giám đốc Sở khoa học và công nghệ tỉnh Hòa Bình Khúc Văn Lâm. Ông Tống Văn Hải, Giám đốc Văn phòng đăng ký đất đai huyện Cần Đước, bị kỷ luật. Ông Hứa Văn Tài, Tư lệnh Binh chủng Thông tin liên lạc, dự.",
            ["Khúc Văn Lâm | Giám đốc Sở khoa học và công nghệ tỉnh Hòa Bình | current", "Tống Văn Hải | Giám đốc Văn phòng đăng ký đất đai huyện Cần Đước | current", "Hứa Văn Tài | Tư lệnh Binh chủng Thông tin liên lạc | current"]
        },
        {
            "'kinh qua các chức vụ:' opens a career; a specialised school's name after 'chuyên [ban]' is no person",
            "Ông Khúc Văn Lâm, quê TP Cà Mau, kinh qua các chức vụ: Phó bí thư Đoàn Trường PTTH chuyên ban Võ Minh Đức, Chánh văn phòng Tỉnh ủy, Giám đốc Sở Tư pháp.",
            ["Khúc Văn Lâm | Phó bí thư Đoàn Trường PTTH chuyên ban Võ Minh Đức | former", "Khúc Văn Lâm | Chánh văn phòng Tỉnh ủy | former", "Khúc Văn Lâm | Giám đốc Sở Tư pháp | former"]
        },
        {
            "a sentence of one post and a verb, no name, is no biography's",
            "Ông Khúc Văn Lâm dự hội nghị. Phó Chủ tịch UBND tỉnh; Giám đốc Sở Nội vụ phát biểu.",
            []
        },
        // From sets Z201's to Z216's errors (steps 127 and 128): invented sentences.
        {
            "Cambodia's honorifics introduce a name; 'Italia'; a numbered region in lower case; a department of employment",
            "Thủ tướng tiếp Thủ tướng Campuchia Samdech Techo Hun Sen và cựu Thủ tướng Cộng hòa Italia Mario Rossi. Ông Khúc Văn Lâm, Chánh án Tòa án Quân sự khu vực 2 Quân khu 3, và ông Hứa Văn Tài, Cục trưởng Cục Việc làm, dự.",
            ["Hun Sen | Thủ tướng Campuchia | current", "Mario Rossi | Thủ tướng Cộng hòa Italia | former", "Khúc Văn Lâm | Chánh án Tòa án Quân sự khu vực 2 Quân khu 3 | current",
             "Hứa Văn Tài | Cục trưởng Cục Việc làm | current"]
        },
        {
            "'ngài' introduces a guest; a dash typed without spaces before 'Đại sứ'; a post, a dash and 'ông' before the name; an embassy is a body",
            "Bí thư Tỉnh ủy tiếp ngài Rajesh Kumar-Đại sứ Ấn Độ tại Việt Nam. Đại sứ Cộng hòa Pháp tại Việt Nam – ông Pierre Martin cùng đoàn đến thăm. Bà Anna Weber – Bí thư thứ nhất Đại sứ quán, dự.",
            ["Rajesh Kumar | Đại sứ Ấn Độ tại Việt Nam | current", "Pierre Martin | Đại sứ Cộng hòa Pháp tại Việt Nam | current", "Anna Weber | Bí thư thứ nhất Đại sứ quán | current"]
        },
        {
            "a table pasted as text: a cell's border parts a name from its post",
            "Danh sách:\nTT | Tỉnh | Họ và tên | Chức vụ |\n1 | Lai Châu | Ông Khúc Văn Lâm | Giám đốc Sở Y tế Lai Châu |\n2 | Sơn La | Bà Mẫn Thị Thu | Giám đốc Sở Y tế Sơn La |",
            ["Khúc Văn Lâm | Giám đốc Sở Y tế Lai Châu | current", "Mẫn Thị Thu | Giám đốc Sở Y tế Sơn La | current"]
        },
        {
            "a career opened by 'từng kinh qua nhiều nhiệm vụ, vị trí từ'; a town's name after 'thị trấn' is no person",
            "Ông Khúc Văn Lâm có trình độ cử nhân Luật, từng kinh qua nhiều nhiệm vụ, vị trí từ Phó Bí thư Tỉnh đoàn, Giám đốc Sở Tư pháp. Ông Hứa Văn Tài, Bí thư Đảng ủy thị trấn Vĩnh Thuận, dự.",
            ["Khúc Văn Lâm | Phó Bí thư Tỉnh đoàn | former", "Khúc Văn Lâm | Giám đốc Sở Tư pháp | former", "Hứa Văn Tài | Bí thư Đảng ủy thị trấn Vĩnh Thuận | current"]
        },
        // From sets Z217's to Z222's errors (step 129): invented sentences.
        {
            "'Ngoài ông A, <post> ...' gives A no post; a ministry's later fields in lower case after a dash; 'Tự do', 'Đăng ký'",
            "Ngoài ông Khúc Văn Lâm, Chủ tịch UBND tỉnh cũng bổ nhiệm 4 cán bộ. Ông Hứa Văn Tài, bộ trưởng Bộ Văn hóa - thể thao và du lịch, dự. Bà Mẫn Thị Thu, Trưởng phòng Đăng ký kinh doanh, và ông Tanaka Ichiro, Chủ tịch Đảng Dân chủ Tự do Nhật Bản, dự.",
            ["Hứa Văn Tài | bộ trưởng Bộ Văn hóa - thể thao và du lịch | current", "Mẫn Thị Thu | Trưởng phòng Đăng ký kinh doanh | current",
             "Tanaka Ichiro | Chủ tịch Đảng Dân chủ Tự do Nhật Bản | current"]
        },
        {
            "Chinese family names in Sino-Vietnamese ('Tập', 'Mạnh'); a Korean family name opens a foreign name",
            "Chủ tịch Trung Quốc Tập Minh Hoa tiếp Ủy viên Bộ Chính trị Mạnh Quốc Cường. Đoàn có các Nghị sĩ Quốc hội: Bae Sung Gyo, Kim Sung Ho.",
            ["Tập Minh Hoa | Chủ tịch Trung Quốc | current", "Mạnh Quốc Cường | Ủy viên Bộ Chính trị | current", "Bae Sung Gyo | Nghị sĩ Quốc hội | current",
             "Kim Sung Ho | Nghị sĩ Quốc hội | current"]
        },
        {
            "a heading's post in lower case after 'các', with its term, before 'gồm có:'; a body's field 'xúc tiến', 'chỉnh hình'",
            "Các phó chủ tịch Hội khóa VI gồm có: ông Khúc Văn Lâm (Giám đốc Trung tâm xúc tiến Đầu tư), ông Hứa Văn Tài (Giám đốc Bệnh viện Chấn thương chỉnh hình).",
            ["Khúc Văn Lâm | phó chủ tịch Hội khóa VI | current", "Hứa Văn Tài | phó chủ tịch Hội khóa VI | current",
             "Khúc Văn Lâm | Giám đốc Trung tâm xúc tiến Đầu tư | current", "Hứa Văn Tài | Giám đốc Bệnh viện Chấn thương chỉnh hình | current"]
        },
        // From sets Z185's to Z200's errors (step 126): invented sentences.
        {
            "a post held written short before the post the event gives is a tenure of its own, not a short form of the new one",
            "Đồng chí Khúc Văn Lâm, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Tân An được điều động, chỉ định giữ chức Phó Bí thư Đảng ủy phường Bình Minh.",
            ["Khúc Văn Lâm | Phó Bí thư Đảng ủy | current", "Khúc Văn Lâm | Chủ tịch UBND phường Tân An | current", "Khúc Văn Lâm | Phó Bí thư Đảng ủy phường Bình Minh | new"]
        },
        {
            "a name never starts with a country's name; a name transliterated with hyphens is foreign",
            "Chủ tịch nước đón Tổng thống Nam Phi Thabo Mkhize. Phó Thủ tướng Khúc Văn Lâm tiếp Đại sứ Niu Di-lân Uy-li-am Bờ-rao.",
            ["Thabo Mkhize | Tổng thống Nam Phi | current", "Khúc Văn Lâm | Phó Thủ tướng | current", "Uy-li-am Bờ-rao | Đại sứ Niu Di-lân | current"]
        },
        {
            "'các Nghị sĩ Quốc hội:' heads its list; the list ends at an item that writes its own post before its name",
            "Đoàn có các Nghị sĩ Quốc hội: Kim Sung Ho, Park Sang Min; Đại sứ Việt Nam tại Hàn Quốc Khúc Văn Lâm.",
            ["Kim Sung Ho | Nghị sĩ Quốc hội | current", "Park Sang Min | Nghị sĩ Quốc hội | current", "Khúc Văn Lâm | Đại sứ Việt Nam tại Hàn Quốc | current"]
        },
        {
            "'gồm' with no colon after a plural post opens the list of members written with posts of their own; a corporation numbered",
            "Các phó chủ tịch Hội hữu nghị gồm Chủ nhiệm Ủy ban Kinh tế Khúc Văn Lâm; Phó chủ nhiệm Văn phòng Chính phủ Hứa Văn Tài. Ông Tống Văn Hải, Tổng Giám đốc Tổng công ty 36, dự.",
            ["Khúc Văn Lâm | phó chủ tịch Hội hữu nghị | current", "Hứa Văn Tài | phó chủ tịch Hội hữu nghị | current", "Khúc Văn Lâm | Chủ nhiệm Ủy ban Kinh tế | current",
             "Hứa Văn Tài | Phó chủ nhiệm Văn phòng Chính phủ | current", "Tống Văn Hải | Tổng Giám đốc Tổng công ty 36 | current"]
        },
        // From sets Z217's to Z222's errors read again (step 132): invented sentences.
        {
            "a Korean given name whose vowels no Kinh syllable has ('Hyun', 'Myung') closes a foreign name after a Korean family name",
            "Thứ trưởng Khúc Văn Lâm tiếp Bộ trưởng Thương mại Hàn Quốc Park Hyun và Thị trưởng Seoul Kim Myung.",
            ["Khúc Văn Lâm | Thứ trưởng | current", "Park Hyun | Bộ trưởng Thương mại Hàn Quốc | current", "Kim Myung | Thị trưởng Seoul | current"]
        },
        {
            "national agencies with 'về' inside their names",
            "Ông Hứa Văn Tài, Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội, và Phó Chủ nhiệm Ủy ban Quốc gia về thanh niên Việt Nam Mẫn Thị Thu dự.",
            ["Hứa Văn Tài | Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội | current",
             "Mẫn Thị Thu | Phó Chủ nhiệm Ủy ban Quốc gia về thanh niên Việt Nam | current"]
        },
        {
            "a heading's list whose items write each member's own post before the name, run together on one line with no separator",
            "Kỳ họp chỉ định Ủy viên UBND tỉnh gồm:\n\nGiám đốc Sở Y tế Khúc Văn Lâm Chánh Thanh tra tỉnh Hứa Văn Tài Giám đốc Sở Nội vụ Mẫn Thị Thu",
            ["Khúc Văn Lâm | Ủy viên UBND tỉnh | new", "Hứa Văn Tài | Ủy viên UBND tỉnh | new", "Mẫn Thị Thu | Ủy viên UBND tỉnh | new",
             "Khúc Văn Lâm | Giám đốc Sở Y tế | current", "Hứa Văn Tài | Chánh Thanh tra tỉnh | current", "Mẫn Thị Thu | Giám đốc Sở Nội vụ | current"]
        },
        // From sets Z197's to Z222's errors (step 133): invented sentences.
        {
            "a counted head inside a list of a body's leaders ('lãnh đạo <body> gồm:') is that body's post",
            "Lãnh đạo Cục Chăn nuôi gồm: Cục trưởng Khúc Văn Lâm và 2 Phó cục trưởng là ông Hứa Văn Tài, bà Mẫn Thị Thu.",
            ["Khúc Văn Lâm | Cục trưởng | current", "Hứa Văn Tài | Phó cục trưởng | current", "Mẫn Thị Thu | Phó cục trưởng | current"]
        },
        {
            "'<decision> các <post held> làm <new post>, gồm: A, B': each member held the plural post before the move",
            "UBND tỉnh điều động, bổ nhiệm các Phó giám đốc Sở Xây dựng làm Phó giám đốc Sở Giao thông vận tải, gồm: ông Khúc Văn Lâm, bà Mẫn Thị Thu.",
            ["Khúc Văn Lâm | Phó giám đốc Sở Xây dựng | former", "Mẫn Thị Thu | Phó giám đốc Sở Xây dựng | former",
             "Khúc Văn Lâm | Phó giám đốc Sở Giao thông vận tải | new", "Mẫn Thị Thu | Phó giám đốc Sở Giao thông vận tải | new"]
        },
        {
            "administrative fields inside units' names, a comma enumerating them; 'post – ông name'",
            "Ông Hứa Văn Tài, Phó Tổng Biên tập Tạp chí Toàn cảnh, Sự kiện và Dư luận, và Chủ nhiệm Ủy ban Biên giới quốc gia Mẫn Thị Thu dự. Đại sứ Cộng hòa Pháp tại Việt Nam – ông Nicolas Warnery phát biểu.",
            ["Hứa Văn Tài | Phó Tổng Biên tập Tạp chí Toàn cảnh, Sự kiện và Dư luận | current", "Mẫn Thị Thu | Chủ nhiệm Ủy ban Biên giới quốc gia | current",
             "Nicolas Warnery | Đại sứ Cộng hòa Pháp tại Việt Nam | current"]
        },
        {
            "a deputy's delegation opening the bracket after the name ('(đoàn X, cựu post)'); a career item's parent body after a comma",
            "Quốc hội bãi nhiệm ông Khúc Văn Lâm (đoàn Lai Châu, cựu Bí thư Tỉnh ủy Lai Châu). Ông Hứa Văn Tài từng đảm nhiệm các chức vụ như: Vụ trưởng Vụ Địa phương III, Cơ quan UB Kiểm tra Trung ương; Bí thư Tỉnh ủy Hà Giang.",
            ["Khúc Văn Lâm | Bí thư Tỉnh ủy Lai Châu | former", "Hứa Văn Tài | Vụ trưởng Vụ Địa phương III | former", "Hứa Văn Tài | Bí thư Tỉnh ủy Hà Giang | former"]
        },
        {
            "a career item's province in brackets; a count in words and 'khóa mới' before 'là' and the members",
            "Ông Khúc Văn Lâm từng làm Hiệu trưởng Trường THPT chuyên Lê Quý Đôn (Đà Nẵng), Bí thư Quận ủy Sơn Trà. Hai Phó chủ tịch HĐND tỉnh khóa mới là ông Hứa Văn Tài (57 tuổi); bà Mẫn Thị Thu (38 tuổi).",
            ["Khúc Văn Lâm | Hiệu trưởng Trường THPT chuyên Lê Quý Đôn | former", "Khúc Văn Lâm | Bí thư Quận ủy Sơn Trà | former",
             "Hứa Văn Tài | Phó chủ tịch HĐND tỉnh | current", "Mẫn Thị Thu | Phó chủ tịch HĐND tỉnh | current"]
        },
        {
            "a degree before the posts a pronoun's clause states; 'Trước đó, bác sĩ A lần lượt giữ các chức vụ ...'; 'là bác sĩ A và B'",
            "Ông Khúc Văn Lâm sinh năm 1970. Ông là tiến sĩ kinh tế, ủy viên dự khuyết Ban Chấp hành Trung ương Đảng khóa XII, chủ tịch UBND tỉnh Quảng Ninh. Trước đó, bác sĩ Hứa Văn Tài lần lượt giữ các chức vụ Trưởng phòng Kế hoạch Tổng hợp, Phó Giám đốc Bệnh viện Chợ Rẫy. Bệnh viện có hai phó giám đốc là bác sĩ Mẫn Thị Thu và Tống Văn Hải.",
            ["Khúc Văn Lâm | ủy viên dự khuyết Ban Chấp hành Trung ương Đảng khóa XII | current", "Khúc Văn Lâm | chủ tịch UBND tỉnh Quảng Ninh | current",
             "Hứa Văn Tài | Trưởng phòng Kế hoạch Tổng hợp | former", "Hứa Văn Tài | Phó Giám đốc Bệnh viện Chợ Rẫy | former",
             "Mẫn Thị Thu | phó giám đốc | current", "Tống Văn Hải | phó giám đốc | current"]
        },
        {
            "a post a decision gives to the person named before it is not the next name's; 'báo cáo với <post>' is another's; 'tỉnh' closes a body before a verb",
            "Chúc mừng ông Park Sang Min được bổ nhiệm làm Bộ trưởng Ngoại giao Hàn Quốc, Phó Thủ tướng Khúc Văn Lâm bày tỏ tin tưởng. Báo cáo với Phó Thủ tướng, Phó Chủ tịch UBND tỉnh Hứa Văn Tài cho biết. Ông Tống Văn Hải - Giám đốc Trung tâm Y tế Dự phòng tỉnh thông tin, từ đầu tháng 1 đã phát hiện 17 ca.",
            ["Park Sang Min | Bộ trưởng Ngoại giao Hàn Quốc | new", "Khúc Văn Lâm | Phó Thủ tướng | current", "Hứa Văn Tài | Phó Chủ tịch UBND tỉnh | current",
             "Tống Văn Hải | Giám đốc Trung tâm Y tế Dự phòng tỉnh | current"]
        },
        {
            "a relative clause after the last name of a list ('và ông B, người vừa được bổ nhiệm ...') gives the post to B alone",
            "Ông Khúc Văn Lâm, Bí thư Tỉnh ủy Cà Mau và ông Hứa Văn Tài, người vừa được bổ nhiệm giữ chức Giám đốc Đại học Quốc gia Hà Nội.",
            ["Khúc Văn Lâm | Bí thư Tỉnh ủy Cà Mau | current", "Hứa Văn Tài | Giám đốc Đại học Quốc gia Hà Nội | new"]
        },
        {
            "'giữ chức <post> từ ... đến nay' is a post held now, not one taken up in the event",
            "Ông Khúc Văn Lâm giữ chức Giám đốc Sở Xây dựng từ ngày 1/7 đến nay. Ông Hứa Văn Tài được bổ nhiệm giữ chức Giám đốc Sở Y tế từ ngày 1/8.",
            ["Khúc Văn Lâm | Giám đốc Sở Xây dựng | current", "Hứa Văn Tài | Giám đốc Sở Y tế | new"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_posts_the_sentence_states(string shape, string text, string[] expected) =>
        PostRows.AssertReads(shape, text, expected);

    [Theory]
    [InlineData("Với việc ông Khúc Văn Lâm nghỉ hưu, Bộ Tư pháp còn có 3 thứ trưởng gồm: Hứa Văn Tài, Mẫn Thị Thu.", "thứ trưởng", "thứ trưởng Bộ Tư pháp")]
    [InlineData("Hiện nay, Bộ có 4 Thứ trưởng gồm các ông: Lữ Văn Cảnh, Tống Văn Hải.", "Thứ trưởng", "Thứ trưởng")]
    [InlineData("Ông Lữ Văn Cảnh từng giữ chức Bí thư kiêm Chủ tịch UBND H.Tân Lạc.", "Bí thư", "Bí thư Huyện ủy Tân Lạc")]
    [InlineData("Ông Lữ Văn Cảnh, Bí thư kiêm Chủ tịch UBND quận Ba Đình, dự.", "Bí thư", "Bí thư Quận ủy Ba Đình")]
    [InlineData("Ông Lữ Văn Cảnh, Phó Bí thư, Chủ tịch UBND thị xã Sơn Tây, dự.", "Phó Bí thư", "Phó Bí thư Thị ủy Sơn Tây")]
    [InlineData("Ông Lữ Văn Cảnh, Phó Bí thư, Chủ tịch UBND tỉnh Lai Châu, dự.", "Phó Bí thư", "Phó Bí thư Tỉnh ủy Lai Châu")]
    [InlineData("Đại tá Hứa Văn Tài, Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ CHQS tỉnh Lai Châu phát biểu.", "Phó Chỉ huy trưởng", "Phó Chỉ huy trưởng Bộ CHQS tỉnh Lai Châu")]
    [InlineData("Lãnh đạo Cục Chăn nuôi gồm: Cục trưởng Khúc Văn Lâm và 2 Phó cục trưởng là ông Hứa Văn Tài, bà Mẫn Thị Thu.", "Phó cục trưởng", "Phó cục trưởng Cục Chăn nuôi")]
    public void A_head_written_bare_is_recorded_with_the_body_the_sentence_names_elsewhere(string text, string title, string post)
    {
        var fact = ArticleExtractor.Extract(text).Posts.First(f => f.Title == title);
        Assert.Equal(post, fact.Post);
    }

    [Theory]
    [InlineData("Ông Hứa Văn Tài, Ủy viên Trung ương Đảng khóa XIII, Bí thư Tỉnh ủy, dự.", "Ủy viên Trung ương Đảng khóa XIII", "Ủy viên Trung ương Đảng")]
    [InlineData("Ông Hứa Văn Tài, Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Lai Châu, dự.", "Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Lai Châu", "Trưởng Đoàn đại biểu Quốc hội tỉnh Lai Châu")]
    public void A_committees_number_is_written_with_the_post_and_left_out_of_the_post_recorded(string text, string title, string post)
    {
        var fact = ArticleExtractor.Extract(text).Posts.First(f => f.Title == title);
        Assert.Equal(post, fact.Post);
    }

    [Theory]
    [InlineData("Phó Chủ tịch chuyên trách Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam")]
    [InlineData("Phó Chủ tịch không chuyên trách Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam")]
    [InlineData("Phó Chủ tịch Thường trực UBND tỉnh Lai Châu", "UBND tỉnh Lai Châu")]
    public void A_posts_qualifier_is_not_its_bodys(string post, string body) => Assert.Equal(body, Bodies.Of(post));

    [Fact]
    public void A_persons_home_province_gives_no_post_its_place()
    {
        var facts = ArticleExtractor.Extract("Ông Lữ Văn Cảnh, Chánh Văn phòng UBND tỉnh, được bầu giữ chức Phó Chủ tịch UBND tỉnh Lai Châu. Ông Cảnh quê quán xã Thượng Đình, huyện Phú Bình, tỉnh Thái Nguyên. Ông Lữ Văn Cảnh, Chánh Văn phòng UBND tỉnh, phát biểu.").Posts;
        Assert.Equal(["Chánh Văn phòng UBND tỉnh Lai Châu", "Phó Chủ tịch UBND tỉnh Lai Châu"], facts.Select(f => f.Post));
    }

    [Fact]
    public void A_place_ending_a_persons_name_gives_no_post_its_place()
    {
        // "Minh Hải", a province of earlier decades, is the given name of "Tống Minh Hải" here: the post takes no place.
        var fact = Assert.Single(ArticleExtractor.Extract("Ông Tống Minh Hải dự. Ông Khúc Văn Lâm, Chủ tịch UBND tỉnh, phát biểu.").Posts);
        Assert.Equal("Chủ tịch UBND tỉnh", fact.Post);
    }

    [Fact]
    public void A_bare_head_sharing_a_provinces_committee_takes_the_place_from_context()
    {
        var fact = ArticleExtractor.Extract("Tại Lai Châu, ông Lữ Văn Cảnh, Phó Bí thư, Chủ tịch UBND tỉnh phát biểu.").Posts.First(f => f.Title == "Phó Bí thư");
        Assert.Equal("Phó Bí thư Tỉnh ủy Lai Châu", fact.Post);
        Assert.True(fact.PlaceFromContext);
    }

    [Fact]
    public void A_board_named_whole_earlier_gives_its_full_name_to_the_shortened_post()
    {
        var text = "Ban Chỉ đạo Đề án Trung ương 9 làm việc tại tỉnh. Đồng chí Tiêu Văn Minh, Trưởng Ban Chỉ đạo, phát biểu.";
        var fact = Assert.Single(ArticleExtractor.Extract(text).Posts);
        Assert.Equal("Trưởng Ban Chỉ đạo", fact.Title);
        Assert.Equal("Trưởng Ban Chỉ đạo Đề án Trung ương 9", fact.Post);
    }

    [Fact]
    public void A_legislature_written_inside_a_post_is_kept_in_its_title_not_in_the_post_recorded()
    {
        var fact = Assert.Single(ArticleExtractor.Extract("Đồng chí Lý Văn Bình, Trưởng Đoàn đại biểu Quốc hội khóa XIV tỉnh Hà Giang, phát biểu.").Posts);
        Assert.Equal("Trưởng Đoàn đại biểu Quốc hội khóa XIV tỉnh Hà Giang", fact.Title);
        Assert.Equal("Trưởng Đoàn đại biểu Quốc hội tỉnh Hà Giang", fact.Post);
    }

    [Fact]
    public void A_legislature_written_between_a_post_and_the_name_after_it_is_kept_in_its_title_not_in_the_post_recorded()
    {
        var fact = ArticleExtractor.Extract("Tỉnh ủy viên, Chủ tịch HĐND tỉnh khóa XIV Tạ Văn Sơn phát biểu khai mạc kỳ họp.")
            .Posts.First(f => f.Title.StartsWith("Chủ tịch", StringComparison.Ordinal));
        Assert.Equal("Tạ Văn Sơn", fact.Person);
        Assert.Equal("Chủ tịch HĐND tỉnh khóa XIV", fact.Title);
        Assert.Equal("Chủ tịch HĐND tỉnh", fact.Post);
    }

    [Theory]
    [InlineData("Đại hội Đoàn TNCS Hồ Chí Minh TP.Hà Nội khai mạc. Dự có bà Mẫn Thị Thu, Phó Bí thư Thành ủy.", "Phó Bí thư Thành ủy Hà Nội")]
    [InlineData("Tại Tp.Cần Thơ, bà Mẫn Thị Thu, Phó Bí thư Thành ủy, dự.", "Phó Bí thư Thành ủy Cần Thơ")]
    public void The_leaders_name_is_no_city_and_a_city_glued_to_its_abbreviation_is_one(string text, string post)
    {
        var fact = Assert.Single(ArticleExtractor.Extract(text).Posts);
        Assert.Equal(post, fact.Post);
    }

    [Theory]
    [InlineData("Tại huyện Mường Tè, ông Khúc Văn Lâm, Bí thư Huyện ủy, dự. Tỉnh Lai Châu có 8 huyện.", "Bí thư Huyện ủy", "Bí thư Huyện ủy Mường Tè")]
    [InlineData("Ông Khúc Văn Lâm, Bí thư Thành ủy, Chủ tịch HĐND TP. Đồng Hới, dự họp tại tỉnh Quảng Bình.", "Bí thư Thành ủy", "Bí thư Thành ủy Đồng Hới")]
    [InlineData("Phó Chủ tịch HĐND tỉnh Lai Châu Tống Văn Hải dự. Bà Mẫn Thị Thu, Phó Chủ tịch HĐND tỉnh khóa 13, phát biểu.", "Phó Chủ tịch HĐND tỉnh khóa 13", "Phó Chủ tịch HĐND tỉnh Lai Châu")]
    public void A_districts_or_a_citys_post_takes_the_district_or_city_named_not_the_province(string text, string title, string post)
    {
        var fact = ArticleExtractor.Extract(text).Posts.First(f => f.Title == title);
        Assert.Equal(post, fact.Post);
    }

    [Fact]
    public void A_provinces_post_takes_no_centrally_governed_city_from_the_context()
    {
        var fact = Assert.Single(ArticleExtractor.Extract("Ông Khúc Văn Lâm, Bí thư Tỉnh ủy, dự. Đoàn công tác của Ban Tuyên giáo Trung ương tại TP. Hồ Chí Minh dự.").Posts);
        Assert.Equal("Bí thư Tỉnh ủy", fact.Post);
        Assert.Null(fact.Place);
    }

    [Fact]
    public void A_one_word_post_closed_by_its_terms_is_recorded_without_them()
    {
        var fact = Assert.Single(ArticleExtractor.Extract("Ông Khúc Văn Lâm là ĐBQH khóa 13, 14.").Posts);
        Assert.Equal("ĐBQH khóa 13, 14", fact.Title);
        Assert.Equal("ĐBQH", fact.Post);
    }

    [Theory]
    [InlineData("Thứ trưởng Ngoại giao", "Thứ trưởng Bộ Ngoại giao")]
    [InlineData("Bộ trưởng Công Thương", "Bộ trưởng Bộ Công Thương")]
    [InlineData("Chủ tịch tỉnh Quảng Nam", "Chủ tịch UBND tỉnh Quảng Nam")]
    [InlineData("Phó Chánh án TANDTC", "Phó Chánh án Tòa án nhân dân tối cao")]
    [InlineData("Thủ tướng", "Thủ tướng Chính phủ")]
    [InlineData("Phó Thủ tướng", "Phó Thủ tướng Chính phủ")]
    public void A_ministry_or_a_court_written_short_is_the_same_post(string written, string full) =>
        Assert.Equal(PostKeys.OfPost(full), PostKeys.OfPost(written));

    [Fact]
    public void A_post_named_by_the_press_short_form_is_the_same_post()
    {
        var facts = ArticleExtractor.Extract("Chủ tịch tỉnh Quảng Nam Khúc Văn Lâm bị khiển trách. Ông Khúc Văn Lâm, Chủ tịch UBND tỉnh Quảng Nam, cho biết.").Posts;
        Assert.Equal("Chủ tịch tỉnh Quảng Nam", Assert.Single(facts).Title);
    }

    [Fact]
    public void A_board_named_only_short_keeps_its_post_as_written()
    {
        var fact = Assert.Single(ArticleExtractor.Extract("Đồng chí Tiêu Văn Minh, Trưởng Ban Chỉ đạo, phát biểu.").Posts);
        Assert.Equal("Trưởng Ban Chỉ đạo", fact.Post);
    }
}
