namespace ActorGraph.Extraction.Structure;

/// <summary>
/// A dependency parse as the coder reads it: per word its offsets in the sentence, lower-case lemma, UPOS tag, head
/// (-1 for the root) and UD relation. The adapter from the syntax library fills it; the coder knows nothing else.
/// </summary>
internal sealed class ParseTree
{
    private readonly List<int>[] _children;

    public ParseTree(string[] forms, string[] lemmas, string[] upos, int[] heads, string[] relations, int[] starts, int[] ends)
    {
        Forms = forms;
        Lemmas = lemmas;
        Upos = upos;
        Heads = heads;
        Relations = relations;
        Starts = starts;
        Ends = ends;
        _children = new List<int>[forms.Length];
        for (var i = 0; i < forms.Length; i++)
        {
            _children[i] = [];
        }

        for (var i = 0; i < forms.Length; i++)
        {
            if (heads[i] >= 0)
            {
                _children[heads[i]].Add(i);
            }
        }
    }

    public string[] Forms { get; }

    public string[] Lemmas { get; }

    public string[] Upos { get; }

    public int[] Heads { get; }

    public string[] Relations { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    public int Count => Forms.Length;

    public List<int> Children(int i) => _children[i];

    /// <summary>The relation without its subtype: <c>nsubj</c> for <c>nsubj:pass</c>.</summary>
    public string BaseRelation(int i)
    {
        var r = Relations[i];
        var colon = r.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? r : r[..colon];
    }

    /// <summary>The first child with exactly this relation, or -1.</summary>
    public int Child(int i, string relation)
    {
        foreach (var c in _children[i])
        {
            if (Relations[c] == relation)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Whether a child has this relation.</summary>
    public bool HasChild(int i, string relation) => Child(i, relation) >= 0;

    /// <summary>The lemma of the word's case marker ("with" in "with Xi"), or null.</summary>
    public string? CaseOf(int i)
    {
        foreach (var c in _children[i])
        {
            if (Relations[c] == "case")
            {
                return Lemmas[c];
            }
        }

        return null;
    }

    /// <summary>The particle of a phrasal verb ("up" in "beat up"), or null.</summary>
    public string? ParticleOf(int i) => Child(i, "compound:prt") is var p and >= 0 ? Lemmas[p] : null;

    /// <summary>Whether <paramref name="ancestor"/> dominates <paramref name="i"/> (or is it).</summary>
    public bool Dominates(int ancestor, int i)
    {
        for (var k = i; k >= 0; k = Heads[k])
        {
            if (k == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
