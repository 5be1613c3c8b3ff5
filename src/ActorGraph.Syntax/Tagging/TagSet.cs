namespace ActorGraph.Syntax.Tagging;

/// <summary>The tagger's classes: each is one (UPOS, XPOS) pair seen in training.</summary>
internal sealed class TagSet
{
    private readonly Dictionary<(string, string), int> index = [];

    public TagSet(IReadOnlyList<string> upos, IReadOnlyList<string> xpos)
    {
        Upos = [.. upos.Select(string.Intern)];
        Xpos = [.. xpos.Select(string.Intern)];
        for (var i = 0; i < Upos.Length; i++)
        {
            index[(Upos[i], Xpos[i])] = i;
        }
    }

    /// <summary>The universal tag of each class.</summary>
    public string[] Upos { get; }

    /// <summary>The treebank-specific tag of each class.</summary>
    public string[] Xpos { get; }

    /// <summary>The number of classes.</summary>
    public int Count => Upos.Length;

    /// <summary>The class of a pair, or -1 if training never saw it.</summary>
    public int Find(string upos, string xpos) => index.GetValueOrDefault((upos, xpos), -1);

    /// <summary>Collects the pairs of the sentences in ordinal order.</summary>
    public static TagSet From(IEnumerable<(string Upos, string Xpos)> pairs)
    {
        var distinct = pairs.Distinct().OrderBy(p => p.Upos, StringComparer.Ordinal).ThenBy(p => p.Xpos, StringComparer.Ordinal).ToList();
        return new TagSet([.. distinct.Select(p => p.Upos)], [.. distinct.Select(p => p.Xpos)]);
    }
}
