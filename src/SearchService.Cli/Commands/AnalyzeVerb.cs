using Microsoft.Extensions.DependencyInjection;
using SearchService.Analysis;
using SearchService.Core.Analysis;

namespace SearchService.Cli.Commands;

/// <summary><c>searchsvc analyze [--no-stop]</c>: the analyzer alone, in the format the Java peer tool writes, so the two can be diffed.</summary>
public static class AnalyzeVerb
{
    public static int Run(CliArguments args)
    {
        using var services = CliServices.Build(args);
        var jar = services.GetRequiredService<AnalysisOptions>().JarPath;
        var dictionaries = SmartCnDictionaries.LoadFromJar(string.IsNullOrWhiteSpace(jar) ? null : jar);
        using var analyzer = new SmartChineseAnalyzer(dictionaries, useDefaultStopWords: !args.Flag("no-stop"));
        using var input = new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false));
        // A lone surrogate cannot be written as UTF-8; write '?' for it, as Java's encoder does, so outputs diff cleanly.
        var utf8 = (System.Text.Encoding)new System.Text.UTF8Encoding(false).Clone();
        utf8.EncoderFallback = new System.Text.EncoderReplacementFallback("?");
        using var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
        var code = AnalyzeCommand.Run(input, output, analyzer);
        output.Flush();
        return code;
    }
}
