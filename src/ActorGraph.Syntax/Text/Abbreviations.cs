namespace ActorGraph.Syntax.Text;

/// <summary>Words that keep their full stop, and the words that may start a sentence after an abbreviation.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen", "rep", "pres",
        "st", "ave", "blvd", "rd", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "vs", "etc", "approx", "no", "nos", "vol", "fig", "est", "min", "max", "hon", "rev", "messrs", "mme", "mlle",
        "e.g", "i.e", "a.m", "p.m", "cf", "al",
    };

    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "In", "On", "At", "After", "Before", "When", "While", "If", "As", "His", "Her", "Its", "Their",
        "Our", "My", "Officials", "However", "Meanwhile", "Earlier", "Later", "Last", "Next",
    };

    /// <summary>Whether the word before a full stop is an abbreviation that keeps it ("Mr", "U.S", "e.g").</summary>
    public static bool KeepsStop(ReadOnlySpan<char> core)
    {
        if (core.Length == 0)
        {
            return false;
        }

        if (core.Length == 1 && char.IsLetter(core[0]))
        {
            return char.IsUpper(core[0]);
        }

        if (Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(core))
        {
            return true;
        }

        // Initialisms: letters separated by stops, "U.S", "U.N", "D.C".
        if (!core.Contains('.'))
        {
            return false;
        }

        foreach (var part in core.ToString().Split('.'))
        {
            if (part.Length is 0 or > 2 || !part.All(char.IsLetter))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word after an abbreviation's stop is likely to begin a new sentence.</summary>
    public static bool StartsSentence(string word) => SentenceStarters.Contains(word);
}
