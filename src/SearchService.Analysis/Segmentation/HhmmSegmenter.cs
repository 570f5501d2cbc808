using System.Runtime.CompilerServices;
using SearchService.Analysis.Dictionaries;

namespace SearchService.Analysis.Segmentation;

/// <summary>
/// Segments one sentence the way Lucene's HHMMSegmenter does: every dictionary word (and every letter run, digit run,
/// delimiter and unknown char) becomes a node; consecutive nodes are joined by edges weighted with the smoothed
/// word-pair probability; the cheapest path from the start to the end sentinel is the segmentation (on an exact tie
/// the earliest edge wins). One instance per tokenizer: it reuses its buffers, so it is not thread-safe.
/// </summary>
internal sealed class HhmmSegmenter(CoreDictionary core, BigramDictionary bigrams)
{
    private readonly WordTrie trie = core.Trie;

    private const int MaxFrequency = 2159997;
    private const int StringFrequency = 2963;
    private const int NumberFrequency = 113238;
    private const int SentinelFrequency = 329805;
    private const double Smoothing = 0.1;
    private const double Epsilon = 1.0 / MaxFrequency;

    // The dictionary's placeholder words: what sentinels, letter/digit runs and unknown chars are called in pair keys.
    private const string StartChars = "始##始";
    private const string EndChars = "末##末";
    private const string StringChars = "未##串";
    private const string NumberChars = "未##数";

    // Nodes, in graph order. Their dictionary chars live in `pool` (sentinels and placeholders point at constants).
    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private WordType[] types = new WordType[64];
    private int[] weights = new int[64];
    private string?[] constantChars = new string?[64];
    private int[] poolStarts = new int[64];
    private int[] poolLengths = new int[64];
    private char[] pool = new char[256];
    private int poolUsed;

    private int[] firstAt = new int[64];
    private double[] costs = new double[64];
    private int[] previous = new int[64];
    private int[] path = new int[64];
    private char[] word = new char[16];
    private CharType[] charTypes = new CharType[64];

    private char[] terms = new char[256];

    /// <summary>The term chars of the words returned by the last <see cref="Segment"/>.</summary>
    public char[] Terms => terms;

    /// <summary>Segments <paramref name="sentence"/> into <paramref name="output"/> (cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Segment(ReadOnlySpan<char> sentence, List<SegmentedWord> output)
    {
        output.Clear();
        var n = sentence.Length;
        BuildNodes(sentence);
        var pathLength = CheapestPath(n);
        var termUsed = 0;
        for (var p = 1; p < pathLength - 1; p++)
        {
            var node = path[p];
            var start = starts[node];
            var end = ends[node];
            var length = types[node] switch
            {
                WordType.ChineseWord => poolLengths[node],
                WordType.Delimiter => 1,
                _ => end - start,
            };
            EnsureTerms(termUsed + length);
            var target = terms.AsSpan(termUsed, length);
            switch (types[node])
            {
                case WordType.ChineseWord:
                    pool.AsSpan(poolStarts[node], length).CopyTo(target);
                    break;
                case WordType.Delimiter:
                    target[0] = ',';
                    break;
                case WordType.String:
                    for (var i = 0; i < length; i++)
                    {
                        var c = sentence[start + i];
                        target[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                    }
                    break;
                case WordType.FullWidthString or WordType.FullWidthNumber:
                    for (var i = 0; i < length; i++)
                    {
                        var c = sentence[start + i];
                        if (c >= '\uFF10') c = (char)(c - 0xFEE0);
                        target[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                    }
                    break;
                default:
                    sentence.Slice(start, length).CopyTo(target);
                    break;
            }
            output.Add(new SegmentedWord(termUsed, length, start, end));
            termUsed += length;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BuildNodes(ReadOnlySpan<char> sentence)
    {
        var n = sentence.Length;
        count = 0;
        poolUsed = 0;
        if (charTypes.Length < n) charTypes = new CharType[Math.Max(n, charTypes.Length * 2)];
        for (var i = 0; i < n; i++) charTypes[i] = CharTypes.Of(sentence[i]);

        AddConstant(-1, 0, WordType.SentenceBegin, SentinelFrequency, StartChars);
        var at = 0;
        while (at < n)
        {
            switch (charTypes[at])
            {
                case CharType.SpaceLike:
                    at++;
                    break;
                case CharType.Hanzi:
                    AddHanzi(sentence, at);
                    at++;
                    break;
                case CharType.Letter or CharType.FullWidthLetter:
                    at = AddRun(at, n, CharType.Letter, CharType.FullWidthLetter, WordType.String, WordType.FullWidthString, StringFrequency, StringChars);
                    break;
                case CharType.Digit or CharType.FullWidthDigit:
                    at = AddRun(at, n, CharType.Digit, CharType.FullWidthDigit, WordType.Number, WordType.FullWidthNumber, NumberFrequency, NumberChars);
                    break;
                case CharType.Delimiter:
                    AddPooled(at, at + 1, WordType.Delimiter, MaxFrequency, sentence.Slice(at, 1));
                    at++;
                    break;
                default:
                    AddConstant(at, at + 1, WordType.String, StringFrequency, StringChars);
                    at++;
                    break;
            }
        }
        AddConstant(n, n + 1, WordType.SentenceEnd, SentinelFrequency, EndChars);
    }

    /// <summary>The char itself, then every dictionary word starting here, shortest first (spaces inside are skipped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddHanzi(ReadOnlySpan<char> sentence, int i)
    {
        var n = sentence.Length;
        var node = trie.Root(sentence[i]);
        AddPooled(i, i + 1, WordType.ChineseWord, node >= 0 ? Math.Max(trie.Frequency(node), 0) : 0, sentence.Slice(i, 1));
        if (node < 0) return;
        var length = 1;
        word[0] = sentence[i];
        var j = i + 1;
        while (true)
        {
            while (j < n && charTypes[j] == CharType.SpaceLike) j++;
            if (j >= n || charTypes[j] != CharType.Hanzi) return;
            node = trie.Child(node, sentence[j]);
            if (node < 0) return;
            if (length == word.Length) Array.Resize(ref word, word.Length * 2);
            word[length++] = sentence[j++];
            var frequency = trie.Frequency(node);
            if (frequency != WordTrie.NotAWord) AddPooled(i, j, WordType.ChineseWord, frequency, word.AsSpan(0, length));
        }
    }

    private int AddRun(int i, int n, CharType half, CharType full, WordType halfType, WordType fullType, int frequency, string placeholder)
    {
        var j = i;
        var anyFull = false;
        while (j < n && (charTypes[j] == half || charTypes[j] == full))
        {
            anyFull |= charTypes[j] == full;
            j++;
        }
        AddConstant(i, j, anyFull ? fullType : halfType, frequency, placeholder);
        return j;
    }

    private void AddConstant(int start, int end, WordType type, int weight, string chars)
    {
        var index = NewNode(start, end, type, weight);
        constantChars[index] = chars;
    }

    private void AddPooled(int start, int end, WordType type, int weight, ReadOnlySpan<char> chars)
    {
        var index = NewNode(start, end, type, weight);
        constantChars[index] = null;
        if (poolUsed + chars.Length > pool.Length) Array.Resize(ref pool, Math.Max(pool.Length * 2, poolUsed + chars.Length));
        chars.CopyTo(pool.AsSpan(poolUsed));
        poolStarts[index] = poolUsed;
        poolLengths[index] = chars.Length;
        poolUsed += chars.Length;
    }

    private int NewNode(int start, int end, WordType type, int weight)
    {
        if (count == starts.Length)
        {
            var size = count * 2;
            Array.Resize(ref starts, size);
            Array.Resize(ref ends, size);
            Array.Resize(ref types, size);
            Array.Resize(ref weights, size);
            Array.Resize(ref constantChars, size);
            Array.Resize(ref poolStarts, size);
            Array.Resize(ref poolLengths, size);
        }
        starts[count] = start;
        ends[count] = end;
        types[count] = type;
        weights[count] = weight;
        return count++;
    }

    private ReadOnlySpan<char> CharsOf(int node) =>
        constantChars[node] is { } constant ? constant : pool.AsSpan(poolStarts[node], poolLengths[node]);

    /// <summary>Fills <see cref="path"/> with the node indices of the cheapest path; returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CheapestPath(int n)
    {
        if (firstAt.Length < n + 2) firstAt = new int[Math.Max(n + 2, firstAt.Length * 2)];
        Array.Fill(firstAt, -1, 0, n + 2);
        for (var v = count - 1; v >= 1; v--) firstAt[starts[v]] = v;

        if (costs.Length < count)
        {
            costs = new double[Math.Max(count, costs.Length * 2)];
            previous = new int[costs.Length];
            path = new int[costs.Length];
        }
        Array.Fill(costs, double.MaxValue, 0, count);
        costs[0] = 0;
        for (var a = 0; a < count - 1; a++)
        {
            var p = ends[a];
            while (firstAt[p] < 0) p++;
            var from = BigramDictionary.Prefix(CharsOf(a));
            var frequency = (double)weights[a];
            // Most pairs are not in the bigram dictionary; their cost depends on `a` alone, so compute it once.
            var unpairedCost = double.NaN;
            for (var b = firstAt[p]; b < count && starts[b] == p; b++)
            {
                var pairFrequency = bigrams.Frequency(from, CharsOf(b));
                double weight;
                if (pairFrequency == 0 && !double.IsNaN(unpairedCost))
                {
                    weight = unpairedCost;
                }
                else
                {
                    var probability = ((Smoothing * (1.0 + frequency)) / MaxFrequency)
                        + ((1.0 - Smoothing) * ((((1.0 - Epsilon) * (double)pairFrequency) / (1.0 + frequency)) + Epsilon));
                    weight = -Math.Log(probability);
                    if (pairFrequency == 0) unpairedCost = weight;
                }
                var cost = costs[a] + weight;
                if (cost < costs[b])
                {
                    costs[b] = cost;
                    previous[b] = a;
                }
            }
        }

        var length = 0;
        for (var v = count - 1; ; v = previous[v])
        {
            path[length++] = v;
            if (v == 0) break;
        }
        Array.Reverse(path, 0, length);
        return length;
    }

    private void EnsureTerms(int size)
    {
        if (size > terms.Length) Array.Resize(ref terms, Math.Max(size, terms.Length * 2));
    }
}
