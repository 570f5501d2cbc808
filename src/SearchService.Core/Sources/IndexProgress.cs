namespace SearchService.Core.Sources;

/// <summary>
/// Where an indexing run is: its phase and how much of it is done (files while reading the folder, the store's documents
/// while a rebuild reads them, passages while indexing).
/// </summary>
public sealed record IndexProgress(string Phase, int Done, int Total);
