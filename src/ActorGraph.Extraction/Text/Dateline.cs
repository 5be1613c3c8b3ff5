using ActorGraph.Extraction.Dates;

namespace ActorGraph.Extraction.Text;

/// <summary>Recognises a wire-style dateline such as <c>KYIV, May 8 (Reuters) -</c> at the start of a paragraph.</summary>
internal static class Dateline
{
    private const int MaxPrefix = 100;

    // All-caps words that open ordinary sentences ("NATO — the alliance ...") rather than datelines.
    private static readonly string[] Acronyms = ["NATO", "EU", "UN", "US", "UK", "USA", "OPEC", "IAEA", "WHO", "IMF", "BRICS", "ASEAN", "AU", "ICC", "UAE", "GCC", "OSCE", "CIA", "FBI", "KGB", "FSB"];

    /// <summary>Returns how many leading characters form the dateline, dash and following space, or 0 when there is none.</summary>
    public static int PrefixLength(ReadOnlySpan<char> paragraph)
    {
        if (!FindDash(paragraph, out var dashStart, out var dashEnd))
        {
            return 0;
        }

        var restStart = dashEnd;
        while (restStart < paragraph.Length && paragraph[restStart] == ' ')
        {
            restStart++;
        }

        if (restStart >= paragraph.Length || !StartsSentence(paragraph[restStart]))
        {
            return 0;
        }

        return IsDatelinePrefix(paragraph[..dashStart].TrimEnd()) ? restStart : 0;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'';

    // The separator is an em or en dash (spaced or not) or a spaced hyphen or double hyphen.
    private static bool FindDash(ReadOnlySpan<char> p, out int start, out int end)
    {
        var limit = Math.Min(p.Length, MaxPrefix);
        for (var i = 1; i < limit; i++)
        {
            var c = p[i];
            if (c is '—' or '–')
            {
                start = i;
                end = i + 1;
                return true;
            }

            if (c == '-' && p[i - 1] == ' ')
            {
                var j = i + 1;
                if (j < p.Length && p[j] == '-')
                {
                    j++;
                }

                if (j < p.Length && p[j] == ' ')
                {
                    start = i;
                    end = j;
                    return true;
                }
            }
        }

        start = end = 0;
        return false;
    }

    private static bool IsDatelinePrefix(ReadOnlySpan<char> prefix)
    {
        var hasAgency = false;
        if (prefix.EndsWith(')'))
        {
            var open = prefix.LastIndexOf('(');
            if (open < 0 || prefix.Length - open > 42 || open == 0)
            {
                return false;
            }

            hasAgency = true;
            prefix = prefix[..open].TrimEnd();
        }

        if (prefix.IsEmpty)
        {
            return false;
        }

        var segment = 0;
        var placeIsCaps = false;
        var placeWords = 0;
        foreach (var range in prefix.Split(','))
        {
            var part = prefix[range].Trim();
            if (part.IsEmpty || segment > 2)
            {
                return false;
            }

            if (segment == 0)
            {
                if (!IsPlace(part, out placeIsCaps, out placeWords) || !placeIsCaps && !hasAgency)
                {
                    return false;
                }
            }
            else if (!IsMonthDay(part) && !IsPlace(part, out _, out _))
            {
                return false;
            }

            segment++;
        }

        if (placeIsCaps && placeWords == 1 && segment == 1 && !hasAgency)
        {
            foreach (var acronym in Acronyms)
            {
                if (prefix.SequenceEqual(acronym))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsPlace(ReadOnlySpan<char> part, out bool allCaps, out int words)
    {
        allCaps = true;
        words = 0;
        foreach (var range in part.Split(' '))
        {
            var word = part[range].TrimEnd('.');
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words > 4 || !char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    allCaps = false;
                }
                else if (!char.IsLetter(c) && c is not '-' and not '\'' and not '’' and not '.')
                {
                    return false;
                }
            }
        }

        return words > 0;
    }

    private static bool IsMonthDay(ReadOnlySpan<char> part)
    {
        var space = part.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        var first = part[..space].TrimEnd('.');
        var second = part[(space + 1)..].Trim().TrimEnd('.');
        return DateWords.TryMonth(first, out _) && DateWords.TryDay(second, out _)
            || DateWords.TryDay(first, out _) && DateWords.TryMonth(second, out _);
    }
}
