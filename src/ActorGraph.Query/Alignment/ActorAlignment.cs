using ActorGraph.Core.Actors;
using ActorGraph.Query.Search;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace ActorGraph.Query.Alignment;

/// <summary>Alignment queries: how far actors cooperate rather than clash, who sides with whom, and blocs.</summary>
/// <remarks>Events count when asserted or future (hypothetical ones are left out), as in <see cref="RelationFilter.Default"/>.</remarks>
public static class ActorAlignment
{
    /// <summary>How much a material event (a deed) counts against a verbal one (words).</summary>
    public const double MaterialWeight = 2;

    /// <summary>
    /// Weighted events of prior added to the denominator when ranking, so one meeting (score 1) does not outrank
    /// a hundred cooperative events and one quarrel (score 0.98).
    /// </summary>
    public const double RankingPrior = 2;

    /// <summary>The alignment of two actors over a window, from the events between them in either direction.</summary>
    public static AlignmentScore Alignment(
        this IRelationIncidenceGraph graph, ActorId first, ActorId second, DateOnly? since = null, DateOnly? until = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var filter = Window(since, until);
        var a = graph.VertexOf(first);
        var b = graph.VertexOf(second);
        var tally = default(Tally);
        if (a != b)
        {
            foreach (var edge in Incidence.Between(graph, filter, a, b, Traversal.Both))
            {
                tally.Add(graph, filter, edge);
            }
        }

        return Score(graph, a, b, tally);
    }

    /// <summary>The actors with the most positive alignment to an actor, best first (ranked by a score shrunk towards zero).</summary>
    public static IReadOnlyList<AlignmentScore> MostAligned(
        this IRelationIncidenceGraph graph, ActorId actor, int count = 10, DateOnly? since = null, DateOnly? until = null) =>
        Ranked(graph, actor, count, since, until, aligned: true);

    /// <summary>The actors with the most negative alignment to an actor, most opposed first.</summary>
    public static IReadOnlyList<AlignmentScore> MostOpposed(
        this IRelationIncidenceGraph graph, ActorId actor, int count = 10, DateOnly? since = null, DateOnly? until = null) =>
        Ranked(graph, actor, count, since, until, aligned: false);

    /// <summary>
    /// Groups of at least <paramref name="minSize"/> actors that cooperate among themselves: the connected components
    /// (QuikGraph) of the graph whose ties are pairs with at least <paramref name="minEvents"/> events and a score of
    /// at least <paramref name="minScore"/>. Largest first.
    /// </summary>
    /// <remarks>Components chain: A and C share a bloc when both are strongly tied to B, even with no tie of their own.</remarks>
    public static IReadOnlyList<Bloc> Blocs(
        this IRelationSet graph, DateOnly? since = null, DateOnly? until = null, int minSize = 3, double minScore = 0.5, int minEvents = 2)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(minSize, 2);
        var filter = Window(since, until);
        var pairs = new Dictionary<(int, int), Tally>();
        for (var edge = 0; edge < graph.RelationCount; edge++)
        {
            var (s, t) = (graph.SourceOf(edge), graph.TargetOf(edge));
            if (s == t)
            {
                continue;
            }

            var key = s < t ? (s, t) : (t, s);
            var tally = pairs.GetValueOrDefault(key);
            tally.Add(graph, filter, edge);
            pairs[key] = tally;
        }

        var ties = new UndirectedGraph<int, SUndirectedEdge<int>>(allowParallelEdges: false);
        var scores = new Dictionary<(int, int), double>();
        foreach (var ((s, t), tally) in pairs)
        {
            if (tally.Events >= minEvents && tally.Score >= minScore)
            {
                ties.AddVerticesAndEdge(new SUndirectedEdge<int>(s, t));
                scores[(s, t)] = tally.Score;
            }
        }

        var components = new ConnectedComponentsAlgorithm<int, SUndirectedEdge<int>>(ties);
        components.Compute();
        var blocs = new List<Bloc>();
        foreach (var group in components.Components.GroupBy(p => p.Value, p => p.Key))
        {
            var members = group.Order().ToArray();
            if (members.Length < minSize)
            {
                continue;
            }

            var inside = new HashSet<int>(members);
            var joined = scores.Where(p => inside.Contains(p.Key.Item1)).Select(p => p.Value).ToArray();
            blocs.Add(new Bloc([.. members.Select(graph.ActorAt)], joined.Length, joined.Average()));
        }

        return [.. blocs.OrderByDescending(b => b.Members.Count).ThenByDescending(b => b.Cohesion).ThenBy(b => b.Members[0].Id)];
    }

    private static IReadOnlyList<AlignmentScore> Ranked(
        IRelationIncidenceGraph graph, ActorId actor, int count, DateOnly? since, DateOnly? until, bool aligned)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var filter = Window(since, until);
        var vertex = graph.VertexOf(actor);
        var tallies = new Dictionary<int, Tally>();
        var cursor = new NeighbourCursor(graph, vertex, Traversal.Both);
        while (cursor.MoveNext(out var other, out var edge))
        {
            if (other == vertex)
            {
                continue;
            }

            var tally = tallies.GetValueOrDefault(other);
            tally.Add(graph, filter, edge);
            tallies[other] = tally;
        }

        var sign = aligned ? 1 : -1;
        return [.. tallies
            .Where(p => sign * p.Value.Score > 0)
            .OrderByDescending(p => sign * p.Value.Shrunk)
            .ThenByDescending(p => p.Value.Events)
            .ThenBy(p => p.Key)
            .Take(count)
            .Select(p => Score(graph, vertex, p.Key, p.Value))];
    }

    private static EdgeFilter Window(DateOnly? since, DateOnly? until) =>
        new(RelationFilter.Default with { Since = since, Until = until });

    private static AlignmentScore Score(IRelationSet graph, int a, int b, Tally tally) =>
        new(graph.ActorAt(a), graph.ActorAt(b), tally.Score,
            tally.VerbalCooperation, tally.MaterialCooperation, tally.VerbalConflict, tally.MaterialConflict);
}
