using System.Text;
using System.Xml;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Query.Tests.Support;

namespace ActorGraph.Query.Tests.Export;

/// <summary>Graphs whose names carry what breaks files and terminals: NUL, ESC, BEL, CR, quotes, &lt;&gt;&amp;, emoji, RLO, lone surrogates.</summary>
internal static class HostileGraph
{
    public static readonly string[] Names =
    [
        "Nul\0Byte", "Esc\u001b[31mRed", "Bell\u0007Ringer", "\"Quoted\" & <tag> 'apos'", "Emoji \U0001F600 Flag \U0001F1FA\U0001F1F8",
        "RLO \u202Eevil\u202C end", "CR\rAnd LF\nAnd Tab\tDone", "ends with \\", "lone \ud800 surrogate", "C1 \u0085 next \u009b",
        "Del\u007f", "&amp; already", "Владимир Путин", "習近平",
    ];

    /// <summary>Every hostile name on an actor (some with hostile ids too), joined by symmetric and directed relations.</summary>
    public static ActorSubgraph Fixed()
    {
        var graph = SomeGraph.With();
        for (var i = 0; i < Names.Length; i++)
        {
            graph.Actor(i % 3 == 0 ? $"group/{Names[i]}#{i}" : $"person/p{i}", Names[i], ActorKind.Person, i % 2 == 0 ? "R\u0000S" : null);
        }

        var ids = graph.Actors.Select(a => a.Actor.Id.Value).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            graph.Edge(ids[i], ids[(i + 1) % ids.Count], i % 2 == 0 ? PloverType.Consult : PloverType.Accuse, "2024-01-01", "2024-03-01");
        }

        return graph.Build().ToSubgraph();
    }

    /// <summary>A seeded random graph: names and ids drawn from a hostile alphabet, edges of random types.</summary>
    public static ActorSubgraph Random(int seed)
    {
        var random = new Random(seed);
        var graph = SomeGraph.With();
        var count = random.Next(1, 25);
        for (var i = 0; i < count; i++)
        {
            var id = (random.Next(4) == 0 ? "group/" + Text(random, 1, 12) : "person/a") + "#" + i;
            graph.Actor(id, Text(random, 1, 30) + "#" + i, (ActorKind)random.Next(4), random.Next(3) == 0 ? Text(random, 1, 4) : null);
        }

        var ids = graph.Actors.Select(a => a.Actor.Id.Value).ToList();
        var types = Enum.GetValues<PloverType>();
        var seen = new HashSet<(string, string, PloverType)>();
        for (var e = random.Next(0, count * 3); e > 0; e--)
        {
            var key = (ids[random.Next(ids.Count)], ids[random.Next(ids.Count)], types[random.Next(types.Length)]);
            var identity = key.Item3.IsSymmetric() && string.CompareOrdinal(key.Item1, key.Item2) > 0 ? (key.Item2, key.Item1, key.Item3) : key;
            if (key.Item1 != key.Item2 && seen.Add(identity))
            {
                graph.Edge(key.Item1, key.Item2, key.Item3, "2020-02-02", "2021-03-03");
            }
        }

        return graph.Build().ToSubgraph();
    }

    /// <summary>What an XML reader gives back for a name: characters XML 1.0 cannot carry become U+FFFD.</summary>
    public static string XmlClean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static readonly string[] Alphabet =
    [
        "\0", "\u0001", "\u001b", "\u0007", "\r", "\n", "\t", "\u007f", "\u0085", "\u009b", "\u202E", "\u2066", "\u200f",
        "\"", "'", "<", ">", "&", "&amp;", "\\", "\\n", "{", "}", "[", "]", ";", ",", "=", "-", "->", "--", "#", "%", "/",
        "\U0001F600", "\U0001F1FA", "\ud800", "\udc00", "\uFFFE", "\uFFFF", "\u00e9", "Ж", "漢", " ", "a", "B", "7", "<!--", "]]>",
    ];

    private static string Text(Random random, int min, int max)
    {
        var builder = new StringBuilder();
        for (var n = random.Next(min, max + 1); n > 0; n--)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString().Trim() is { Length: > 0 } trimmed ? builder.ToString() : "x" + builder;
    }
}
