namespace SearchService.Tools.Evaluation;

/// <summary>A query and its graded passages, each identified by a distinctive substring of its text.</summary>
public sealed record JudgedQuery(string Query, IReadOnlyList<Judgment> Judgments)
{
    /// <summary>The grade of a passage: the highest grade whose substring it contains, else 0.</summary>
    public int GradeOf(string passageText)
    {
        var grade = 0;
        foreach (var j in Judgments)
            if (j.Grade > grade && passageText.Contains(j.Substring, StringComparison.Ordinal)) grade = j.Grade;
        return grade;
    }

    public static IReadOnlyList<JudgedQuery> Load(string path) => Parse(File.ReadLines(path));

    public static IReadOnlyList<JudgedQuery> Parse(IEnumerable<string> lines)
    {
        var queries = new List<JudgedQuery>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            var judgments = parts.Skip(1).Where(p => p.Length > 0).Select(p =>
            {
                var colon = p.IndexOf(':');
                if (colon <= 0 || !int.TryParse(p[..colon], out var grade) || grade is < 1 or > 3)
                    throw new FormatException($"judgments line {number}: '{p}' is not 'grade:substring' with grade 1–3");
                return new Judgment(p[(colon + 1)..], grade);
            }).ToList();
            queries.Add(new JudgedQuery(parts[0], judgments));
        }
        return queries;
    }
}

public sealed record Judgment(string Substring, int Grade);
