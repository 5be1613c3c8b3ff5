namespace ActorGraph.Extraction.Dates;

/// <summary>A run of letters or digits in a sentence; <see cref="None"/> when there is none.</summary>
internal readonly record struct Word(int Start, int End)
{
    /// <summary>No word.</summary>
    public static readonly Word None = new(-1, -1);

    /// <summary>Whether this is a word at all.</summary>
    public bool Exists => Start >= 0;
}

/// <summary>Steps between the words of a sentence without allocating.</summary>
internal static class Words
{
    private const int MaxGap = 3;

    /// <summary>The word starting at <paramref name="start"/>.</summary>
    public static Word At(ReadOnlySpan<char> s, int start)
    {
        var end = start;
        while (end < s.Length && char.IsLetterOrDigit(s[end]))
        {
            end++;
        }

        return new Word(start, end);
    }

    /// <summary>The next word after <paramref name="from"/>, separated only by spaces and, when allowed, one comma.</summary>
    public static Word Next(ReadOnlySpan<char> s, int from, bool allowComma = false)
    {
        if (from < 0)
        {
            return Word.None;
        }

        var i = from;
        if (allowComma && i < s.Length && s[i] == ',')
        {
            i++;
        }

        var gapStart = i;
        while (i < s.Length && s[i] == ' ' && i - gapStart < MaxGap)
        {
            i++;
        }

        if (i == gapStart || i >= s.Length || !char.IsLetterOrDigit(s[i]))
        {
            return Word.None;
        }

        return At(s, i);
    }

    /// <summary>The word before <paramref name="start"/>, separated from it only by spaces (or a hyphen, as in <c>mid-March</c>).</summary>
    public static Word Previous(ReadOnlySpan<char> s, int start)
    {
        var i = start;
        while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '-') && start - i < MaxGap)
        {
            i--;
        }

        if (i == start || i == 0 || !char.IsLetterOrDigit(s[i - 1]))
        {
            return Word.None;
        }

        var end = i;
        while (i > 0 && char.IsLetterOrDigit(s[i - 1]))
        {
            i--;
        }

        return new Word(i, end);
    }

    /// <summary>The characters of a word.</summary>
    public static ReadOnlySpan<char> Text(ReadOnlySpan<char> s, Word word) => word.Exists ? s[word.Start..word.End] : [];

    /// <summary>Whether the word is one of the given words, ignoring case.</summary>
    public static bool Is(ReadOnlySpan<char> s, Word word, params ReadOnlySpan<string> options)
    {
        var text = Text(s, word);
        foreach (var option in options)
        {
            if (text.Equals(option, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
