namespace ActorGraph.Extraction.Dates;

/// <summary>Month and weekday names as they are written in English news copy.</summary>
internal static class DateWords
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] WeekdayNames =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    /// <summary>Reads a capitalised month name or its usual abbreviation (without the dot) as 1..12.</summary>
    public static bool TryMonth(ReadOnlySpan<char> word, out int month)
    {
        month = 0;
        if (word.Length < 3 || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (var m = 0; m < MonthNames.Length; m++)
        {
            var name = MonthNames[m].AsSpan();
            if (word.SequenceEqual(name) || word.Length == 3 && name.StartsWith(word, StringComparison.Ordinal))
            {
                month = m + 1;
                return true;
            }
        }

        if (word.SequenceEqual("Sept"))
        {
            month = 9;
            return true;
        }

        return false;
    }

    /// <summary>Whether a month word may be followed by a dot, as in <c>Jan.</c> or <c>Sept.</c>.</summary>
    public static bool IsAbbreviatedMonth(ReadOnlySpan<char> word) => word.Length is 3 or 4 && TryMonth(word, out var m) && word.Length < MonthNames[m - 1].Length;

    /// <summary>Reads a capitalised weekday name as a <see cref="DayOfWeek"/>.</summary>
    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        for (var d = 0; d < WeekdayNames.Length; d++)
        {
            if (word.SequenceEqual(WeekdayNames[d]))
            {
                day = (DayOfWeek)((d + 1) % 7);
                return true;
            }
        }

        day = default;
        return false;
    }

    /// <summary>Reads one or two ASCII digits as a day of the month, allowing an ordinal suffix such as <c>8th</c>.</summary>
    public static bool TryDay(ReadOnlySpan<char> word, out int day)
    {
        day = 0;
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits is < 1 or > 2)
        {
            return false;
        }

        var suffix = word[digits..];
        if (!suffix.IsEmpty && !suffix.SequenceEqual("st") && !suffix.SequenceEqual("nd") && !suffix.SequenceEqual("rd") && !suffix.SequenceEqual("th"))
        {
            return false;
        }

        day = int.Parse(word[..digits], provider: System.Globalization.CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    /// <summary>Reads exactly four ASCII digits as a plausible news year.</summary>
    public static bool TryYear(ReadOnlySpan<char> word, out int year)
    {
        year = 0;
        if (word.Length != 4 || word.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        year = int.Parse(word, provider: System.Globalization.CultureInfo.InvariantCulture);
        return year is >= 1900 and <= 2100;
    }
}
