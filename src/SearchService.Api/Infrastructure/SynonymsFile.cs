using SearchService.Core.Search;
using SearchService.Core.Search.Query;

namespace SearchService.Api.Infrastructure;

public static class SynonymsFile
{
    /// <summary>The configured synonyms file, else the one shipped beside the assembly.</summary>
    public static Synonyms Load(SearchTuning tuning)
    {
        var path = string.IsNullOrWhiteSpace(tuning.SynonymsPath)
            ? Path.Combine(AppContext.BaseDirectory, "Search", "Data", "synonyms.txt")
            : tuning.SynonymsPath;
        if (!File.Exists(path)) throw new FileNotFoundException($"The synonyms file '{path}' does not exist; fix Search:SynonymsPath.", path);
        return Synonyms.Load(path);
    }
}
