using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Query;

namespace ActorGraph.Cli.Tests.Bench;

/// <summary>
/// The bench's questions answered the slow, obvious way over a list of summaries, to check the bench's answers
/// against something other than the code it calls.
/// </summary>
internal sealed class NaiveGraph(IReadOnlyList<RelationSummary> relations)
{
    /// <summary>Whether an edge passes a filter: allowed type and a counted event (not hypothetical, in the window).</summary>
    public static bool Passes(RelationSummary r, RelationFilter filter) =>
        (filter.Types is null || filter.Types.Count == 0 || filter.Types.Contains(r.Type)) && r.Timeline.Any(s => Counts(s, filter));

    public static bool Counts(EventStamp s, RelationFilter filter) =>
        s.Modality != Modality.Hypothetical && (filter.Since is not { } since || s.Date >= since) && (filter.Until is not { } until || s.Date <= until);

    /// <summary>Hops from one actor to another over passing edges either way, or null when unreachable.</summary>
    public int? Distance(ActorId from, ActorId to, RelationFilter filter)
    {
        var depth = Reach(from, int.MaxValue, filter);
        return depth.TryGetValue(to, out var d) ? d : null;
    }

    /// <summary>Every actor within some hops over passing edges either way, with its distance.</summary>
    public Dictionary<ActorId, int> Reach(ActorId from, int maxDepth, RelationFilter filter)
    {
        var neighbours = new Dictionary<ActorId, List<ActorId>>();
        foreach (var r in relations.Where(r => Passes(r, filter)))
        {
            Add(r.Source, r.Target);
            Add(r.Target, r.Source);
        }

        var depth = new Dictionary<ActorId, int> { [from] = 0 };
        var queue = new Queue<ActorId>([from]);
        while (queue.TryDequeue(out var u))
        {
            if (depth[u] == maxDepth)
            {
                continue;
            }

            foreach (var w in neighbours.GetValueOrDefault(u, []))
            {
                if (depth.TryAdd(w, depth[u] + 1))
                {
                    queue.Enqueue(w);
                }
            }
        }

        return depth;

        void Add(ActorId a, ActorId b)
        {
            if (!neighbours.TryGetValue(a, out var list))
            {
                neighbours[a] = list = [];
            }

            list.Add(b);
        }
    }

    /// <summary>Passing edges with both ends in a set of actors.</summary>
    public int EdgesAmong(IReadOnlySet<ActorId> actors, RelationFilter filter) =>
        relations.Count(r => actors.Contains(r.Source) && actors.Contains(r.Target) && Passes(r, filter));

    /// <summary>(C − K) / (C + K) over the counted events between two actors, material events weighing 2, and how many events.</summary>
    public (double Score, int Events) Alignment(ActorId a, ActorId b)
    {
        double cooperation = 0, conflict = 0;
        var events = 0;
        foreach (var r in relations.Where(r => (r.Source == a && r.Target == b) || (r.Source == b && r.Target == a)))
        {
            var n = r.Timeline.Count(s => Counts(s, RelationFilter.Default));
            var weight = r.Type.Quad() is QuadClass.MaterialCooperation or QuadClass.MaterialConflict ? 2 : 1;
            events += n;
            if (r.Type.IsCooperative())
            {
                cooperation += weight * n;
            }
            else
            {
                conflict += weight * n;
            }
        }

        return (cooperation + conflict == 0 ? 0 : (cooperation - conflict) / (cooperation + conflict), events);
    }
}
