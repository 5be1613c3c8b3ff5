using ActorGraph.Core.Events;

namespace ActorGraph.Query.Search;

/// <summary>A <see cref="RelationFilter"/> reduced to masks and packed bounds, tested per edge without allocating.</summary>
internal readonly struct EdgeFilter
{
    private const int AllModalities = 0b111;

    private readonly int typeMask;
    private readonly int modalityMask;
    private readonly int low;
    private readonly int high;
    private readonly bool windowed;
    private readonly int minEvidence;

    public EdgeFilter(RelationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Since is { } s && filter.Until is { } u && s > u)
        {
            throw new ArgumentException($"The window starts ({s:yyyy-MM-dd}) after it ends ({u:yyyy-MM-dd}).", nameof(filter));
        }

        var types = RelationFilter.Mask(filter.Types);
        var quads = RelationFilter.Mask(filter.Quads);
        var mask = 0;
        foreach (var type in Plover.Types)
        {
            var typeAllowed = types == 0 || (types & (1 << (int)type)) != 0;
            var quadAllowed = quads == 0 || (quads & (1 << (int)type.Quad())) != 0;
            if (typeAllowed && quadAllowed)
            {
                mask |= 1 << (int)type;
            }
        }

        typeMask = mask;
        modalityMask = RelationFilter.Mask(filter.Modalities) & AllModalities;
        windowed = filter.Since is not null || filter.Until is not null;
        low = filter.Since is { } since ? since.DayNumber << 2 : int.MinValue;
        high = filter.Until is { } until ? (until.DayNumber << 2) | 3 : int.MaxValue;
        minEvidence = filter.MinEvidence;
        Directed = filter.Directed;
        Until = filter.Until;
    }

    /// <summary>Whether traversal is directed.</summary>
    public bool Directed { get; }

    /// <summary>The window's end, if any.</summary>
    public DateOnly? Until { get; }

    public bool AllowsType(PloverType type) => (typeMask & (1 << (int)type)) != 0;

    public bool Passes(IRelationSet graph, int edge) =>
        AllowsType(graph.TypeOf(edge)) && HasEvidence(graph.TimelineOf(edge));

    /// <summary>Whether at least the minimum number of stamps fall in the window with an allowed modality.</summary>
    public bool HasEvidence(ReadOnlySpan<int> timeline)
    {
        if (timeline.Length < minEvidence)
        {
            return false;
        }

        var (start, end) = Window(timeline);
        if (end - start < minEvidence)
        {
            return false;
        }

        if (modalityMask == AllModalities)
        {
            return true;
        }

        var found = 0;
        for (var i = start; i < end; i++)
        {
            if ((modalityMask & (1 << (timeline[i] & 3))) != 0 && ++found >= minEvidence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts the stamps in the window with an allowed modality and finds the latest of them.</summary>
    public int Count(ReadOnlySpan<int> timeline, out int latestDayNumber)
    {
        latestDayNumber = int.MinValue;
        var (start, end) = Window(timeline);
        var count = 0;
        for (var i = end - 1; i >= start; i--)
        {
            if ((modalityMask & (1 << (timeline[i] & 3))) != 0)
            {
                if (count++ == 0)
                {
                    latestDayNumber = timeline[i] >> 2;
                }
            }
        }

        return count;
    }

    /// <summary>Whether a count reaches the minimum evidence.</summary>
    public bool Enough(int count) => count >= minEvidence;

    /// <summary>The index range of stamps inside the window, found by binary search on the sorted packed values.</summary>
    public (int Start, int End) Window(ReadOnlySpan<int> timeline)
    {
        if (!windowed)
        {
            return (0, timeline.Length);
        }

        return (LowerBound(timeline, low), UpperBound(timeline, high));
    }

    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        if (value == int.MinValue)
        {
            return 0;
        }

        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(ReadOnlySpan<int> sorted, int value)
    {
        if (value == int.MaxValue)
        {
            return sorted.Length;
        }

        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
