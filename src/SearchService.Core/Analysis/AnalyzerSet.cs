using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using SearchService.Analysis;
using SearchService.Core.Indexing;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Analysis;

/// <summary>
/// The analyzers of the service, built once: SmartCn (with the domain user dictionary) for the word
/// fields and CJK bigrams for the recall fields, each reading its text folded to simplified script (index and query
/// alike). Thread-safe; dispose with the host.
/// </summary>
public sealed class AnalyzerSet : IDisposable
{
    private readonly Analyzer[] inner;

    /// <param name="fold">Traditional → simplified before tokenising; <see cref="ScriptFold.Default"/> when null.</param>
    public AnalyzerSet(SmartCnDictionaries dictionaries, UserDictionary userDictionary, ScriptFold? fold = null)
    {
        Fold = fold ?? ScriptFold.Default;
        inner = [new SmartChineseAnalyzer(dictionaries, useDefaultStopWords: true, userDictionary), new SmartChineseAnalyzer(dictionaries, useDefaultStopWords: true), new CjkBigramAnalyzer()];
        Words = new ScriptFoldingAnalyzer(inner[0], Fold);
        PlainWords = new ScriptFoldingAnalyzer(inner[1], Fold);
        Bigrams = new ScriptFoldingAnalyzer(inner[2], Fold);
        PerField = new PerFieldAnalyzerWrapper(Words, new Dictionary<string, Analyzer>
        {
            [IndexSchema.TextBigrams] = Bigrams,
            [IndexSchema.TitleBigrams] = Bigrams,
            [IndexSchema.CreditBigrams] = Bigrams,
        });
    }

    public static AnalyzerSet Create(AnalysisOptions options)
    {
        var userDictionary = UserDictionaryFromConfiguredFile(options.UserDictionaryPath);
        return new AnalyzerSet(SmartCnDictionaries.Load(options.JarPath), userDictionary);
    }

    /// <summary>
    /// The configured file (<c>SmartCn:UserDictionaryPath</c>), which must exist, else the one shipped beside the binaries.
    /// </summary>
    public static UserDictionary UserDictionaryFromConfiguredFile(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
            return File.Exists(configuredPath)
                ? UserDictionary.Load(configuredPath)
                : throw new FileNotFoundException($"The user dictionary '{configuredPath}' does not exist; fix SmartCn:UserDictionaryPath.", configuredPath);
        var shipped = Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", "userdict.txt");
        return File.Exists(shipped) ? UserDictionary.Load(shipped) : UserDictionary.Empty;
    }

    /// <summary>The traditional → simplified fold every analyzer here applies.</summary>
    public ScriptFold Fold { get; }

    /// <summary>SmartCn words: the main relevance signal.</summary>
    public Analyzer Words { get; }

    /// <summary>SmartCn without the user dictionary: splits a domain word (劳动竞赛) into the words it is made of.</summary>
    public Analyzer PlainWords { get; }

    /// <summary>CJK bigrams: the recall net.</summary>
    public Analyzer Bigrams { get; }

    /// <summary>What the IndexWriter uses: each field with its own analyzer.</summary>
    public Analyzer PerField { get; }

    public void Dispose()
    {
        PerField.Dispose();
        Words.Dispose();
        PlainWords.Dispose();
        Bigrams.Dispose();
        foreach (var analyzer in inner) analyzer.Dispose();
    }
}
