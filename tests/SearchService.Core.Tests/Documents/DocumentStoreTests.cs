using System.Text;
using SearchService.Core.Documents;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Documents;

public sealed class DocumentStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-store-" + Guid.NewGuid().ToString("n"));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void What_was_kept_is_there_after_reopening_with_the_same_sequence_numbers()
    {
        var store = new DocumentStore(folder);
        var metadata = new ReportMetadata("标题", "某区总工会");
        var a = store.WriteDocument("r-aaaa", "api/a.txt", Bytes("第一份材料。"), metadata, "fp-a", ["r-aaaa"]);
        var deletion = store.Decide("r-seed", deleted: true, correction: null);
        var correction = store.Decide("r-aaaa", deleted: false, new StoredCorrection("另一区总工会", null, ["女职工"]));
        Assert.Equal((1, 2, 3), (a.Seq, deletion.Seq, correction.Seq));

        var reopened = new DocumentStore(folder);
        Assert.Equal(3, reopened.LastSeq);
        var kept = reopened.Document("r-aaaa")!;
        Assert.Equal(("api/a.txt", "fp-a", "某区总工会"), (kept.FileName, kept.Fingerprint, kept.Metadata!.Organisation));
        Assert.Equal("第一份材料。", Encoding.UTF8.GetString(reopened.ReadContent(kept)));
        Assert.True(reopened.Decision("r-seed")!.Deleted);
        Assert.Equal("另一区总工会", reopened.Decision("r-aaaa")!.Correction!.Organisation);
        Assert.Equal("r-aaaa", reopened.LiveDocumentWithFingerprint("fp-a")!.Id);
        Assert.Equal(4, reopened.WriteDocument("r-bbbb", "api/b.txt", Bytes("第二份。"), new ReportMetadata(), "fp-b", ["r-bbbb"]).Seq);
    }

    [Fact]
    public void Changes_since_a_sequence_number_are_what_an_index_at_that_number_lacks()
    {
        var store = new DocumentStore(folder);
        store.WriteDocument("r-1", "api/1.txt", Bytes("一"), new ReportMetadata(), "fp-1", ["r-1"]);
        store.WriteDocument("r-2", "api/2.txt", Bytes("二"), new ReportMetadata(), "fp-2", ["r-2", "r-2-2"]);
        store.Decide("r-2-2", deleted: true, correction: null);
        store.DeleteDocument("r-1");
        var (documents, decisions) = store.ChangedSince(2);
        Assert.Equal(["r-1"], documents.Select(d => d.Id));
        Assert.False(documents[0].IsLive);
        Assert.Equal(["r-2-2"], decisions.Select(d => d.ReportId));
        Assert.Null(store.LiveDocumentWithFingerprint("fp-1"));
        Assert.Equal("r-2", store.LiveDocumentYielding("r-2-2")!.Id);
    }

    [Fact]
    public void A_document_written_under_a_report_id_owns_that_report()
    {
        var store = new DocumentStore(folder);
        store.WriteDocument("r-2", "api/2.txt", Bytes("汇编"), new ReportMetadata(), "fp-2", ["r-2", "r-2-2"]);
        store.WriteDocument("r-2-2", "api/x.txt", Bytes("替换"), new ReportMetadata(), "fp-x", ["r-2-2"]);
        Assert.Equal("r-2-2", store.LiveDocumentYielding("r-2-2")!.Id);
        Assert.Equal("r-2", store.LiveDocumentYielding("r-2")!.Id);
        Assert.Null(store.LiveDocumentYielding("r-3"));
    }

    [Fact]
    public void A_write_a_crash_interrupted_leaves_the_old_record_and_its_temporary_file_is_removed()
    {
        var store = new DocumentStore(folder);
        store.WriteDocument("r-1", "api/1.txt", Bytes("原文"), new ReportMetadata(), "fp-1", ["r-1"]);
        // What a kill -9 between writing and renaming leaves: a temporary file beside the record.
        var uploads = Path.Combine(folder, "uploads");
        File.WriteAllText(Path.Combine(uploads, ".r-1.json.0123" + DurableFile.TemporarySuffix), "{\"half\":");

        var reopened = new DocumentStore(folder);
        Assert.Equal("fp-1", reopened.Document("r-1")!.Fingerprint);
        Assert.Empty(Directory.EnumerateFiles(uploads, "*" + DurableFile.TemporarySuffix));
    }

    [Fact]
    public void A_damaged_record_stops_the_store_from_opening_with_a_message_naming_it()
    {
        var store = new DocumentStore(folder);
        store.WriteDocument("r-1", "api/1.txt", Bytes("原文"), new ReportMetadata(), "fp-1", ["r-1"]);
        File.WriteAllText(Path.Combine(folder, "uploads", "r-1.json"), "{ not json");
        var error = Assert.Throws<DocumentStoreUnavailableException>(() => new DocumentStore(folder));
        Assert.Contains(folder, error.Message);
    }

    [Fact]
    public void Content_no_live_document_refers_to_is_removed_and_damaged_content_is_refused()
    {
        var store = new DocumentStore(folder);
        store.WriteDocument("r-1", "api/1.txt", Bytes("将删除"), new ReportMetadata(), "fp-1", ["r-1"]);
        var kept = store.WriteDocument("r-2", "api/2.txt", Bytes("保留"), new ReportMetadata(), "fp-2", ["r-2"]);
        store.DeleteDocument("r-1");
        Assert.Equal(1, store.RemoveUnreferencedContent());
        Assert.Equal("保留", Encoding.UTF8.GetString(store.ReadContent(kept)));

        File.WriteAllText(Path.Combine(folder, "content", kept.ContentSha256!), "被改动");
        Assert.Throws<InvalidDataException>(() => store.ReadContent(kept));
    }

    [Fact]
    public void Ids_differing_only_in_case_are_two_files()
    {
        var store = new DocumentStore(folder);
        store.WriteDocument("Report-A", "api/1.txt", Bytes("大写"), new ReportMetadata(), "fp-1", ["Report-A"]);
        store.WriteDocument("report-a", "api/2.txt", Bytes("小写"), new ReportMetadata(), "fp-2", ["report-a"]);
        var reopened = new DocumentStore(folder);
        Assert.Equal(("fp-1", "fp-2"), (reopened.Document("Report-A")!.Fingerprint, reopened.Document("report-a")!.Fingerprint));
        Assert.False(DocumentStore.IsValidId("../x"));
        Assert.False(DocumentStore.IsValidId("-x"));
        Assert.False(DocumentStore.IsValidId(new string('a', 101)));
    }

    [Fact]
    public void Idempotent_answers_are_bounded_oldest_first()
    {
        var store = new DocumentStore(folder, new DocumentsOptions { IdempotencyKeys = 3 });
        for (var i = 0; i < 5; i++)
            store.Remember(new IdempotentAnswer(IdempotentAnswer.CurrentVersion, $"key-{i}", "POST x", 201, null, "{}", DateTimeOffset.UtcNow.AddSeconds(i)));
        Assert.Null(store.Answer("key-0"));
        Assert.Null(store.Answer("key-1"));
        Assert.Equal(201, store.Answer("key-4")!.Status);
        Assert.Equal(3, Directory.EnumerateFiles(Path.Combine(folder, "idempotency")).Count());
        Assert.NotNull(new DocumentStore(folder, new DocumentsOptions { IdempotencyKeys = 3 }).Answer("key-2"));
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
