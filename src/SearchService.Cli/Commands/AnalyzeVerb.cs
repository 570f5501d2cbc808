using SearchService.Analysis;

namespace SearchService.Cli.Commands;

/// <summary><c>searchsvc analyze [--no-stop]</c>: the analyzer alone, in the format the Java peer tool writes, so the two can be diffed.</summary>
public static class AnalyzeVerb
{
    public static int Run(CliArguments args, CliSettings settings)
    {
        var jar = settings.Analysis().JarPath;
        var dictionaries = SmartCnDictionaries.LoadFromJar(string.IsNullOrWhiteSpace(jar) ? null : jar);
        using var analyzer = new SmartChineseAnalyzer(dictionaries, useDefaultStopWords: !args.Flag("no-stop"));
        using var input = new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false));
        using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        var code = AnalyzeCommand.Run(input, output, analyzer);
        output.Flush();
        return code;
    }
}
