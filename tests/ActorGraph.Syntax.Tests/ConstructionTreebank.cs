namespace ActorGraph.Syntax.Tests;

/// <summary>Our own news-style sentences with the arcs that matter (Data/news-constructions.txt).</summary>
internal static class ConstructionTreebank
{
    public sealed record Arc(string Dependent, string Relation, string Head);

    public sealed record Item(string Construction, string Sentence, IReadOnlyList<Arc> Arcs);

    public static IReadOnlyList<Item> Load()
    {
        var items = new List<Item>();
        string construction = "", sentence = "";
        var arcs = new List<Arc>();
        foreach (var line in File.ReadLines(Shipped.DataPath("news-constructions.txt")).Append(""))
        {
            if (line.Length == 0)
            {
                if (sentence.Length > 0)
                {
                    items.Add(new Item(construction, sentence, arcs));
                }

                (sentence, arcs) = ("", []);
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                construction = line[2..];
            }
            else if (sentence.Length == 0)
            {
                sentence = line;
            }
            else
            {
                var parts = line.Split(' ');
                arcs.Add(new Arc(parts[0], parts[1], parts[2]));
            }
        }

        return items;
    }

    /// <summary>The index of "word" or "word#k" (k-th occurrence) in a sentence.</summary>
    public static int Find(ParsedSentence sentence, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var (text, occurrence) = hash < 0 ? (reference, 1) : (reference[..hash], int.Parse(reference[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        var found = sentence.Tokens.Where(t => t.Text == text).Skip(occurrence - 1).FirstOrDefault();
        return found?.Index ?? throw new InvalidOperationException($"'{reference}' is not a token of: {sentence.Text}");
    }
}
