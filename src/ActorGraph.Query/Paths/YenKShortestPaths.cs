using ActorGraph.Query.Search;

namespace ActorGraph.Query.Paths;

/// <summary>
/// Yen's algorithm for the k shortest loopless paths, with the bidirectional search (or Dijkstra, when weighted)
/// as the spur search, so each of its O(k × length) searches only explores the neighbourhood it needs.
/// </summary>
internal static class YenKShortestPaths
{
    public static List<int[]> Find(
        IRelationIncidenceGraph graph, PathFactory factory, PathWeighting weighting, int source, int target, int k, int maxHops)
    {
        var filter = factory.Compiled;
        var first = Search(graph, filter, weighting, source, target, maxHops, bans: null);
        if (first is null || k <= 0)
        {
            return [];
        }

        var accepted = new List<int[]> { first };
        var seen = new HashSet<int[]>(SequenceComparer.Instance) { first };
        var candidates = new PriorityQueue<int[], Candidate>(Candidate.Comparer);
        while (accepted.Count < k)
        {
            var previous = accepted[^1];
            for (var i = 0; i < previous.Length - 1; i++)
            {
                var spur = previous[i];
                var scratch = SearchScratch.Rent(graph.ActorCount);
                var stamp = scratch.NextStamp();
                for (var r = 0; r < i; r++)
                {
                    scratch.Banned[previous[r]] = stamp;
                }

                // Steps out of the spur that accepted paths with the same root already took.
                var bannedNext = new HashSet<int>();
                foreach (var path in accepted)
                {
                    if (path.Length > i + 1 && path.AsSpan(0, i + 1).SequenceEqual(previous.AsSpan(0, i + 1)))
                    {
                        bannedNext.Add(path[i + 1]);
                    }
                }

                var spurPath = Search(graph, filter, weighting, spur, target, maxHops - i, new SearchBans(stamp, spur, bannedNext));
                if (spurPath is null)
                {
                    continue;
                }

                int[] total = [.. previous.AsSpan(0, i), .. spurPath];
                if (total.Length - 1 <= maxHops && seen.Add(total))
                {
                    candidates.Enqueue(total, new Candidate(factory.Cost(total, total.Length - 1), total));
                }
            }

            if (!candidates.TryDequeue(out var best, out _))
            {
                break;
            }

            accepted.Add(best);
        }

        return accepted;
    }

    private static int[]? Search(
        IRelationIncidenceGraph graph, in EdgeFilter filter, PathWeighting weighting, int source, int target, int maxHops, SearchBans? bans) =>
        weighting == PathWeighting.Hops
            ? HopSearch.Shortest(graph, filter, source, target, maxHops, bans)
            : WeightedSearch.Shortest(graph, filter, source, target, maxHops, bans);

    /// <summary>A candidate path: cheaper first, then fewer hops, then lower vertex numbers (id order) step by step.</summary>
    private readonly record struct Candidate(double Cost, int[] Vertices)
    {
        public static IComparer<Candidate> Comparer { get; } = Comparer<Candidate>.Create(static (a, b) =>
        {
            var byCost = a.Cost.CompareTo(b.Cost);
            if (byCost != 0)
            {
                return byCost;
            }

            var byLength = a.Vertices.Length.CompareTo(b.Vertices.Length);
            return byLength != 0 ? byLength : a.Vertices.AsSpan().SequenceCompareTo(b.Vertices);
        });
    }
}

/// <summary>Compares vertex sequences by content.</summary>
internal sealed class SequenceComparer : IEqualityComparer<int[]>
{
    public static SequenceComparer Instance { get; } = new();

    public bool Equals(int[]? x, int[]? y) => x is null ? y is null : y is not null && x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj)
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
        return hash.ToHashCode();
    }
}
