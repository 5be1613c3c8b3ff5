using ActorGraph.Query.Search;

namespace ActorGraph.Query.Paths;

/// <summary>
/// Enumerates loopless paths up to a hop limit, shortest first and in id order within a length, pruning every branch
/// that cannot reach the target in the hops left (distances from a backward breadth-first search).
/// </summary>
internal sealed class PathEnumerator
{
    private readonly IRelationIncidenceGraph graph;
    private readonly EdgeFilter filter;
    private readonly int target;
    private readonly int maxResults;
    private readonly SearchScratch scratch;
    private readonly Traversal forward;
    private readonly List<int[]> results = [];
    private readonly List<int> path = [];
    private int reachStamp;
    private int pathStamp;

    private PathEnumerator(IRelationIncidenceGraph graph, in EdgeFilter filter, int target, int maxResults)
    {
        this.graph = graph;
        this.filter = filter;
        this.target = target;
        this.maxResults = maxResults;
        scratch = SearchScratch.Rent(graph.ActorCount);
        forward = NeighbourCursor.For(filter.Directed, forward: true);
    }

    public static List<int[]> All(IRelationIncidenceGraph graph, in EdgeFilter filter, int source, int target, int maxHops, int maxResults)
    {
        if (maxResults <= 0)
        {
            return [];
        }

        if (source == target)
        {
            return [[source]];
        }

        var enumerator = new PathEnumerator(graph, filter, target, maxResults);
        return enumerator.Run(source, maxHops);
    }

    private List<int[]> Run(int source, int maxHops)
    {
        DistancesToTarget(maxHops);
        if (scratch.MarkBackward[source] != reachStamp)
        {
            return results;
        }

        pathStamp = scratch.NextStamp();
        path.Add(source);
        scratch.OnPath[source] = pathStamp;
        for (var length = scratch.DepthBackward[source]; length <= maxHops && results.Count < maxResults; length++)
        {
            Extend(source, length);
        }

        return results;
    }

    private void DistancesToTarget(int maxHops)
    {
        reachStamp = scratch.NextStamp();
        var mark = scratch.MarkBackward;
        var depth = scratch.DepthBackward;
        var backward = NeighbourCursor.For(filter.Directed, forward: false);
        mark[target] = reachStamp;
        depth[target] = 0;
        var front = new List<int> { target };
        var next = new List<int>();
        for (var d = 1; d <= maxHops && front.Count > 0; d++)
        {
            next.Clear();
            foreach (var u in front)
            {
                var cursor = new NeighbourCursor(graph, u, backward);
                while (cursor.MoveNext(out var w, out var edge))
                {
                    if (mark[w] != reachStamp && filter.Passes(graph, edge))
                    {
                        mark[w] = reachStamp;
                        depth[w] = d;
                        next.Add(w);
                    }
                }
            }

            (front, next) = (next, front);
        }
    }

    private void Extend(int u, int length)
    {
        var hops = path.Count;
        var cursor = new NeighbourCursor(graph, u, forward);
        var last = -1;
        var settled = false;
        while (cursor.MoveNext(out var w, out var edge))
        {
            // Parallel edges to one neighbour are one step: once one passes (or the neighbour is ruled out), skip the rest.
            if (w == last && settled)
            {
                continue;
            }

            last = w;
            settled = true;
            if (scratch.OnPath[w] == pathStamp || scratch.MarkBackward[w] != reachStamp || hops + scratch.DepthBackward[w] > length)
            {
                continue;
            }

            if (w == target && hops != length)
            {
                continue;
            }

            if (!filter.Passes(graph, edge))
            {
                settled = false;
                continue;
            }

            path.Add(w);
            if (w == target)
            {
                results.Add([.. path]);
            }
            else
            {
                scratch.OnPath[w] = pathStamp;
                Extend(w, length);
                scratch.OnPath[w] = 0;
            }

            path.RemoveAt(path.Count - 1);
            if (results.Count >= maxResults)
            {
                return;
            }
        }
    }
}
