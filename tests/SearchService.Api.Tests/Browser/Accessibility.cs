using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) over the page in its current state. Every violation is appended to
/// screenshots/axe.txt (state, impact, rule, nodes) so a run can be compared with an earlier one; serious and critical
/// violations fail the test.
/// </summary>
public static class Accessibility
{
    private static readonly Lock ReportLock = new();

    public static string ReportPath { get; } = Path.Combine(BrowserFixture.Screenshots, "axe.txt");

    public static async Task AssertNoSeriousViolations(IPage page, string state)
    {
        var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        var lines = result.Violations
            .Select(v => $"{state}\t{v.Impact}\t{v.Id}\t{v.Nodes.Length} node(s)\t{v.Help}\t{string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .DefaultIfEmpty($"{state}\t-\tno violations");
        lock (ReportLock) File.AppendAllLines(ReportPath, lines);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe: {serious.Count} serious/critical violation(s) on {state}:\n" + string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help}\n  " + string.Join("\n  ", v.Nodes.Select(n => n.Html)))));
    }
}
