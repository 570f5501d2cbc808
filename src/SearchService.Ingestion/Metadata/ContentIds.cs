using System.Security.Cryptography;
using System.Text;

namespace SearchService.Ingestion.Metadata;

/// <summary>Stable ids derived from content, so re-ingesting the same source gives the same ids.</summary>
internal static class ContentIds
{
    public static string Report(string sourcePath, string title, string? organisation) => "r-" + Hex($"{sourcePath}\n{title}\n{organisation}", 10);

    public static string Passage(string reportId, string normalizedText) => "p-" + Hex($"{reportId}\n{normalizedText}", 12);

    private static string Hex(string value, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..length];
}
