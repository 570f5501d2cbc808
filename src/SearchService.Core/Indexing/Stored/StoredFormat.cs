using System.Text.Encodings.Web;
using System.Text.Json;
using SearchService.Ingestion;

namespace SearchService.Core.Indexing.Stored;

/// <summary>Reads and writes the JSON the index stores: whole reports and each passage's occurrences.</summary>
public static class StoredFormat
{
    // Written as is: escaping every Chinese character as \uXXXX doubled the stored JSON.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Report report) => JsonSerializer.Serialize(StoredReport.From(report), Json);

    /// <exception cref="InvalidDataException">Not a stored report, or one written by a newer version.</exception>
    public static Report ReadReport(string json)
    {
        try
        {
            return (JsonSerializer.Deserialize<StoredReport>(json, Json) ?? throw new InvalidDataException("the stored report is null")).ToReport();
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"a stored report is not valid JSON: {ex.Message}", ex);
        }
    }

    public static string Write(IReadOnlyList<Occurrence> occurrences) =>
        JsonSerializer.Serialize(occurrences.Select(StoredOccurrence.From).ToList(), Json);

    /// <summary>A passage's theme evidence (the <c>theme_evidence</c> field): for each theme, the keywords found.</summary>
    public static string Write(IReadOnlyDictionary<string, IReadOnlyList<string>> themeEvidence) => JsonSerializer.Serialize(themeEvidence, Json);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>>? ReadThemeEvidence(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<string>>>(json, Json);

    public static string Write(StoredCitation citation) => JsonSerializer.Serialize(citation, Json);

    /// <summary>A passage's stored citation; null when it cannot be read (the hit is then shown without one).</summary>
    public static StoredCitation? ReadCitation(string json) =>
        StoredCitationReader.TryRead(json, out var citation) ? citation : ReadCitationBySerializer(json);

    /// <summary>
    /// The same from the citation's UTF-8 as a hit record keeps it: what <see cref="ReadCitation(string)"/> gives for
    /// the string those bytes decode to. Valid UTF-8 is what that string encodes back to, so the reader reads the bytes
    /// as they are; anything else goes through the string, as before.
    /// </summary>
    public static StoredCitation? ReadCitation(ReadOnlySpan<byte> utf8)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8)) return ReadCitation(System.Text.Encoding.UTF8.GetString(utf8));
        return StoredCitationReader.TryRead(utf8, out var citation) ? citation : ReadCitationBySerializer(System.Text.Encoding.UTF8.GetString(utf8));
    }

    /// <summary>
    /// The serializer's reading of a stored citation, which <see cref="StoredCitationReader"/> gives way to for any JSON
    /// it was not written for.
    /// </summary>
    internal static StoredCitation? ReadCitationBySerializer(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<StoredCitation>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyList<Occurrence> ReadOccurrences(string json) =>
        (JsonSerializer.Deserialize<List<StoredOccurrence>>(json, Json) ?? []).Select(o => o.ToOccurrence()).ToList();
}
