using SearchService.Core.Indexing;

namespace SearchService.Core.Analysis;

/// <summary>How a text is tokenised for the word field (SmartCn) and the bigram field: what <c>/api/analyze</c> shows.</summary>
public sealed class TextAnalysis(AnalyzerSet analyzers)
{
    public static readonly IReadOnlyList<string> Fields = ["text", "bigram"];

    public IReadOnlyList<AnalyzedToken> Analyze(string text, string field) => field switch
    {
        "bigram" or IndexSchema.TextBigrams => analyzers.Bigrams.Tokens(IndexSchema.TextBigrams, text),
        _ => analyzers.Words.Tokens(IndexSchema.Text, text),
    };
}
