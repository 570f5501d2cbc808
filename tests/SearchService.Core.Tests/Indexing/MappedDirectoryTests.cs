using FsCheck;
using FsCheck.Xunit;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.Indexing;

/// <summary>
/// Reading through the pointer into the mapping returns what Lucene.Net's own mapped directory returns: stored fields,
/// postings and term statistics of a whole index, in compound files and out, and every read, seek and clone of a raw
/// file, byte for byte.
/// </summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-mapped-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Stored_fields_postings_and_statistics_read_the_same(bool compound)
    {
        var random = new Random(7);
        const string Alphabet = "工会劳模工匠职工技能培训创新 abc";
        string Text(int length) => new(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        using (var directory = FSDirectory.Open(folder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))
               { UseCompoundFile = compound, MergePolicy = compound ? new TieredMergePolicy { NoCFSRatio = 1.0 } : NoMergePolicy.NO_COMPOUND_FILES }))
        {
            for (var i = 0; i < 2000; i++)
            {
                // Texts from a few characters to longer than a stored-fields chunk.
                writer.AddDocument(new Document { new StringField("id", $"d{i}", Field.Store.YES), new TextField("text", Text(random.Next(1, i % 97 == 0 ? 40_000 : 600)), Field.Store.YES) });
                if (i % 700 == 0) writer.Commit();
            }
        }

        using var plainDirectory = new MMapDirectory(folder);
        using var mappedDirectory = new MappedDirectory(folder);
        using var plain = DirectoryReader.Open(plainDirectory);
        using var mapped = DirectoryReader.Open(mappedDirectory);
        Assert.Equal(compound, mappedDirectory.ListAll().Any(f => f.EndsWith(".cfs", StringComparison.Ordinal)));
        Assert.Equal(plain.MaxDoc, mapped.MaxDoc);
        foreach (var doc in Enumerable.Range(0, plain.MaxDoc).OrderBy(_ => random.Next()))
        {
            Assert.Equal(plain.Document(doc).Get("id"), mapped.Document(doc).Get("id"));
            Assert.Equal(plain.Document(doc).Get("text"), mapped.Document(doc).Get("text"));
        }
        foreach (var word in new[] { "劳", "工", "abc", "创" })
        {
            var term = new Term("text", word);
            Assert.Equal(plain.DocFreq(term), mapped.DocFreq(term));
            Assert.Equal(plain.TotalTermFreq(term), mapped.TotalTermFreq(term));
            Assert.Equal(Postings(plain, term), Postings(mapped, term));
            Assert.Equal(Top(plain, term), Top(mapped, term));
        }
    }

    /// <summary>Every document, frequency and position of a term, through the segments' postings.</summary>
    private static List<(int Doc, int Freq, string Positions)> Postings(IndexReader reader, Term term)
    {
        var found = new List<(int, int, string)>();
        foreach (var leaf in reader.Leaves)
        {
            var postings = leaf.AtomicReader.GetTermPositionsEnum(term);
            if (postings is null) continue;
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var positions = string.Join(',', Enumerable.Range(0, postings.Freq).Select(_ => postings.NextPosition()));
                found.Add((leaf.DocBase + postings.DocID, postings.Freq, positions));
            }
        }
        return found;
    }

    private static List<(int Doc, float Score)> Top(IndexReader reader, Term term) =>
        new IndexSearcher(reader).Search(new TermQuery(term), 50).ScoreDocs.Select(h => (h.Doc, h.Score)).ToList();

    /// <summary>
    /// A random file, then random reads (bytes, blocks, vInts and vLongs, ints, longs, seeks, clones, slices) of the
    /// same sequence through both directories: the same values, the same positions, the same failures past the end.
    /// </summary>
    [Property(MaxTest = 200)]
    public void Every_read_returns_what_the_mapped_directory_returns(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        System.IO.Directory.CreateDirectory(folder);
        var name = $"f{seed.Get}.bin";
        using (var plainDirectory = new MMapDirectory(folder))
        using (var output = plainDirectory.CreateOutput(name, IOContext.DEFAULT))
        {
            var count = random.Next(1, 3000);
            for (var i = 0; i < count; i++)
            {
                switch (random.Next(4))
                {
                    case 0: output.WriteByte((byte)random.Next(256)); break;
                    case 1: output.WriteVInt32(random.Next(5) == 0 ? random.Next() : random.Next(300)); break;
                    case 2: output.WriteVInt64(random.NextInt64() >> random.Next(1, 63)); break;
                    default: output.WriteInt32(random.Next(int.MinValue, int.MaxValue)); break;
                }
            }
        }

        using var plainDir = new MMapDirectory(folder);
        using var mappedDir = new MappedDirectory(folder);
        using var plainSlicer = plainDir.CreateSlicer(name, IOContext.DEFAULT);
        using var mappedSlicer = mappedDir.CreateSlicer(name, IOContext.DEFAULT);
        using var plainFile = plainDir.OpenInput(name, IOContext.DEFAULT);
        using var mappedFile = mappedDir.OpenInput(name, IOContext.DEFAULT);
        var length = plainFile.Length;
        Assert.Equal(length, mappedFile.Length);
        var inputs = new List<(IndexInput Plain, IndexInput Mapped)> { (plainFile, mappedFile) };
        for (var step = 0; step < 200; step++)
        {
            var (plain, mapped) = inputs[random.Next(inputs.Count)];
            switch (random.Next(9))
            {
                case 0: Same(plain, mapped, () => plain.ReadByte(), () => mapped.ReadByte()); break;
                case 1: Same(plain, mapped, () => plain.ReadVInt32(), () => mapped.ReadVInt32()); break;
                case 2: Same(plain, mapped, () => plain.ReadVInt64(), () => mapped.ReadVInt64()); break;
                case 3: Same(plain, mapped, () => plain.ReadInt32(), () => mapped.ReadInt32()); break;
                case 4: Same(plain, mapped, () => plain.ReadInt64(), () => mapped.ReadInt64()); break;
                case 5:
                    var len = random.Next(0, 300);
                    Same(plain, mapped, () => Block(plain, len), () => Block(mapped, len));
                    break;
                case 6:
                    var to = random.NextInt64(0, plain.Length + 1);
                    plain.Seek(to);
                    mapped.Seek(to);
                    break;
                case 7:
                    inputs.Add(((IndexInput)plain.Clone(), (IndexInput)mapped.Clone()));
                    break;
                default:
                    var offset = random.NextInt64(0, length);
                    var sliceLength = random.NextInt64(0, length - offset + 1);
                    inputs.Add((plainSlicer.OpenSlice("s", offset, sliceLength), mappedSlicer.OpenSlice("s", offset, sliceLength)));
                    break;
            }
            Assert.Equal(plain.Position, mapped.Position);
            Assert.Equal(plain.Length, mapped.Length);
        }
    }

    private static string Block(IndexInput input, int length)
    {
        var bytes = new byte[length + 2];
        input.ReadBytes(bytes, 1, length);
        return Convert.ToHexString(bytes);
    }

    /// <summary>
    /// The same value, or a failure for both (reading past the end), after which the position is unspecified (Lucene's
    /// own input may have consumed part of the value), so both are sought back to the start.
    /// </summary>
    private static void Same<T>(IndexInput plainInput, IndexInput mappedInput, Func<T> plain, Func<T> mapped)
    {
        T? expected = default, actual = default;
        Exception? expectedFailure = null, actualFailure = null;
        try { expected = plain(); } catch (Exception e) { expectedFailure = e; }
        try { actual = mapped(); } catch (Exception e) { actualFailure = e; }
        Assert.Equal(expectedFailure is null, actualFailure is null);
        if (expectedFailure is null)
        {
            Assert.Equal(expected, actual);
            return;
        }
        plainInput.Seek(0);
        mappedInput.Seek(0);
    }

    [Fact]
    public void A_closed_file_refuses_reads_through_its_clones()
    {
        System.IO.Directory.CreateDirectory(folder);
        using var directory = new MappedDirectory(folder);
        using (var output = directory.CreateOutput("c.bin", IOContext.DEFAULT)) output.WriteInt64(42);
        var input = directory.OpenInput("c.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(42, clone.ReadInt64());
        input.Dispose();
        clone.Seek(0);
        Assert.Throws<ObjectDisposedException>(() => clone.ReadInt64());
    }

    [Fact]
    public void A_missing_file_is_not_found_and_an_empty_one_reads_as_empty()
    {
        System.IO.Directory.CreateDirectory(folder);
        using var directory = new MappedDirectory(folder);
        Assert.ThrowsAny<IOException>(() => directory.OpenInput("missing.bin", IOContext.DEFAULT));
        using (directory.CreateOutput("empty.bin", IOContext.DEFAULT)) { }
        using var empty = directory.OpenInput("empty.bin", IOContext.DEFAULT);
        Assert.Equal(0, empty.Length);
        Assert.ThrowsAny<IOException>(() => empty.ReadByte());
    }
}
