using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Dates;

/// <summary>Matches dates relative to the publication date: today, yesterday, weekdays, last week, earlier this month, two days ago.</summary>
internal static class RelativeDates
{
    // Capitalised words that may precede a weekday used as a time ("On Thursday", "Last Friday"); others name a day ("Black Friday").
    private static readonly string[] WeekdayLeads = ["On", "Last", "Next", "This", "By", "Since", "Until", "From", "Before", "After", "And", "Or", "Early", "Late", "Earlier", "Later", "Through", "Till"];

    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>Matches a relative date expression starting at the given word.</summary>
    public static Candidate Match(ReadOnlySpan<char> s, Word word, DateOnly published)
    {
        if (Words.Is(s, word, "today", "tonight"))
        {
            return Day(published, word.Start, word.End);
        }

        if (Words.Is(s, word, "yesterday"))
        {
            return Day(published.AddDays(-1), word.Start, word.End);
        }

        if (Words.Is(s, word, "tomorrow"))
        {
            return Day(published.AddDays(1), word.Start, word.End);
        }

        if (DateWords.TryWeekday(Words.Text(s, word), out var weekday))
        {
            return IsNamedDay(s, word) ? default : Day(OnOrBefore(published, weekday), word.Start, word.End);
        }

        if (Words.Is(s, word, "last", "this", "next"))
        {
            return Modified(s, word, word, published);
        }

        if (Words.Is(s, word, "earlier", "later"))
        {
            var next = Words.Next(s, word.End);
            if (Words.Is(s, next, "today", "tonight"))
            {
                return Day(published, word.Start, next.End);
            }

            return Words.Is(s, next, "this") ? Modified(s, word, next, published) : default;
        }

        return DaysAgo(s, word, published);
    }

    // "last week", "this month", "next year", "last night", "last Thursday", "this morning".
    private static Candidate Modified(ReadOnlySpan<char> s, Word start, Word modifier, DateOnly published)
    {
        var unit = Words.Next(s, modifier.End);
        if (!unit.Exists)
        {
            return default;
        }

        var offset = Words.Is(s, modifier, "last") ? -1 : Words.Is(s, modifier, "next") ? 1 : 0;
        var from = start.Start;
        var to = unit.End;
        if (Words.Is(s, unit, "week"))
        {
            return Month(published.AddDays(7 * offset), from, to);
        }

        if (Words.Is(s, unit, "month"))
        {
            var first = new DateOnly(published.Year, published.Month, 1);
            return Month(first.AddMonths(offset), from, to);
        }

        if (Words.Is(s, unit, "year"))
        {
            return Candidate.FromRelative(new DateOnly(published.Year + offset, 1, 1), DatePrecision.Year, from, to);
        }

        if (Words.Is(s, unit, "night"))
        {
            return offset <= 0 ? Day(published.AddDays(offset), from, to) : default;
        }

        if (offset == 0 && Words.Is(s, unit, "morning", "afternoon", "evening"))
        {
            return Day(published, from, to);
        }

        if (DateWords.TryWeekday(Words.Text(s, unit), out var weekday))
        {
            var date = offset switch
            {
                < 0 => OnOrBefore(published.AddDays(-1), weekday),
                > 0 => OnOrBefore(published.AddDays(7), weekday),
                _ => OnOrBefore(published, weekday),
            };
            return Day(date, from, to);
        }

        return default;
    }

    // "two days ago", "3 days ago".
    private static Candidate DaysAgo(ReadOnlySpan<char> s, Word word, DateOnly published)
    {
        var count = CountOf(Words.Text(s, word));
        if (count <= 0)
        {
            return default;
        }

        var unit = Words.Next(s, word.End);
        var ago = Words.Next(s, unit.End);
        if (!Words.Is(s, unit, "days", "day") || !Words.Is(s, ago, "ago"))
        {
            return default;
        }

        return Day(published.AddDays(-count), word.Start, ago.End);
    }

    private static int CountOf(ReadOnlySpan<char> text)
    {
        if (text.Length is 1 or 2 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            return int.Parse(text, provider: System.Globalization.CultureInfo.InvariantCulture);
        }

        for (var i = 0; i < NumberWords.Length; i++)
        {
            if (text.Equals(NumberWords[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    // "Black Friday", "Bloody Sunday", "Super Tuesday" name days; "met on Thursday" and "Thursday's talks" use them as times.
    private static bool IsNamedDay(ReadOnlySpan<char> s, Word weekday)
    {
        var previous = Words.Previous(s, weekday.Start);
        if (!previous.Exists || !char.IsUpper(s[previous.Start]))
        {
            return false;
        }

        var text = Words.Text(s, previous);
        foreach (var lead in WeekdayLeads)
        {
            if (text.SequenceEqual(lead))
            {
                return false;
            }
        }

        return true;
    }

    private static DateOnly OnOrBefore(DateOnly date, DayOfWeek weekday) =>
        date.AddDays(-(((int)date.DayOfWeek - (int)weekday + 7) % 7));

    private static Candidate Day(DateOnly date, int start, int end) => Candidate.FromRelative(date, DatePrecision.Day, start, end);

    private static Candidate Month(DateOnly date, int start, int end) =>
        Candidate.FromRelative(new DateOnly(date.Year, date.Month, 1), DatePrecision.Month, start, end);
}
