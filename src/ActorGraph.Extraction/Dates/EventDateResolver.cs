using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Dates;

/// <summary>Finds the date a sentence refers to: calendar dates first, then words relative to the publication date.</summary>
/// <remarks>
/// Calendar dates without a year take the most recent year that puts them on or before the published date. Bare
/// weekdays ("on Thursday", "Thursday's talks") are the most recent such day on or before it. "Last week" and "this week"
/// cannot honestly be pinned to a day, so they resolve with month precision to the month of the published date (this
/// week) or of seven days before it (last week). When a sentence holds several expressions, the most precise wins,
/// calendar over relative, then the leftmost. Without any, the published date is returned with day precision and
/// <see cref="ResolvedDate.Explicit"/> false.
/// </remarks>
public static class EventDateResolver
{
    /// <summary>Resolves the event date of a sentence against its article's publication date.</summary>
    public static ResolvedDate Resolve(ReadOnlySpan<char> sentence, DateOnly published)
    {
        var best = default(Candidate);
        var pos = 0;
        while (pos < sentence.Length)
        {
            if (!char.IsLetterOrDigit(sentence[pos]) || pos > 0 && char.IsLetterOrDigit(sentence[pos - 1]))
            {
                pos++;
                continue;
            }

            var word = Words.At(sentence, pos);
            if (!MayStartDate(sentence[pos]))
            {
                pos = word.End;
                continue;
            }

            var found = Match(sentence, word, published);
            if (found.Found && (!best.Found || found.Rank < best.Rank))
            {
                best = found;
            }

            pos = word.End;
        }

        return best.Found
            ? new ResolvedDate(best.Date, best.Precision, Explicit: true) { Expression = best.Start..best.End }
            : new ResolvedDate(published, DatePrecision.Day, Explicit: false) { Expression = 0..0 };
    }

    // Near the calendar's ends (published 0001-01-01 or 9999-12-31) "yesterday" or "next week" falls outside it: such an
    // expression is dropped, and the sentence keeps the published date, rather than failing the article.
    private static Candidate Match(ReadOnlySpan<char> sentence, Word word, DateOnly published)
    {
        try
        {
            var found = CalendarDates.Match(sentence, word, published);
            return found.Found ? found : RelativeDates.Match(sentence, word, published);
        }
        catch (ArgumentOutOfRangeException)
        {
            return default;
        }
    }

    // Dates start with a digit, a capital (months, weekdays) or the first letter of a relative word
    // (today, yesterday, last, next, earlier, one..ten, six, seven, four, five); other words are skipped cheaply.
    private static bool MayStartDate(char c) =>
        char.IsAsciiDigit(c) || char.IsUpper(c) || c is 't' or 'y' or 'l' or 'n' or 'e' or 'o' or 'f' or 's';
}

/// <summary>A date expression found in a sentence.</summary>
internal readonly record struct Candidate(bool Found, DateOnly Date, DatePrecision Precision, bool Relative, int Start, int End)
{
    /// <summary>Lower is better: day before month before year, calendar before relative.</summary>
    public int Rank => (int)Precision * 2 + (Relative ? 1 : 0);

    public static Candidate FromCalendar(DateOnly date, DatePrecision precision, int start, int end) => new(true, date, precision, false, start, end);

    public static Candidate FromRelative(DateOnly date, DatePrecision precision, int start, int end) => new(true, date, precision, true, start, end);
}
