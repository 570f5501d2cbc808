using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SearchService.Analysis;

/// <summary>
/// Lucene 4.10's SmartChineseAnalyzer for Lucene.Net: <see cref="HMMChineseTokenizer"/> → Porter stemming of Latin
/// words → the default stop set (punctuation). With an empty user dictionary its tokens are identical to the Java
/// analyzer's. Safe to share between threads (Lucene.Net's per-thread reuse of token streams).
/// </summary>
public sealed class SmartChineseAnalyzer : Analyzer
{
    private readonly SmartCnDictionaries dictionaries;
    private readonly bool useDefaultStopWords;

    public SmartChineseAnalyzer(SmartCnDictionaries dictionaries, bool useDefaultStopWords = true, UserDictionary? userDictionary = null)
    {
        this.dictionaries = dictionaries.With(userDictionary ?? UserDictionary.Empty);
        this.useDefaultStopWords = useDefaultStopWords;
    }

    /// <summary>Lucene's <c>stopwords.txt</c> for SmartCn: punctuation only (every delimiter becomes "," first).</summary>
    public static CharArraySet DefaultStopSet { get; } = new CharArraySet(LuceneVersion.LUCENE_48,
    [
        ",", ".", "`", "-", "_", "=", "?", "'", "|", "\"", "(", ")", "{", "}", "[", "]", "<", ">", "*", "#", "&", "^", "$", "@", "!", "~", ":", ";", "+", "/", "\\",
        "《", "》", "—", "－", "，", "。", "、", "：", "；", "！", "·", "？", "“", "”", "）", "（", "【", "】", "［", "］", "●", "\u3000", "",
    ], false).AsReadOnly();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new HMMChineseTokenizer(dictionaries, reader);
        TokenStream stream = new PorterStemFilter(tokenizer);
        if (useDefaultStopWords) stream = new StopFilter(LuceneVersion.LUCENE_48, stream, DefaultStopSet);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
