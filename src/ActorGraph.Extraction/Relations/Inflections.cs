namespace ActorGraph.Extraction.Relations;

/// <summary>English inflections for lexicon words marked with <c>~</c>.</summary>
internal static class Inflections
{
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["meet"] = ["met"], ["hold"] = ["held"], ["speak"] = ["spoke", "spoken"], ["strike"] = ["struck", "stricken"],
        ["send"] = ["sent"], ["give"] = ["gave", "given"], ["take"] = ["took", "taken"], ["withdraw"] = ["withdrew", "withdrawn"],
        ["shoot"] = ["shot"], ["fight"] = ["fought"], ["lead"] = ["led"], ["sell"] = ["sold"], ["break"] = ["broke", "broken"],
        ["make"] = ["made"], ["bring"] = ["brought"], ["pay"] = ["paid"], ["lend"] = ["lent"], ["fly"] = ["flew", "flown", "flies"],
        ["freeze"] = ["froze", "frozen"], ["cut"] = ["cut"], ["hit"] = ["hit"], ["put"] = ["put"], ["sit"] = ["sat"],
        ["stand"] = ["stood"], ["seek"] = ["sought"], ["go"] = ["went", "gone", "goes"], ["have"] = ["had", "has"],
        ["be"] = ["is", "are", "was", "were", "been", "being", "am"], ["overrun"] = ["overran"], ["deny"] = ["denied", "denies"],
        ["rally"] = ["rallied", "rallies"], ["defy"] = ["defied", "defies"], ["supply"] = ["supplied", "supplies"], ["levy"] = ["levied", "levies"],
        ["bankroll"] = ["bankrolled", "bankrolls", "bankrolling"], ["begin"] = ["began", "begun"], ["win"] = ["won"], ["feel"] = ["felt"],
    };

    /// <summary>The word and its inflected forms.</summary>
    public static IEnumerable<string> Of(string word)
    {
        yield return word;
        if (Irregular.TryGetValue(word, out var forms))
        {
            foreach (var f in forms)
            {
                yield return f;
            }
        }

        var stem = word;
        if (word.EndsWith('e'))
        {
            stem = word[..^1];
            yield return word + "s";
            yield return word + "d";
            yield return stem + "ing";
            yield break;
        }

        if (word.EndsWith('y') && word.Length > 2 && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            yield return word[..^1] + "ies";
            yield return word[..^1] + "ied";
            yield return word + "ing";
            yield break;
        }

        yield return word.EndsWith('s') || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith('x') ? word + "es" : word + "s";
        yield return word + "ed";
        yield return word + "ing";
        if (word.Length >= 3 && IsCvc(word))
        {
            // ban -> banned, ship -> shipped, slap -> slapped
            yield return word + word[^1] + "ed";
            yield return word + word[^1] + "ing";
        }
    }

    private static bool IsCvc(string w)
    {
        const string vowels = "aeiou";
        return !vowels.Contains(w[^1], StringComparison.Ordinal) && w[^1] is not ('w' or 'x' or 'y')
            && vowels.Contains(w[^2], StringComparison.Ordinal) && !vowels.Contains(w[^3], StringComparison.Ordinal);
    }
}
