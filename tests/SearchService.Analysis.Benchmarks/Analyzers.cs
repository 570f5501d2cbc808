using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace SearchService.Analysis.Benchmarks;

/// <summary>The two analyzers compared: this project's, and the Lucene.Net.Analysis.SmartCn package's own.</summary>
public static class Analyzers
{
    public static Analyzer Create(bool stopWords, bool package) => package
        ? new Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer(LuceneVersion.LUCENE_48, stopWords)
        : new SmartChineseAnalyzer(SmartCnDictionaries.Load(), stopWords);

    public static string Name(bool package) => package ? "Lucene.Net.Analysis.SmartCn" : "SearchService.Analysis";
}
