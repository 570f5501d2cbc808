using System.Security.Cryptography;
using SearchService.Core.Indexing;

namespace SearchService.Core.Sources;

/// <summary>The indexable files under a sources folder and their content hashes (a sidecar .meta.json counts as content).</summary>
public static class SourceFiles
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".docx", ".pdf" };

    public static IReadOnlyList<SourceFingerprint> Scan(string root)
    {
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"The sources folder '{Path.GetFullPath(root)}' does not exist; set Sources:Path (or --source) to a folder of .txt/.md/.docx/.pdf files.");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceFingerprint(Path.GetRelativePath(root, f).Replace('\\', '/'), Hash(f)))
            .ToList();
    }

    private static string Hash(string file)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(File.ReadAllBytes(file));
        var sidecar = Path.ChangeExtension(file, ".meta.json");
        if (File.Exists(sidecar)) sha.AppendData(File.ReadAllBytes(sidecar));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
