namespace ActorGraph.Extraction.Structure;

/// <summary>Parses one sentence into the dependency tree the coder reads; thread-safe.</summary>
internal interface ISentenceParser
{
    /// <summary>The parse of a sentence, offsets relative to its first character.</summary>
    ParseTree Parse(string sentence);
}
