namespace SearchService.Cli;

/// <summary>
/// <c>verb [positional…] [--name value] [--flag]</c> (the verb, args[0], is dispatched by Program). Options may repeat (<c>--theme A --theme B</c>). Kept tiny on
/// purpose: the verbs are few and their options flat.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> args, IReadOnlySet<string> flagNames)
    {
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                Positional.Add(arg);
                continue;
            }
            var name = arg[2..];
            if (flagNames.Contains(name))
            {
                flags.Add(name);
                continue;
            }
            if (i + 1 >= args.Count) throw new CliUsageException($"--{name} needs a value");
            if (!options.TryGetValue(name, out var values)) options[name] = values = [];
            values.Add(args[++i]);
        }
    }

    public List<string> Positional { get; } = [];

    public bool Flag(string name) => flags.Contains(name);

    public string? Option(string name) => options.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> Options(string name) => options.TryGetValue(name, out var v) ? v : [];

    public IEnumerable<string> UnknownOptions(IEnumerable<string> known) => options.Keys.Except(known);
}

public sealed class CliUsageException(string message) : Exception(message);
