using ActorGraph.Core.Events;

namespace ActorGraph.Query.Tests;

public sealed class RelationFilterTests
{
    [Fact]
    public void Default_counts_asserted_and_future_events_but_not_hypothetical_ones()
    {
        Assert.Equal([Modality.Asserted, Modality.Future], RelationFilter.Default.Modalities);
        Assert.Equal(1, RelationFilter.Default.MinEvidence);
        Assert.False(RelationFilter.Default.Directed);
        Assert.Null(RelationFilter.Default.Types);
    }

    [Fact]
    public void Min_evidence_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RelationFilter { MinEvidence = 0 });
    }

    [Fact]
    public void Window_that_ends_before_it_starts_is_rejected_when_used()
    {
        var graph = Support.Graphs.TenActors().Build();
        var filter = new RelationFilter { Since = new DateOnly(2024, 2, 1), Until = new DateOnly(2024, 1, 1) };

        Assert.Throws<ArgumentException>(() => graph.ToSubgraph(filter));
    }

    [Fact]
    public void Filters_with_the_same_sets_are_equal_whatever_the_collection()
    {
        var a = new RelationFilter { Types = [PloverType.Aid, PloverType.Consult] };
        var b = new RelationFilter { Types = new HashSet<PloverType> { PloverType.Consult, PloverType.Aid } };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a with { Directed = true });
    }

    [Fact]
    public void Empty_type_set_means_every_type()
    {
        var graph = Support.Graphs.TenActors().Build();

        Assert.Equal(graph.ToSubgraph().Relations.Count - 1, graph.ToSubgraph(new RelationFilter { Types = [] }).Relations.Count);
    }

    [Fact]
    public void Types_and_quads_combine_by_intersection()
    {
        var graph = Support.Graphs.TenActors().Build();
        var filter = new RelationFilter { Types = [PloverType.Consult, PloverType.Aid], Quads = [QuadClass.VerbalCooperation] };

        Assert.All(graph.ToSubgraph(filter).Relations, r => Assert.Equal(PloverType.Consult, r.Type));
    }
}
