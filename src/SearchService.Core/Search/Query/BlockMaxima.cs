using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchService.Core.Search.Query;

/// <summary>
/// For a frequent word of a segment, what bounds its score in each block of <see cref="BlockSize"/> documents: the
/// occurrences no other occurrence of the block beats in both frequency and shortness of field (BM25 and every
/// similarity of this kind score a word higher the more often it stands in a shorter field), so the block's highest
/// score of the word is the highest score of those few, whatever the collection statistics of the reader searched.
/// Kept for as long as the segment lives, like <see cref="FrequentWordSets"/>, built the first time a search asks for
/// a word whose postings hold at least 1/<see cref="FrequentWordSets.MinimumShare"/> of the segment's documents (a rarer
/// word has too few matches to be worth bounding), at most <see cref="WordsPerSegment"/> words per segment: a word's
/// blocks take two to four times the memory of a frequent word's set (a block's start, its bound and one to three
/// occurrences per 64 documents, against one bit per document), so a quarter as many words take at most what those
/// sets take. Nothing of a search's answer is kept: a block is only ever skipped when no document in it can beat the
/// best hits so far, and every match is still counted.
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
    /// The word's blocks in a segment, built now if the word is frequent there and the segment has room; null when
    /// the word is rare in the segment (or the segment keeps as many words as it may).
    /// </summary>
    internal Blocks? For(AtomicReader reader, Term term, TermState state)
    {
        if (state is not BlockTermState { DocFreq: var docFreq } || !FrequentWordSets.Worth(reader, docFreq)) return null;
        var segment = segments.GetValue(reader.CoreCacheKey, _ => new Segment());
        var key = term.Field + '\u0001' + term.Text;
        if (segment.Words.TryGetValue(key, out var kept)) return kept;
        if (segment.Words.Count >= wordsPerSegment) return null;
        var termsEnum = reader.GetTerms(term.Field)!.GetEnumerator();
        termsEnum.SeekExact(term.Bytes, state);
        if (Blocks.Read(reader, termsEnum.Docs(null, null, DocsFlags.FREQS)!, reader.GetNormValues(term.Field)) is not { } blocks) return null;
        return segment.Words.GetOrAdd(key, blocks);
    }

    /// <summary>How many words are kept over the segments of a reader (for tests and diagnostics).</summary>
    public int Count(IndexReader reader) =>
        reader.Leaves.Sum(leaf => segments.TryGetValue(leaf.AtomicReader.CoreCacheKey, out var segment) ? segment.Words.Count : 0);

    private sealed class Segment
    {
        public readonly ConcurrentDictionary<string, Blocks> Words = new(StringComparer.Ordinal);
    }

    /// <summary>Per block, the occurrences that may score highest: documents and frequencies, block by block.</summary>
    internal sealed class Blocks
    {
        private readonly int[] starts;
        private readonly int[] docs;
        private readonly float[] freqs;
        private Scaled? scaled;

        private Blocks(int[] starts, int[] docs, float[] freqs)
        {
            this.starts = starts;
            this.docs = docs;
            this.freqs = freqs;
        }

        /// <summary>
        /// Each block's highest score of the word under <paramref name="scorer"/>, as a multiple of the score of one
        /// occurrence in the segment's first document holding the word (<see cref="Unit"/>): BM25's scores of a word
        /// under one field length (the reader's statistics) differ between searches only by a factor (its idf and
        /// boosts), so the multiples are worked out once per field length, not per search.
        /// </summary>
        /// <param name="fieldLength">What the scorer's field length comes from: the field's total term count and documents.</param>
        public float[] Multiples((long, long) fieldLength, Similarity.SimScorer scorer)
        {
            if (scaled is { } known && known.FieldLength == fieldLength) return known.Multiples;
            var unit = Unit(scorer);
            var multiples = new float[starts.Length - 1];
            for (var block = 0; block < multiples.Length; block++)
            {
                var max = 0f;
                for (int i = starts[block], end = starts[block + 1]; i < end; i++) max = Math.Max(max, scorer.Score(docs[i], freqs[i]));
                multiples[block] = max / unit;
            }
            scaled = new Scaled(fieldLength, multiples);
            return multiples;
        }

        /// <summary>The score of one occurrence in the first document holding the word.</summary>
        public float Unit(Similarity.SimScorer scorer) => scorer.Score(docs[0], 1f);

        private sealed record Scaled((long, long) FieldLength, float[] Multiples);

        public static Blocks? Read(AtomicReader reader, DocsEnum postings, NumericDocValues? norms)
        {
            var blockCount = (reader.MaxDoc + BlockSize - 1) >> BlockShift;
            var starts = new int[blockCount + 1];
            var docs = new List<int>();
            var freqs = new List<float>();
            var block = new List<(int Doc, int Freq, int Norm)>();
            var current = 0;
            void Close()
            {
                foreach (var (doc, freq, _) in block)
                {
                    docs.Add(doc);
                    freqs.Add(freq);
                }
                block.Clear();
            }
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                var at = doc >> BlockShift;
                while (current < at)
                {
                    Close();
                    starts[++current] = docs.Count;
                }
                var freq = postings.Freq;
                // The norm as the similarity reads it: one byte, the higher the shorter the field.
                var norm = norms is null ? 0 : (int)(byte)norms.Get(doc);
                if (block.Exists(o => o.Freq >= freq && o.Norm >= norm)) continue;
                block.RemoveAll(o => o.Freq <= freq && o.Norm <= norm);
                block.Add((doc, freq, norm));
            }
            Close();
            while (current < blockCount) starts[++current] = docs.Count;
            return docs.Count == 0 ? null : new Blocks(starts, docs.ToArray(), freqs.ToArray());
        }
    }
}
