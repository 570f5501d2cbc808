namespace SearchService.Analysis.Segmentation;

/// <summary>Lucene SmartCn's character classes (<c>Utility.getCharType</c>), per UTF-16 unit.</summary>
internal enum CharType : byte
{
    Delimiter = 0,
    Letter = 1,
    Digit = 2,
    Hanzi = 3,
    SpaceLike = 4,
    FullWidthLetter = 5,
    FullWidthDigit = 6,
    Other = 7,
}

internal static class CharTypes
{
    public static CharType Of(char c)
    {
        if (c >= '\u4E00' && c <= '\u9FA5') return CharType.Hanzi;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return CharType.Letter;
        if (c >= '0' && c <= '9') return CharType.Digit;
        if (c is ' ' or '\t' or '\r' or '\n' or '\u3000') return CharType.SpaceLike;
        if ((c >= '\u0021' && c <= '\u00BB') || (c >= '\u2010' && c <= '\u2642') || (c >= '\u3001' && c <= '\u301E')) return CharType.Delimiter;
        if ((c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) return CharType.FullWidthLetter;
        if (c >= '\uFF10' && c <= '\uFF19') return CharType.FullWidthDigit;
        if (c >= '\uFE30' && c <= '\uFF63') return CharType.Delimiter;
        return CharType.Other;
    }
}
