namespace ActorGraph.Query.Search;

/// <summary>Cheapest paths under evidence weights by Dijkstra's algorithm on the CSR adjacency, stopping at the target.</summary>
internal static class WeightedSearch
{
    /// <summary>The vertices of a cheapest path from source to target, or null.</summary>
    public static int[]? Shortest(
        IRelationIncidenceGraph graph, in EdgeFilter filter, int source, int target, int maxHops, SearchBans? bans = null)
    {
        if (source == target)
        {
            return [source];
        }

        var scratch = SearchScratch.Rent(graph.ActorCount);
        var seen = scratch.NextStamp();
        var closed = scratch.NextStamp();
        var markSeen = scratch.MarkForward;
        var markClosed = scratch.MarkBackward;
        var parent = scratch.ParentForward;
        var hops = scratch.DepthForward;
        var cost = scratch.Cost;
        var banned = scratch.Banned;
        var reference = EvidenceWeight.ReferenceDay(graph, filter);
        var traversal = NeighbourCursor.For(filter.Directed, forward: true);

        var queue = new PriorityQueue<int, double>();
        markSeen[source] = seen;
        cost[source] = 0;
        parent[source] = -1;
        hops[source] = 0;
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out var u, out var d))
        {
            if (markClosed[u] == closed || d > cost[u])
            {
                continue;
            }

            markClosed[u] = closed;
            if (u == target)
            {
                return Trace(parent, target);
            }

            // The hop limit prunes by the hops of the cheapest route found, so a dearer route with fewer hops may be missed.
            if (hops[u] >= maxHops)
            {
                continue;
            }

            var cursor = new NeighbourCursor(graph, u, traversal);
            while (cursor.MoveNext(out var w, out var edge))
            {
                if (markClosed[w] == closed || (bans is not null && (banned[w] == bans.Stamp || bans.BansStep(u, w))))
                {
                    continue;
                }

                var weight = EvidenceWeight.Of(graph, filter, edge, reference);
                if (double.IsPositiveInfinity(weight))
                {
                    continue;
                }

                var candidate = d + weight;
                if (markSeen[w] != seen || candidate < cost[w])
                {
                    markSeen[w] = seen;
                    cost[w] = candidate;
                    parent[w] = u;
                    hops[w] = hops[u] + 1;
                    queue.Enqueue(w, candidate);
                }
            }
        }

        return null;
    }

    private static int[] Trace(int[] parent, int target)
    {
        var path = new List<int>();
        for (var v = target; v != -1; v = parent[v])
        {
            path.Add(v);
        }

        path.Reverse();
        return [.. path];
    }
}
