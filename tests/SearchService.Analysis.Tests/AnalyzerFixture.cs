using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Analysis.Tests;

/// <summary>The dictionaries, loaded once for all tests from the Lucene.Net.Analysis.SmartCn package.</summary>
public static class Shared
{
    private static readonly Lazy<SmartCnDictionaries> Loaded = new(SmartCnDictionaries.LoadFromPackage);

    public static SmartCnDictionaries Dictionaries => Loaded.Value;

    public static SmartChineseAnalyzer Analyzer { get; } = new(Dictionaries);

    public static SmartChineseAnalyzer NoStop { get; } = new(Dictionaries, useDefaultStopWords: false);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public sealed record Token(string Term, int Start, int End, int Increment);

    /// <summary>The package's own analyzer (Lucene.Net's port of the Java code): the parity oracle.</summary>
    public static Lucene.Net.Analysis.Analyzer Oracle { get; } = new Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48);

    public static Lucene.Net.Analysis.Analyzer OracleNoStop { get; } = new Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48, useDefaultStopWords: false);

    public static List<Token> Tokens(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        stream.End();
        return tokens;
    }

    /// <summary>The test vectors' notation: <c>term[start,end)</c>, with <c>+k</c> for a position increment k &gt; 1.</summary>
    public static string Format(IEnumerable<Token> tokens) =>
        string.Join(" ", tokens.Select(t => $"{Escape(t.Term)}[{t.Start},{t.End})" + (t.Increment > 1 ? $"+{t.Increment}" : "")));

    private static string Escape(string s) =>
        string.Concat(s.Select(c => char.IsSurrogate(c) || c == '\uFFFF' ? $"\\u{(int)c:X4}" : c.ToString()));
}
