using System.Globalization;

namespace ActorGraph.Extraction.Input;

/// <summary>Parses publication dates as inputs write them.</summary>
internal static class PublishedDates
{
    /// <summary>Reads an ISO date, or an ISO date-time with or without offset, as the calendar date written in it.</summary>
    /// <remarks>The date is the one written, in the writer's own offset: <c>2025-05-08T23:30:00-05:00</c> is May 8.</remarks>
    public static bool TryParseIso(string? value, out DateOnly date)
    {
        date = default;
        var s = value.AsSpan().Trim();
        if (s.Length < 10 || !DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        if (s.Length == 10)
        {
            return true;
        }

        return s[10] is 'T' or 't' or ' '
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
    }

    /// <summary>Reads an ISO value first, then any invariant-culture date such as <c>May 8, 2025</c>, as found in page metadata.</summary>
    public static bool TryParseLenient(string? value, out DateOnly date)
    {
        if (TryParseIso(value, out date))
        {
            return true;
        }

        if (value is not null && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed.DateTime);
            return true;
        }

        return false;
    }
}
