namespace ActorGraph.Syntax.Training;

/// <summary>A sentence as the parser sees it (root at index 0): word hashes, tag values, gold heads and relations.</summary>
internal sealed record ParseExample(ulong[] Words, ulong[] Tags, int[] Heads, int[] Labels)
{
    /// <summary>The number of words.</summary>
    public int Length => Words.Length - 1;
}
