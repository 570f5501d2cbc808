using System.Text;
using SearchService.Api.Contracts;

namespace SearchService.Api.Endpoints;

/// <summary>
/// RFC 4180 CSV of search hits, UTF-8 with a BOM so spreadsheet software detects the encoding of Chinese text. Each row
/// carries where the passage stands (source file and lines, in words as the citation has them: <c>第 21、57 行</c>,
/// pages for a PDF) and its citation, so a row can be cited without another request.
/// </summary>
public static class CsvExport
{
    private static readonly string[] Header =
        ["id", "organisation", "region", "reportId", "reportTitle", "section", "themes", "date", "sourcePath", "lines", "citation", "score", "text"];

    public static byte[] Write(IEnumerable<SearchHitResponse> hits)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Header).Append("\r\n");
        foreach (var hit in hits)
        {
            string[] fields = [hit.Id, hit.Organisation, hit.Region ?? "", hit.ReportId, hit.ReportTitle, hit.Section, string.Join("；", hit.Themes),
                hit.Date ?? "", hit.CitationParts?.Source ?? "", hit.CitationParts?.Location ?? "", hit.Citation ?? "",
                hit.Score.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), hit.Text];
            csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Quotes every field that needs it; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.</summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@') field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
