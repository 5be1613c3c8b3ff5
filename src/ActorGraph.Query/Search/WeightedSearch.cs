namespace ActorGraph.Query.Search;

/// <summary>
/// Cheapest paths under evidence weights: bidirectional Dijkstra on the CSR adjacency, which settles two small balls
/// around the ends instead of one large one; a plain hop-bounded Dijkstra when the cheapest path breaks the hop limit.
/// </summary>
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

        var path = Bidirectional(graph, filter, source, target, bans);
        return path is null || path.Length - 1 <= maxHops ? path : Bounded(graph, filter, source, target, maxHops, bans);
    }

    private static int[]? Bidirectional(IRelationIncidenceGraph graph, in EdgeFilter filter, int source, int target, SearchBans? bans)
    {
        var scratch = SearchScratch.Rent(graph.ActorCount);
        var reference = EvidenceWeight.ReferenceDay(graph, filter);
        var seenF = scratch.NextStamp();
        var seenB = scratch.NextStamp();
        var markF = scratch.MarkForward;
        var markB = scratch.MarkBackward;
        var parentF = scratch.ParentForward;
        var parentB = scratch.ParentBackward;
        var costF = scratch.Cost;
        var costB = scratch.CostBackward;

        var settledF = scratch.NextStamp();
        var settledB = scratch.NextStamp();
        var doneF = scratch.SettledForward;
        var doneB = scratch.SettledBackward;

        var queueF = new PriorityQueue<int, double>();
        var queueB = new PriorityQueue<int, double>();
        markF[source] = seenF;
        costF[source] = 0;
        parentF[source] = -1;
        queueF.Enqueue(source, 0);
        markB[target] = seenB;
        costB[target] = 0;
        parentB[target] = -1;
        queueB.Enqueue(target, 0);

        var best = double.PositiveInfinity;
        int meetFrom = -1, meetTo = -1;
        var forwardTraversal = NeighbourCursor.For(filter.Directed, forward: true);
        var backwardTraversal = NeighbourCursor.For(filter.Directed, forward: false);
        while (true)
        {
            var topF = Top(queueF, doneF, settledF);
            var topB = Top(queueB, doneB, settledB);
            if (double.IsPositiveInfinity(topF) && double.IsPositiveInfinity(topB))
            {
                break;
            }

            // Once the two frontiers together cost at least the best meeting, no cheaper path remains.
            if (topF + topB >= best)
            {
                break;
            }

            var forward = topF <= topB;
            var queue = forward ? queueF : queueB;
            var done = forward ? doneF : doneB;
            var settled = forward ? settledF : settledB;
            var mark = forward ? markF : markB;
            var seen = forward ? seenF : seenB;
            var cost = forward ? costF : costB;
            var parent = forward ? parentF : parentB;
            var otherMark = forward ? markB : markF;
            var otherSeen = forward ? seenB : seenF;
            var otherCost = forward ? costB : costF;

            queue.TryDequeue(out var u, out var d);
            done[u] = settled;
            var cursor = new NeighbourCursor(graph, u, forward ? forwardTraversal : backwardTraversal);
            while (cursor.MoveNext(out var w, out var edge))
            {
                if (done[w] == settled)
                {
                    continue;
                }

                if (bans is not null && (scratch.Banned[w] == bans.Stamp || (forward ? bans.BansStep(u, w) : bans.BansStep(w, u))))
                {
                    continue;
                }

                var weight = EvidenceWeight.Of(graph, filter, edge, reference);
                if (double.IsPositiveInfinity(weight))
                {
                    continue;
                }

                var candidate = d + weight;
                if (mark[w] != seen || candidate < cost[w])
                {
                    mark[w] = seen;
                    cost[w] = candidate;
                    parent[w] = u;
                    queue.Enqueue(w, candidate);
                }

                if (otherMark[w] == otherSeen && candidate + otherCost[w] < best)
                {
                    best = candidate + otherCost[w];
                    (meetFrom, meetTo) = forward ? (u, w) : (w, u);
                }
            }
        }

        return meetFrom < 0 ? null : Join(parentF, parentB, meetFrom, meetTo);
    }

    /// <summary>The smallest live key of a lazily-deleted queue, dropping entries for settled vertices.</summary>
    private static double Top(PriorityQueue<int, double> queue, int[] done, int settled)
    {
        while (queue.TryPeek(out var v, out var d))
        {
            if (done[v] != settled)
            {
                return d;
            }

            queue.Dequeue();
        }

        return double.PositiveInfinity;
    }

    private static int[] Join(int[] parentF, int[] parentB, int from, int to)
    {
        var path = new List<int>();
        for (var v = from; v != -1; v = parentF[v])
        {
            path.Add(v);
        }

        path.Reverse();
        for (var v = to; v != -1; v = parentB[v])
        {
            path.Add(v);
        }

        return [.. path];
    }

    /// <summary>Dijkstra from the source that never extends a route beyond the hop limit.</summary>
    private static int[]? Bounded(
        IRelationIncidenceGraph graph, in EdgeFilter filter, int source, int target, int maxHops, SearchBans? bans)
    {
        var scratch = SearchScratch.Rent(graph.ActorCount);
        var seen = scratch.NextStamp();
        var closed = scratch.NextStamp();
        var markSeen = scratch.MarkForward;
        var markClosed = scratch.MarkBackward;
        var parent = scratch.ParentForward;
        var hops = scratch.DepthForward;
        var cost = scratch.Cost;
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
                var path = new List<int>();
                for (var v = target; v != -1; v = parent[v])
                {
                    path.Add(v);
                }

                path.Reverse();
                return [.. path];
            }

            // Pruning by the hops of the cheapest route so far may miss a dearer route with fewer hops: a heuristic.
            if (hops[u] >= maxHops)
            {
                continue;
            }

            var cursor = new NeighbourCursor(graph, u, traversal);
            while (cursor.MoveNext(out var w, out var edge))
            {
                if (markClosed[w] == closed || (bans is not null && (scratch.Banned[w] == bans.Stamp || bans.BansStep(u, w))))
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
}
