using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchService.Core.Indexing.Stored;
using SearchService.Core.Search.Citations;
using SearchService.Ingestion;
using SearchService.Ingestion.Dedup;

namespace SearchService.Core.Indexing;

/// <summary>
/// Every field of the index and how it is indexed, in one place. One Lucene document per passage
/// (<see cref="PassageKind"/>) and one per report (<see cref="ReportKind"/>, carrying the whole report as JSON
/// so the report view needs no second store).
/// </summary>
public static class IndexSchema
{
    public const string Kind = "kind";
    public const string PassageKind = "passage";
    public const string ReportKind = "report";
    public const string SourceKind = "source";

    /// <summary>Every kind of document but passages; searches exclude these.</summary>
    public static readonly IReadOnlyList<string> OtherKinds = [ReportKind, SourceKind];
    public const string SourceHash = "source_hash";

    public const string Id = "id";
    public const string ReportId = "report_id";
    public const string SourcePath = "source_path";

    /// <summary>The API document a report (and its passages) was made from; absent for the sources folder.</summary>
    public const string DocumentId = "document_id";
    public const string Ordinal = "ordinal";

    /// <summary>SmartCn-analysed, stored: searched, highlighted and shown.</summary>
    public const string Text = "text";
    public const string Title = "report_title";

    /// <summary>
    /// SmartCn-analysed, not stored: the wordings of the passage's collapsed near-duplicates that differ from its text
    /// (one says 提升培训质量 where the kept one says 加速素质提升), so a search for either wording finds the passage.
    /// </summary>
    public const string Variants = "variants";
    public const string Section = "section";

    /// <summary>
    /// SmartCn-analysed, documents and frequencies only: what the passage holds itself — text, heading and the
    /// variants' wordings — so a word is one postings list to match and score instead of three to merge (separate
    /// fields were a third of a query's time at 211k passages). The report title is not in it: a passage that has a
    /// word only through its report's title is a title match, not a complete one. Indexes written before it lack it
    /// (they had a <c>words</c> field that included the title); the query builder then searches the fields one by one.
    /// </summary>
    public const string Body = "body";

    /// <summary>
    /// Every passage has the <see cref="Body"/> field (an index written before it has not). Asked of the passages, not of
    /// each segment's fields: a segment merged from passages written before the field and after has it while the older
    /// passages have none, and searching it would miss them. Every passage with words in its text has them in its body,
    /// so a segment whose body is in fewer documents than its text holds older passages; the two counts are the
    /// postings' own statistics, read per query without touching a posting.
    /// </summary>
    public static bool HasBody(Lucene.Net.Index.IndexReader reader) =>
        reader.Leaves.All(leaf => leaf.AtomicReader.GetTerms(Text) is not { } text
            || leaf.AtomicReader.GetTerms(Body) is { } body && body.DocCount >= text.DocCount);

    /// <summary>
    /// CJK bigrams: of the passage's text, variants and heading (<see cref="TextBigrams"/>) and of its report's title
    /// (<see cref="TitleBigrams"/>): a run of characters matched verbatim, whatever the segmenter made of it.
    /// </summary>
    public const string TextBigrams = "text_cjk";
    public const string TitleBigrams = "title_cjk";

    /// <summary>
    /// The report's credit lines (记者…, 编辑…, 来源…, the date line; ingestion keeps them as the report's metadata, not
    /// as passages), one value, lines apart, on each passage: SmartCn words, stored for marking; and their CJK bigrams
    /// (<see cref="CreditBigrams"/>). Like the title, a place a word may stand in for a title match (a phrase copied
    /// from a byline finds its report), never for a complete one: the passage does not hold the word itself.
    /// </summary>
    public const string Credits = "report_credits";
    public const string CreditBigrams = "credits_cjk";

    /// <summary>Facet dimensions: exact-match string fields for filtering plus SortedSetDocValues for counting.</summary>
    public const string Organisation = "organisation";
    public const string Region = "region";
    public const string Theme = "theme";

    public const string RegionPath = "region_path";
    public const string OrganisationSort = "organisation_sort";
    public const string ReportSort = "report_sort";

    /// <summary>A report's whole title as one term, for completing titles without reading stored reports.</summary>
    public const string TitleExact = "report_title_exact";
    public const string Occurrences = "occurrences";

    /// <summary>Stored JSON: for each theme of the passage, the taxonomy keywords found in it (why it has the theme).</summary>
    public const string ThemeEvidence = "theme_evidence";
    public const string ReportJson = "report_json";

    /// <summary>
    /// On report documents, what a listing shows without reading the report JSON: a sort key (source, title, id) as
    /// doc values, and the stored subtitle, date (<see cref="Date"/>, as on passages) and counts beside the stored fields
    /// the report already has.
    /// </summary>
    public const string ReportListSort = "report_list_sort";
    public const string Subtitle = "subtitle";
    public const string PassageCount = "passage_count";
    public const string SectionCount = "section_count";

    /// <summary>Every segment holding reports has the listing fields (an index written before them has not).</summary>
    public static bool HasReportListFields(Lucene.Net.Index.IndexReader reader) =>
        reader.Leaves.All(leaf => leaf.AtomicReader.FieldInfos.FieldInfo(ReportJson) is null || leaf.AtomicReader.FieldInfos.FieldInfo(ReportListSort) is not null);

    /// <summary>The listing's order: by source, then title, then id; cut well below Lucene's 32 KB limit for one value.</summary>
    public static BytesRef ReportListKey(Report report)
    {
        var key = report.SourcePath + "\u0000" + report.Title + "\u0000" + report.Id;
        return new BytesRef(key.Length > 4_000 ? key[..4_000] : key);
    }

    /// <summary>
    /// The passage's twin key (Passage.TwinKey: a hash of its normalised text), indexed, stored and as sorted doc values:
    /// the same paragraph in other reports has the same term, so "also in N reports" is one term query or one group.
    /// </summary>
    public const string Twin = "twin";

    /// <summary>
    /// MinHash band keys of the passage's text (Twins.BandKeys), indexed only: a passage that arrives alone finds its
    /// near-twins (reworded, cut short) with one term query per band, to be confirmed with Twins.Resemblance.
    /// </summary>
    public const string TwinBand = "twin_band";

    public const char RegionSeparator = '/';
    public const string SectionSeparator = " › ";

    /// <summary>Between a report's credit lines in <see cref="Credits"/>: a line break, which no word or bigram spans.</summary>
    public const string CreditSeparator = "\n";

    /// <summary>
    /// The year of the report's date (<see cref="ReportDates"/>), as a facet and a filter; a passage whose report has
    /// no date has no value (counted as <see cref="NoYear"/>).
    /// </summary>
    public const string Year = "year";

    /// <summary>The facet label of passages whose report has no date.</summary>
    public const string NoYear = "未注明";

    /// <summary>The report's date as a number that sorts (yyyyMMdd, unknown parts 0); absent without a date.</summary>
    public const string DateSort = "date_sort";

    /// <summary>The report's date as given (ISO: yyyy, yyyy-MM or yyyy-MM-dd), stored on each passage for its hit.</summary>
    public const string Date = "date";

    /// <summary>Stored JSON (<see cref="StoredCitation"/>): what a citation of the passage needs besides its permalink.</summary>
    public const string Citation = "citation";

    /// <summary>Every segment holding passages has the <see cref="Citation"/> field (an index written before it has not).</summary>
    public static bool HasCitations(Lucene.Net.Index.IndexReader reader) =>
        reader.Leaves.All(leaf => leaf.AtomicReader.FieldInfos.FieldInfo(Text) is null || leaf.AtomicReader.FieldInfos.FieldInfo(Citation) is not null);

    /// <summary>
    /// Binary doc values on passages: the stored fields a hit shows, as one record (<see cref="HitRecord"/>), so a page
    /// reads a hit without decompressing its neighbours. A copy: the stored fields stay the index's own.
    /// </summary>
    public const string Hit = "hit";

    /// <summary>
    /// Every live passage has its <see cref="Hit"/> record (an index written before them has none). Asked of each
    /// passage, not of each segment's fields: a segment merged from one written before the records and one written
    /// after has the field, and the older passages still have no record.
    /// </summary>
    public static bool HasHitRecords(Lucene.Net.Index.IndexReader reader) =>
        reader.Leaves.All(leaf => leaf.AtomicReader.FieldInfos.FieldInfo(Text) is null || EveryPassageHasARecord(leaf.AtomicReader));

    private static bool EveryPassageHasARecord(Lucene.Net.Index.AtomicReader segment)
    {
        if (segment.FieldInfos.FieldInfo(Hit) is null) return false;
        // Which documents have a record, without reading the records: reading each one maps every page of them into
        // memory at start (~40 MB at 35,000 passages).
        var recorded = segment.GetDocsWithField(Hit);
        var passages = Search.Matching.PassageDocs.Read(segment);
        var live = segment.LiveDocs;
        for (var doc = passages.NextSetBit(0); doc >= 0; doc = doc + 1 < passages.Length ? passages.NextSetBit(doc + 1) : -1)
            if ((live is null || live.Get(doc)) && (recorded is null || !recorded.Get(doc))) return false;
        return true;
    }

    public static readonly IReadOnlyList<string> FacetDimensions = [Organisation, Region, Theme, Year];

    private static readonly FieldType StoredTextWithOffsets = CreateTextType(stored: true, offsets: true);
    private static readonly FieldType UnstoredText = CreateTextType(stored: false, offsets: false);
    private static readonly FieldType WordsOnly = CreateWordsType();

    private static FieldType CreateWordsType()
    {
        var type = new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    /// <param name="offsets">Offsets in the postings let the highlighter find a hit's matched words without re-analysing it.</param>
    private static FieldType CreateTextType(bool stored, bool offsets)
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = stored,
            IndexOptions = offsets
                ? Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
                : Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
        };
        type.Freeze();
        return type;
    }

    public static Document PassageDocument(Report report, Passage passage, string? documentId = null)
    {
        var section = string.Join(SectionSeparator, passage.SectionPath);
        var doc = new Document
        {
            new StringField(Kind, PassageKind, Field.Store.YES),
            new StringField(Id, passage.Id, Field.Store.YES),
            new StringField(ReportId, report.Id, Field.Store.YES),
            new StringField(SourcePath, report.SourcePath, Field.Store.YES),
            new Field(Text, passage.Text, StoredTextWithOffsets),
            new Field(TextBigrams, passage.Text, UnstoredText),
            new Field(Title, report.Title, StoredTextWithOffsets),
            new Field(TitleBigrams, report.Title, UnstoredText),
            new Field(Section, section, StoredTextWithOffsets),
            new Int32Field(Ordinal, passage.Ordinal, Field.Store.YES),
            new NumericDocValuesField(Ordinal, passage.Ordinal),
            new StoredField(Occurrences, StoredFormat.Write(passage.Occurrences)),
            new SortedDocValuesField(ReportId, new BytesRef(report.Id)),
            new SortedDocValuesField(ReportSort, new BytesRef(report.Title + "\u0000" + report.Id)),
        };
        if (documentId is not null) doc.Add(new StringField(DocumentId, documentId, Field.Store.YES));
        if (report.Credits.Count > 0)
        {
            var credits = string.Join(CreditSeparator, report.Credits);
            doc.Add(new Field(Credits, credits, StoredTextWithOffsets));
            doc.Add(new Field(CreditBigrams, credits, UnstoredText));
        }
        if (passage.ThemeEvidence is { Count: > 0 } evidence) doc.Add(new StoredField(ThemeEvidence, StoredFormat.Write(evidence)));
        doc.Add(new Field(Body, passage.Text, WordsOnly));
        if (section.Length > 0)
        {
            doc.Add(new Field(Body, section, WordsOnly));
            doc.Add(new Field(TextBigrams, section, UnstoredText));
        }
        foreach (var variant in passage.Occurrences.Select(o => o.Text.Trim()).Where(t => t != passage.Text).Distinct())
        {
            doc.Add(new Field(Variants, variant, UnstoredText));
            doc.Add(new Field(TextBigrams, variant, UnstoredText));
            doc.Add(new Field(Body, variant, WordsOnly));
        }
        // Reports stored before twin keys existed get theirs from the text when they are written again (index --upgrade).
        var twin = passage.TwinKey.Length > 0 ? passage.TwinKey : Twins.Key(passage.Text);
        doc.Add(new StringField(Twin, twin, Field.Store.YES));
        doc.Add(new SortedDocValuesField(Twin, new BytesRef(twin)));
        foreach (var band in Twins.BandKeys(passage.Text)) doc.Add(new StringField(TwinBand, band, Field.Store.NO));
        AddFacets(doc, passage.Organisation, passage.Region, passage.Themes);
        AddDate(doc, report.Date);
        doc.Add(new StoredField(Citation, StoredFormat.Write(StoredCitation.From(CitationParts.Of(report, passage)))));
        doc.Add(new BinaryDocValuesField(Hit, HitRecord.Write(doc)));
        return doc;
    }

    public static Document ReportDocument(Report report, string? documentId = null)
    {
        var doc = new Document
        {
            new StringField(Kind, ReportKind, Field.Store.YES),
            new StringField(Id, report.Id, Field.Store.YES),
            new StringField(ReportId, report.Id, Field.Store.YES),
            new StringField(SourcePath, report.SourcePath, Field.Store.YES),
            new Field(Title, report.Title, StoredTextWithOffsets),
            new StringField(TitleExact, report.Title, Field.Store.NO),
            new StoredField(ReportJson, StoredFormat.Write(report)),
            new SortedDocValuesField(ReportListSort, ReportListKey(report)),
            new StoredField(PassageCount, report.Passages.Count()),
            new StoredField(SectionCount, report.Sections.Count),
        };
        if (report.Subtitle is { Length: > 0 } subtitle) doc.Add(new StoredField(Subtitle, subtitle));
        if (report.Date is { Length: > 0 } date) doc.Add(new StoredField(Date, date));
        if (documentId is not null) doc.Add(new StringField(DocumentId, documentId, Field.Store.YES));
        AddFacets(doc, report.Organisation, report.Region, report.Themes);
        return doc;
    }

    /// <summary>Remembers which version of a source file is indexed, for incremental indexing.</summary>
    public static Document SourceDocument(SourceFingerprint source) =>
    [
        new StringField(Kind, SourceKind, Field.Store.YES),
        new StringField(SourcePath, source.Path, Field.Store.YES),
        new StoredField(SourceHash, source.Hash),
    ];

    public static Report ReadReport(Document doc) =>
        StoredFormat.ReadReport(doc.Get(ReportJson) ?? throw new InvalidDataException($"report document {doc.Get(Id)} has no report JSON"));

    public static IReadOnlyList<Occurrence> ReadOccurrences(Document doc) =>
        doc.Get(Occurrences) is { } json ? StoredFormat.ReadOccurrences(json) : [];

    public static CitationParts? ReadCitation(Document doc) =>
        doc.Get(Citation) is { } json ? StoredFormat.ReadCitation(json)?.ToParts() : null;

    public static IReadOnlyDictionary<string, IReadOnlyList<string>>? ReadThemeEvidence(Document doc) =>
        doc.Get(ThemeEvidence) is { } json ? StoredFormat.ReadThemeEvidence(json) : null;

    /// <summary>A region path and every ancestor: 浙江省, 浙江省/嘉兴市, 浙江省/嘉兴市/平湖市.</summary>
    public static IEnumerable<string> RegionLevels(string? region)
    {
        if (string.IsNullOrWhiteSpace(region)) yield break;
        var parts = region.Split(RegionSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 1; i <= parts.Length; i++) yield return string.Join(RegionSeparator, parts[..i]);
    }

    private static void AddDate(Document doc, string? date)
    {
        if (ReportDates.Parse(date) is not { } parsed) return;
        doc.Add(new StoredField(Date, date!.Trim()));
        doc.Add(new StringField(Year, parsed.Year, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(Year, new BytesRef(parsed.Year)));
        doc.Add(new NumericDocValuesField(DateSort, parsed.SortKey));
    }

    private static void AddFacets(Document doc, string organisation, string? region, IReadOnlyList<string> themes)
    {
        if (!string.IsNullOrWhiteSpace(organisation))
        {
            doc.Add(new StringField(Organisation, organisation, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(Organisation, new BytesRef(organisation)));
            doc.Add(new SortedDocValuesField(OrganisationSort, new BytesRef(organisation)));
        }
        if (!string.IsNullOrWhiteSpace(region)) doc.Add(new StoredField(RegionPath, region));
        foreach (var level in RegionLevels(region))
        {
            doc.Add(new StringField(Region, level, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(Region, new BytesRef(level)));
        }
        foreach (var theme in themes.Distinct())
        {
            doc.Add(new StringField(Theme, theme, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(Theme, new BytesRef(theme)));
        }
    }
}
