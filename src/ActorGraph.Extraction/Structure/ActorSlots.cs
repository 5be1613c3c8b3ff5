using ActorGraph.Extraction.Actors;

namespace ActorGraph.Extraction.Structure;

/// <summary>Finds the actors a parse word stands for: its own mention, its appositive, its modifiers, its conjuncts.</summary>
internal sealed class ActorSlots(ParseTree tree, Mention?[] mentionAt)
{
    private static readonly HashSet<string> RelativePronouns = new(["who", "which", "that", "whom"], StringComparer.Ordinal);
    private static readonly HashSet<string> PlacePrepositions = new(
        ["of", "in", "from", "at", "near", "inside", "for", "with", "against", "on", "to", "toward", "towards", "into", "over", "across", "off"], StringComparer.Ordinal);

    public ParseTree Tree => tree;

    /// <summary>The actors a word names, its conjuncts included; the speaker stands in for "it"/"they" in reported speech.</summary>
    public List<Mention> Of(int word, List<Mention>? speaker = null, bool strict = false)
    {
        var found = new List<Mention>();
        Collect(word, found, speaker, depth: 0, strict);
        return found;
    }

    private void Collect(int word, List<Mention> found, List<Mention>? speaker, int depth, bool strict = false)
    {
        if (word < 0 || depth > 4)
        {
            return;
        }

        var own = strict && mentionAt[word] is null && tree.Upos[word] != "PRON" && !tree.HasChild(word, "appos") ? [] : Own(word, speaker, depth);
        foreach (var m in own)
        {
            if (!found.Contains(m))
            {
                found.Add(m);
            }
        }

        foreach (var c in tree.Children(word))
        {
            if (tree.BaseRelation(c) == "conj")
            {
                Collect(c, found, speaker, depth + 1, strict);
            }
        }
    }

    private List<Mention> Own(int word, List<Mention>? speaker, int depth)
    {
        // A titled appositive names the person: "the President of Azerbaijan, Ilham Aliyev,".
        foreach (var c in tree.Children(word))
        {
            if (tree.Relations[c] == "appos" && mentionAt[c] is { } ap && mentionAt[word] is null or { Actor.Kind: not Core.Actors.ActorKind.Person })
            {
                return [ap];
            }
        }

        if (mentionAt[word] is { } m)
        {
            return [m];
        }

        if (tree.Upos[word] == "PRON")
        {
            return tree.Lemmas[word] is "it" or "they" or "we" && speaker is not null ? speaker : [];
        }

        // The word itself names nobody: a modifier may ("Israeli soldiers", "Iran's nuclear sites", "sites in Iran").
        foreach (var c in tree.Children(word))
        {
            if (tree.Relations[c] is "compound" or "amod" or "nmod:poss" or "flat" && mentionAt[c] is { } mod)
            {
                return [mod];
            }
        }

        foreach (var c in tree.Children(word))
        {
            if (tree.BaseRelation(c) == "nmod" && tree.Relations[c] != "nmod:poss" && tree.CaseOf(c) is { } p && PlacePrepositions.Contains(p) && depth < 3)
            {
                var inner = new List<Mention>();
                Collect(c, inner, null, depth + 1);
                if (inner.Count > 0)
                {
                    return inner;
                }
            }
        }

        return [];
    }

    /// <summary>The mention on a word, if any.</summary>
    public Mention? At(int word) => mentionAt[word];

    /// <summary>Whether a word is a relative pronoun standing for the noun its clause modifies.</summary>
    public bool IsRelativePronoun(int word) => tree.Upos[word] == "PRON" && RelativePronouns.Contains(tree.Lemmas[word]) || tree.Lemmas[word] == "that";
}
