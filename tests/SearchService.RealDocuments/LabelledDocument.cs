namespace SearchService.RealDocuments;

/// <summary>
/// One labelled source document (a row group of labels.tsv) and the reports a correct ingestion makes of it.
/// <see cref="TextSha256"/> identifies the text the labels were written for, so a re-gathered text that differs is noticed.
/// </summary>
public sealed record LabelledDocument(
    string Id,
    string Url,
    string Script,
    string Kind,
    string Split,
    IReadOnlyList<string> Keep,
    string OtherScriptPhrase,
    string OtherScriptQuery,
    string TextSha256,
    IReadOnlyList<LabelledReport> Reports)
{
    public string FileName => Id + ".txt";

    public bool IsTraditional => Script == "traditional";
}

/// <summary>
/// One expected report. <see cref="Title"/> is a short phrase of the document that identifies the report; empty
/// organisation, province, city or county means the text names none (or the level does not apply).
/// </summary>
public sealed record LabelledReport(
    int Number,
    string Title,
    string Organisation,
    string Province,
    string City,
    string County,
    IReadOnlyList<string> Themes,
    string Traps);
