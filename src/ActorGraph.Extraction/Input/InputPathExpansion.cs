namespace ActorGraph.Extraction.Input;

/// <summary>The input files named by a list of files and folders, and the paths that could not be used.</summary>
/// <param name="Files">The files to read, in argument order, each folder's files sorted.</param>
/// <param name="Errors">Missing paths and explicitly named files of an unknown kind.</param>
public sealed record InputPathExpansion(IReadOnlyList<string> Files, IReadOnlyList<InputError> Errors);
