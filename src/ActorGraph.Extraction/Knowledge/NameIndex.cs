using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Knowledge;

/// <summary>Finds gazetteer names in token sequences: every name is keyed by its first folded token.</summary>
public sealed class NameIndex
{
    // Single-word names by their word; longer names by their first two words, so "the" does not scan every "the …" name.
    private readonly Dictionary<string, List<NameEntry>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), List<NameEntry>> _byFirstTwo = [];
    private readonly HashSet<string> _firstOfLonger = new(StringComparer.Ordinal);

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
        List<NameEntry>? list;
        if (norms.Length == 1)
        {
            if (!_byFirst.TryGetValue(norms[0], out list))
            {
                _byFirst[norms[0]] = list = [];
            }
        }
        else
        {
            _firstOfLonger.Add(norms[0]);
            if (!_byFirstTwo.TryGetValue((norms[0], norms[1]), out list))
            {
                _byFirstTwo[(norms[0], norms[1])] = list = [];
            }
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
        var first = tokens[start].Norm;
        var longer = start + 1 < tokens.Count && _firstOfLonger.Contains(first) && _byFirstTwo.TryGetValue((first, tokens[start + 1].Norm), out var l) ? l : null;
        var single = _byFirst.GetValueOrDefault(first);
        return longer is null && single is null ? [] : Matching(longer, single, tokens, start);
    }

    /// <summary>Whether any name at all starts with the token's folded form: the cheap test before matching.</summary>
    public bool MayStartAt(IReadOnlyList<Token> tokens, int start) =>
        _byFirst.ContainsKey(tokens[start].Norm) || _firstOfLonger.Contains(tokens[start].Norm);

    private static IEnumerable<(NameEntry Entry, int Length)> Matching(List<NameEntry>? longer, List<NameEntry>? single, IReadOnlyList<Token> tokens, int start)
    {
        foreach (var list in new[] { longer, single })
        {
            foreach (var entry in list ?? [])
            {
                if (Matches(entry, tokens, start))
                {
                    yield return (entry, entry.Norms.Length);
                }
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
