namespace SearchService.RealDocuments;

/// <summary>
/// A produced region path ("浙江省/嘉兴市/平湖市") as province, city and county. The labels give a municipality as its
/// own city ("上海市", "上海市", "青浦区"); a path that puts the district right under the municipality
/// ("上海市/青浦区") is read the same way. Provinces and autonomous regions end in 省 or 区, municipalities in 市.
/// </summary>
public sealed record RegionLevels(string Province, string City, string County)
{
    public static readonly RegionLevels None = new("", "", "");

    public static RegionLevels Parse(string? region)
    {
        if (string.IsNullOrWhiteSpace(region)) return None;
        var parts = region.Split(['/', '›'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) return None;
        var province = parts[0];
        var rest = parts.Skip(1).ToList();
        if (province.EndsWith('市') && (rest.Count == 0 || rest[0] != province)) rest.Insert(0, province);
        return new RegionLevels(province, rest.ElementAtOrDefault(0) ?? "", rest.ElementAtOrDefault(1) ?? "");
    }

    public override string ToString() => string.Join("/", new[] { Province, City, County }.Where(p => p.Length > 0));
}
