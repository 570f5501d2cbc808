using Lucene.Net.Analysis;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Analysis;

/// <summary>
/// An analyzer that reads its text through <see cref="ScriptFoldCharFilter"/> before another analyzer tokenises it:
/// 職工書屋 is indexed and searched as 职工书屋. Kept outside the SmartCn library, whose tokens are compared with the
/// Java analyzer's without it.
/// </summary>
public sealed class ScriptFoldingAnalyzer(Analyzer inner, ScriptFold fold) : AnalyzerWrapper(inner.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TextReader WrapReader(string fieldName, TextReader reader) => new ScriptFoldCharFilter(reader, fold);

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) => components;
}
