using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.Indexing;

/// <summary>The buffered stored-field reads return what the plain mapped directory returns, in compound files and out.</summary>
public sealed class BufferedMMapDirectoryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-buffered-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Stored_fields_and_postings_read_the_same(bool compound)
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
                // Texts from a few characters to longer than a stored-fields chunk and than the read buffer.
                writer.AddDocument(new Document { new StringField("id", $"d{i}", Field.Store.YES), new TextField("text", Text(random.Next(1, i % 97 == 0 ? 40_000 : 600)), Field.Store.YES) });
                if (i % 700 == 0) writer.Commit();
            }
        }

        using var plainDirectory = FSDirectory.Open(folder);
        using var bufferedDirectory = new BufferedMMapDirectory(folder);
        using var plain = DirectoryReader.Open(plainDirectory);
        using var buffered = DirectoryReader.Open(bufferedDirectory);
        Assert.Equal(compound, bufferedDirectory.ListAll().Any(f => f.EndsWith(".cfs", StringComparison.Ordinal)));
        Assert.Equal(plain.MaxDoc, buffered.MaxDoc);
        // Out of order, so the buffer is sought backwards and forwards.
        foreach (var doc in Enumerable.Range(0, plain.MaxDoc).OrderBy(_ => random.Next()))
        {
            Assert.Equal(plain.Document(doc).Get("id"), buffered.Document(doc).Get("id"));
            Assert.Equal(plain.Document(doc).Get("text"), buffered.Document(doc).Get("text"));
        }
        Assert.Equal(plain.DocFreq(new Term("text", "劳")), buffered.DocFreq(new Term("text", "劳")));
    }
}
