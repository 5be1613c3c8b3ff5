using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Knowledge;

/// <summary>Finds gazetteer names in token sequences: every name is keyed by its first folded token.</summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, List<NameEntry>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>Adds a name for a record.</summary>
    public void Add(string name, NameKind kind, GazetteerRecord record)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count == 0)
        {
            return;
        }

        var norms = tokens.Select(t => t.Norm).ToArray();
        // Function words in names ("The West", "Bank of England") match in any case.
        var caps = tokens.Select(t => t.IsCapitalized && t.Norm is not ("the" or "of" or "and")).ToArray();
        var letters = name.Count(char.IsLetter);
        var acronym = tokens.Count == 1 && tokens[0].IsAllCaps && letters <= 6;
        var entry = new NameEntry(norms, caps, acronym ? tokens.Select(t => t.Text.Replace(".", "", StringComparison.Ordinal)).ToArray() : null, kind, record);
        if (!_byFirst.TryGetValue(norms[0], out var list))
        {
            _byFirst[norms[0]] = list = [];
        }

        if (!list.Any(e => e.Kind == kind && e.Record.Id == record.Id && e.Norms.SequenceEqual(norms)))
        {
            // Kept longest first, so matching never sorts.
            var at = list.FindIndex(e => e.Norms.Length < norms.Length);
            list.Insert(at < 0 ? list.Count : at, entry);
        }
    }

    /// <summary>All names that match the tokens starting at <paramref name="start"/>, longest first.</summary>
    public IEnumerable<(NameEntry Entry, int Length)> MatchAt(IReadOnlyList<Token> tokens, int start)
    {
        if (!_byFirst.TryGetValue(tokens[start].Norm, out var list))
        {
            yield break;
        }

        foreach (var entry in list)
        {
            if (Matches(entry, tokens, start))
            {
                yield return (entry, entry.Norms.Length);
            }
        }
    }

    private static bool Matches(NameEntry entry, IReadOnlyList<Token> tokens, int start)
    {
        if (start + entry.Norms.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < entry.Norms.Length; k++)
        {
            var t = tokens[start + k];
            if (t.Norm != entry.Norms[k])
            {
                return false;
            }

            if (entry.Capitalized[k] && !t.IsCapitalized && t.IsWord)
            {
                return false;
            }

            if (entry.ExactCase is { } exact && t.Text.Replace(".", "", StringComparison.Ordinal) != exact[k])
            {
                return false;
            }
        }

        return true;
    }
}
