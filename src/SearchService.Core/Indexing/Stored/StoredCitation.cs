using System.Text.Json.Serialization;
using SearchService.Core.Search.Citations;

namespace SearchService.Core.Indexing.Stored;

/// <summary>
/// The citation of a passage as each passage document stores it (the <c>citation</c> field), so a hit is cited without
/// reading its report: everything but the permalink, which depends on the address the service is reached at. Names
/// are fixed by attribute, apart from <see cref="CitationParts"/>; optional members are left out when empty.
/// </summary>
public sealed record StoredCitation(
    [property: JsonPropertyName("author"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Author,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("compilation"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Compilation,
    [property: JsonPropertyName("publisher"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Publisher,
    [property: JsonPropertyName("date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Date,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("posted"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Posted,
    [property: JsonPropertyName("sourceUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceUrl,
    [property: JsonPropertyName("lines"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StoredLineRange>? Lines)
{
    public static StoredCitation From(CitationParts parts) => new(
        parts.Author, parts.Title, parts.Type, parts.Compilation, parts.Publisher, parts.Date, parts.Source, parts.Posted, parts.SourceUrl,
        parts.Lines.Count == 0 ? null : parts.Lines.Select(l => new StoredLineRange(l.First, l.Last, l.FirstPage, l.LastPage)).ToList());

    public CitationParts ToParts()
    {
        var lines = (Lines ?? []).Select(l => new CitedLines(l.First, l.Last, l.FirstPage, l.LastPage)).ToList();
        return new CitationParts(Author, Title ?? "", Type ?? CitationParts.StandaloneReport, Compilation, Publisher, Date, Source ?? "", Posted,
            CitationFormatter.Location(lines), SourceUrl) { Lines = lines };
    }
}
