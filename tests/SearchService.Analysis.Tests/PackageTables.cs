using System.Text;

namespace SearchService.Analysis.Tests;

/// <summary>
/// The dictionary tables of the Lucene.Net.Analysis.SmartCn package, read the plain way — a <see cref="BinaryReader"/>
/// over the embedded resource, one value at a time, as the package itself reads them — to check the fast loader
/// against, and to write a Lucene-style jar from.
/// </summary>
public sealed class PackageTables
{
    public static PackageTables Instance { get; } = Read();

    public required short[] WordIndexTable { get; init; }
    public required char[] CharIndexTable { get; init; }
    public required char[]?[]?[] Rows { get; init; }
    public required int[]?[] RowFrequencies { get; init; }
    public required long[] PairHashes { get; init; }
    public required int[] PairFrequencies { get; init; }

    public static byte[] Resource(string file)
    {
        var assembly = typeof(Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Every (word, frequency) of the core table, in the table's order.</summary>
    public IEnumerable<(string Word, int Frequency)> Words()
    {
        for (var slot = 0; slot < CharIndexTable.Length; slot++)
        {
            var row = WordIndexTable[slot];
            if (CharIndexTable[slot] == '\0' || row < 0 || Rows[row] is not { } suffixes) continue;
            for (var e = 0; e < suffixes.Length; e++)
                yield return (CharIndexTable[slot] + new string(suffixes[e] ?? []), RowFrequencies[row]![e]);
        }
    }

    private static PackageTables Read()
    {
        using var core = new BinaryReader(new MemoryStream(Resource("coredict.mem")), Encoding.UTF8);
        var wordIndexTable = new short[core.ReadInt32()];
        for (var i = 0; i < wordIndexTable.Length; i++) wordIndexTable[i] = core.ReadInt16();
        var charIndexTable = new char[core.ReadInt32()];
        for (var i = 0; i < charIndexTable.Length; i++) charIndexTable[i] = core.ReadChar();
        var rows = new char[]?[]?[core.ReadInt32()];
        for (var i = 0; i < rows.Length; i++)
        {
            var entries = core.ReadInt32();
            if (entries < 0) continue;
            rows[i] = new char[]?[entries];
            for (var j = 0; j < entries; j++)
            {
                var length = core.ReadInt32();
                if (length < 0) continue;
                rows[i]![j] = new char[length];
                for (var k = 0; k < length; k++) rows[i]![j]![k] = core.ReadChar();
            }
        }
        var frequencies = new int[]?[core.ReadInt32()];
        for (var i = 0; i < frequencies.Length; i++)
        {
            var entries = core.ReadInt32();
            if (entries < 0) continue;
            frequencies[i] = new int[entries];
            for (var j = 0; j < entries; j++) frequencies[i]![j] = core.ReadInt32();
        }
        Assert.Equal(core.BaseStream.Length, core.BaseStream.Position);

        using var pairs = new BinaryReader(new MemoryStream(Resource("bigramdict.mem")));
        var hashes = new long[pairs.ReadInt32()];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = pairs.ReadInt64();
        var pairFrequencies = new int[pairs.ReadInt32()];
        for (var i = 0; i < pairFrequencies.Length; i++) pairFrequencies[i] = pairs.ReadInt32();
        Assert.Equal(pairs.BaseStream.Length, pairs.BaseStream.Position);

        return new PackageTables
        {
            WordIndexTable = wordIndexTable,
            CharIndexTable = charIndexTable,
            Rows = rows,
            RowFrequencies = frequencies,
            PairHashes = hashes,
            PairFrequencies = pairFrequencies,
        };
    }
}
