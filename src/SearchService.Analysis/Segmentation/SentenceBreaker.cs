using System.Runtime.CompilerServices;
using System.Globalization;

namespace SearchService.Analysis.Segmentation;

/// <summary>
/// The JDK 17 sentence break iterator (<c>BreakIterator.getSentenceInstance(Locale.ROOT)</c>, the legacy rule-based
/// one) as its 13-state DFA over 13 character categories. Not UAX #29: CJK ideographs count as upper-case letters,
/// and Chinese commas never end a sentence.
/// </summary>
internal static class SentenceBreaker
{
    private const byte Comma = 0, Para = 1, Period = 2, Quote = 3, Term = 4, Upper = 5, Lower = 6, Danda = 7, Other = 8,
        Digit = 9, Close = 10, Open = 11, Space = 12, Ignore = 255;

    // Rows are states 0..12 (0 = stop), columns the categories 0..12.
    private static readonly byte[,] Table =
    {
        { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
        { 1, 2, 5, 1, 11, 1, 1, 3, 1, 1, 1, 1, 1 },
        { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
        { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3 },
        { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
        { 1, 2, 5, 9, 11, 1, 1, 8, 8, 1, 5, 8, 6 },
        { 1, 2, 5, 8, 11, 4, 1, 8, 8, 1, 1, 8, 7 },
        { 1, 2, 5, 10, 11, 4, 4, 10, 10, 1, 1, 10, 7 },
        { 1, 2, 5, 8, 11, 4, 4, 8, 8, 1, 1, 8, 1 },
        { 1, 2, 5, 9, 11, 4, 4, 10, 10, 1, 5, 10, 6 },
        { 0, 0, 0, 8, 0, 4, 4, 8, 8, 0, 0, 8, 0 },
        { 0, 2, 11, 11, 11, 0, 0, 0, 0, 0, 11, 0, 12 },
        { 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12 },
    };

    //                                      0      1     2      3      4     5      6      7      8      9     10     11     12
    private static readonly bool[] End = [false, true, true, true, true, false, false, false, false, false, false, true, true];
    private static readonly bool[] LookAhead = [false, false, false, false, true, true, true, true, false, true, false, false, false];

    /// <summary>Appendix A.1: supplementary Mn/Cf code points the JDK table files under COMMA.</summary>
    private static readonly HashSet<int> SupplementaryCommas = Parse("""
        101FD 102E0 1037A 10A03 10A0F 10A3A 10A3F 10D27 10F50 11001 11046 11081 110B6 110BD 110CD 11102 1112B 11134 11173 111BE 111CC 111CF 11231 11234 1123E 112DF 112EA 11340 1136C 11374 1143F 11444 11446 1145E 114B8 114BA 115B5 1163A 1163D 116AB 116AD 116B5 116B7 1171F 11725 1172B 11837 1193E 11943 119D7 119E0 11A0A 11A38 11A3E 11A47 11A56 11A5B 11A96 11C36 11C3D 11C3F 11CA7 11CB0 11D36 11D3A 11D45 11D47 11D95 11D97 13438 16AF4 16B36 16F4F 16F92 16FE4 1BCA3 1D169 1D182 1D18B 1D1AD 1D244 1DA36 1DA6C 1DA75 1DA84 1DA9F 1DAAF 1E006 1E018 1E021 1E02A 1E136 1E2EF 1E8D6 1E94A E0001 E007F E01EF
        """).SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1)).ToHashSet();

    private static readonly (int From, int To)[] UpperRanges =
        [(0x18CD6, 0x18CFF), (0x2A6DE, 0x2A6FF), (0x2B735, 0x2B73F), (0x2B81E, 0x2B81F), (0x2CEA2, 0x2CEAF), (0x2FA1E, 0x2FFFF)];

    /// <summary>Appendix A.2: assigned after Unicode 13.0, so still unassigned (OTHER) for JDK 17.</summary>
    private static readonly (int From, int To)[] AssignedAfterUnicode13 = Parse("""
        061D 0870-088E 0890-0891 0897-089F 08B5 08C8-08D2 0C3C 0C5D 0CDD 0CF3 0ECE 170D 1715 171F 180F 1AC1-1ACE 1B4C 1B4E-1B4F 1B7D-1B7F 1C89-1C8A 1DFA 20C0 2427-2429 2C2F 2C5F 2E53-2E5D 2FFC-2FFF 31E4-31E5 31EF 9FFD-9FFF A7C0-A7C1 A7CB-A7CD A7D0-A7D1 A7D3 A7D5-A7DC A7F2-A7F4 FBC2 FD40-FD4F FDCF FDFE-FDFF 10570-1057A 1057C-1058A 1058C-10592 10594-10595 10597-105A1 105A3-105B1 105B3-105B9 105BB-105BC 105C0-105F3 10780-10785 10787-107B0 107B2-107BA 10D40-10D65 10D69-10D85 10D8E-10D8F 10EC2-10EC4 10EFC-10EFF 10F70-10F89 11070-11075 110C2 1123F-11241 11380-11389 1138B 1138E 11390-113B5 113B7-113C0 113C2 113C5 113C7-113CA 113CC-113D5 113D7-113D8 113E1-113E2 116B9 116D0-116E3 11740-11746 11AB0-11ABF 11B00-11B09 11BC0-11BE1 11BF0-11BF9 11F00-11F10 11F12-11F3A 11F3E-11F5A 12F90-12FF2 1342F 13439-13455 13460-143FA 16100-16139 16A70-16ABE 16AC0-16AC9 16D40-16D79 18CFF 1AFF0-1AFF3 1AFF5-1AFFB 1AFFD-1AFFE 1B11F-1B122 1B132 1B155 1CC00-1CCF9 1CD00-1CEB3 1CF00-1CF2D 1CF30-1CF46 1CF50-1CFC3 1D1E9-1D1EA 1D2C0-1D2D3 1DF00-1DF1E 1DF25-1DF2A 1E030-1E06D 1E08F 1E290-1E2AE 1E4D0-1E4F9 1E5D0-1E5FA 1E5FF 1E7E0-1E7E6 1E7E8-1E7EB 1E7ED-1E7EE 1E7F0-1E7FE 1F6DC-1F6DF 1F774-1F776 1F77B-1F77F 1F7D9 1F7F0 1F8B2-1F8BB 1F8C0-1F8C1 1F979 1F9CC 1FA75-1FA77 1FA7B-1FA7C 1FA87-1FA89 1FA8F 1FAA9-1FAAF 1FAB7-1FABF 1FAC3-1FAC6 1FACE-1FACF 1FAD7-1FADC 1FADF-1FAE9 1FAF0-1FAF8 1FBCB-1FBEF 2A6DE-2A6DF 2B735-2B739 2EBF0-2EE5D 31350-323AF
        """);

    // Declared after the tables it is computed from: static initialisers run in textual order.
    private static readonly byte[] BmpCategories = BuildBmpTable();

    /// <summary>
    /// The end of the sentence that starts at <paramref name="start"/> in <paramref name="text"/> (the window);
    /// <c>-1</c> when <paramref name="start"/> is the end of the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Next(ReadOnlySpan<char> text, int start)
    {
        var n = text.Length;
        if (start >= n) return -1;
        var result = start + CodePointLength(text, start);
        var lookahead = 0;
        var state = 1;
        var q = start;
        while (q < n && text[q] != '\uFFFF' && state != 0)
        {
            var length = CodePointLength(text, q);
            var category = length == 2 ? CategoryOf(char.ConvertToUtf32(text[q], text[q + 1])) : BmpCategories[text[q]];
            if (category != Ignore) state = Table[state, category];
            var q2 = q + length;
            if (LookAhead[state] && End[state]) result = lookahead;
            else if (LookAhead[state]) lookahead = q2;
            else if (End[state]) result = q2;
            q = q2;
        }
        if (q == n && lookahead == n) result = lookahead;
        return result;
    }

    private static int CodePointLength(ReadOnlySpan<char> text, int at) =>
        char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]) ? 2 : 1;

    private static byte[] BuildBmpTable()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = CategoryOf(c);
        return table;
    }

    internal static byte CategoryOf(int cp)
    {
        switch (cp)
        {
            case ',': return Comma;
            case '\u2029': return Para;
            case '.' or '\uFF0E': return Period;
            case '"' or '\'': return Quote;
            case '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F': return Term;
            case '\u0964' or '\u0965': return Danda;
        }
        if (cp > 0xFFFF)
        {
            if (SupplementaryCommas.Contains(cp)) return Comma;
            foreach (var (from, to) in UpperRanges)
                if (cp >= from && cp <= to) return Upper;
        }
        foreach (var (from, to) in AssignedAfterUnicode13)
            if (cp >= from && cp <= to) return Other;
        if (cp is 0x1734 or 0x1171E) return Ignore;
        if (cp is 0x09 or 0x0A or 0x0C or 0x0D) return Space;
        if (cp is >= 0xD800 and <= 0xDFFF) return Other;
        return CharUnicodeInfo.GetUnicodeCategory(cp) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => Ignore,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Upper,
            UnicodeCategory.LowercaseLetter => Lower,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => Digit,
            UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation => Close,
            UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation => Open,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator => Space,
            _ => Other,
        };
    }

    private static (int From, int To)[] Parse(string ranges) =>
        ranges.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.Split('-'))
            .Select(p => (Convert.ToInt32(p[0], 16), Convert.ToInt32(p[^1], 16)))
            .ToArray();
}
