using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Lucene.Net.Analysis.TokenAttributes;
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
        using var output = new StreamWriter(Console.OpenStandardOutput(), Utf8LikeJava(), BufferSize);
        return Run(input, output, analyzer);
    }

    public static int Run(TextReader input, TextWriter output, SmartChineseAnalyzer analyzer)
    {
        while (input.ReadLine() is { } line)
        {
            using var stream = analyzer.GetTokenStream("text", line);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var first = true;
            while (stream.IncrementToken())
            {
                if (!first) output.Write(' ');
                output.Write(term.Buffer, 0, term.Length);
                first = false;
            }
            stream.End();
            output.Write('\n');
        }
        output.Flush();
        return 0;
    }

    /// <summary>UTF-8 without a BOM that writes a lone surrogate as '?', as Java's encoder does, so outputs diff cleanly.</summary>
    public static Encoding Utf8LikeJava()
    {
        var utf8 = (Encoding)new UTF8Encoding(false).Clone();
        utf8.EncoderFallback = new EncoderReplacementFallback("?");
        return utf8;
    }
}
