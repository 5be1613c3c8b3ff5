using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Dates;

/// <summary>Matches calendar dates: <c>2025-05-08</c>, <c>May 8, 2025</c>, <c>8 May</c>, <c>Jan. 3</c>, <c>March 2024</c>, <c>in March</c>, <c>in 2023</c>.</summary>
internal static class CalendarDates
{
    private const int MaxYearsBack = 8;

    /// <summary>Matches a calendar date starting at the given word.</summary>
    public static Candidate Match(ReadOnlySpan<char> s, Word word, DateOnly published)
    {
        var text = Words.Text(s, word);
        if (TryIso(s, word, out var iso))
        {
            return Candidate.FromCalendar(iso, DatePrecision.Day, word.Start, word.Start + 10);
        }

        if (DateWords.TryDay(text, out var day))
        {
            return DayFirst(s, word, day, published);
        }

        if (DateWords.TryMonth(text, out var month))
        {
            return MonthFirst(s, word, month, published);
        }

        if (DateWords.TryYear(text, out var year) && IsPeriodLead(s, Words.Previous(s, word.Start)) && !ContinuesNumber(s, word.End))
        {
            return Candidate.FromCalendar(new DateOnly(year, 1, 1), DatePrecision.Year, word.Start, word.End);
        }

        return default;
    }

    // "8 May", "8th May 2025".
    private static Candidate DayFirst(ReadOnlySpan<char> s, Word dayWord, int day, DateOnly published)
    {
        var monthWord = Words.Next(s, dayWord.End);
        if (!DateWords.TryMonth(Words.Text(s, monthWord), out var month))
        {
            return default;
        }

        var end = AfterAbbreviationDot(s, monthWord);
        var yearWord = Words.Next(s, end, allowComma: true);
        if (DateWords.TryYear(Words.Text(s, yearWord), out var year) && !ContinuesNumber(s, yearWord.End))
        {
            return IsValid(year, month, day)
                ? Candidate.FromCalendar(new DateOnly(year, month, day), DatePrecision.Day, dayWord.Start, yearWord.End)
                : default;
        }

        return Inferred(month, day, published, dayWord.Start, end);
    }

    // "May 8, 2025", "Jan. 3", "March 2024", "in March".
    private static Candidate MonthFirst(ReadOnlySpan<char> s, Word monthWord, int month, DateOnly published)
    {
        var end = AfterAbbreviationDot(s, monthWord);
        var next = Words.Next(s, end);
        var nextText = Words.Text(s, next);
        if (DateWords.TryDay(nextText, out var day) && !ContinuesNumber(s, next.End))
        {
            var yearWord = Words.Next(s, next.End, allowComma: true);
            if (DateWords.TryYear(Words.Text(s, yearWord), out var year) && !ContinuesNumber(s, yearWord.End))
            {
                return IsValid(year, month, day)
                    ? Candidate.FromCalendar(new DateOnly(year, month, day), DatePrecision.Day, monthWord.Start, yearWord.End)
                    : default;
            }

            return Inferred(month, day, published, monthWord.Start, next.End);
        }

        if (DateWords.TryYear(nextText, out var monthYear) && !ContinuesNumber(s, next.End))
        {
            return Candidate.FromCalendar(new DateOnly(monthYear, month, 1), DatePrecision.Month, monthWord.Start, next.End);
        }

        // A bare month needs a lead ("in March", "since early May"): "May" alone is usually the verb.
        if (!IsPeriodLead(s, Words.Previous(s, monthWord.Start)))
        {
            return default;
        }

        var inferredYear = month <= published.Month ? published.Year : published.Year - 1;
        return Candidate.FromCalendar(new DateOnly(inferredYear, month, 1), DatePrecision.Month, monthWord.Start, monthWord.End);
    }

    // A month and day without a year: the latest such date on or before the published date.
    private static Candidate Inferred(int month, int day, DateOnly published, int start, int end)
    {
        var year = month < published.Month || month == published.Month && day <= published.Day ? published.Year : published.Year - 1;
        for (var back = 0; back < MaxYearsBack; back++, year--)
        {
            if (IsValid(year, month, day))
            {
                return Candidate.FromCalendar(new DateOnly(year, month, day), DatePrecision.Day, start, end);
            }
        }

        return default;
    }

    private static bool TryIso(ReadOnlySpan<char> s, Word word, out DateOnly date)
    {
        date = default;
        if (word.End - word.Start != 4 || word.Start + 10 > s.Length)
        {
            return false;
        }

        var candidate = s.Slice(word.Start, 10);
        if (candidate[4] != '-' || candidate[7] != '-' || ContinuesNumber(s, word.Start + 10) && s[word.Start + 10] != 'T')
        {
            return false;
        }

        return DateOnly.TryParseExact(candidate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);
    }

    private static int AfterAbbreviationDot(ReadOnlySpan<char> s, Word monthWord) =>
        monthWord.End < s.Length && s[monthWord.End] == '.' && DateWords.IsAbbreviatedMonth(Words.Text(s, monthWord)) ? monthWord.End + 1 : monthWord.End;

    // "in 2023", "during March", "in early 2024", "mid-March"; not "since 2014" or "by 2030", which are not event dates.
    private static bool IsPeriodLead(ReadOnlySpan<char> s, Word previous) =>
        Words.Is(s, previous, "in", "during", "early", "late", "mid", "throughout");

    // "2023-24", "8,000", "2023.5" and "8:30" are not dates.
    private static bool ContinuesNumber(ReadOnlySpan<char> s, int end) =>
        end < s.Length && (char.IsLetterOrDigit(s[end]) || end + 1 < s.Length && s[end] is '-' or ',' or '.' or ':' or '/' && char.IsAsciiDigit(s[end + 1]));

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);
}
