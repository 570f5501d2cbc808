using System.Diagnostics;
using System.IO.Compression;
using SearchService.Analysis.Dictionaries;

namespace SearchService.Analysis;

/// <summary>
/// The word and word-pair dictionaries of Lucene's SmartChineseAnalyzer, read from the original
/// <c>coredict.mem</c> and <c>bigramdict.mem</c> inside Lucene's <c>lucene-analyzers-smartcn-*.jar</c>.
/// Load once and share: immutable and safe to use from any number of threads.
/// </summary>
public sealed class SmartCnDictionaries
{
    public const string JarEnvironmentVariable = "SMARTCN_JAR";
    public const string DebianJarFolder = "/usr/share/java";

    private const string CoreEntry = "org/apache/lucene/analysis/cn/smart/hhmm/coredict.mem";
    private const string BigramEntry = "org/apache/lucene/analysis/cn/smart/hhmm/bigramdict.mem";

    internal SmartCnDictionaries(CoreDictionary core, BigramDictionary bigrams, string source, TimeSpan loadTime)
    {
        Core = core;
        Bigrams = bigrams;
        Source = source;
        LoadTime = loadTime;
    }

    internal CoreDictionary Core { get; }

    internal BigramDictionary Bigrams { get; }

    /// <summary>The jar the dictionaries came from.</summary>
    public string Source { get; }

    public TimeSpan LoadTime { get; }

    /// <summary>
    /// Loads the dictionaries from <paramref name="jarPath"/>, else from the jar named by <c>SMARTCN_JAR</c>, else from
    /// Debian's <c>/usr/share/java/lucene-analyzers-smartcn*.jar</c> (package <c>liblucene4.10-java</c>).
    /// </summary>
    /// <exception cref="SmartCnDictionaryNotFoundException">No jar was found, or it does not hold the dictionaries.</exception>
    public static SmartCnDictionaries LoadFromJar(string? jarPath = null)
    {
        var jar = LocateJar(jarPath) ?? throw new SmartCnDictionaryNotFoundException(
            "Lucene's SmartCn dictionaries were not found (looked at " + Describe(jarPath) + "). " +
            "Install them with `apt-get install liblucene4.10-java`, or set SMARTCN_JAR to a lucene-analyzers-smartcn jar.");
        var clock = Stopwatch.StartNew();
        try
        {
            // The two files are independent: read them side by side (a ZipArchive is not thread-safe, so one each).
            var bigrams = Task.Run(() => BigramDictionary.Read(ReadEntry(jar, BigramEntry)));
            var core = CoreDictionary.Read(ReadEntry(jar, CoreEntry));
            return new SmartCnDictionaries(core, bigrams.GetAwaiter().GetResult(), jar, clock.Elapsed);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new SmartCnDictionaryNotFoundException(
                $"{jar} could not be read as a lucene-analyzers-smartcn jar ({ex.Message}). Reinstall liblucene4.10-java or point SMARTCN_JAR at a good jar.", ex);
        }
    }

    /// <summary>The jar that <see cref="LoadFromJar"/> would read, or null.</summary>
    public static string? LocateJar(string? jarPath = null)
    {
        if (!string.IsNullOrWhiteSpace(jarPath)) return File.Exists(jarPath) ? Path.GetFullPath(jarPath) : null;
        var fromEnvironment = Environment.GetEnvironmentVariable(JarEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return File.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        if (!Directory.Exists(DebianJarFolder)) return null;
        return Directory.EnumerateFiles(DebianJarFolder, "lucene-analyzers-smartcn*.jar").Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>A copy of these dictionaries that also knows the user dictionary's words.</summary>
    internal SmartCnDictionaries With(UserDictionary userDictionary) =>
        userDictionary.Count == 0 ? this : new SmartCnDictionaries(Core.WithWords(userDictionary.Words), Bigrams, Source, LoadTime);

    private static byte[] ReadEntry(string jar, string name)
    {
        using var zip = ZipFile.OpenRead(jar);
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"{jar} has no {name}");
        using var stream = entry.Open();
        var bytes = new byte[entry.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static string Describe(string? jarPath)
    {
        if (!string.IsNullOrWhiteSpace(jarPath)) return jarPath;
        var fromEnvironment = Environment.GetEnvironmentVariable(JarEnvironmentVariable);
        return !string.IsNullOrWhiteSpace(fromEnvironment)
            ? $"{JarEnvironmentVariable}={fromEnvironment}"
            : $"{DebianJarFolder}/lucene-analyzers-smartcn*.jar";
    }
}
