using ActorGraph.Core.Events;
using ActorGraph.Query.Alignment;
using ActorGraph.Query.Tests.Support;
using static ActorGraph.Query.Tests.Support.SomeGraph;

namespace ActorGraph.Query.Tests.Alignment;

public sealed class AlignmentTests
{
    private readonly ActorGraphSnapshot graph = SomeGraph.With("RUS", "CHN", "USA", "UKR", "BLR", "IND")
        .Edge("RUS", "CHN", PloverType.Consult, 4, "2024-01-01")
        .Edge("RUS", "CHN", PloverType.Cooperate, 2, "2024-02-01")
        .Edge("CHN", "RUS", PloverType.Request, 2, "2024-03-01")
        .Edge("USA", "RUS", PloverType.Sanction, 3, "2024-01-15")
        .Edge("RUS", "USA", PloverType.Accuse, 2, "2024-01-20")
        .Edge("RUS", "USA", PloverType.Consult, 1, "2021-06-16")
        .Edge("RUS", "UKR", PloverType.Assault, 10, "2024-02-24")
        .Edge("BLR", "RUS", PloverType.Support, 1, "2024-04-01")
        .EdgeWith("RUS", "IND", PloverType.Agree, Stamp.On("2024-05-01", Modality.Hypothetical))
        .Build();

    [Fact]
    public void Score_weighs_material_events_double()
    {
        // Cooperation: 4 CONSULT + 2×2 COOPERATE = 8; conflict: 2 REQUEST = 2; (8 − 2) / (8 + 2).
        var score = graph.Alignment(Id("RUS"), Id("CHN"));

        Assert.Equal(0.6, score.Score, 9);
        Assert.Equal(4, score.VerbalCooperation);
        Assert.Equal(2, score.MaterialCooperation);
        Assert.Equal(2, score.VerbalConflict);
        Assert.Equal(0, score.MaterialConflict);
        Assert.Equal(8, score.Events);
    }

    [Fact]
    public void Score_counts_events_in_both_directions()
    {
        // 1 CONSULT against 2 ACCUSE and 2×3 SANCTION: (1 − 8) / (1 + 8).
        Assert.Equal(-7.0 / 9, graph.Alignment(Id("USA"), Id("RUS")).Score, 9);
        Assert.Equal(graph.Alignment(Id("RUS"), Id("USA")).Score, graph.Alignment(Id("USA"), Id("RUS")).Score);
    }

    [Fact]
    public void Window_limits_the_events_counted()
    {
        var score = graph.Alignment(Id("RUS"), Id("USA"), until: new DateOnly(2021, 12, 31));

        Assert.Equal(1.0, score.Score);
        Assert.Equal(1, score.Events);
    }

    [Fact]
    public void No_events_score_zero()
    {
        var score = graph.Alignment(Id("CHN"), Id("UKR"));

        Assert.Equal(0, score.Score);
        Assert.Equal(0, score.Events);
    }

    [Fact]
    public void Hypothetical_events_do_not_count()
    {
        Assert.Equal(0, graph.Alignment(Id("RUS"), Id("IND")).Events);
    }

    [Fact]
    public void Most_aligned_ranks_by_evidence_as_well_as_score()
    {
        // BLR scores 1 on a single event; CHN scores 0.6 on eight. The shrunk ranking puts CHN first:
        // CHN (8 − 2) / (10 + 2) = 0.5, BLR 1 / (1 + 2) ≈ 0.33.
        var aligned = graph.MostAligned(Id("RUS"), 5);

        Assert.Equal(["CHN", "BLR"], aligned.Select(a => a.Second.Name));
        Assert.Equal(1.0, aligned[1].Score);
    }

    [Fact]
    public void Most_opposed_lists_negative_scores_most_opposed_first()
    {
        var opposed = graph.MostOpposed(Id("RUS"), 5);

        Assert.Equal(["UKR", "USA"], opposed.Select(a => a.Second.Name));
        Assert.Equal(-1.0, opposed[0].Score);
    }

    [Fact]
    public void Most_aligned_takes_at_most_n()
    {
        Assert.Single(graph.MostAligned(Id("RUS"), 1));
    }
}
