using ActorGraph.Extraction.Dates;

namespace ActorGraph.Extraction.Text;

/// <summary>Recognises author and production credit lines such as <c>By JANE DOE, Staff Writer</c> or <c>Reporting by ...; Editing by ...</c>.</summary>
internal static class Byline
{
    private static readonly string[] CreditOpeners =
    [
        "Reporting by ", "Additional reporting by ", "Additional reporting from ", "Reporting and writing by ",
        "Writing by ", "Written by ", "Editing by ", "Edited by ", "Compiled by ", "Research by ", "Graphics by ",
    ];

    private static readonly string[] AuthorOpeners = ["By ", "BY ", "Words by ", "Story by "];

    private static readonly string[] NameParticles = ["and", "&", "in", "de", "van", "von", "al", "bin", "da", "la", "le", "del", "der", "du", "di"];

    /// <summary>Whether the whole line is a byline or a production credit.</summary>
    public static bool IsByline(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length > 160)
        {
            return false;
        }

        return IsCredit(line.TrimStart('(')) || IsAuthorLine(line);
    }

    /// <summary>Returns where a trailing <c>(Reporting by ...)</c> credit starts in a paragraph, or -1.</summary>
    public static int TrailingCreditStart(ReadOnlySpan<char> paragraph)
    {
        if (!paragraph.EndsWith(')'))
        {
            return -1;
        }

        var open = paragraph.LastIndexOf('(');
        while (open > 0)
        {
            if (IsCredit(paragraph[(open + 1)..]))
            {
                return open;
            }

            open = paragraph[..open].LastIndexOf('(');
        }

        return -1;
    }

    private static bool IsCredit(ReadOnlySpan<char> line)
    {
        foreach (var opener in CreditOpeners)
        {
            if (line.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "By Tuesday, Russia had withdrawn." is a sentence: a byline names people, then at most a short role.
    private static bool IsAuthorLine(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> rest = default;
        foreach (var opener in AuthorOpeners)
        {
            if (line.StartsWith(opener, StringComparison.Ordinal))
            {
                rest = line[opener.Length..];
                break;
            }
        }

        if (rest.IsEmpty)
        {
            return false;
        }

        var cut = rest.IndexOfAny(",|;");
        var dash = rest.IndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0 && (cut < 0 || dash < cut))
        {
            cut = dash;
        }

        var names = cut < 0 ? rest : rest[..cut];
        var tail = cut < 0 ? ReadOnlySpan<char>.Empty : rest[(cut + 1)..].Trim(" -—");
        return AreNames(names) && IsShortRole(tail);
    }

    private static bool AreNames(ReadOnlySpan<char> names)
    {
        var words = 0;
        foreach (var range in names.Split(' '))
        {
            var word = names[range].Trim();
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words > 8 || DateWords.TryWeekday(word, out _) || DateWords.TryMonth(word.TrimEnd('.'), out _))
            {
                return false;
            }

            if (!char.IsUpper(word[0]) && !IsParticle(word))
            {
                return false;
            }
        }

        return words > 0;
    }

    private static bool IsParticle(ReadOnlySpan<char> word)
    {
        foreach (var particle in NameParticles)
        {
            if (word.SequenceEqual(particle))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShortRole(ReadOnlySpan<char> tail)
    {
        if (tail.IsEmpty)
        {
            return true;
        }

        if (tail.EndsWith('.') || tail.Contains(". ", StringComparison.Ordinal))
        {
            return false;
        }

        var words = 1;
        foreach (var c in tail)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words <= 6;
    }
}
