using System.Collections.Frozen;

namespace ActorGraph.Extraction.Text;

/// <summary>How a word followed by a full stop behaves at a possible sentence end.</summary>
internal enum AbbreviationKind
{
    /// <summary>Not an abbreviation: the full stop ends the sentence when a capital follows.</summary>
    None,

    /// <summary>A title before a name (<c>Gen.</c>, <c>Dr.</c>): never ends a sentence.</summary>
    Title,

    /// <summary>A month (<c>Jan.</c>): does not end a sentence before a day number.</summary>
    Month,

    /// <summary>A numbering word (<c>No.</c>): does not end a sentence before a number.</summary>
    Numbering,

    /// <summary>Never ends a sentence (<c>vs.</c>, <c>e.g.</c>).</summary>
    Never,

    /// <summary>Often ends a sentence (<c>Inc.</c>, <c>U.S.</c>): ends one only before a typical sentence opener.</summary>
    Ambiguous,

    /// <summary>A single capital initial (<c>J.</c>): never ends a sentence.</summary>
    Initial,
}

/// <summary>The abbreviations of English news copy and the words that typically open a sentence.</summary>
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> Known = Build();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Openers = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As",
        "For", "If", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "There", "Here", "However",
        "Meanwhile", "Also", "After", "Before", "When", "While", "Since", "Although", "Though", "Still", "Then", "Now", "Last",
        "Earlier", "Later", "Officials", "Some", "Many", "Most", "Such", "What", "Why", "How", "Who", "Where", "Under", "Over",
        "During", "With", "Without", "Both", "Each", "Every", "Neither", "No", "Not", "Despite", "According", "Asked", "Critics",
        "Analysts", "Experts",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenersLookup =
        Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies the word (letters and inner dots, without the final dot) that precedes a full stop.</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return AbbreviationKind.None;
        }

        if (word.Length == 1)
        {
            return char.IsUpper(word[0]) ? AbbreviationKind.Initial : AbbreviationKind.None;
        }

        if (KnownLookup.TryGetValue(word, out var kind))
        {
            return kind;
        }

        return IsDottedInitialism(word) ? AbbreviationKind.Ambiguous : AbbreviationKind.None;
    }

    /// <summary>Whether the word usually opens a sentence, so that an ambiguous abbreviation before it ends one.</summary>
    public static bool IsSentenceOpener(ReadOnlySpan<char> word) => OpenersLookup.Contains(word);

    // "U.S", "J.D", "a.m": single letters joined by dots.
    private static bool IsDottedInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var map = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        void Add(AbbreviationKind kind, params string[] words)
        {
            foreach (var w in words)
            {
                map[w] = kind;
            }
        }

        Add(AbbreviationKind.Title, "Gen", "Lt", "Col", "Maj", "Adm", "Sen", "Rep", "Gov", "Pres", "Dr", "Mr", "Mrs", "Ms", "St", "Mt",
            "Prof", "Capt", "Sgt", "Cpl", "Pvt", "Rev", "Hon", "Fr", "Brig", "Cmdr", "Gens", "Sens", "Reps", "Govs", "Messrs", "Mme",
            "Mlle", "Amb", "Supt", "Insp", "Det", "Lieut", "Atty", "Ft", "Rt", "Sgts", "Cmdt", "Adj");
        Add(AbbreviationKind.Month, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");
        Add(AbbreviationKind.Numbering, "No", "Nos", "Art", "Vol", "Para", "pp", "Fig");
        Add(AbbreviationKind.Never, "vs", "e.g", "i.e", "cf", "approx", "ca", "viz", "E.g", "I.e");
        Add(AbbreviationKind.Ambiguous, "etc", "Inc", "Corp", "Ltd", "Jr", "Sr", "Co", "Bros", "Plc", "al", "Ala", "Ariz", "Ark",
            "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Mo", "Mont", "Neb", "Nev",
            "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
