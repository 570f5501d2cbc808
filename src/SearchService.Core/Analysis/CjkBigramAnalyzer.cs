using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SearchService.Core.Analysis;

/// <summary>
/// Overlapping CJK bigrams (Latin words and digits stay whole, lower-cased). It feeds the recall field:
/// whatever SmartCn does with a short query, any query whose characters stand contiguously in a passage
/// shares all its bigrams with it.
/// </summary>
public sealed class CjkBigramAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>
    /// A passage's bigram field holds several values (text, variants, heading): a verbatim match must not run from
    /// the end of one into the start of the next.
    /// </summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
