using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using SearchService.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Analysis;

/// <summary>
/// The analyzers of the service, built once: SmartCn (with the domain user dictionary) for the word
/// fields and CJK bigrams for the recall fields. Thread-safe; dispose with the host.
/// </summary>
public sealed class AnalyzerSet : IDisposable
{
    public AnalyzerSet(SmartCnDictionaries dictionaries, UserDictionary userDictionary)
    {
        Words = new SmartChineseAnalyzer(dictionaries, useDefaultStopWords: true, userDictionary);
        PlainWords = new SmartChineseAnalyzer(dictionaries, useDefaultStopWords: true);
        Bigrams = new CjkBigramAnalyzer();
        PerField = new PerFieldAnalyzerWrapper(Words, new Dictionary<string, Analyzer>
        {
            [IndexSchema.TextBigrams] = Bigrams,
            [IndexSchema.TitleBigrams] = Bigrams,
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
    }
}
