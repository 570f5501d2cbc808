using System.Security.Cryptography;
using System.Text;

namespace SearchService.Ingestion.Dedup;

/// <summary>
/// Links a passage to the same or nearly the same paragraph in other reports, without collapsing them (each report
/// keeps its own passage, counted under its own organisation). Exact twins share <see cref="Key"/>, a hash of the
/// normalised text. Near-twins (a clause added, an ending cut) share at least one of <see cref="BandKeys"/> with high
/// probability; indexed as terms, they let a passage that arrives alone through the API find its near-twins already in
/// the index with one term query per band, to be confirmed with <see cref="Resemblance"/>. All three are pure functions
/// of the text: the same in every run, every process and every order of arrival.
/// </summary>
public static class Twins
{
    public static string Key(string text) => KeyOfNormalized(TextNormalizer.Normalize(text));

    internal static string KeyOfNormalized(string normalized) =>
        "t-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..16];

    /// <summary>One key per MinHash band (<c>b3-5f0c…</c>); empty for a text too short to shingle.</summary>
    public static IReadOnlyList<string> BandKeys(string text)
    {
        var shingles = MinHash.Shingles(TextNormalizer.Normalize(text));
        if (shingles.Length == 0) return [];
        var signature = MinHash.Signature(shingles);
        var keys = new string[MinHash.Bands];
        for (var band = 0; band < MinHash.Bands; band++) keys[band] = $"b{band}-{MinHash.BandKey(signature, band):x16}";
        return keys;
    }

    /// <summary>Jaccard resemblance of the two normalised texts' 3-character shingles (1 = same text).</summary>
    public static double Resemblance(string a, string b) =>
        MinHash.Jaccard(MinHash.Shingles(TextNormalizer.Normalize(a)), MinHash.Shingles(TextNormalizer.Normalize(b)));
}
