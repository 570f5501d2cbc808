using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using SearchService.Analysis.Dictionaries;

namespace SearchService.Analysis;

/// <summary>
/// The word and word-pair dictionaries of Lucene's SmartChineseAnalyzer (<c>coredict.mem</c>, <c>bigramdict.mem</c>),
/// read from the resources of the <c>Lucene.Net.Analysis.SmartCn</c> package — or, when asked, from Lucene's own
/// <c>lucene-analyzers-smartcn-*.jar</c>. Both hold the same tables. Load once and share: immutable and safe to use
/// from any number of threads.
/// </summary>
public sealed class SmartCnDictionaries
{
    public const string JarEnvironmentVariable = "SMARTCN_JAR";

    private const string JarFolder = "org/apache/lucene/analysis/cn/smart/hhmm/";
    private const string CoreFile = "coredict.mem";
    private const string BigramFile = "bigramdict.mem";

    internal SmartCnDictionaries(CoreDictionary core, BigramDictionary bigrams, string source, TimeSpan loadTime)
    {
        Core = core;
        Bigrams = bigrams;
        Source = source;
        LoadTime = loadTime;
    }

    internal CoreDictionary Core { get; }

    internal BigramDictionary Bigrams { get; }

    /// <summary>Where the dictionaries came from: the package and its version, or the jar's path.</summary>
    public string Source { get; }

    public TimeSpan LoadTime { get; }

    /// <summary>
    /// The jar at <paramref name="jarPath"/> when one is given, else the jar named by <c>SMARTCN_JAR</c> when that is
    /// set, else (the usual case) the dictionaries embedded in the <c>Lucene.Net.Analysis.SmartCn</c> package.
    /// </summary>
    /// <exception cref="SmartCnDictionaryNotFoundException">A jar was named but cannot be read as Lucene's smartcn jar.</exception>
    public static SmartCnDictionaries Load(string? jarPath = null)
    {
        if (!string.IsNullOrWhiteSpace(jarPath)) return LoadFromJar(jarPath);
        var fromEnvironment = Environment.GetEnvironmentVariable(JarEnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? LoadFromPackage() : LoadFromJar(fromEnvironment, $"{JarEnvironmentVariable}=");
    }

    /// <summary>The dictionaries embedded in the <c>Lucene.Net.Analysis.SmartCn</c> assembly (a package reference of this library).</summary>
    public static SmartCnDictionaries LoadFromPackage()
    {
        var clock = Stopwatch.StartNew();
        var assembly = typeof(Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+', ' ')[0];
        var source = $"{assembly.GetName().Name} {version}";
        var names = assembly.GetManifestResourceNames();
        try
        {
            // The two resources are independent: parse them side by side.
            var bigrams = Task.Run(() => PackageMemFormat.ReadBigrams(Resource(assembly, names, BigramFile)));
            var core = CoreDictionary.FromWords(PackageMemFormat.ReadCoreWords(Resource(assembly, names, CoreFile)));
            return new SmartCnDictionaries(core, bigrams.GetAwaiter().GetResult(), source, clock.Elapsed);
        }
        catch (InvalidDataException ex)
        {
            throw new SmartCnDictionaryNotFoundException(
                $"The dictionaries in {source} could not be read ({ex.Message}). This library reads the layout of Lucene.Net.Analysis.SmartCn 4.8.0-beta00017; " +
                $"set {JarEnvironmentVariable} to a lucene-analyzers-smartcn jar to read Lucene's files instead.", ex);
        }
    }

    /// <summary>The dictionaries inside Lucene's <c>lucene-analyzers-smartcn-*.jar</c> (Java serialization).</summary>
    /// <exception cref="SmartCnDictionaryNotFoundException">The jar does not exist or does not hold the dictionaries.</exception>
    public static SmartCnDictionaries LoadFromJar(string jarPath) => LoadFromJar(jarPath, "");

    private static SmartCnDictionaries LoadFromJar(string jarPath, string describedAs)
    {
        if (!File.Exists(jarPath))
            throw new SmartCnDictionaryNotFoundException(
                $"The SmartCn jar {describedAs}{jarPath} does not exist. Point it at a lucene-analyzers-smartcn jar, " +
                $"or leave {JarEnvironmentVariable} and SmartCn:JarPath unset to use the dictionaries of the Lucene.Net.Analysis.SmartCn package.");
        var jar = Path.GetFullPath(jarPath);
        var clock = Stopwatch.StartNew();
        try
        {
            // A ZipArchive is not thread-safe: one each for the two files, read side by side.
            var bigrams = Task.Run(() => JavaMemFormat.ReadBigrams(ReadJarEntry(jar, JarFolder + BigramFile)));
            var core = CoreDictionary.FromWords(JavaMemFormat.ReadCoreWords(ReadJarEntry(jar, JarFolder + CoreFile)));
            return new SmartCnDictionaries(core, bigrams.GetAwaiter().GetResult(), jar, clock.Elapsed);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new SmartCnDictionaryNotFoundException(
                $"{jar} could not be read as a lucene-analyzers-smartcn jar ({ex.Message}). Point {JarEnvironmentVariable} or SmartCn:JarPath at a good jar, " +
                "or unset both to use the dictionaries of the Lucene.Net.Analysis.SmartCn package.", ex);
        }
    }

    /// <summary>A copy of these dictionaries that also knows the user dictionary's words.</summary>
    internal SmartCnDictionaries With(UserDictionary userDictionary) =>
        userDictionary.Count == 0 ? this : new SmartCnDictionaries(Core.WithWords(userDictionary.Words), Bigrams, Source, LoadTime);

    /// <summary>An embedded resource, found by its file name (the namespace prefix is the package's business).</summary>
    internal static byte[] Resource(Assembly assembly, string[] names, string file)
    {
        var name = names.FirstOrDefault(n => n.EndsWith("." + file, StringComparison.Ordinal))
            ?? throw new InvalidDataException($"{assembly.GetName().Name} has no embedded {file}");
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"{name} cannot be opened");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static byte[] ReadJarEntry(string jar, string name)
    {
        using var zip = ZipFile.OpenRead(jar);
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"{jar} has no {name}");
        using var stream = entry.Open();
        var bytes = new byte[entry.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
