using System.Text.RegularExpressions;

namespace SearchService.RealDocuments;

/// <summary>
/// Phrases are compared without whitespace: joining wrapped lines or trimming may remove the spaces around a line
/// break, and that is not a lost line. Nothing else is folded (script, width and punctuation must survive as written).
/// </summary>
public static class TextMatch
{
    public static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A phrase as the reader gives it when the page glossed its characters with pinyin (開(kāi)展 → 開展).</summary>
    public static string WithoutPinyinGlosses(string text) => PinyinGloss.Replace(text, "");

    private static readonly Regex PinyinGloss = new(@"(?<=[\u3400-\u9FFF])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5' ]+[)）]", RegexOptions.CultureInvariant);
}
