namespace SearchService.Core.Sources;

/// <summary>Where an indexing run is: its phase and how much of it is done (files while reading, passages while indexing).</summary>
public sealed record IndexProgress(string Phase, int Done, int Total);
