namespace ActorGraph.Query.Search;

/// <summary>Fewest-hop paths by bidirectional breadth-first search on the CSR adjacency.</summary>
internal static class HopSearch
{
    /// <summary>The vertices of a fewest-hop path from source to target within the hop limit, or null.</summary>
    public static int[]? Shortest(
        IRelationIncidenceGraph graph, in EdgeFilter filter, int source, int target, int maxHops, SearchBans? bans = null)
    {
        if (source == target)
        {
            return [source];
        }

        var scratch = SearchScratch.Rent(graph.ActorCount);
        var forwardStamp = scratch.NextStamp();
        var backwardStamp = scratch.NextStamp();
        var markF = scratch.MarkForward;
        var markB = scratch.MarkBackward;
        var banned = scratch.Banned;
        markF[source] = forwardStamp;
        scratch.ParentForward[source] = -1;
        scratch.DepthForward[source] = 0;
        markB[target] = backwardStamp;
        scratch.ParentBackward[target] = -1;
        scratch.DepthBackward[target] = 0;

        var frontF = new List<int> { source };
        var frontB = new List<int> { target };
        var next = new List<int>();
        int depthF = 0, depthB = 0;
        var forwardTraversal = NeighbourCursor.For(filter.Directed, forward: true);
        var backwardTraversal = NeighbourCursor.For(filter.Directed, forward: false);

        while (frontF.Count > 0 && frontB.Count > 0 && depthF + depthB < maxHops)
        {
            // Expanding the smaller frontier keeps both balls small; the first vertex both sides reach closes a shortest path.
            var forward = frontF.Count <= frontB.Count;
            var front = forward ? frontF : frontB;
            var mark = forward ? markF : markB;
            var otherMark = forward ? markB : markF;
            var stamp = forward ? forwardStamp : backwardStamp;
            var otherStamp = forward ? backwardStamp : forwardStamp;
            var parent = forward ? scratch.ParentForward : scratch.ParentBackward;
            var depth = forward ? scratch.DepthForward : scratch.DepthBackward;
            var traversal = forward ? forwardTraversal : backwardTraversal;
            var nextDepth = (forward ? depthF : depthB) + 1;
            next.Clear();

            foreach (var u in front)
            {
                var cursor = new NeighbourCursor(graph, u, traversal);
                while (cursor.MoveNext(out var w, out var edge))
                {
                    if (mark[w] == stamp)
                    {
                        continue;
                    }

                    if (bans is not null && (banned[w] == bans.Stamp || (forward ? bans.BansStep(u, w) : bans.BansStep(w, u))))
                    {
                        continue;
                    }

                    if (!filter.Passes(graph, edge))
                    {
                        continue;
                    }

                    mark[w] = stamp;
                    parent[w] = u;
                    depth[w] = nextDepth;
                    if (otherMark[w] == otherStamp)
                    {
                        return Join(scratch, w);
                    }

                    next.Add(w);
                }
            }

            if (forward)
            {
                (frontF, next) = (next, frontF);
                depthF = nextDepth;
            }
            else
            {
                (frontB, next) = (next, frontB);
                depthB = nextDepth;
            }
        }

        return null;
    }

    private static int[] Join(SearchScratch scratch, int meet)
    {
        var path = new List<int>();
        for (var v = meet; v != -1; v = scratch.ParentForward[v])
        {
            path.Add(v);
        }

        path.Reverse();
        for (var v = scratch.ParentBackward[meet]; v != -1; v = scratch.ParentBackward[v])
        {
            path.Add(v);
        }

        return [.. path];
    }
}
