namespace SearchService.RealDocuments;

/// <summary>The command line: <c>--texts DIR --labels FILE [--split tune|valid|heldout|fresh|all] [--verbose] [--show NNN]…</c>.</summary>
public sealed record HarnessOptions(string TextsFolder, string LabelsPath, string Split, bool Verbose, IReadOnlyList<string> Show)
{
    public const string Usage = "usage: dotnet run --project tests/SearchService.RealDocuments -c Release -- --texts DIR --labels FILE [--split tune|valid|heldout|fresh|all] [--verbose] [--show NNN]...";

    public static readonly IReadOnlyList<string> Splits = ["tune", "valid", "heldout", "fresh", "all"];

    /// <summary>The options, or null with the reason when they cannot be used.</summary>
    public static (HarnessOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? texts = null, labels = null, split = "all";
        var verbose = false;
        var show = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--texts": texts = Value(); break;
                case "--labels": labels = Value(); break;
                case "--split": split = Value(); break;
                case "--verbose": verbose = true; break;
                case "--show": if (Value() is { } id) show.Add(id); break;
                default: return (null, $"unknown argument '{args[i]}'");
            }
        }
        if (texts is null || labels is null) return (null, "--texts and --labels are required");
        if (!Directory.Exists(texts)) return (null, $"no texts folder at {Path.GetFullPath(texts)} (the texts are not in the repository; see tests/real-documents/README.md to gather them)");
        if (!File.Exists(labels)) return (null, $"no labels file at {Path.GetFullPath(labels)}");
        if (split is null || !Splits.Contains(split)) return (null, "--split must be tune, valid, heldout, fresh or all");
        return (new HarnessOptions(texts, labels, split, verbose, show), null);
    }
}
