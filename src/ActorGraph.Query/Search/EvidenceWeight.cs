namespace ActorGraph.Query.Search;

/// <summary>
/// The length of an edge under <see cref="Paths.PathWeighting.Evidence"/>: <c>1 / (1 + ln(1 + n)) × (1 + age / 365)</c>,
/// where n is the number of counted events and age the days from the latest of them to the reference date.
/// </summary>
internal static class EvidenceWeight
{
    public static double Of(int events, int latestDayNumber, int referenceDayNumber)
    {
        var strength = 1.0 / (1.0 + Math.Log(1.0 + events));
        var ageDays = Math.Max(0, referenceDayNumber - latestDayNumber);
        return strength * (1.0 + (ageDays / 365.0));
    }

    /// <summary>The weight of an edge under a filter, or +∞ when the edge does not pass it.</summary>
    public static double Of(IRelationSet graph, in EdgeFilter filter, int edge, int referenceDayNumber)
    {
        if (!filter.AllowsType(graph.TypeOf(edge)))
        {
            return double.PositiveInfinity;
        }

        var count = filter.Count(graph.TimelineOf(edge), out var latest);
        return filter.Enough(count) ? Of(count, latest, referenceDayNumber) : double.PositiveInfinity;
    }

    /// <summary>The day recency is measured from: the window's end, else the graph's latest event.</summary>
    public static int ReferenceDay(IRelationSet graph, in EdgeFilter filter) =>
        (filter.Until ?? graph.LatestDate ?? DateOnly.MinValue).DayNumber;
}
