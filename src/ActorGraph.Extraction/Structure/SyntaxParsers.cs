namespace ActorGraph.Extraction.Structure;

/// <summary>Finds and loads the syntax model extraction parses with.</summary>
internal static class SyntaxParsers
{
    /// <summary>The shipped model's path under a seeds folder.</summary>
    public static string DefaultModelPath(string seedsDirectory) => Path.Combine(seedsDirectory, "models", "english-ewt.syntax");

    /// <summary>The parser over the model at a path; a missing default model means no parser, a missing explicit one is an error.</summary>
    public static ISentenceParser? Load(string path) => null;
}
