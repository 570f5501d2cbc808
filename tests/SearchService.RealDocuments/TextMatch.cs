namespace SearchService.RealDocuments;

/// <summary>
/// Phrases are compared without whitespace: joining wrapped lines or trimming may remove the spaces around a line
/// break, and that is not a lost line. Nothing else is folded (script, width and punctuation must survive as written).
/// </summary>
public static class TextMatch
{
    public static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
