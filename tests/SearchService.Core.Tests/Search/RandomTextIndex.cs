using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// A small index of passages strung together at random from the field's words, in two segments with two documents
/// deleted, each value indexed as bigrams and as words: the ground on which a query class of the service is compared
/// with the Lucene queries it stands for.
/// </summary>
internal static class RandomTextIndex
{
    public static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));

    public static readonly string[] Pieces = ["劳模", "工匠", "职工", "技能", "培训", "创新", "工作室", "集体协商", "工会", "人才", "会", "工", "，", "。"];

    /// <summary>
    /// 300 documents in two segments, two of them deleted, with a Latin word among the pieces: the index the verbatim
    /// check and the counted pass's bit sets are both compared with their scorers on.
    /// </summary>
    public static readonly Lazy<DirectoryReader> TwoSegmentsWithLatin = new(() =>
        Build(16, 300, 4, 12, [.. Pieces, "abc"], 150, ["d7", "d200"]));

    /// <summary>
    /// <paramref name="documents"/> documents of 1 to <paramref name="maxValues"/> − 1 values of 1 to
    /// <paramref name="maxPieces"/> − 1 pieces each, committed after document <paramref name="commitAfter"/>;
    /// <paramref name="addition"/> may append a text to a value of a given document.
    /// </summary>
    public static DirectoryReader Build(int seed, int documents, int maxValues, int maxPieces, string[] pieces, int commitAfter,
        string[] deleted, Func<int, Random, string?>? addition = null)
    {
        var random = new Random(seed);
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Value.PerField)))
        {
            for (var i = 0; i < documents; i++)
            {
                var doc = new Document { new StringField(IndexSchema.Id, $"d{i}", Field.Store.YES) };
                // Several values, as a passage's text, heading and variants: a word must not run from one into the next.
                for (var v = random.Next(1, maxValues); v > 0; v--)
                {
                    var text = string.Concat(Enumerable.Range(0, random.Next(1, maxPieces)).Select(_ => pieces[random.Next(pieces.Length)]));
                    text += addition?.Invoke(i, random);
                    doc.Add(new TextField(IndexSchema.TextBigrams, text, Field.Store.NO));
                    doc.Add(new TextField(IndexSchema.Body, text, Field.Store.NO));
                }
                writer.AddDocument(doc);
                if (i == commitAfter) writer.Commit();
            }
            writer.DeleteDocuments(deleted.Select(id => new Term(IndexSchema.Id, id)).ToArray());
        }
        return DirectoryReader.Open(directory);
    }

    /// <summary>The bigram phrase of a word, as the service's index holds it; null for a word of one character.</summary>
    public static PhraseQuery? Bigrams(string word)
    {
        var bigrams = Analyzers.Value.Bigrams.Tokens(IndexSchema.TextBigrams, word);
        if (bigrams.Count == 0) return null;
        var phrase = new PhraseQuery();
        foreach (var b in bigrams) phrase.Add(new Term(IndexSchema.TextBigrams, b.Term), b.Position);
        return phrase;
    }

    /// <summary>Every match with its score, in document order.</summary>
    public static List<(int Doc, float Score)> Hits(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 1000).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();
}
