using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// Today's name of a labelled city or county. Labels keep a place as the text writes it (新建县, 湟中县: counties since
/// made districts; 铜仁地区, now 铜仁市), while ingestion places a text in today's division (新建区, 湟中区, 铜仁市);
/// the gazetteer the service ships says which division a former name is, inside the labelled province and city.
/// </summary>
internal static class LabelledPlaces
{
    private static readonly Lazy<Gazetteer> gazetteer = new(() => Gazetteer.Load(IngestionOptions.DataFile(null, "gazetteer.tsv")));

    /// <summary>The county's name today when the label writes a former one that the gazetteer knows; else the label as written.</summary>
    public static string TodaysCounty(LabelledReport label) =>
        label.County.Length == 0 || label.Province.Length == 0 ? label.County
        : Todays(label.County, label.City.Length == 0 || label.City == label.Province ? label.Province : label.Province + "/" + TodaysCity(label));

    /// <summary>The city's name today when the label writes a former one that the gazetteer knows; else the label as written.</summary>
    public static string TodaysCity(LabelledReport label) =>
        label.City.Length == 0 || label.Province.Length == 0 || label.City == label.Province ? label.City : Todays(label.City, label.Province);

    private static string Todays(string name, string parent)
    {
        if (gazetteer.Value.IsPath(parent + "/" + name)) return name;
        return gazetteer.Value.Resolve(name, [parent]) is { } path && Gazetteer.Within(path, parent) && path.Length > parent.Length
            ? path[(path.LastIndexOf('/') + 1)..]
            : name;
    }
}
