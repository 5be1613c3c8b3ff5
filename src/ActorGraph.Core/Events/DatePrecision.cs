namespace ActorGraph.Core.Events;

/// <summary>How precisely an event's date is known.</summary>
public enum DatePrecision
{
    /// <summary>The day is known.</summary>
    Day,

    /// <summary>Only the month is known; the date is the month's first day.</summary>
    Month,

    /// <summary>Only the year is known; the date is January 1.</summary>
    Year,
}
