using System.Text.Json.Serialization;
using SearchService.Ingestion;

namespace SearchService.Core.Indexing.Stored;

/// <summary>
/// A report as the index keeps it (the <c>report_json</c> field), apart from the domain model so that renaming a
/// property of <see cref="Report"/> cannot change what is on disk. The JSON names are fixed by attribute and pinned
/// by a test; changing them needs a new <see cref="SchemaVersion"/> and a reader for the old one. Version 0 is the
/// shape written before the version existed (the domain record serialised as it was): it has the same names and
/// reads as version 1. Members added since (dates, credits, collection, twin keys, line ranges) are optional and left
/// out when empty, so a report without them is stored as before and an older reader ignores them.
/// </summary>
public sealed record StoredReport(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("subtitle")] string? Subtitle,
    [property: JsonPropertyName("organisation")] string Organisation,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("themes")] IReadOnlyList<string>? Themes,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("sourceUrl")] string? SourceUrl,
    [property: JsonPropertyName("sourcePath")] string SourcePath,
    [property: JsonPropertyName("sections")] IReadOnlyList<StoredSection>? Sections)
{
    public const int CurrentVersion = 1;

    /// <summary>Where the organisation came from (sidecar, api, byline, title, text, correction or none).</summary>
    [JsonPropertyName("organisationSource")]
    public string? OrganisationSource { get; init; }

    /// <summary>Where the region came from (sidecar, api, gazetteer, title, text, correction or none).</summary>
    [JsonPropertyName("regionSource")]
    public string? RegionSource { get; init; }

    /// <summary>day, month or year when the date was read from the text.</summary>
    [JsonPropertyName("datePrecision"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DatePrecision { get; init; }

    /// <summary>The date as the text states it.</summary>
    [JsonPropertyName("dateText"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DateText { get; init; }

    /// <summary>Lines crediting people and sources (责编, 来源, 记者…).</summary>
    [JsonPropertyName("credits"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Credits { get; init; }

    /// <summary>The compilation or news page the report is an item of.</summary>
    [JsonPropertyName("collection"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Collection { get; init; }

    public static StoredReport From(Report report) => new(
        CurrentVersion, report.Id, report.Title, report.Subtitle, report.Organisation, report.Region, report.Themes, report.Date,
        report.SourceUrl, report.SourcePath, report.Sections.Select(StoredSection.From).ToList())
    {
        OrganisationSource = report.OrganisationSource,
        RegionSource = report.RegionSource,
        DatePrecision = report.DatePrecision,
        DateText = report.DateText,
        Credits = report.Credits.Count == 0 ? null : report.Credits,
        Collection = report.Collection,
    };

    /// <exception cref="InvalidDataException">Written by a newer version of the service.</exception>
    public Report ToReport()
    {
        if (SchemaVersion > CurrentVersion)
            throw new InvalidDataException(
                $"report {Id} was stored with schema version {SchemaVersion}; this version reads up to {CurrentVersion}. Upgrade the service, or rebuild the index.");
        return new Report(Id, Title, Subtitle, Organisation ?? "", Region, Themes ?? [], Date, SourceUrl, SourcePath ?? "",
            (Sections ?? []).Select(s => s.ToSection()).ToList())
        {
            OrganisationSource = OrganisationSource ?? "",
            RegionSource = RegionSource ?? "",
            DatePrecision = DatePrecision,
            DateText = DateText,
            Credits = Credits ?? [],
            Collection = Collection,
        };
    }
}

public sealed record StoredSection(
    [property: JsonPropertyName("headingPath")] IReadOnlyList<string>? HeadingPath,
    [property: JsonPropertyName("passages")] IReadOnlyList<StoredPassage>? Passages)
{
    public static StoredSection From(Section section) => new(section.HeadingPath, section.Passages.Select(StoredPassage.From).ToList());

    public Section ToSection() => new(HeadingPath ?? [], (Passages ?? []).Select(p => p.ToPassage()).ToList());
}

public sealed record StoredPassage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("reportId")] string ReportId,
    [property: JsonPropertyName("ordinal")] int Ordinal,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("sectionPath")] IReadOnlyList<string>? SectionPath,
    [property: JsonPropertyName("organisation")] string Organisation,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("themes")] IReadOnlyList<string>? Themes,
    [property: JsonPropertyName("occurrences")] IReadOnlyList<StoredOccurrence>? Occurrences)
{
    /// <summary>For each theme of the passage, the taxonomy keywords found in it.</summary>
    [JsonPropertyName("themeEvidence")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ThemeEvidence { get; init; }

    /// <summary>The words that attribute the passage to another organisation than its report's.</summary>
    [JsonPropertyName("actorEvidence")]
    public string? ActorEvidence { get; init; }

    /// <summary>Shared by the same paragraph in other reports (a hash of the normalised text); absent before twin keys existed.</summary>
    [JsonPropertyName("twinKey"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TwinKey { get; init; }

    public static StoredPassage From(Passage passage) => new(
        passage.Id, passage.ReportId, passage.Ordinal, passage.Text, passage.SectionPath, passage.Organisation, passage.Region, passage.Themes,
        passage.Occurrences.Select(StoredOccurrence.From).ToList())
    {
        ThemeEvidence = passage.ThemeEvidence,
        ActorEvidence = passage.ActorEvidence,
        TwinKey = passage.TwinKey.Length == 0 ? null : passage.TwinKey,
    };

    public Passage ToPassage() => new(Id, ReportId, Ordinal, Text ?? "", SectionPath ?? [], Organisation ?? "", Region, Themes ?? [],
        (Occurrences ?? []).Select(o => o.ToOccurrence()).ToList())
    {
        ThemeEvidence = ThemeEvidence,
        ActorEvidence = ActorEvidence,
        TwinKey = TwinKey ?? "",
    };
}

/// <summary>Also stored on its own, as the <c>occurrences</c> JSON array of each passage document.</summary>
public sealed record StoredOccurrence(
    [property: JsonPropertyName("reportId")] string ReportId,
    [property: JsonPropertyName("sourcePath")] string SourcePath,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("sectionPath")] IReadOnlyList<string>? SectionPath,
    [property: JsonPropertyName("text")] string Text)
{
    /// <summary>The PDF page of <see cref="Line"/>.</summary>
    [JsonPropertyName("page"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; init; }

    /// <summary>Every run of source lines the text was joined from; absent before ranges were kept.</summary>
    [JsonPropertyName("ranges"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<StoredLineRange>? Ranges { get; init; }

    public static StoredOccurrence From(Occurrence occurrence) =>
        new(occurrence.ReportId, occurrence.SourcePath, occurrence.Line, occurrence.SectionPath, occurrence.Text)
        {
            Page = occurrence.Page,
            Ranges = occurrence.Ranges.Count == 0 ? null : occurrence.Ranges.Select(r => new StoredLineRange(r.First, r.Last, r.FirstPage, r.LastPage)).ToList(),
        };

    public Occurrence ToOccurrence() => new(ReportId, SourcePath ?? "", Line, SectionPath ?? [], Text ?? "")
    {
        Page = Page,
        Ranges = (Ranges ?? []).Select(r => new LineRange(r.First, r.Last, r.FirstPage, r.LastPage)).ToList(),
    };
}

public sealed record StoredLineRange(
    [property: JsonPropertyName("first")] int First,
    [property: JsonPropertyName("last")] int Last,
    [property: JsonPropertyName("firstPage")] int? FirstPage,
    [property: JsonPropertyName("lastPage")] int? LastPage);
