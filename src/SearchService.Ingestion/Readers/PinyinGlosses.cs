using System.Text;
using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Readers;

/// <summary>
/// Removes the pinyin glosses some mirror sites insert after characters (<c>開(kāi)創(chuàng)</c>, <c>区总工会(huì)</c>,
/// <c>工(gong1)会</c>): they break every word and name of the text. A gloss is a bracketed run of lowercase pinyin
/// syllables directly after a CJK character, each syllable one of Mandarin's (<c>pinyin-syllables.txt</c>), written with
/// a tone mark or a tone digit. Where a document carries two or more such glosses, a syllable without a tone
/// (<c>的(de)</c>, the neutral tone) is one too. Real parenthesised Latin stays: an acronym or a name has capitals
/// (<c>(APP)</c>, <c>(Li Ming)</c>), a unit has no vowel or no gloss around it (<c>(kg)</c>), a foreign word is no
/// pinyin (<c>(café)</c>). Each changed line keeps its text as written, so the pipeline can record what was removed.
/// The syllable list is data handed in, as the pipeline's other tables are; an instance is immutable and thread-safe.
/// </summary>
internal sealed partial class PinyinGlosses(IReadOnlySet<string> syllables)
{
    /// <summary>Where the generated list is copied beside the binaries.</summary>
    public static string ShippedPath => IngestionOptions.DataFile(null, "pinyin-syllables.txt");

    public static PinyinGlosses Load(string path) =>
        new(DataRows.Lines(File.ReadLines(path)).Select(row => row.Line).ToHashSet(StringComparer.Ordinal));

    // Tone-marked vowels and what they are without the mark (ü is written v in the syllable list).
    private const string Marked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private const string Unmarked = "aaaaeeeeiiiioooouuuuvvvvnnnm";

    /// <summary>Lines with glosses removed; a changed line has <see cref="SourceLine.AsWritten"/> and <see cref="SourceLine.Removed"/>.</summary>
    public IReadOnlyList<SourceLine> Remove(IReadOnlyList<SourceLine> lines)
    {
        // Cheap test first: almost every document has no bracketed lowercase Latin after a character at all.
        if (!lines.Any(l => Candidate().IsMatch(l.Text))) return lines;
        var toned = lines.Sum(l => Candidate().Matches(l.Text).Count(m => Kind(m.Groups["gloss"].Value, syllables) == GlossKind.Toned));
        if (toned == 0) return lines;
        var result = new List<SourceLine>(lines.Count);
        foreach (var line in lines)
        {
            var removed = new List<string>();
            var text = Candidate().Replace(line.Text, match =>
            {
                var kind = Kind(match.Groups["gloss"].Value, syllables);
                if (kind == GlossKind.None || (kind == GlossKind.Toneless && toned < 2)) return match.Value;
                removed.Add(match.Groups["bracketed"].Value);
                return match.Groups["character"].Value;
            });
            result.Add(removed.Count == 0 ? line : line with { Text = text, AsWritten = line.AsWritten ?? line.Text, Removed = string.Concat(removed) });
        }
        return result;
    }

    private enum GlossKind { None, Toneless, Toned }

    /// <summary>What a bracketed run of lowercase Latin is: pinyin with tones, one pinyin syllable without, or neither.</summary>
    private static GlossKind Kind(string gloss, IReadOnlySet<string> syllables)
    {
        var words = gloss.Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return GlossKind.None;
        var tones = 0;
        foreach (var word in words)
        {
            // Tone digits: kai1, kai1chuang4 — every syllable followed by its digit.
            if (char.IsAsciiDigit(word[^1]))
            {
                var parts = ToneDigit().Split(word);
                if (parts[^1].Length != 0 || parts[..^1].Any(p => !syllables.Contains(p.Replace('ü', 'v')))) return GlossKind.None;
                tones += parts.Length - 1;
                continue;
            }
            var plain = new StringBuilder(word.Length);
            foreach (var c in word)
            {
                var at = Marked.IndexOf(c);
                if (at >= 0) tones++;
                plain.Append(at >= 0 ? Unmarked[at] : c == 'ü' ? 'v' : c);
            }
            if (!IsSyllables(plain.ToString(), syllables)) return GlossKind.None;
        }
        if (tones > 0) return GlossKind.Toned;
        // Without a tone only one syllable with a vowel counts: 的(de), not (km), (ha ha) or a word.
        return words.Length == 1 && syllables.Contains(words[0]) && words[0].IndexOfAny(['a', 'e', 'i', 'o', 'u', 'v']) >= 0 ? GlossKind.Toneless : GlossKind.None;
    }

    /// <summary>Whether a word is one or more pinyin syllables written together (kaichuang).</summary>
    private static bool IsSyllables(string word, IReadOnlySet<string> syllables)
    {
        // reachable[i]: the first i letters are whole syllables.
        var reachable = new bool[word.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < word.Length; i++)
        {
            if (!reachable[i]) continue;
            for (var length = 1; length <= 6 && i + length <= word.Length; length++)
                if (syllables.Contains(word.Substring(i, length))) reachable[i + length] = true;
        }
        return reachable[word.Length];
    }

    // A CJK character, then a bracketed run of lowercase Latin (tone marks, ü, tone digits, spaces and apostrophes between syllables).
    [GeneratedRegex(@"(?<character>[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF])(?<bracketed>[(（]\s*(?<gloss>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ1-5' ’]{0,40}?)\s*[)）])")]
    private static partial Regex Candidate();

    [GeneratedRegex("[1-5]")]
    private static partial Regex ToneDigit();
}
