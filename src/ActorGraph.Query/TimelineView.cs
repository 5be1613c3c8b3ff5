using System.Collections;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query;

/// <summary>An edge's timeline read straight from the snapshot's concatenated stamps, so summaries handed out cost no copy.</summary>
internal sealed class TimelineView(int[] stamps, int start, int count) : IReadOnlyList<EventStamp>
{
    public int Count => count;

    public EventStamp this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            return EventStamp.FromPacked(stamps[start + index]);
        }
    }

    public IEnumerator<EventStamp> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return EventStamp.FromPacked(stamps[start + i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
