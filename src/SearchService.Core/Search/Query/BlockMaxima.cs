using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchService.Core.Search.Query;

/// <summary>
/// For a frequent word of a segment, its highest score in each block of <see cref="BlockSize"/> documents, kept as a
/// multiple of one unit score (<see cref="Blocks"/>): BM25's scores of a word under one field length (the reader's
/// collection statistics) differ between searches only by a factor (its idf and boosts), so one float per block
/// bounds the word in every search over readers of that field length. Kept for as long as the segment lives, like
/// <see cref="FrequentWordSets"/>, built the first time a search asks for a word whose postings hold at least
/// 1/<see cref="FrequentWordSets.MinimumShare"/> of the segment's documents (a rarer word has too few matches to be
/// worth bounding), at most <see cref="WordsPerSegment"/> words per segment. A word takes 4 bytes per 64 documents
/// (half of a frequent word's set), so the cap scales with the segment: at most 16 bytes per document of the index
/// with every segment full. When the field length changes (a reader opened after a commit that added or removed
/// documents), a word's multiples are worked out again from its postings the first time a search asks. Nothing of a
/// search's answer is kept: a block is only ever skipped when no document in it can beat the best hits so far, and
/// every match is still counted.
/// </summary>
public sealed class BlockMaxima(int wordsPerSegment = BlockMaxima.WordsPerSegment)
{
    /// <summary>How many words' blocks one segment keeps at most, unless told otherwise.</summary>
    public const int WordsPerSegment = 256;

    /// <summary>Documents per block, as a shift: blocks of 64 documents.</summary>
    public const int BlockShift = 6;

    public const int BlockSize = 1 << BlockShift;

    private readonly ConditionalWeakTable<object, Segment> segments = new();

    /// <summary>
    /// The word's blocks in a segment under <paramref name="scorer"/>'s field length, built now if the word is frequent
    /// there and the segment has room (or built again if the field length changed); null when the word is rare in the
    /// segment or the segment keeps as many words as it may.
    /// </summary>
    /// <param name="fieldLength">What the scorer's field length comes from: the field's total term count and documents.</param>
    internal Blocks? For(AtomicReader reader, Term term, TermState state, (long, long) fieldLength, Similarity.SimScorer scorer)
    {
        if (state is not BlockTermState { DocFreq: var docFreq } || !FrequentWordSets.Worth(reader, docFreq)) return null;
        var segment = segments.GetValue(reader.CoreCacheKey, _ => new Segment());
        var key = term.Field + '\u0001' + term.Text;
        if (segment.Words.TryGetValue(key, out var kept) && kept.FieldLength == fieldLength) return kept;
        if (kept is null && Interlocked.Increment(ref segment.Count) > wordsPerSegment)
        {
            Interlocked.Decrement(ref segment.Count);
            return null;
        }
        var blocks = Blocks.Read(reader, term, state, fieldLength, scorer);
        if (kept is not null) segment.Words[key] = blocks;
        // Another search kept the same word first: its place was counted once already.
        else if (!segment.Words.TryAdd(key, blocks)) Interlocked.Decrement(ref segment.Count);
        return blocks;
    }

    /// <summary>How many words are kept over the segments of a reader (for tests and diagnostics).</summary>
    public int Count(IndexReader reader) =>
        reader.Leaves.Sum(leaf => segments.TryGetValue(leaf.AtomicReader.CoreCacheKey, out var segment) ? segment.Words.Count : 0);

    /// <summary>The bytes of the blocks kept over the segments of a reader (for diagnostics and the README's memory figures).</summary>
    public long Bytes(IndexReader reader) =>
        reader.Leaves.Sum(leaf => segments.TryGetValue(leaf.AtomicReader.CoreCacheKey, out var segment)
            ? segment.Words.Values.Sum(blocks => 4L * blocks.Multiples.Length) : 0);

    private sealed class Segment
    {
        public readonly ConcurrentDictionary<string, Blocks> Words = new(StringComparer.Ordinal);
        public int Count;
    }

    /// <summary>
    /// Each block's highest score of the word as a multiple of <see cref="Unit"/>, the score of one occurrence in the
    /// segment's first document holding the word, under one field length.
    /// </summary>
    internal sealed class Blocks
    {
        private readonly int firstDoc;

        private Blocks((long, long) fieldLength, float[] multiples, int firstDoc)
        {
            FieldLength = fieldLength;
            Multiples = multiples;
            this.firstDoc = firstDoc;
        }

        public (long, long) FieldLength { get; }

        public float[] Multiples { get; }

        /// <summary>The score of one occurrence in the first document holding the word.</summary>
        public float Unit(Similarity.SimScorer scorer) => scorer.Score(firstDoc, 1f);

        /// <summary>
        /// Every posting of the word scored once (deleted documents too: a bound need not be reached), each block's
        /// highest kept as a multiple of the unit.
        /// </summary>
        public static Blocks Read(AtomicReader reader, Term term, TermState state, (long, long) fieldLength, Similarity.SimScorer scorer)
        {
            var termsEnum = reader.GetTerms(term.Field)!.GetEnumerator();
            termsEnum.SeekExact(term.Bytes, state);
            var postings = termsEnum.Docs(null, null, DocsFlags.FREQS)!;
            var multiples = new float[(reader.MaxDoc + BlockSize - 1) >> BlockShift];
            var firstDoc = postings.NextDoc();
            var unit = scorer.Score(firstDoc, 1f);
            for (var doc = firstDoc; doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                ref var block = ref multiples[doc >> BlockShift];
                block = Math.Max(block, scorer.Score(doc, postings.Freq));
            }
            for (var i = 0; i < multiples.Length; i++) multiples[i] /= unit;
            return new Blocks(fieldLength, multiples, firstDoc);
        }
    }
}
