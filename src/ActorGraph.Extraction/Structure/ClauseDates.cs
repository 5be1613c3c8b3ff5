namespace ActorGraph.Extraction.Structure;

/// <summary>The part of a sentence that belongs to an event's own clause, so its date is read there and not from another clause.</summary>
internal static class ClauseDates
{
    private static readonly HashSet<string> SubClauses = new(["ccomp", "advcl", "acl:relcl", "parataxis", "csubj"], StringComparer.Ordinal);

    /// <summary>
    /// The sentence with every word outside the predicate's clause blanked: the clause of a verb, or of the verb a
    /// noun hangs on; the clauses that report it ("officials said on Friday") stay, nested clauses of their own go.
    /// </summary>
    public static string TextOf(ParseTree tree, int predicate, string sentence)
    {
        var clause = ClauseHead(tree, predicate);
        var keep = new bool[tree.Count];
        Mark(tree, clause, keep);
        for (var k = clause; tree.Heads[k] >= 0 && tree.Relations[k] is "ccomp" or "xcomp" or "parataxis" or "conj"; k = tree.Heads[k])
        {
            var h = tree.Heads[k];
            keep[h] = true;
            foreach (var c in tree.Children(h))
            {
                if (c != k && !IsClause(tree, c))
                {
                    Mark(tree, c, keep);
                }
            }
        }

        var chars = sentence.ToCharArray();
        for (var i = 0; i < tree.Count; i++)
        {
            if (!keep[i])
            {
                for (var c = tree.Starts[i]; c < tree.Ends[i] && c < chars.Length; c++)
                {
                    chars[c] = ' ';
                }
            }
        }

        return new string(chars);
    }

    private static int ClauseHead(ParseTree tree, int p)
    {
        var k = p;
        while (tree.Upos[k] != "VERB" && tree.Heads[k] >= 0 && !IsClause(tree, k))
        {
            k = tree.Heads[k];
        }

        return k;
    }

    private static bool IsClause(ParseTree tree, int i) =>
        SubClauses.Contains(tree.Relations[i]) || tree.Relations[i] == "conj" && tree.Upos[i] == "VERB";

    private static void Mark(ParseTree tree, int i, bool[] keep)
    {
        keep[i] = true;
        foreach (var c in tree.Children(i))
        {
            if (!IsClause(tree, c))
            {
                Mark(tree, c, keep);
            }
        }
    }
}
