using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Analysis;

/// <summary>
/// Line in, line out: for every input line, its tokens separated by single spaces (an empty line when it has none).
/// The format of the Java peer tool, so the two analyzers can be diffed.
/// </summary>
public static class AnalyzeCommand
{
    public static int Run(TextReader input, TextWriter output, SmartChineseAnalyzer analyzer)
    {
        string? line;
        while ((line = input.ReadLine()) is not null)
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
            output.WriteLine();
        }
        return 0;
    }
}
