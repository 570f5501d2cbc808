using System.Text;
using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Dedup;

/// <summary>
/// The form two paragraphs are compared in: without the leading ordinal (<c>十一是</c>, <c>三、</c>, <c>（二）</c>,
/// <c>1.</c>), without whitespace, with full-width ASCII forms (letters, digits, <c>，；：（）！？</c>) folded to half width.
/// </summary>
internal static partial class TextNormalizer
{
    public static string Normalize(string text)
    {
        var withoutOrdinal = LeadingOrdinal().Replace(text.Trim(), "", 1);
        var sb = new StringBuilder(withoutOrdinal.Length);
        foreach (var c in withoutOrdinal)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            sb.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }
        return sb.ToString();
    }

    public static string WithoutOrdinal(string text) => LeadingOrdinal().Replace(text.Trim(), "", 1);

    [GeneratedRegex(@"^\s*(?:[（(][一二三四五六七八九十百零〇\d]+[）)]|[一二三四五六七八九十百零〇]+(?:是|、)|\d+\s*[、.．)）]|第[一二三四五六七八九十百零〇\d]+[是条章节，、：]?)\s*")]
    private static partial Regex LeadingOrdinal();
}
