using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Analysis;
using SearchService.Core.Analysis;

namespace SearchService.Cli.Commands;

/// <summary>
/// <c>searchsvc analyze [--no-stop]</c>: the analyzer alone. Line in, line out: for every input line, its terms
/// separated by single spaces (an empty line when it has none) — the format of the Java peer's plain tool, so the two
/// analyzers can be diffed.
/// </summary>
public static class AnalyzeVerb
{
    private const int BufferSize = 1 << 16;

    public static int Run(CliArguments args)
    {
        using var services = CliServices.Build(args);
        var jar = services.GetRequiredService<AnalysisOptions>().JarPath;
        using var analyzer = new SmartChineseAnalyzer(SmartCnDictionaries.Load(jar), useDefaultStopWords: !args.Flag("no-stop"));
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, BufferSize);
        using var output = new StreamWriter(Console.OpenStandardOutput(), TokenLines.Utf8LikeJava(), BufferSize);
        return Run(input, output, analyzer);
    }

    public static int Run(TextReader input, TextWriter output, SmartChineseAnalyzer analyzer)
    {
        TokenLines.Write(input, output, analyzer);
        return 0;
    }
}
