using System.Security.Cryptography;
using System.Text;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Ids that last. A report's id comes from where it is — its source (a file path, or an id the client or the server
/// gave a document) and its ordinal among the reports of that source — never from what extraction made of it, so it
/// survives rebuilds, corrections of its organisation or title, and a changed splitter that still finds the same items.
/// A passage's id comes from its report's id and its normalised text, so it stays while the text does and two reports
/// holding the same paragraph have two passages.
/// </summary>
internal static class ContentIds
{
    /// <summary>Item <paramref name="ordinal"/> (1-based) of a source file.</summary>
    public static string Report(string sourcePath, int ordinal) => "r-" + Hex($"{sourcePath}\n#{ordinal}", 10);

    /// <summary>
    /// Item <paramref name="ordinal"/> of a document with an id of its own: the first item is the document's id, so a
    /// one-report document is found under the id it was given; further items get <c>id-2</c>, <c>id-3</c>….
    /// </summary>
    public static string ReportOfDocument(string documentId, int ordinal) => ordinal == 1 ? documentId : $"{documentId}-{ordinal}";

    /// <param name="repeat">How many earlier passages of the same report have the same normalised text (0 for the first).</param>
    public static string Passage(string reportId, string normalizedText, int repeat) =>
        "p-" + Hex(repeat == 0 ? $"{reportId}\n{normalizedText}" : $"{reportId}\n{normalizedText}\n#{repeat}", 12);

    /// <summary>A stable id for a document that came with no id and no path (an API upload): from its content and given metadata.</summary>
    public static string Document(ReadOnlySpan<byte> content, ReportMetadata? given)
    {
        var metadata = given is null ? "" : string.Join("\n", given.Title, given.Organisation, given.Region,
            string.Join(",", given.Themes ?? []), given.Date, given.SourceUrl);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(content);
        hash.AppendData(Encoding.UTF8.GetBytes("\n\u0000" + metadata));
        return "r-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }

    private static string Hex(string value, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..length];
}
