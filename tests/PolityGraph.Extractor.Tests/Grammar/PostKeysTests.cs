using PolityGraph.Extractor.Grammar;

namespace PolityGraph.Extractor.Tests.Grammar;

/// <summary>Posts written differently that are one post, and posts that are not.</summary>
public sealed class PostKeysTests
{
    [Theory]
    [InlineData("Chủ tịch UBND TP HCM", "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh")]
    [InlineData("Chủ tịch UBND TPHCM", "Chủ tịch UBND TP.HCM")]
    [InlineData("Phó Bí thư Thường trực Huyện ủy huyện Quan Sơn", "Phó bí thư Thường trực Huyện ủy Quan Sơn")]
    [InlineData("Bí thư Quận ủy quận 3", "Bí thư Quận ủy 3")]
    [InlineData("Bí thư Thị ủy thị xã Sơn Tây", "Bí thư Thị ủy Sơn Tây")]
    [InlineData("Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch Hội đồng nhân dân")]
    [InlineData("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam")]
    [InlineData("Phó trưởng Đoàn ĐBQH tỉnh", "Phó Trưởng đoàn Đại biểu Quốc hội tỉnh")]
    [InlineData("UVT.Ư Đảng", "Ủy viên Trung ương Đảng")]
    [InlineData("Bí thư Thành ủy Hà Nội", "Bí thư Thành ủy thành phố Hà Nội")]
    [InlineData("nguyên Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy")]
    [InlineData("Uỷ viên Bộ Chính trị", "ủy viên bộ chính trị")]
    [InlineData("Giám đốc Sở TT&TT", "Giám đốc Sở Thông tin và Truyền thông")]
    [InlineData("Thứ trưởng Bộ GTVT", "Thứ trưởng Bộ Giao thông vận tải")]
    [InlineData("Phó Chủ tịch Hội LHPN tỉnh", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")]
    [InlineData("Giám đốc Sở TN&MT", "Giám đốc Sở Tài nguyên và Môi trường")]
    [InlineData("Giám đốc Sở TN- MT", "Giám đốc Sở Tài nguyên và Môi trường")]
    [InlineData("Giám đốc Sở KH&ĐT", "Giám đốc Sở Kế hoạch và Đầu tư")]
    [InlineData("Bộ trưởng Bộ NN&PTNT", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn")]
    [InlineData("Giám đốc Sở GD&ĐT", "Giám đốc Sở Giáo dục và Đào tạo")]
    [InlineData("Giám đốc Sở KH&CN", "Giám đốc Sở Khoa học và Công nghệ")]
    [InlineData("Giám đốc Sở LĐ-TB&XH", "Giám đốc Sở Lao động - Thương binh và Xã hội")]
    [InlineData("Phó Chủ tịch Ban Chấp hành Trung ương Hội NDVN", "Phó Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam")]
    [InlineData("Chủ tịch LĐLĐ tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh")]
    [InlineData("UVTV", "Ủy viên Ban Thường vụ")]
    [InlineData("Chỉ huy trưởng Bộ Chỉ huy Quân sự (BCHQS) tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")]
    [InlineData("Ủy viên BTV", "UVBTV")]
    [InlineData("GĐ Sở Y tế", "Giám đốc Sở Y tế")]
    [InlineData("PGĐ Sở Nội vụ", "Phó Giám đốc Sở Nội vụ")]
    [InlineData("Giám đốc Sở VHTT&DL", "Giám đốc Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("Chủ tịch UBND H.Vĩnh Lợi", "Chủ tịch UBND huyện Vĩnh Lợi")]
    [InlineData("Bí thư Quận ủy Q.Ba Đình", "Bí thư Quận ủy quận Ba Đình")]
    public void Are_one_post(string a, string b) => Assert.Equal(PostKeys.OfPost(a), PostKeys.OfPost(b));

    [Theory]
    [InlineData("Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy")]
    [InlineData("Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh")]
    [InlineData("Bí thư Thành ủy Hà Nội", "Bí thư Thành ủy Hải Phòng")]
    public void Are_different_posts(string a, string b) => Assert.NotEqual(PostKeys.OfPost(a), PostKeys.OfPost(b));

    [Fact]
    public void Matching_also_takes_the_Central_Committee_by_its_longer_names()
    {
        Assert.Equal(PostKeys.ForMatching("Ủy viên Trung ương Đảng"), PostKeys.ForMatching("Ủy viên Ban Chấp hành Trung ương Đảng"));
        // The scoring rule does not grant that synonym.
        Assert.NotEqual(PostKeys.OfPost("Ủy viên Trung ương Đảng"), PostKeys.OfPost("Ủy viên Ban Chấp hành Trung ương Đảng"));
    }
}
