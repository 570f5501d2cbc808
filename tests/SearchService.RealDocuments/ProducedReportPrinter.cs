using SearchService.Ingestion;

namespace SearchService.RealDocuments;

/// <summary><c>--show NNN</c>: what ingestion made of one file, report by report, for whoever works on a miss.</summary>
public static class ProducedReportPrinter
{
    public static void Print(LabelledDocument document, IngestionResult result)
    {
        Console.WriteLine();
        Console.WriteLine($"{document.Id} ({document.Url}): {result.Reports.Count} reports, {result.Problems.Count} problems");
        foreach (var problem in result.Problems) Console.WriteLine($"  problem: {problem.Message}");
        foreach (var report in result.Reports)
        {
            Console.WriteLine($"  report '{report.Title}'{(report.Subtitle is null ? "" : $" / '{report.Subtitle}'")}");
            Console.WriteLine($"    organisation '{report.Organisation}', region '{report.Region}', themes [{string.Join("、", report.Themes)}]");
            foreach (var section in report.Sections)
            {
                if (section.HeadingPath.Count > 0) Console.WriteLine($"    § {string.Join(" › ", section.HeadingPath)}");
                foreach (var passage in section.Passages)
                {
                    var lines = string.Join(",", passage.Occurrences.Select(o => o.Line));
                    Console.WriteLine($"      L{lines} [{passage.Organisation}] {passage.Text}");
                }
            }
        }
    }
}
