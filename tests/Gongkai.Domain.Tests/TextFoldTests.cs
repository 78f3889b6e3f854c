// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Text;

namespace Gongkai.Tests;

public class TextFoldTests
{
    [Theory]
    [InlineData("自 然 人", "自然人")]
    [InlineData("（一）予以公开", "(一)予以公开")]
    [InlineData("國辦公開辦函", "国办公开办函")]
    [InlineData("\u3000\u3000", "")]
    [InlineData("⼈⺠政府", "人民政府")]
    [InlineData("「三安全一稳定」", "\"三安全一稳定\"")]
    public void Fold_NormalisesVariants(string input, string expected) => Assert.Equal(expected, TextFold.Fold(input));

    [Fact]
    public void IsBlank_IdeographicSpaceAndNbsp_AreBlank()
    {
        Assert.True(TextFold.IsBlank("\u3000\u00A0 \t"));
        Assert.False(TextFold.IsBlank(" 0 "));
    }
}

public class TextFoldRadicalTests
{
    [Fact]
    public void NormalizeRadicals_ReplacesOnlyRadicals() =>
        Assert.Equal("淮安市人民政府 2024", TextFold.NormalizeRadicals("淮安市⼈⺠政府 2024"));
}
