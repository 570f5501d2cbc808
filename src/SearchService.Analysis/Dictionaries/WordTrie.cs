using System.Runtime.CompilerServices;
namespace SearchService.Analysis.Dictionaries;

/// <summary>
/// The core dictionary's words as a character trie, laid out for the segmenter's one question: "extend the candidate
/// word by one char — is it still the prefix of some word, and is it a word?". Nodes are numbered breadth-first, so
/// the children of a node are consecutive nodes, and a node is identified by its label alone within its siblings.
/// Every node is the prefix of some word. Immutable.
/// </summary>
internal sealed class WordTrie
{
    /// <summary>Frequency value of a node that is only a prefix, not a word.</summary>
    public const int NotAWord = -1;

    private readonly int[] rootOfChar;    // first char → its node, or -1
    private readonly char[] labels;       // node → the char that leads to it
    private readonly int[] frequencies;   // node → the word's frequency, or NotAWord
    private readonly int[] firstChild;    // node → its first child; the children of n are [firstChild[n], firstChild[n + 1])

    private WordTrie(int[] rootOfChar, char[] labels, int[] frequencies, int[] firstChild)
    {
        this.rootOfChar = rootOfChar;
        this.labels = labels;
        this.frequencies = frequencies;
        this.firstChild = firstChild;
    }

    public int WordCount => frequencies.Count(f => f != NotAWord);

    /// <summary>The node of the one-char prefix <paramref name="c"/>, or -1 when no word starts with it.</summary>
    public int Root(char c) => rootOfChar[c];

    /// <summary>The node of <paramref name="node"/>'s prefix followed by <paramref name="c"/>, or -1 when no word starts so.</summary>
    public int Child(int node, char c)
    {
        var first = firstChild[node];
        var siblings = labels.AsSpan(first, firstChild[node + 1] - first);
        var index = siblings.Length <= 32 ? siblings.IndexOf(c) : siblings.BinarySearch(c);
        return index >= 0 ? first + index : -1;
    }

    /// <summary>The frequency of the word that ends at <paramref name="node"/>, or <see cref="NotAWord"/>.</summary>
    public int Frequency(int node) => frequencies[node];

    /// <summary>The node of <paramref name="prefix"/> (non-empty), or -1.</summary>
    public int Find(ReadOnlySpan<char> prefix)
    {
        var node = Root(prefix[0]);
        for (var i = 1; i < prefix.Length && node >= 0; i++) node = Child(node, prefix[i]);
        return node;
    }

    /// <summary>Every word with its frequency, grouped by first char and ordinally sorted within a group.</summary>
    public IEnumerable<(string Word, int Frequency)> Words()
    {
        var prefix = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (rootOfChar[c] < 0) continue;
            foreach (var entry in Walk(rootOfChar[c], prefix)) yield return entry;
        }
    }

    private IEnumerable<(string, int)> Walk(int node, List<char> prefix)
    {
        prefix.Add(labels[node]);
        if (frequencies[node] != NotAWord) yield return (new string(prefix.ToArray()), frequencies[node]);
        for (var child = firstChild[node]; child < firstChild[node + 1]; child++)
            foreach (var entry in Walk(child, prefix)) yield return entry;
        prefix.RemoveAt(prefix.Count - 1);
    }

    /// <summary>
    /// Builds the trie from non-empty words that are grouped by first char, sorted ordinally within each group and
    /// unique (as the rows of <c>coredict.mem</c> are).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordTrie Build(WordList words)
    {
        var rootOfChar = new int[char.MaxValue + 1];
        Array.Fill(rootOfChar, -1);
        var nodes = new NodeList(words.Count * 2);

        for (var i = 0; i < words.Count;)
        {
            if (words[i].Length == 0) throw new InvalidDataException($"word {i} is empty");
            var c = words[i][0];
            if (rootOfChar[c] >= 0) throw new InvalidDataException($"words starting with '{c}' are not grouped together");
            var j = i;
            while (j < words.Count && words[j].Length > 0 && words[j][0] == c) j++;
            rootOfChar[c] = nodes.Add(c, 1, i, j);
            i = j;
        }

        // Breadth-first: node n's children are appended when n is processed, so they get consecutive numbers.
        for (var node = 0; node < nodes.Count; node++)
        {
            var (start, end, depth) = nodes.Range(node);
            var i = start;
            if (i < end && words[i].Length == depth) nodes.Frequencies[node] = words.Frequency(i++);
            nodes.FirstChild[node] = nodes.Count;
            while (i < end)
            {
                if (words[i].Length <= depth) throw new InvalidDataException($"'{words[i].ToString()}' is out of order or repeated");
                var c = words[i][depth];
                var j = i;
                while (j < end && words[j].Length > depth && words[j][depth] == c) j++;
                nodes.Add(c, depth + 1, i, j);
                i = j;
            }
        }
        nodes.FirstChild[nodes.Count] = nodes.Count;
        return new WordTrie(rootOfChar, nodes.Labels[..nodes.Count], nodes.Frequencies[..nodes.Count], nodes.FirstChild[..(nodes.Count + 1)]);
    }

    /// <summary>Growable node arrays used while building; each node also remembers its range of words and its depth.</summary>
    private sealed class NodeList(int capacity)
    {
        public char[] Labels = new char[capacity];
        public int[] Frequencies = new int[capacity];
        public int[] FirstChild = new int[capacity + 1];
        private int[] starts = new int[capacity];
        private int[] ends = new int[capacity];
        private int[] depths = new int[capacity];

        public int Count { get; private set; }

        public int Add(char label, int depth, int start, int end)
        {
            if (Count + 1 >= Labels.Length)
            {
                var size = Labels.Length * 2;
                Array.Resize(ref Labels, size);
                Array.Resize(ref Frequencies, size);
                Array.Resize(ref FirstChild, size + 1);
                Array.Resize(ref starts, size);
                Array.Resize(ref ends, size);
                Array.Resize(ref depths, size);
            }
            Labels[Count] = label;
            Frequencies[Count] = NotAWord;
            starts[Count] = start;
            ends[Count] = end;
            depths[Count] = depth;
            return Count++;
        }

        public (int Start, int End, int Depth) Range(int node) => (starts[node], ends[node], depths[node]);
    }
}
