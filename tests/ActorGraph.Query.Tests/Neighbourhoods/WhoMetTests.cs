using ActorGraph.Core.Events;
using ActorGraph.Query.Neighbourhoods;
using ActorGraph.Query.Tests.Support;
using static ActorGraph.Query.Tests.Support.SomeGraph;

namespace ActorGraph.Query.Tests.Neighbourhoods;

public sealed class WhoMetTests
{
    private readonly ActorGraphSnapshot graph = SomeGraph.With("RUS", "CHN", "IND", "USA", "TUR")
        .Edge("RUS", "CHN", PloverType.Consult, "2024-01-05", "2024-03-10", "2024-06-01")
        .EdgeWith("IND", "RUS", PloverType.Consult,
            Stamp.On("2024-02-01"), Stamp.On("2024-04-01", Modality.Future), Stamp.On("2024-07-01", Modality.Hypothetical))
        .Edge("RUS", "TUR", PloverType.Consult, "2022-05-05")
        .Edge("USA", "RUS", PloverType.Sanction, "2024-02-02")
        .Build();

    [Fact]
    public void Lists_counterparts_with_counts_and_dates_most_met_first()
    {
        var met = graph.WhoMet(Id("RUS"));

        Assert.Equal(["CHN", "IND", "TUR"], met.Select(m => m.With.Name));
        Assert.Equal(3, met[0].Count);
        Assert.Equal(new DateOnly(2024, 1, 5), met[0].First);
        Assert.Equal(new DateOnly(2024, 6, 1), met[0].Last);
    }

    [Fact]
    public void Counts_only_meetings_inside_the_window()
    {
        var met = graph.WhoMet(Id("RUS"), new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 31));

        Assert.Equal(["CHN", "IND"], met.Select(m => m.With.Name));
        Assert.Equal([new DateOnly(2024, 3, 10)], met[0].Dates);
        Assert.Equal([new DateOnly(2024, 2, 1)], met[1].Dates);
    }

    [Fact]
    public void Planned_and_hypothetical_meetings_are_not_meetings()
    {
        var india = graph.WhoMet(Id("IND")).Single();

        Assert.Equal(1, india.Count);
    }

    [Fact]
    public void Other_relation_types_are_not_meetings()
    {
        Assert.Empty(graph.WhoMet(Id("USA")));
    }
}
