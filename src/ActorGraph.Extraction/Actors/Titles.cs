using ActorGraph.Extraction.Knowledge;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Actors;

/// <summary>Office titles as news writes them, each mapped to the role it names.</summary>
internal static class Titles
{
    /// <summary>A title found in a sentence: its tokens, its folded text and the role (null for "leader", resolved per state).</summary>
    public readonly record struct Found(int Length, string Title, OfficeRole? Role);

    private static readonly Dictionary<string, (string[] Tokens, string Title, OfficeRole? Role)[]> ByFirstWord =
        Build().GroupBy(t => t.Tokens[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>Words that introduce a person without naming an office we resolve: "border czar Tom Homan".</summary>
    public static readonly HashSet<string> PersonNouns = new(
        "counterpart counterparts czar tsar envoy envoys ambassador minister ministers secretary teacher journalist activist figure dissident citizen tourist writer reporter businessman politician candidate blogger cleric commander-in-chief spokesman spokeswoman spokesperson general gen commander senator sen adviser advisor official chief negotiator governor mayor lawmaker president leader premier chancellor judge prosecutor lieutenant colonel col admiral adm representative rep speaker deputy director".Split(' '),
        StringComparer.Ordinal);

    /// <summary>Honorifics that make a following surname a person: "Mr Putin".</summary>
    public static readonly HashSet<string> Honorifics = new("mr mr. mrs mrs. ms ms. dr dr. sir".Split(' '), StringComparer.Ordinal);

    /// <summary>Whether some title starts with this folded word.</summary>
    public static bool Starts(string norm) => ByFirstWord.ContainsKey(norm);

    /// <summary>The longest title starting at a token, if any.</summary>
    public static Found? At(IReadOnlyList<Token> tokens, int start)
    {
        if (!ByFirstWord.TryGetValue(tokens[start].Norm, out var candidates))
        {
            return null;
        }

        foreach (var (words, title, role) in candidates)
        {
            if (start + words.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < words.Length && ok; k++)
            {
                ok = tokens[start + k].Norm == words[k];
            }

            if (ok)
            {
                return new Found(words.Length, title, role);
            }
        }

        return null;
    }

    private static (string[] Tokens, string Title, OfficeRole? Role)[] Build()
    {
        var list = new List<(string[], string, OfficeRole?)>();
        void Add(OfficeRole? role, params string[] titles)
        {
            foreach (var t in titles)
            {
                list.Add((Tokenizer.Tokenize(t).Select(x => x.Norm).ToArray(), t, role));
            }
        }

        Add(OfficeRole.HeadOfState, "president", "king", "queen", "emperor", "monarch", "head of state", "federal president");
        Add(OfficeRole.HeadOfGovernment, "prime minister", "premier", "chancellor", "pm", "head of government");
        Add(OfficeRole.SupremeLeader, "supreme leader", "ayatollah");
        Add(OfficeRole.ForeignMinister, "foreign minister", "foreign secretary", "secretary of state", "top diplomat", "minister of foreign affairs",
            "foreign affairs minister", "external affairs minister", "minister of external affairs", "foreign policy chief", "high representative", "chief diplomat");
        Add(OfficeRole.DefenceMinister, "defence minister", "defense minister", "defence secretary", "defense secretary", "secretary of defense",
            "secretary of defence", "secretary of war", "war secretary", "minister of defence", "minister of defense", "armed forces minister",
            "minister of the armed forces", "defence chief", "defense chief");
        Add(OfficeRole.VicePresident, "vice president", "vice-president", "vp");
        Add(OfficeRole.OrgHead, "secretary-general", "secretary general", "director-general", "director general", "managing director",
            "chairperson", "chairman", "commission president", "chief", "head", "prosecutor");
        Add(null, "leader");
        return list.OrderByDescending(x => x.Item1.Length).ToArray();
    }
}
